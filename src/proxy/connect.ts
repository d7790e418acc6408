import type net from 'node:net';
import { SocksClient } from 'socks';
import type { Context } from '../core/context.js';
import { httpConnect } from './http-connect.js';
import { socksFailure, SOCKS_TARGET_STAGE, type SocksHead } from './socks-errors.js';
import type { ProxySettings } from './settings.js';
import type { ProxyConnect, ProxyFailure } from './types.js';

/**
 * Open a TCP connection to `dest`:`port` through the proxy: a TCP connection to the proxy from the
 * context's socket factory, then the SOCKS or HTTP CONNECT handshake on it. Bounded by timeoutMs.
 * The socket handed back is paused with any early bytes put back: the next reader gets everything.
 */
export function connectThrough(
  ctx: Context,
  proxy: ProxySettings,
  dest: string,
  port: number,
  timeoutMs: number,
): Promise<ProxyConnect> {
  const deadline = ctx.now() + timeoutMs;
  return new Promise((resolve) => {
    let settled = false;
    const raw = ctx.connectTcp({ host: proxy.host, port: proxy.port });
    let onTimeout = (): ProxyFailure => ({ reason: 'proxy-unreachable', code: 'ETIMEDOUT', outcome: 'proxy' });
    const finish = (r: ProxyConnect): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      raw.removeListener('error', onRawError);
      if ('failure' in r) raw.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ failure: onTimeout() }), timeoutMs);
    const onRawError = (err: NodeJS.ErrnoException): void => {
      finish({ failure: { reason: 'proxy-unreachable', code: err.code ?? 'ECONNREFUSED', outcome: 'proxy' } });
    };
    raw.once('error', onRawError);
    raw.once('connect', () => {
      if (settled) return;
      raw.removeListener('error', onRawError);
      raw.on('error', () => undefined); // the handshake reports its own errors
      const left = Math.max(1, deadline - ctx.now());
      if (proxy.scheme === 'http') {
        onTimeout = () => ({ reason: 'proxy-protocol-error', code: 'ETIMEDOUT', outcome: 'proxy' });
        const auth =
          proxy.user !== undefined ? { user: proxy.user, password: proxy.password?.reveal() ?? '' } : undefined;
        void httpConnect(raw, dest, port, auth).then((r) => finish(r));
        return;
      }
      const client = socks(raw, proxy, dest, port, left + 1000);
      // How far the conversation got (SocksClientState; private in the typings, stable in socks 2.x).
      const stage = (): number => (client as unknown as { state: number }).state;
      // A timeout after the CONNECT request was sent is the server not answering the proxy.
      onTimeout = () =>
        stage() >= SOCKS_TARGET_STAGE
          ? { reason: 'proxy-target-unreachable', code: 'ETIMEDOUT', outcome: 'timeout' }
          : { reason: 'proxy-protocol-error', code: 'ETIMEDOUT', outcome: 'proxy' };
      let stateAtClose = -1;
      raw.prependOnceListener('close', () => (stateAtClose = stage()));
      // The proxy's first bytes: the socks package does not check a SOCKS4 reply's version byte.
      const version = socksVersion(proxy);
      const head: SocksHead = { version, bytes: Buffer.alloc(0) };
      const record = (b: Buffer): void => {
        head.bytes = Buffer.concat([head.bytes, b]).subarray(0, 8);
        if (head.bytes.length >= 8) raw.removeListener('data', record);
      };
      raw.prependListener('data', record);
      client.once('error', (err: Error) => finish({ failure: socksFailure(err.message, stateAtClose, head) }));
      client.once('established', () => {
        raw.removeListener('data', record);
        // The library hands over leftover bytes and resumes the socket on the next turn: collect
        // them here, then pause and put them back so the SMTP reader sees the greeting whole.
        const early: Buffer[] = [];
        const collect = (b: Buffer): void => void early.push(b);
        raw.on('data', collect);
        setImmediate(() => {
          raw.removeListener('data', collect);
          raw.pause();
          if (early.length) raw.unshift(Buffer.concat(early));
          finish({ socket: raw });
        });
      });
      client.connect(raw);
    });
  });
}

const socksVersion = (proxy: ProxySettings): 4 | 5 => (proxy.scheme === 'socks4' || proxy.scheme === 'socks4a' ? 4 : 5);

function socks(raw: net.Socket, proxy: ProxySettings, dest: string, port: number, timeout: number): SocksClient {
  const type = socksVersion(proxy);
  const p: { host: string; port: number; type: 4 | 5; userId?: string; password?: string } = {
    host: proxy.host,
    port: proxy.port,
    type,
  };
  if (proxy.user !== undefined) p.userId = proxy.user;
  if (proxy.password !== undefined) p.password = proxy.password.reveal();
  const destination = { host: dest, port };
  return new SocksClient({ proxy: p, command: 'connect', destination, timeout, existing_socket: raw });
}
