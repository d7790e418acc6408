import type { Facts } from '../core/types.js';
import { extensionFacts, parseEhlo } from '../smtp/extensions.js';
import type { Carry, StepOutcome } from './carry.js';
import type { StepContext } from './context.js';
import { TOO_LARGE, failureFromError, httpFailure, stepAt } from './failure.js';

/** Codes of a connection that closed under the client. */
const CLOSED = new Set(['ECONNECTION', 'ECONNRESET', 'EPIPE']);

/** EHLO (HELO when EHLO is refused): waits for its part of the opening dialogue. Hands on the capabilities. */
export async function ehloStep(_sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const opening = carry.opening!;
  const { session, marks } = opening;
  // Done when STARTTLS goes out, or when the opening ends (no STARTTLS in this mode).
  await opening.reach('starttls');
  const plain = session.ehloPlain ? parseEhlo(session.ehloPlain) : undefined;
  const facts: Facts = plain ? extensionFacts(plain) : {};
  if (session.heloFallback) facts.heloFallback = true;
  const error = opening.ended ? opening.error : undefined;
  if (error && session.phase === 'ehlo') {
    const failure = failureFromError(error, 'ehlo-rejected');
    if (session.httpStatus) httpFailure(failure, session.httpStatus);
    else if (!error.response && !session.heloFallback && CLOSED.has(failure.code ?? '')) {
      // A 220 greeting, then the connection closed before any reply to EHLO: nothing was rejected.
      failure.reason = 'closed-after-greeting';
    } else if (TOO_LARGE.test(error.message)) {
      failure.reason = 'reply-too-large';
      facts.bytesReceived = session.bytesRead - (marks.ehloBytes ?? 0);
    }
    session.close();
    return { result: stepAt('ehlo', 'fail', opening.span(marks.ehlo, marks.end), facts, failure) };
  }
  const warnings = session.heloFallback ? [{ key: 'warn.helo-fallback' }] : [];
  const ms = opening.span(marks.ehlo, marks.tls);
  const result = stepAt('ehlo', warnings.length ? 'warn' : 'pass', ms, facts, undefined, warnings);
  let next: Carry = plain ? { ...carry, ehlo: plain } : carry;
  // Implicit TLS: the opening is all there is; the session is ready for AUTH.
  if (carry.implicit && opening.ended && !opening.error) next = { ...next, session };
  return { result, carry: next };
}
