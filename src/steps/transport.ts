import type net from 'node:net';
import { closeAll } from '../core/close.js';
import type tls from 'node:tls';
import type { Facts, Failure } from '../core/types.js';
import { ReplyReader } from '../smtp/line-reader.js';
import { handshake } from '../smtp/mode-probe.js';
import { connectOnce } from './tcp.js';
import { errorFields } from './step.js';
import type { StepContext } from './context.js';

/**
 * Transport-level findings that need a closer look than the session gives: a TLS handshake
 * that failed on version or cipher (and which version the server does speak), a web server
 * on an SMTP port.
 */

/** OpenSSL / Node codes and alert texts: no protocol version in common. */
const VERSION = new RegExp(
  [
    'UNSUPPORTED_PROTOCOL',
    'ALERT_PROTOCOL_VERSION',
    'NO_PROTOCOLS_AVAILABLE',
    'VERSION_TOO_LOW',
    'VERSION_TOO_HIGH',
    'unsupported protocol',
    'alert protocol version',
    'no protocols available',
  ].join('|'),
  'i',
);
/** ... no cipher (or key exchange strong enough) in common. */
const CIPHER = new RegExp(
  [
    'NO_SHARED_CIPHER',
    'NO_CIPHERS_AVAILABLE',
    'ALERT_HANDSHAKE_FAILURE',
    'ALERT_INSUFFICIENT_SECURITY',
    'DH_KEY_TOO_SMALL',
    'no shared cipher',
    'no ciphers available',
    'alert handshake failure',
    'insufficient security',
    'dh key too small',
  ].join('|'),
  'i',
);
/** The peer's bytes were not TLS, or it went away: nothing was negotiated at all. */
const NOT_TLS = new RegExp(
  [
    'WRONG_VERSION_NUMBER',
    'wrong version number',
    'packet length too long',
    'http request',
    'unknown protocol',
    'record layer failure',
    'unexpected eof',
    'disconnected before secure TLS',
    'ECONNRESET',
    'ECONNECTION',
    'EPIPE',
    'ETIMEDOUT',
    'timed out',
    'Connection closed',
  ].join('|'),
  'i',
);

export type HandshakeTrouble = 'version' | 'cipher' | 'not-tls';

/** What kind of TLS handshake failure this is, from the error's code and message. */
export function handshakeTrouble(code: string | undefined, message: string | undefined): HandshakeTrouble | undefined {
  const s = `${code ?? ''} ${message ?? ''}`;
  if (VERSION.test(s)) return 'version';
  if (CIPHER.test(s)) return 'cipher';
  if (NOT_TLS.test(s)) return 'not-tls';
  return undefined;
}

const OLD = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);

export interface ServerTls {
  protocol: string;
  cipher: string;
}

/**
 * After a version or cipher failure: set the failure's reason, and learn what the server
 * does speak with one quick probe handshake that allows everything OpenSSL can do. The probe
 * only learns (protocol, cipher) and is closed at once: nothing is sent over it.
 */
export async function explainVersionFailure(
  state: StepContext,
  trouble: 'version' | 'cipher',
  kind: 'tls' | 'starttls',
  failure: Failure,
  facts: Facts,
): Promise<void> {
  const learned = await learnServerTls(state, kind);
  if (learned) {
    facts.serverProtocol = learned.protocol;
    facts.serverCipher = learned.cipher;
  }
  if (trouble === 'cipher') failure.reason = 'tls-cipher-mismatch';
  else failure.reason = learned && OLD.has(learned.protocol) ? 'tls-old-version' : 'tls-version-mismatch';
}

/** One handshake with every protocol version and cipher allowed, to learn what the server offers. */
export async function learnServerTls(state: StepContext, kind: 'tls' | 'starttls'): Promise<ServerTls | undefined> {
  const { opts, ctx, transcript, address } = state;
  if (!address) return undefined;
  // One budget for the whole probe (connect, plaintext dialogue, handshake), not one per wait.
  const deadline = ctx.now() + Math.min(opts.timeouts.tls, 5000);
  const left = (): number => Math.max(1, Math.round(deadline - ctx.now()));
  const { socket } = await connectOnce(ctx, address, opts.port, left());
  if (!socket) return undefined;
  const streams: Array<net.Socket | tls.TLSSocket> = [socket];
  try {
    if (kind === 'starttls') {
      const reader = new ReplyReader(socket);
      await reader.reply(left());
      socket.write(`EHLO ${opts.helo}\r\n`);
      await reader.reply(left());
      socket.write('STARTTLS\r\n');
      if (!(await reader.reply(left())).startsWith('220')) return undefined;
      socket.removeAllListeners('data');
    }
    // Its own context (not the check's, whose settings would win): verification is not the point here.
    const permissive: tls.ConnectionOptions = {
      rejectUnauthorized: false,
      minVersion: 'TLSv1',
      ciphers: 'ALL:@SECLEVEL=0',
    };
    const servername = opts.tlsServername ?? opts.host;
    const s = await handshake(ctx, socket, { servername, timeoutMs: left(), tls: permissive });
    streams.push(s);
    const protocol = s.getProtocol() ?? 'unknown';
    const cipher = s.getCipher()?.name ?? 'unknown';
    transcript.note('version-probe-worked', { protocol, cipher });
    return { protocol, cipher };
  } catch (err) {
    transcript.note('version-probe-failed', { code: errorFields(err).code ?? 'ERROR' });
    return undefined;
  } finally {
    closeAll(streams);
  }
}

/**
 * A port that sent no greeting may be a web server waiting for a request: send one EHLO line
 * on a new connection and see whether an HTTP status line comes back. Returns that line.
 */
export async function probeHttp(
  state: StepContext,
  o: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const { opts, ctx, transcript, address } = state;
  if (!address) return undefined;
  const timeoutMs = Math.min(o.timeoutMs ?? opts.timeouts.greeting, 3000);
  const { socket } = await connectOnce(ctx, address, opts.port, timeoutMs);
  if (!socket) return undefined;
  if (o.signal?.aborted) {
    socket.destroy();
    return undefined;
  }
  const abort = (): void => void socket.destroy();
  o.signal?.addEventListener('abort', abort, { once: true });
  try {
    const reader = new ReplyReader(socket);
    socket.write(`EHLO ${opts.helo}\r\n`);
    const first = (await reader.reply(timeoutMs)).split('\n')[0] ?? '';
    if (!/^HTTP\/\d(?:\.\d)? \d{3}\b/.test(first)) return undefined;
    transcript.note('http-answer', { status: first });
    return first;
  } catch {
    return undefined;
  } finally {
    o.signal?.removeEventListener('abort', abort);
    socket.destroy();
  }
}
