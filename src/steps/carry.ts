import type net from 'node:net';
import type tls from 'node:tls';
import type { Address } from '../core/context.js';
import type { CheckOptions } from '../core/options.js';
import type { StepId, StepResult } from '../core/types.js';
import type { Extensions } from '../smtp/extensions.js';
import type { SmtpSession } from '../smtp/session.js';
import type { StepContext } from './context.js';
import type { OAuthGrant } from '../oauth/auth-step.js';
import type { Opening } from './opening.js';
import type { QuitInFlight } from './quit.js';

/**
 * What a step hands to the ones after it. Never changed in place: a step returns a new one.
 * Each field is set by one step: grant (OAuth), addresses (DNS), address and socket (TCP), stream (implicit TLS
 * or TCP), opening (greeting), ehlo (EHLO), session (TLS: the session is ready for AUTH and send).
 */
export interface Carry {
  readonly addresses?: readonly Address[];
  readonly address?: Address;
  /** The TCP connection (closed by the runner when the run ends). */
  readonly socket?: net.Socket;
  /** What SMTP is spoken over: the TCP socket, or the TLS socket of implicit TLS. */
  readonly stream?: net.Socket | tls.TLSSocket;
  /** TLS from the first byte on this connection. */
  readonly implicit: boolean;
  /** --security auto found the port speaks implicit TLS (the race said so). */
  readonly detected?: boolean;
  readonly opening?: Opening;
  /** The EHLO capabilities before any TLS. */
  readonly ehlo?: Extensions;
  /** The open session, ready for AUTH and the test message. */
  readonly session?: SmtpSession;
  /** The access token of an OAuth 2.0 refresh grant (the oauth step, before DNS). */
  readonly grant?: OAuthGrant;
  /** QUIT was sent; its step is read when the report is made. */
  readonly quit?: QuitInFlight;
}

/** The step names of the table: the TLS step has two forms, implicit (before the greeting) and STARTTLS. */
export type StepKey = 'oauth' | 'dns' | 'tcp' | 'tls-implicit' | 'greeting' | 'ehlo' | 'starttls' | 'auth' | 'send' | 'quit';

export interface StepOutcome {
  /** The step's result (none: the step had nothing to say, e.g. STARTTLS on an implicit-TLS connection). */
  result?: StepResult;
  carry?: Carry;
  /** Go back to this step with `carry` (--security auto switching to implicit TLS); nothing is recorded. */
  restartAt?: StepKey;
}

/** One step of the walk. `requested` decides whether it runs at all; `run` never records or prints. */
export interface WalkStep {
  key: StepKey;
  id: StepId;
  requested(opts: CheckOptions, carry: Carry): boolean;
  /** Also runs after a failure of one of these steps (QUIT after a failed AUTH or send). */
  after?: readonly StepId[];
  run(sc: StepContext, carry: Carry): Promise<StepOutcome>;
}
