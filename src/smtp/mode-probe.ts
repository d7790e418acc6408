import type net from 'node:net';
import { closeAll } from '../core/close.js';
import type tls from 'node:tls';
import type { Address, Context } from '../core/context.js';
import { visible } from '../core/text.js';
import type { Transcript } from '../core/transcript.js';
import { ownError } from '../core/errors.js';
import { inspectTls, type CertVerdict } from '../steps/certificate.js';
import { connectOnce, type ConnectOutcome } from '../steps/tcp.js';
import { errorFields } from '../steps/step.js';
import { parseEhlo } from './extensions.js';
import { ReplyReader } from './line-reader.js';

export interface ModeProbeResult {
  /** What the port really speaks, when the probe could tell. */
  mode: 'tls' | 'plain' | 'unknown';
  works: boolean;
  /** How the TCP connection went (a port that is not even open is told apart from one that is). */
  connect: ConnectOutcome;
  banner?: string;
  starttls?: boolean;
  /** AUTH mechanisms in the first EHLO (before any TLS for plain SMTP). */
  auth?: string[];
  /** AUTH mechanisms after STARTTLS (plain SMTP with `upgrade`). */
  authAfterTls?: string[];
  /** The STARTTLS upgrade (plain SMTP with `upgrade`). */
  upgraded?: boolean;
  tlsProtocol?: string;
  cert?: { verdict: CertVerdict; code?: string; daysLeft?: number; subject?: string };
  code?: string;
  ms: number;
}

export interface ModeProbeOptions {
  address: Address;
  port: number;
  servername: string;
  helo: string;
  timeoutMs: number;
  tls: tls.ConnectionOptions;
  transcript?: Transcript;
  /** For plain SMTP: also try STARTTLS and read the EHLO after it. */
  upgrade?: boolean;
  /**
   * Stop early (the other connection of a race won): a connection that greeted gets QUIT, any
   * other is just closed. The result then says works: false, code 'ABORTED'.
   */
  signal?: AbortSignal;
}

/**
 * Open a short connection to find out what a port really speaks.
 * 'tls': TLS handshake from the first byte, then the greeting over TLS.
 * 'plain': a plaintext greeting, EHLO, whether STARTTLS is offered (and, with `upgrade`,
 * whether it works and what EHLO says after it).
 * Never sends credentials; always ends with QUIT or a close; every wait is bounded.
 */
export async function probeMode(ctx: Context, kind: 'tls' | 'plain', o: ModeProbeOptions): Promise<ModeProbeResult> {
  const started = ctx.now();
  const ms = (): number => Math.round(ctx.now() - started);
  const t = o.transcript;
  t?.note('mode-confirming', { mode: kind, address: o.address.address, port: o.port });
  const { socket, attempt } = await connectOnce(ctx, o.address, o.port, o.timeoutMs);
  if (socket && o.signal?.aborted) {
    socket.destroy();
    return { mode: 'unknown', works: false, connect: 'connected', code: 'ABORTED', ms: ms() };
  }
  if (!socket) return { mode: 'unknown', works: false, connect: attempt.outcome, code: attempt.code ?? attempt.outcome, ms: ms() };
  const result: ModeProbeResult = { mode: 'unknown', works: false, connect: 'connected', ms: 0 };
  let stream: net.Socket | tls.TLSSocket = socket;
  const streams: Array<net.Socket | tls.TLSSocket> = [socket];
  const abort = (): void => {
    // Polite when it greeted: QUIT, then close; else just close.
    if (result.banner !== undefined) stream.write('QUIT\r\n');
    closeAll(streams);
  };
  o.signal?.addEventListener('abort', abort, { once: true });
  try {
    if (kind === 'tls') {
      const s = await handshake(ctx, socket, o);
      streams.push(s);
      stream = s;
      noteCert(result, s, o, ctx);
      t?.note('mode-tls-established', { protocol: s.getProtocol() ?? 'TLS' }, true);
    }
    let secure = kind === 'tls';
    let reader = new ReplyReader(stream);
    const banner = await reader.reply(o.timeoutMs);
    t?.received(banner, secure);
    result.banner = visible(banner);
    if (!banner.startsWith('220')) return { ...result, mode: kind, code: 'BAD_GREETING', ms: ms() };
    const ehlo = async (): Promise<ReturnType<typeof parseEhlo>> => {
      const cmd = `EHLO ${o.helo}`;
      t?.sent(cmd, secure);
      stream.write(`${cmd}\r\n`);
      const reply = await reader.reply(o.timeoutMs);
      t?.received(reply, secure);
      return parseEhlo(reply);
    };
    const ext = await ehlo();
    Object.assign(result, { mode: kind, works: true, starttls: ext.starttls, auth: ext.auth });
    if (kind === 'plain' && o.upgrade && ext.starttls) {
      t?.sent('STARTTLS', false);
      stream.write('STARTTLS\r\n');
      const ready = await reader.reply(o.timeoutMs);
      t?.received(ready, false);
      if (ready.startsWith('220')) {
        // From here the bytes are TLS records: the plaintext reader must not see them.
        stream.removeAllListeners('data');
        const s = await handshake(ctx, stream as net.Socket, o);
        streams.push(s);
        stream = s;
        secure = true;
        reader = new ReplyReader(stream);
        noteCert(result, s, o, ctx);
        result.upgraded = true;
        result.authAfterTls = (await ehlo()).auth;
      } else {
        result.upgraded = false;
      }
    }
    t?.sent('QUIT', secure);
    stream.write('QUIT\r\n');
    await reader.reply(Math.min(o.timeoutMs, 2000)).then(
      (r) => t?.received(r, secure),
      () => undefined,
    );
    return { ...result, ms: ms() };
  } catch (err) {
    const { code } = errorFields(err);
    if (kind === 'plain' && o.upgrade && result.works && result.upgraded === undefined) result.upgraded = false;
    if (o.signal?.aborted) return { ...result, works: false, code: 'ABORTED', ms: ms() };
    return { ...result, code: code ?? 'ERROR', ms: ms() };
  } finally {
    o.signal?.removeEventListener('abort', abort);
    closeAll(streams);
  }
}

function noteCert(result: ModeProbeResult, s: tls.TLSSocket, o: ModeProbeOptions, ctx: Context): void {
  const ins = inspectTls(s, o.servername, ctx.now());
  result.tlsProtocol = s.getProtocol() ?? undefined;
  result.cert = { verdict: ins.verdict };
  if (ins.code) result.cert.code = ins.code;
  if (ins.daysLeft !== undefined) result.cert.daysLeft = ins.daysLeft;
  if (typeof ins.facts.subject === 'string') result.cert.subject = visible(ins.facts.subject);
}

/** TLS client handshake over an open socket, bounded by timeoutMs. */
export function handshake(
  ctx: Context,
  socket: net.Socket,
  o: { servername: string; timeoutMs: number; tls: tls.ConnectionOptions },
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const opts: tls.ConnectionOptions = { ...o.tls, socket, rejectUnauthorized: false };
    if (o.servername && !/^[\d.]+$|:/.test(o.servername)) opts.servername = o.servername;
    const s = ctx.connectTls(opts);
    const timer = setTimeout(() => {
      s.destroy();
      reject(ownError({ kind: 'tls-handshake-timeout' }, 'TLS handshake timed out', { code: 'ETIMEDOUT' }));
    }, o.timeoutMs);
    timer.unref?.();
    s.once('secureConnect', () => {
      clearTimeout(timer);
      s.removeAllListeners('error');
      s.on('error', () => undefined);
      resolve(s);
    });
    s.once('error', (err) => {
      clearTimeout(timer);
      s.destroy();
      reject(err);
    });
  });
}
