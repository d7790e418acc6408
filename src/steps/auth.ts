import type { Facts, Failure, Msg, Reason, StepResult } from '../core/types.js';
import { parseEhlo } from '../smtp/extensions.js';
import type { SmtpError, SmtpSession } from '../smtp/session.js';
import { failureFromError } from './session.js';
import { StepClock } from './step.js';
import type { WalkState } from './tls.js';

/** Mechanisms smtp-doctor will choose on its own, best first. One attempt, never a tour of them all. */
const PREFERRED = ['PLAIN', 'LOGIN', 'CRAM-MD5'];

export async function authStep(state: WalkState, session: SmtpSession): Promise<StepResult> {
  const { opts, ctx } = state;
  const clock = new StepClock(ctx.now);
  const ehlo = session.ehloTls ?? session.ehloPlain;
  const ext = ehlo ? parseEhlo(ehlo) : undefined;
  const offered = ext?.auth ?? [];
  const starttlsOffered = Boolean(session.ehloPlain && parseEhlo(session.ehloPlain).starttls);
  const facts: Facts = { offered, encrypted: session.secure };
  const fail = (reason: Reason, more: Partial<Failure> = {}): StepResult =>
    clock.done('auth', 'fail', facts, { failure: { reason, ...more } });

  if (!opts.password || opts.password.length === 0) return fail('missing-password', { code: 'MISSING_CREDENTIALS' });
  const warnings: Msg[] = [];
  if (!session.secure) {
    facts.starttlsOffered = starttlsOffered;
    if (!opts.allowPlaintextAuth) return fail('plaintext-auth-refused');
    warnings.push({ key: 'warn.plaintext-auth' });
  }
  if (!offered.length) {
    facts.starttlsOffered = starttlsOffered;
    return fail(!session.secure && starttlsOffered ? 'auth-after-starttls-only' : 'auth-not-offered');
  }
  let method = opts.authMethod as string | undefined;
  if (method && !offered.includes(method)) return fail('mechanism-not-offered', { command: `AUTH ${method}` });
  method ??= PREFERRED.find((m) => offered.includes(m));
  if (!method) return fail('no-supported-mechanism');
  facts.mechanism = method;
  try {
    await session.login(opts.user ?? '', opts.password.reveal(), method);
  } catch (err) {
    const failure = failureFromError(err as SmtpError, 'auth-rejected');
    failure.command ??= `AUTH ${method}`;
    return clock.done('auth', 'fail', facts, { failure });
  }
  facts.user = opts.user ?? '';
  return clock.done('auth', warnings.length ? 'warn' : 'pass', facts, { warnings });
}
