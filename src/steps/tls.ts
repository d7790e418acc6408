import type net from 'node:net';
import type tls from 'node:tls';
import type { Transcript } from '../core/transcript.js';
import type { Facts, FactValue, Failure, Msg, StepResult } from '../core/types.js';
import type { StepContext } from './context.js';
import { handshake } from '../smtp/mode-probe.js';
import { confirmOtherMode, servernameOf } from './other-mode.js';
import { DEFAULT_GRACE_MS, raceOtherMode, type RaceWin } from './race.js';
import { inspectTls, type TlsInspection } from './certificate.js';
export { inspectTls };
import { StepClock, errorFields } from './step.js';
import { tlsOptions } from '../tls/options.js';
import { explainVersionFailure, handshakeTrouble, probeHttp } from './transport.js';


/** Codes OpenSSL gives when the peer's first bytes are not TLS (typically a plaintext SMTP greeting). */
const NOT_TLS = /WRONG_VERSION_NUMBER|wrong version number|packet length too long|http request|unknown protocol|record layer failure/i;


/** Judge a live TLS socket: pass, warn (--insecure, or expiring soon) or fail. */
/** The two tool notes that mark the TLS handshake in the transcript. */
export function noteTls(transcript: Transcript, ins: TlsInspection): void {
  const f = ins.facts;
  transcript.note('tls-established', { protocol: String(f.protocol), cipher: String(f.cipher) }, true);
  const daysLeft = typeof f.daysLeft === 'number' ? f.daysLeft : '-';
  const cert = { subject: String(f.subject), issuer: String(f.issuer), validTo: String(f.validTo), daysLeft };
  transcript.note('certificate', { ...cert, verdict: ins.verdict }, true);
}

export function judgeTls(
  state: StepContext,
  socket: tls.TLSSocket,
  clock: StepClock,
  extra: Facts = {},
  noted = false,
): { result: StepResult; inspection: TlsInspection } {
  const { opts, ctx, transcript } = state;
  const ins = inspectTls(socket, servernameOf(opts), ctx.now());
  const f = ins.facts;
  if (!noted) noteTls(transcript, ins);
  const facts: Facts = { ...f, ...extra };
  const warnings: Msg[] = [];
  if (ins.verdict !== 'trusted') {
    if (!opts.insecure) {
      const failure: Failure = { reason: `cert-${ins.verdict}` };
      if (ins.code) failure.code = ins.code;
      return { result: clock.done('tls', 'fail', facts, { failure }), inspection: ins };
    }
    warnings.push({ key: 'warn.insecure-cert', params: { verdict: ins.verdict, code: ins.code ?? '' } });
  } else if (ins.daysLeft !== undefined && ins.daysLeft < 14) {
    warnings.push({ key: 'warn.cert-expiring', params: { days: ins.daysLeft } });
  }
  if (f.protocol === 'TLSv1' || f.protocol === 'TLSv1.1') warnings.push({ key: 'warn.old-tls', params: { protocol: String(f.protocol) } });
  // Static RSA key exchange (no forward secrecy) with a CBC cipher: works, but is the weakest TLS 1.2 choice.
  const suite = socket.getCipher()?.standardName ?? '';
  if (f.protocol === 'TLSv1.2' && /^TLS_RSA_WITH_.*_CBC_/.test(suite)) {
    warnings.push({ key: 'warn.weak-cipher', params: { cipher: suite } });
  }
  return { result: clock.done('tls', warnings.length ? 'warn' : 'pass', facts, { warnings }), inspection: ins };
}

/**
 * Implicit TLS: handshake from the first byte. A handshake with no answer after the grace races
 * plain SMTP on a second connection (the first that answers decides); on a plaintext port,
 * plain SMTP is confirmed before a mismatch is claimed.
 */
export async function handshakeStep(
  state: StepContext,
  socket: net.Socket,
): Promise<{ result: StepResult; socket?: tls.TLSSocket }> {
  const { opts, ctx, transcript } = state;
  const clock = new StepClock(ctx.now);
  transcript.note('tls-starting');
  let settled = false;
  const race = raceOtherMode(state, 'plain', ctx.now() + opts.timeouts.tls, () => !settled);
  const servername = servernameOf(opts);
  const shaking = handshake(ctx, socket, { servername, timeoutMs: opts.timeouts.tls, tls: tlsOptions(opts) }).then(
    (s): Shake => ({ s }),
    (err: unknown): Shake => ({ err }),
  );
  const first = await Promise.race([shaking, race.won.then((w): Shake => ({ w }))]);
  settled = true;
  const facts: Record<string, FactValue> = { mode: 'implicit' };
  if (first.w) {
    // Plain SMTP (or a web server) answered the second connection first: the verdict now.
    race.cancel();
    socket.destroy();
    await shaking;
    transcript.note('tls-no-answer', { seconds: Math.round((state.graceMs ?? DEFAULT_GRACE_MS) / 100) / 10 });
    if (first.w.mode) facts.otherMode = first.w.mode;
    const failure: Failure = first.w.mode
      ? { reason: 'expects-plain' }
      : { reason: 'http-server', response: first.w.http ?? '' };
    return { result: clock.done('tls', 'fail', facts, { failure }) };
  }
  if (first.s) {
    race.cancel();
    const { result } = judgeTls(state, first.s, clock, { mode: 'implicit' });
    return { result, socket: first.s };
  }
  const { code, message } = errorFields(first.err);
  const failure: Failure = { reason: code === 'ETIMEDOUT' ? 'tls-handshake-timeout' : 'tls-handshake-failed' };
  if (code) failure.code = code;
  if (message) failure.message = message;
  transcript.note('tls-handshake-failed', { error: message ?? code ?? 'UNKNOWN' });
  const trouble = handshakeTrouble(code, message);
  if (trouble === 'version' || trouble === 'cipher') {
    race.cancel();
    socket.destroy();
    await explainVersionFailure(state, trouble, 'tls', failure, facts);
  } else if (NOT_TLS.test(`${code ?? ''} ${message ?? ''}`) || code === 'ECONNRESET' || code === 'ETIMEDOUT') {
    // A web server answers TLS with an HTTP error: asked at the same time as plain SMTP (by the
    // race already, when the grace ran out).
    const [other, http] = race.started
      ? await Promise.all([race.other(), race.http()])
      : await Promise.all([confirmOtherMode(state, 'plain'), probeHttp(state)]);
    race.cancel();
    if (other) {
      facts.otherMode = other;
      failure.reason = 'expects-plain';
    } else if (http) {
      failure.reason = 'http-server';
      failure.response = http;
    }
  } else race.cancel();
  return { result: clock.done('tls', 'fail', facts, { failure }) };
}

interface Shake {
  s?: tls.TLSSocket;
  err?: unknown;
  w?: RaceWin;
}
