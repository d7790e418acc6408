import type { Facts, Failure, Reason } from '../core/types.js';
import { parseReply } from '../smtp/extensions.js';
import type { Carry, StepOutcome } from './carry.js';
import type { StepContext } from './context.js';
import { Opening } from './opening.js';
import { DEFAULT_GRACE_MS, raceOtherMode, type RaceWin } from './race.js';
import { failureFromError, httpFailure, stepAt } from './failure.js';
import { confirmOtherMode } from './other-mode.js';
import { probeHttp } from './transport.js';

/**
 * The greeting: opens the SMTP session on the carried stream and waits for the 220. Plaintext
 * first, a greeting that is late by more than the grace (no byte at all) races implicit TLS on a
 * second connection; the first mode that greets decides. Hands the opening dialogue on.
 */
export async function greetingStep(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const { opts, ctx, transcript } = sc;
  const implicit = carry.implicit;
  const opening = new Opening(sc, carry.stream!, implicit);
  const { session, marks } = opening;
  const race = implicit
    ? undefined
    : raceOtherMode(sc, 'tls', ctx.now() + opts.timeouts.greeting, () => !session.greeting && session.bytesRead === 0);
  const greeted = opening.reach('ehlo').then((): RaceWin => ({}));
  const first = await Promise.race([greeted, ...(race ? [race.won] : [])]);
  const next: Carry = { ...carry, opening };

  if (first.mode || first.http) {
    // The second connection decided first: the verdict now, not after the greeting timeout.
    race?.cancel();
    session.close();
    await opening.done;
    if (first.mode && opts.security === 'auto') return switchToImplicit(carry);
    const graceSeconds = Math.round((sc.graceMs ?? DEFAULT_GRACE_MS) / 100) / 10;
    transcript.note('greeting-timeout', { seconds: graceSeconds });
    const ms = opening.span(marks.greeting, marks.end);
    if (first.http) {
      const failure: Failure = { reason: 'http-server', response: first.http };
      return { result: stepAt('greeting', 'fail', ms, {}, failure) };
    }
    const failure: Failure = { reason: 'expects-implicit-tls' };
    return { result: stepAt('greeting', 'fail', ms, { otherMode: first.mode! }, failure) };
  }
  const error = opening.ended ? opening.error : undefined;
  const greetingReply = session.greeting ? parseReply(session.greeting) : undefined;
  const greetingFacts: Facts = greetingReply ? { code: greetingReply.code ?? null, banner: greetingReply.text } : {};
  if (!(error && session.phase === 'greeting')) {
    race?.cancel();
    return { result: stepAt('greeting', 'pass', opening.span(marks.greeting, marks.ehlo), greetingFacts), carry: next };
  }

  let reason: Reason = 'greeting-failed';
  const bytes = session.bytesRead;
  // Plaintext bytes but no complete line: the server is there, only extremely slow.
  const dripping = !implicit && bytes > 0 && !session.greeting;
  if (error.code === 'ETIMEDOUT') reason = dripping ? 'greeting-slow' : 'greeting-timeout';
  else if (error.code === 'EPROTOCOL' && !session.greeting) reason = 'greeting-too-large';
  else if (!session.greeting) reason = 'closed-before-greeting';
  else if (session.httpStatus) reason = 'http-server';
  else if (greetingReply?.code !== 220) reason = 'greeting-rejected';
  const failure = failureFromError(error, reason);
  if (session.greeting) failure.command = 'CONNECT';
  const facts: Facts = { ...greetingFacts };
  const seconds = Math.round(opts.timeouts.greeting / 1000);
  if (reason === 'greeting-slow' || reason === 'greeting-too-large') facts.bytesReceived = bytes;
  if (reason === 'greeting-slow') facts.waitedSeconds = Math.round(opening.span(marks.greeting, marks.end) / 1000);
  if (reason === 'http-server') httpFailure(failure, session.httpStatus);
  if (reason === 'greeting-timeout') transcript.note('greeting-timeout', { seconds });
  else if (reason === 'greeting-slow') {
    transcript.note('greeting-slow', { bytes, seconds: Number(facts.waitedSeconds) });
  }
  else if (reason === 'closed-before-greeting') transcript.note('closed-before-greeting');
  if (!implicit && (reason === 'greeting-timeout' || reason === 'closed-before-greeting')) {
    session.close();
    // A silent port may also be a web server waiting for a request: asked at the same time.
    // Both were started by the race already when the grace ran out.
    const asks = race?.started
      ? [race.other(), reason === 'greeting-timeout' ? race.http() : undefined]
      : [confirmOtherMode(sc, 'tls'), reason === 'greeting-timeout' ? probeHttp(sc) : undefined];
    const [other, http] = await Promise.all(asks);
    race?.cancel();
    if (other && opts.security === 'auto') return switchToImplicit(carry);
    if (other) {
      facts.otherMode = other;
      failure.reason = 'expects-implicit-tls';
    } else if (http) httpFailure(failure, http);
  }
  race?.cancel();
  session.close();
  return { result: stepAt('greeting', 'fail', opening.span(marks.greeting, marks.end), facts, failure) };
}

/** --security auto: the port speaks implicit TLS. Back to the TLS step, on a new connection. */
function switchToImplicit(carry: Carry): StepOutcome {
  carry.socket?.destroy();
  const { socket: _s, stream: _t, ...rest } = carry;
  return { restartAt: 'tls-implicit', carry: { ...rest, implicit: true, detected: true } };
}
