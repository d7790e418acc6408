import type net from 'node:net';
import type tls from 'node:tls';
import type { Failure, Facts, Reason, StepResult } from '../core/types.js';
import { diffExtensions, extensionFacts, parseEhlo, parseReply } from '../smtp/extensions.js';
import { SmtpSession, type SmtpError } from '../smtp/session.js';
import { StepClock, shortSslMessage } from './step.js';
import { confirmOtherMode, inspectTls, judgeTls, noteTls, servernameOf, type WalkState } from './tls.js';
import { tlsOptions } from '../tls/options.js';
import { explainVersionFailure, handshakeTrouble, probeHttp } from './transport.js';

/** nodemailer's words when a reply grows past maxResponseSize. */
const TOO_LARGE = /exceeds maximum allowed size/;
const CLOSED = new Set(['ECONNECTION', 'ECONNRESET', 'EPIPE']);

/** A web server answered: its status line is the evidence, not an SMTP reply. */
function httpFailure(failure: Failure, status: string | undefined): void {
  failure.reason = 'http-server';
  delete failure.responseCode;
  delete failure.enhancedCode;
  if (status) failure.response = status;
}

/** Turn nodemailer's error into a Failure: every field separate. */
export function failureFromError(err: SmtpError, reason?: Reason): Failure {
  const f: Failure = {};
  const code = (err.code === 'ESOCKET' || err.code === 'ETLS' || err.code === 'ECONNECTION') && err.originalCode ? err.originalCode : err.code;
  if (code) f.code = code;
  if (reason) f.reason = reason;
  if (err.command && err.command !== 'CONN' && err.command !== 'API') f.command = err.command;
  if (err.response) {
    const r = parseReply(err.response);
    if (r.code !== undefined) f.responseCode = r.code;
    if (r.enhanced) f.enhancedCode = r.enhanced;
    f.response = r.text;
  } else if (typeof err.responseCode === 'number') {
    f.responseCode = err.responseCode;
  }
  if (err.message) f.message = shortSslMessage(err.message);
  if (err.detail) f.detail = err.detail;
  return f;
}

/**
 * Greeting, EHLO and (STARTTLS) TLS through one nodemailer session. Records the three
 * step results; returns the open session, or undefined when a step failed.
 */
export async function openSession(state: WalkState, stream: net.Socket | tls.TLSSocket, implicit: boolean): Promise<SmtpSession | undefined> {
  const { opts, ctx, transcript, observer, record } = state;
  const mode = implicit ? 'implicit' : opts.security === 'tls' ? 'implicit' : opts.security;
  const marks: Partial<Record<'greeting' | 'ehlo' | 'ehloBytes' | 'tls' | 'end', number>> = { greeting: ctx.now() };
  let tlsNoted = false;
  const session = new SmtpSession({
    socket: stream,
    secured: implicit,
    helo: opts.helo,
    mode,
    tls: tlsOptions(opts),
    greetingTimeout: opts.timeouts.greeting,
    commandTimeout: opts.timeouts.command,
    dataTimeout: opts.timeouts.data,
    transcript,
    onPhase: (p) => {
      if (p === 'ehlo' && marks.ehlo === undefined) {
        marks.ehlo = ctx.now();
        marks.ehloBytes = session.bytesRead;
        observer.stepStart?.('ehlo');
      } else if (p === 'starttls' && marks.tls === undefined) {
        marks.tls = ctx.now();
        observer.stepStart?.('tls');
      } else if (p === 'ehlo-tls' && !tlsNoted) {
        marks.ehloBytes = session.bytesRead;
        // The handshake just finished: note it where it happened, before the EHLO under TLS.
        const s = session.tlsSocket;
        if (s) {
          noteTls(transcript, inspectTls(s, servernameOf(opts), ctx.now()));
          tlsNoted = true;
        }
      }
    },
  });
  observer.stepStart?.('greeting');
  let error: SmtpError | undefined;
  try {
    await session.open();
  } catch (err) {
    error = err as SmtpError;
  }
  marks.end = ctx.now();
  state.greeting = session.greeting;
  const span = (from: number | undefined, to: number | undefined): number => Math.max(0, Math.round((to ?? marks.end!) - (from ?? marks.end!)));
  const phase = session.phase;
  const greetingReply = session.greeting ? parseReply(session.greeting) : undefined;
  const greetingFacts: Facts = greetingReply ? { code: greetingReply.code ?? null, banner: greetingReply.text } : {};

  // --- greeting
  if (error && phase === 'greeting') {
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
    if (reason === 'greeting-slow') facts.waitedSeconds = Math.round(span(marks.greeting, marks.end) / 1000);
    if (reason === 'http-server') httpFailure(failure, session.httpStatus);
    if (reason === 'greeting-timeout') transcript.note('greeting-timeout', { seconds });
    else if (reason === 'greeting-slow') transcript.note('greeting-slow', { bytes, seconds: Number(facts.waitedSeconds) });
    else if (reason === 'closed-before-greeting') transcript.note('closed-before-greeting');
    if (!implicit && (reason === 'greeting-timeout' || reason === 'closed-before-greeting')) {
      session.close();
      // A silent port may also be a web server waiting for a request: asked at the same time.
      const [other, http] = await Promise.all([
        confirmOtherMode(state, 'tls'),
        reason === 'greeting-timeout' ? probeHttp(state) : undefined,
      ]);
      if (other) {
        facts.otherMode = other;
        failure.reason = 'expects-implicit-tls';
      } else if (http) httpFailure(failure, http);
    }
    record(stepAt('greeting', 'fail', span(marks.greeting, marks.end), facts, failure));
    session.close();
    return undefined;
  }
  record(stepAt('greeting', 'pass', span(marks.greeting, marks.ehlo), greetingFacts));

  // --- EHLO
  const plain = session.ehloPlain ? parseEhlo(session.ehloPlain) : undefined;
  const ehloFacts: Facts = plain ? extensionFacts(plain) : {};
  if (session.heloFallback) ehloFacts.heloFallback = true;
  if (error && phase === 'ehlo') {
    const failure = failureFromError(error, 'ehlo-rejected');
    if (session.httpStatus) httpFailure(failure, session.httpStatus);
    else if (!error.response && !session.heloFallback && CLOSED.has(failure.code ?? '')) {
      // A 220 greeting, then the connection closed before any reply to EHLO: nothing was rejected.
      failure.reason = 'closed-after-greeting';
    } else if (TOO_LARGE.test(error.message)) {
      failure.reason = 'reply-too-large';
      ehloFacts.bytesReceived = session.bytesRead - (marks.ehloBytes ?? 0);
    }
    record(stepAt('ehlo', 'fail', span(marks.ehlo, marks.end), ehloFacts, failure));
    session.close();
    return undefined;
  }
  const ehloWarnings = session.heloFallback ? [{ key: 'warn.helo-fallback' }] : [];
  record(stepAt('ehlo', ehloWarnings.length ? 'warn' : 'pass', span(marks.ehlo, marks.tls), ehloFacts, undefined, ehloWarnings));

  // --- STARTTLS
  if (session.startTlsSent) {
    const clockStart = marks.tls ?? marks.end!;
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
      if (reason === 'starttls-broken') {
        transcript.note('starttls-no-handshake');
      }
      if (phase === 'starttls' && accepted && versionOrCipher) {
        session.close();
        await explainVersionFailure(state, trouble, 'starttls', failure, facts);
      }
      record(stepAt('tls', 'fail', span(clockStart, marks.end), facts, failure));
      session.close();
      return undefined;
    }
    const tlsSocket = session.tlsSocket;
    if (tlsSocket) {
      const after = session.ehloTls ? parseEhlo(session.ehloTls) : undefined;
      const extra: Facts = { mode: 'starttls' };
      if (plain && after) extra.ehloChanges = diffExtensions(plain, after);
      if (after) extra.extensionsAfterTls = extensionFacts(after);
      const { result } = judgeTls(state, tlsSocket, new StepClock(ctx.now), extra, tlsNoted);
      result.ms = span(clockStart, marks.end);
      // AUTH offered before STARTTLS: this run upgraded first, but other clients may not.
      if (result.status !== 'fail' && plain?.auth.length) {
        result.status = 'warn';
        const warning = { key: 'warn.auth-before-tls', params: { offered: plain.auth.join(' ') } };
        result.warnings = [...(result.warnings ?? []), warning];
      }
      record(result);
      if (result.status === 'fail') {
        await session.quit(2000);
        return undefined;
      }
    } else {
      // STARTTLS said done but there is no TLS socket: never go on to AUTH in the clear.
      record(stepAt('tls', 'fail', span(clockStart, marks.end), { mode: 'starttls' }, { reason: 'tls-handshake-failed', message: 'no TLS socket after STARTTLS' }));
      session.close();
      return undefined;
    }
  } else if (error) {
    // A failure in no known phase (the session's own guard): recorded on the TLS step, the
    // step that was next, so that nothing after it runs.
    record(stepAt('tls', 'fail', 0, {}, failureFromError(error, 'session-failed')));
    session.close();
    return undefined;
  } else if (!implicit) {
    // No TLS on this connection.
    const facts: Facts = { mode: 'none', offered: Boolean(plain?.starttls) };
    if (opts.security === 'none') record(stepAt('tls', 'skip', 0, { ...facts, reason: 'security-none' }));
    else record(stepAt('tls', 'warn', 0, facts, undefined, [{ key: 'warn.no-tls' }]));
  }
  return session;
}

function stepAt(
  id: StepResult['id'],
  status: StepResult['status'],
  ms: number,
  facts: Facts,
  failure?: Failure,
  warnings?: StepResult['warnings'],
): StepResult {
  const r: StepResult = { id, status, ms, facts };
  if (failure) r.failure = failure;
  if (warnings && warnings.length) r.warnings = warnings;
  return r;
}
