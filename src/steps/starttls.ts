import type { Facts, Reason } from '../core/types.js';
import { LINGER_MS } from './quit.js';
import { diffExtensions, extensionFacts, parseEhlo } from '../smtp/extensions.js';
import type { Carry, StepOutcome } from './carry.js';
import type { StepContext } from './context.js';
import { TOO_LARGE, failureFromError, stepAt } from './failure.js';
import { StepClock } from './step.js';
import { judgeTls } from './tls.js';
import { explainVersionFailure, handshakeTrouble } from './transport.js';

/**
 * The TLS step on a plaintext connection: STARTTLS and the EHLO after it (or, with no STARTTLS,
 * a warning that the session is not encrypted). Hands on the session, ready for AUTH.
 */
export async function starttlsStep(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const { opts, ctx, transcript } = sc;
  const opening = carry.opening!;
  const { session, marks } = opening;
  const error = await opening.done;
  const plain = carry.ehlo;
  const phase = session.phase;
  if (session.startTlsSent) {
    const clockStart = marks.tls ?? marks.end!;
    const ms = opening.span(clockStart, marks.end);
    if (error) {
      let reason: Reason = 'starttls-failed';
      const trouble = handshakeTrouble(error.originalCode ?? error.code, error.message);
      const accepted = /^220/.test(session.starttlsReply ?? '');
      const versionOrCipher = trouble === 'version' || trouble === 'cipher';
      if (phase === 'starttls' && plain && !plain.starttls) reason = 'starttls-not-offered';
      else if (phase === 'starttls' && error.command === 'STARTTLS' && error.response) reason = 'starttls-rejected';
      else if (phase === 'ehlo-tls' && TOO_LARGE.test(error.message)) reason = 'reply-too-large';
      else if (phase === 'ehlo-tls') reason = 'ehlo-after-tls-failed';
      // After "220 Ready to start TLS" the mode is right by definition: a handshake that then fails
      // for anything but an old version or cipher is the server's STARTTLS that is broken.
      else if (phase === 'starttls' && accepted && !versionOrCipher) reason = 'starttls-broken';
      else if (error.code === 'ETIMEDOUT') reason = 'tls-handshake-timeout';
      else reason = 'tls-handshake-failed';
      const failure = failureFromError(error, reason);
      const facts: Facts = { mode: 'starttls' };
      if (reason === 'reply-too-large') facts.bytesReceived = session.bytesRead - (marks.ehloBytes ?? 0);
      if (reason === 'starttls-broken') transcript.note('starttls-no-handshake');
      if (phase === 'starttls' && accepted && versionOrCipher) {
        session.close();
        await explainVersionFailure(sc, trouble, 'starttls', failure, facts);
      }
      session.close();
      return { result: stepAt('tls', 'fail', ms, facts, failure) };
    }
    const tlsSocket = session.tlsSocket;
    if (!tlsSocket) {
      // STARTTLS said done but there is no TLS socket: never go on to AUTH in the clear.
      session.close();
      const failure = { reason: 'tls-handshake-failed' as const, message: 'no TLS socket after STARTTLS' };
      return { result: stepAt('tls', 'fail', ms, { mode: 'starttls' }, failure) };
    }
    const after = session.ehloTls ? parseEhlo(session.ehloTls) : undefined;
    const extra: Facts = { mode: 'starttls' };
    if (plain && after) extra.ehloChanges = diffExtensions(plain, after);
    if (after) extra.extensionsAfterTls = extensionFacts(after);
    const { result } = judgeTls(sc, tlsSocket, new StepClock(ctx.now), extra, opening.tlsNoted);
    result.ms = ms;
    // AUTH offered before STARTTLS: this run upgraded first, but other clients may not.
    if (result.status !== 'fail' && plain?.auth.length) {
      result.status = 'warn';
      const warning = { key: 'warn.auth-before-tls', params: { offered: plain.auth.join(' ') } };
      result.warnings = [...(result.warnings ?? []), warning];
    }
    if (result.status === 'fail') {
      // Polite, but not waited for: the verdict does not depend on it.
      if (session.sendQuit()) void session.lingerClose(LINGER_MS);
      return { result };
    }
    return { result, carry: { ...carry, session } };
  }
  if (error) {
    // A failure in no known phase (the session's own guard): recorded on the TLS step, the
    // step that was next, so that nothing after it runs.
    session.close();
    return { result: stepAt('tls', 'fail', 0, {}, failureFromError(error, 'session-failed')) };
  }
  if (carry.implicit) return { carry: { ...carry, session } };
  // No TLS on this connection.
  const facts: Facts = { mode: 'none', offered: Boolean(plain?.starttls) };
  const next: Carry = { ...carry, session };
  if (opts.security === 'none') {
    return { result: stepAt('tls', 'skip', 0, { ...facts, reason: 'security-none' }), carry: next };
  }
  return { result: stepAt('tls', 'warn', 0, facts, undefined, [{ key: 'warn.no-tls' }]), carry: next };
}
