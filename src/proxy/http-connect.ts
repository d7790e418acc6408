import type net from 'node:net';
import type { ProxyConnect } from './types.js';

/** A CONNECT answer's header larger than this is not a proxy's. */
const MAX_HEADER = 16 * 1024;

/**
 * HTTP CONNECT (RFC 9110 section 9.3.6) on a socket connected to the proxy: the request, then the
 * status line. 2xx: the tunnel is open (the socket comes back paused, early bytes put back);
 * 407: the proxy wants other credentials; 403 and the rest: refused; 502/503/504: the proxy could
 * not reach the server. The caller bounds the wait.
 */
export function httpConnect(sock: net.Socket, dest: string, port: number, auth?: { user: string; password: string }): Promise<ProxyConnect> {
  return new Promise((resolve) => {
    const authority = `${dest.includes(':') ? `[${dest}]` : dest}:${port}`;
    const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
    if (auth) lines.push(`Proxy-Authorization: Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`);
    let buf = Buffer.alloc(0);
    const done = (r: ProxyConnect): void => {
      sock.removeListener('data', onData);
      sock.removeListener('close', onClose);
      resolve(r);
    };
    const onClose = (): void => done({ failure: { reason: 'proxy-protocol-error', code: 'HTTP_CLOSED', outcome: 'proxy' } });
    const onData = (chunk: Buffer): void => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buf.length > MAX_HEADER || !/^H(T(T(P(\/)?)?)?)?/.test(buf.subarray(0, 5).toString('latin1'))) {
          done({ failure: { reason: 'proxy-protocol-error', code: 'HTTP_BAD_REPLY', outcome: 'proxy' } });
        }
        return;
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(buf.subarray(0, end).toString('latin1'));
      if (!status) return done({ failure: { reason: 'proxy-protocol-error', code: 'HTTP_BAD_REPLY', outcome: 'proxy' } });
      const n = Number(status[1]);
      if (n >= 200 && n < 300) {
        sock.pause();
        done({ socket: sock });
        if (buf.length > end + 4) sock.unshift(buf.subarray(end + 4));
        return;
      }
      const code = `HTTP_${n}`;
      if (n === 407) return done({ failure: { reason: 'proxy-auth-failed', code, outcome: 'proxy' } });
      if (n === 502 || n === 503 || n === 504) {
        return done({ failure: { reason: 'proxy-target-unreachable', code, outcome: n === 504 ? 'timeout' : 'unreachable' } });
      }
      done({ failure: { reason: 'proxy-refused', code, outcome: 'proxy' } });
    };
    sock.on('data', onData);
    sock.once('close', onClose);
    sock.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}
