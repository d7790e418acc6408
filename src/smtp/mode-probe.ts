import type net from 'node:net';
import type tls from 'node:tls';
import type { Address, Context } from '../core/context.js';
import type { Transcript } from '../core/transcript.js';
import { connectOnce } from '../steps/tcp.js';
import { errorFields } from '../steps/step.js';
import { parseEhlo } from './extensions.js';
import { ReplyReader } from './line-reader.js';

export interface ModeProbeResult {
  /** What the port really speaks, when the probe could tell. */
  mode: 'tls' | 'plain' | 'unknown';
  works: boolean;
  banner?: string;
  starttls?: boolean;
  auth?: string[];
  code?: string;
}

export interface ModeProbeOptions {
  address: Address;
  port: number;
  servername: string;
  helo: string;
  timeoutMs: number;
  tls: tls.ConnectionOptions;
  transcript?: Transcript;
}

/**
 * Open a second, short connection to find out what a port really speaks.
 * 'tls': TLS handshake from the first byte, then the greeting over TLS.
 * 'plain': a plaintext greeting, EHLO, and whether STARTTLS is offered.
 * Never sends credentials; always ends with QUIT or a close.
 */
export async function probeMode(ctx: Context, kind: 'tls' | 'plain', o: ModeProbeOptions): Promise<ModeProbeResult> {
  const t = o.transcript;
  t?.note(`confirming with a second connection: ${kind === 'tls' ? 'implicit TLS' : 'plain SMTP'} to ${o.address.address}:${o.port}`);
  const { socket, attempt } = await connectOnce(ctx, o.address, o.port, o.timeoutMs);
  if (!socket) return { mode: 'unknown', works: false, code: attempt.code ?? attempt.outcome };
  let stream: net.Socket | tls.TLSSocket = socket;
  try {
    if (kind === 'tls') {
      stream = await handshake(ctx, socket, o);
      t?.note(`TLS established (${(stream as tls.TLSSocket).getProtocol() ?? "TLS"})`, true);
    }
    const secure = kind === 'tls';
    const reader = new ReplyReader(stream);
    const banner = await reader.reply(o.timeoutMs);
    t?.received(banner, secure);
    if (!banner.startsWith('220')) return { mode: kind, works: false, banner, code: 'BAD_GREETING' };
    const ehloCmd = `EHLO ${o.helo}`;
    t?.sent(ehloCmd, secure);
    stream.write(`${ehloCmd}\r\n`);
    const ehlo = await reader.reply(o.timeoutMs);
    t?.received(ehlo, secure);
    const ext = parseEhlo(ehlo);
    t?.sent('QUIT', secure);
    stream.write('QUIT\r\n');
    await reader.reply(Math.min(o.timeoutMs, 2000)).then(
      (r) => t?.received(r, secure),
      () => undefined,
    );
    return { mode: kind, works: true, banner, starttls: ext.starttls, auth: ext.auth };
  } catch (err) {
    const { code } = errorFields(err);
    return { mode: 'unknown', works: false, code: code ?? 'ERROR' };
  } finally {
    stream.destroy();
    socket.destroy();
  }
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
      reject(Object.assign(new Error('TLS handshake timed out'), { code: 'ETIMEDOUT' }));
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
