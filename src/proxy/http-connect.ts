import type net from 'node:net';
import type { ProxyConnect, ProxyFailure } from './types.js';

/** A CONNECT answer's header larger than this is not a proxy's. */
const MAX_HEADER = 16 * 1024;

/**
 * HTTP CONNECT (RFC 9110 section 9.3.6) on a socket connected to the proxy: the request, then the
 * status line. 2xx: the tunnel is open (the socket comes back paused, early bytes put back);
 * 407: the proxy wants other credentials; 403 and the rest: refused; 502/503: the proxy could not
 * connect to the server (it does not say why); 504: it timed out. The caller bounds the wait.
 */
export function httpConnect(
  sock: net.Socket,
  dest: string,
  port: number,
  auth?: { user: string; password: string },
): Promise<ProxyConnect> {
  return new Promise((resolve) => {
    const authority = `${dest.includes(':') ? `[${dest}]` : dest}:${port}`;
    const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
    const basic = (a: { user: string; password: string }): string =>
      Buffer.from(`${a.user}:${a.password}`).toString('base64');
    if (auth) lines.push(`Proxy-Authorization: Basic ${basic(auth)}`);
    let buf = Buffer.alloc(0);
    const fail = (reason: ProxyFailure['reason'], code: string, outcome: ProxyFailure['outcome'] = 'proxy'): void =>
      done({ failure: { reason, code, outcome } });
    const done = (r: ProxyConnect): void => {
      sock.removeListener('data', onData);
      sock.removeListener('close', onClose);
      resolve(r);
    };
    const onClose = (): void => fail('proxy-protocol-error', 'HTTP_CLOSED');
    const onData = (chunk: Buffer): void => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buf.length > MAX_HEADER || !/^H(T(T(P(\/)?)?)?)?/.test(buf.subarray(0, 5).toString('latin1'))) {
          fail('proxy-protocol-error', 'HTTP_BAD_REPLY');
        }
        return;
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(buf.subarray(0, end).toString('latin1'));
      if (!status) return fail('proxy-protocol-error', 'HTTP_BAD_REPLY');
      const n = Number(status[1]);
      if (n >= 200 && n < 300) {
        sock.pause();
        done({ socket: sock });
        if (buf.length > end + 4) sock.unshift(buf.subarray(end + 4));
        return;
      }
      const code = `HTTP_${n}`;
      if (n === 407) return fail('proxy-auth-failed', code);
      // 502/503: the proxy could not connect (refused, unreachable or timed out: it does not say which).
      if (n === 502 || n === 503) return fail('proxy-target-failed', code, 'error');
      if (n === 504) return fail('proxy-target-unreachable', code, 'timeout');
      fail('proxy-refused', code);
    };
    sock.on('data', onData);
    sock.once('close', onClose);
    sock.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}
