/**
 * A local OAuth 2.0 authorization server for tests and `serve --oauth2`, on 127.0.0.1 only:
 *   POST /token       RFC 6749 section 6 refresh grant (client_secret_post or HTTP Basic)
 *   POST /introspect  RFC 7662 token introspection (what Dovecot's oauth2 passdb asks)
 * Tokens are HS256-signed JWTs (./oauth-tokens.ts). Refresh tokens: one good, one revoked,
 * both random per start. Request bodies are bounded; nothing is logged.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenIssuer, type TestTokenKind } from './oauth-tokens.js';

const MAX_BODY = 16 * 1024;

export interface OAuthServerOptions {
  /** default 127.0.0.1; only loopback addresses are accepted */
  host?: string;
  /** default 0 (a free port) */
  port?: number;
  /** the mailbox the tokens are for */
  user: string;
  clientId?: string;
  clientSecret?: string;
  /** scope of issued tokens; default "mail" */
  scope?: string;
  /** access token lifetime in seconds; default 3600 */
  lifetimeSeconds?: number;
  /** ms clock; default Date.now */
  now?: () => number;
}

export interface OAuthServer {
  host: string;
  port: number;
  /** http://host:port */
  url: string;
  tokenUrl: string;
  introspectUrl: string;
  clientId: string;
  clientSecret: string;
  /** a refresh token that the token endpoint honours */
  goodRefreshToken: string;
  /** a refresh token that was revoked (invalid_grant) */
  revokedRefreshToken: string;
  issuer: TokenIssuer;
  token(kind: TestTokenKind): string;
  /** requests served, by path */
  counts: Record<string, number>;
  /** make /introspect answer this HTTP status (a failing backend); undefined: answer normally */
  failIntrospection(status: number | undefined): void;
  close(): Promise<void>;
}

type Answer = { status: number; body: Record<string, unknown> };

const oauthError = (status: number, error: string, description: string): Answer => ({
  status,
  body: { error, error_description: description },
});

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Stop keeping it; the 413 answer closes the connection.
        chunks.length = 0;
        resolve(undefined);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/** client_id / client_secret from HTTP Basic (RFC 6749 2.3.1) or the form. */
function clientOf(req: http.IncomingMessage, form: URLSearchParams): { id?: string; secret?: string } {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (basic?.[1]) {
    const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(rest.join(':')) };
  }
  return { id: form.get('client_id') ?? undefined, secret: form.get('client_secret') ?? undefined };
}

export async function startOAuthServer(o: OAuthServerOptions): Promise<OAuthServer> {
  const host = o.host ?? '127.0.0.1';
  if (!/^127\.|^::1$|^localhost$/.test(host)) throw new Error(`oauth-server: loopback only, not ${host}`);
  const clientId = o.clientId ?? 'smtp-doctor-sandbox';
  const clientSecret = o.clientSecret ?? randomBytes(12).toString('base64url');
  const goodRefreshToken = `good-refresh-${randomBytes(12).toString('base64url')}`;
  const revokedRefreshToken = `revoked-refresh-${randomBytes(12).toString('base64url')}`;
  const scope = o.scope ?? 'mail';
  const counts: Record<string, number> = {};
  let issuer: TokenIssuer | undefined;

  const token = (form: URLSearchParams, req: http.IncomingMessage): Answer => {
    const iss = issuer as TokenIssuer;
    if (form.get('grant_type') !== 'refresh_token') {
      return oauthError(400, 'unsupported_grant_type', 'Only the refresh_token grant is supported here.');
    }
    const client = clientOf(req, form);
    if (client.id !== clientId || client.secret !== clientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed (unknown client or wrong secret).');
    }
    const refresh = form.get('refresh_token');
    if (!refresh) return oauthError(400, 'invalid_request', 'The refresh_token parameter is missing.');
    if (refresh === revokedRefreshToken) return oauthError(400, 'invalid_grant', 'The refresh token has been revoked.');
    if (refresh !== goodRefreshToken) {
      return oauthError(400, 'invalid_grant', 'The refresh token is unknown or expired.');
    }
    const asked = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const allowed = [...scope.split(/\s+/), 'offline_access'];
    const unknown = asked.filter((s) => !allowed.includes(s));
    if (unknown.length) {
      return oauthError(400, 'invalid_scope', `Scope not allowed for this client: ${unknown.join(' ')}`);
    }
    const granted = asked.filter((s) => s !== 'offline_access').join(' ') || scope;
    const lifetime = o.lifetimeSeconds ?? 3600;
    return {
      status: 200,
      body: {
        access_token: iss.issue({ user: o.user, scope: granted, lifetimeSeconds: lifetime, clientId }),
        token_type: 'Bearer',
        expires_in: lifetime,
        scope: granted,
      },
    };
  };

  let failing: number | undefined;
  const introspect = (form: URLSearchParams): Answer => {
    if (failing !== undefined) return { status: failing, body: { error: 'temporarily_unavailable' } };
    const t = form.get('token');
    if (!t) return oauthError(400, 'invalid_request', 'The token parameter is missing.');
    return { status: 200, body: { ...(issuer as TokenIssuer).introspect(t) } };
  };

  const server = http.createServer((req, res) => {
    const send = (a: Answer): void => {
      const body = JSON.stringify(a.body);
      res.writeHead(a.status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    counts[path] = (counts[path] ?? 0) + 1;
    if (req.method !== 'POST' || (path !== '/token' && path !== '/introspect')) {
      send({ status: 404, body: { error: 'not_found' } });
      return;
    }
    void readBody(req).then((text) => {
      if (text === undefined) {
        res.setHeader('connection', 'close');
        res.on('finish', () => req.socket.destroy());
        return send(oauthError(413, 'invalid_request', 'Request body too large.'));
      }
      const form = new URLSearchParams(text);
      send(path === '/token' ? token(form, req) : introspect(form));
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  issuer = new TokenIssuer({
    issuer: url,
    user: o.user,
    scope,
    ...(o.lifetimeSeconds ? { lifetimeSeconds: o.lifetimeSeconds } : {}),
    ...(o.now ? { now: o.now } : {}),
  });
  const iss = issuer;
  return {
    host,
    port,
    url,
    tokenUrl: `${url}/token`,
    introspectUrl: `${url}/introspect`,
    clientId,
    clientSecret,
    goodRefreshToken,
    revokedRefreshToken,
    issuer: iss,
    token: (kind) => iss.testToken(kind),
    counts,
    failIntrospection: (status) => {
      failing = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
