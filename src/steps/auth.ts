import type { Facts, Failure, Msg, Reason, StepResult } from '../core/types.js';
import { parseEhlo, type Extensions } from '../smtp/extensions.js';
import type { SmtpError, SmtpSession } from '../smtp/session.js';
import { authGate } from './auth-gate.js';
import { failureFromError } from './failure.js';
import { StepClock } from './step.js';
import type { StepContext } from './context.js';
import { isOAuthMethod } from '../core/options.js';
import { oauthAuthStep, type OAuthGrant } from '../oauth/auth-step.js';

/** Mechanisms smtp-doctor will choose on its own, best first. One attempt, never a tour of them all. */
const PREFERRED = ['PLAIN', 'LOGIN', 'CRAM-MD5'];

export async function authStep(
  state: StepContext,
  session: SmtpSession,
  before?: Extensions,
  grant?: OAuthGrant,
): Promise<StepResult> {
  const { opts, ctx } = state;
  if (opts.oauth || isOAuthMethod(opts.authMethod)) return oauthAuthStep(state, session, grant);
  const clock = new StepClock(ctx.now);
  const ehlo = session.ehloTls ?? session.ehloPlain;
  const ext = ehlo ? parseEhlo(ehlo) : undefined;
  const offered = ext?.auth ?? [];
  // The capabilities before any TLS, as the EHLO step read them.
  const starttlsOffered = Boolean((before ?? (session.ehloPlain ? parseEhlo(session.ehloPlain) : undefined))?.starttls);
  const facts: Facts = { offered, encrypted: session.secure };
  const fail = (reason: Reason, more: Partial<Failure> = {}): StepResult =>
    clock.done('auth', 'fail', facts, { failure: { reason, ...more } });

  if (!opts.password || opts.password.length === 0) return fail('missing-password', { code: 'MISSING_CREDENTIALS' });
  const gate = authGate({ offered, secure: session.secure, starttlsOffered, allowPlaintextAuth: opts.allowPlaintextAuth }, facts);
  if ('refuse' in gate) return fail(gate.refuse);
  const warnings: Msg[] = gate.warnings;
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
    // No reply in time is not a rejection: after failed logins servers delay the next AUTH
    // reply on purpose (Dovecot's auth penalty, 2-15 s).
    const timedOut = (err as SmtpError).code === 'ETIMEDOUT';
    const failure = failureFromError(err as SmtpError, timedOut ? 'auth-reply-timeout' : 'auth-rejected');
    failure.command ??= `AUTH ${method}`;
    return clock.done('auth', 'fail', facts, { failure });
  }
  facts.user = opts.user ?? '';
  return clock.done('auth', warnings.length ? 'warn' : 'pass', facts, { warnings });
}
