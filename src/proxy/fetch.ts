/**
 * A `fetch` for the OAuth token request that goes through the proxy, like the SMTP connection: the tunnel
 * comes from connectThrough (SOCKS or HTTP CONNECT, over the context's socket factory), then TLS for an
 * https URL, then one HTTP/1.1 request with node:http(s). Only what refreshAccessToken uses: POST with a
 * string body, headers, an AbortSignal, `redirect: 'error'` (a redirect is answered as it is, never followed).
 */
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { Readable } from 'node:stream';
import tls from 'node:tls';
import type { Context } from '../core/context.js';
import { connectThrough } from './connect.js';
import type { ProxySettings } from './settings.js';

type FetchLike = (url: URL, init: RequestInit) => Promise<Response>;

/** An error shaped like fetch's network errors: the reason in `cause.code` (what refresh.ts reports). */
function networkError(code: string): Error {
  return new TypeError('fetch failed', { cause: { code } });
}

export function proxiedFetch(ctx: Context, proxy: ProxySettings, timeoutMs: number): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const port = Number(url.port) || (secure ? 443 : 80);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      let tunnel: net.Socket | undefined;
      const createConnection = (
        _opts: unknown,
        done: (err: Error | null, socket?: net.Socket | tls.TLSSocket) => void,
      ): undefined => {
        void connectThrough(ctx, proxy, host, port, timeoutMs).then((r) => {
          if ('failure' in r) return done(networkError(r.failure.code));
          tunnel = r.socket;
          // Handed over paused (early bytes put back); an HTTP server says nothing before the request.
          if (!secure) return done(null, r.socket.resume());
          const t = tls.connect({ socket: r.socket, ...(netIsIp(host) ? {} : { servername: host }) });
          t.once('secureConnect', () => done(null, t));
          t.once('error', (err) => done(err));
        });
        return undefined;
      };
      // One agent for this request, whose sockets come from the tunnel (an agent ignores a createConnection
      // passed with the request's options; `agent: false` would make a default agent that connects directly).
      const agent = new (secure ? https.Agent : http.Agent)({ keepAlive: false });
      agent.createConnection = createConnection as unknown as typeof agent.createConnection;
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((v, k) => void (headers[k] = v));
      const body = typeof init.body === 'string' ? init.body : '';
      headers['content-length'] = String(Buffer.byteLength(body));
      const options: http.RequestOptions = {
        method: init.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        host: url.hostname,
        port,
        headers: { host: url.host, ...headers },
        agent,
      };
      const req = (secure ? https : http).request(options, (res) => {
        const status = res.statusCode ?? 0;
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out.set(k, v);
        // A body is not allowed with these codes in a Response.
        const empty = status === 204 || status === 304 || (status >= 100 && status < 200);
        const stream = empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
        resolve(new Response(stream, { status, headers: out }));
      });
      const abort = (): void => {
        req.destroy(networkError('ABORT_ERR'));
        tunnel?.destroy();
      };
      init.signal?.addEventListener('abort', abort, { once: true });
      req.once('close', () => init.signal?.removeEventListener('abort', abort));
      req.once('error', (err: NodeJS.ErrnoException) =>
        reject(err instanceof TypeError ? err : networkError(err.code ?? err.message)));
      req.end(body);
    });
}

const netIsIp = (h: string): boolean => /^[\d.]+$/.test(h) || h.includes(':');
