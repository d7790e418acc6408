import type net from 'node:net';
import type tls from 'node:tls';
import type { Address, Context } from '../core/context.js';
import type { CheckOptions } from '../core/options.js';
import type { Transcript } from '../core/transcript.js';
import type { Facts, FactValue, Failure, Msg, StepResult } from '../core/types.js';
import type { StepContext } from './context.js';
import { handshake, probeMode } from '../smtp/mode-probe.js';
import { inspectTls, type TlsInspection } from './certificate.js';
export { inspectTls };
import { StepClock, errorFields } from './step.js';
import { tlsOptions } from '../tls/options.js';
import { explainVersionFailure, handshakeTrouble, probeHttp } from './transport.js';

export type { StepContext } from './context.js';

/** Codes OpenSSL gives when the peer's first bytes are not TLS (typically a plaintext SMTP greeting). */
const NOT_TLS = /WRONG_VERSION_NUMBER|wrong version number|packet length too long|http request|unknown protocol|record layer failure/i;

export function servernameOf(o: CheckOptions): string {
  return o.tlsServername ?? o.host;
}

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

/** Implicit TLS: handshake from the first byte. On a plaintext port, confirm that plain SMTP works there. */
export async function handshakeStep(
  state: StepContext,
  socket: net.Socket,
): Promise<{ result: StepResult; socket?: tls.TLSSocket }> {
  const { opts, ctx, transcript } = state;
  const clock = new StepClock(ctx.now);
  transcript.note('tls-starting');
  try {
    const s = await handshake(ctx, socket, { servername: servernameOf(opts), timeoutMs: opts.timeouts.tls, tls: tlsOptions(opts) });
    const { result } = judgeTls(state, s, clock, { mode: 'implicit' });
    return { result, socket: s };
  } catch (err) {
    const { code, message } = errorFields(err);
    const failure: Failure = { reason: code === 'ETIMEDOUT' ? 'tls-handshake-timeout' : 'tls-handshake-failed' };
    if (code) failure.code = code;
    if (message) failure.message = message;
    const facts: Record<string, FactValue> = { mode: 'implicit' };
    transcript.note('tls-handshake-failed', { error: message ?? code ?? 'UNKNOWN' });
    const trouble = handshakeTrouble(code, message);
    if (trouble === 'version' || trouble === 'cipher') {
      socket.destroy();
      await explainVersionFailure(state, trouble, 'tls', failure, facts);
    } else if (NOT_TLS.test(`${code ?? ''} ${message ?? ''}`) || code === 'ECONNRESET' || code === 'ETIMEDOUT') {
      // A web server answers TLS with an HTTP error: asked at the same time as plain SMTP.
      const [other, http] = await Promise.all([confirmOtherMode(state, 'plain'), probeHttp(state)]);
      if (other) {
        facts.otherMode = other;
        failure.reason = 'expects-plain';
      } else if (http) {
        failure.reason = 'http-server';
        failure.response = http;
      }
    }
    return { result: clock.done('tls', 'fail', facts, { failure }) };
  }
}

/**
 * Before calling anything a TLS mode mismatch, prove it: open a second connection in the
 * other mode and see it work. Returns a short description of what works, or undefined.
 */
export async function confirmOtherMode(
  state: StepContext,
  kind: 'tls' | 'plain',
  o: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const { opts, ctx, transcript, address } = state;
  if (!address) return undefined;
  const timeoutMs = o.timeoutMs ?? Math.min(opts.timeouts.greeting, opts.timeouts.tls, 10_000);
  const r = await probeMode(ctx, kind, {
    address,
    port: opts.port,
    servername: servernameOf(opts),
    helo: opts.helo,
    timeoutMs,
    tls: tlsOptions(opts),
    transcript,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  if (o.signal?.aborted) return undefined;
  if (!r.works) {
    transcript.note('mode-other-fails', { code: r.code ?? 'ERROR' });
    return undefined;
  }
  const mode = kind === 'tls' ? 'tls' : r.starttls ? 'starttls' : 'none';
  state.facts.otherMode = mode;
  transcript.note('mode-works', { port: opts.port, mode });
  return mode;
}
