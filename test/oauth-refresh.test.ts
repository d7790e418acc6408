/**
 * refreshAccessToken against real HTTP on 127.0.0.1: the sandbox authorization server, and
 * small scripted endpoints for what real ones do wrong (slow, huge, HTML, odd error codes).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import {
  defaultTenant,
  jwtClaims,
  oauthProvider,
  refreshAccessToken,
  tokenUrlFor,
  type RefreshRequest,
} from '../src/oauth/index.js';
import { findPreset } from '../src/presets/presets.js';
import { startOAuthServer, type OAuthServer } from '../src/sandbox/oauth-server.js';

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;

async function endpoint(handler: Handler): Promise<{ url: string; bodies: string[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/token`,
    bodies,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const json = (status: number, o: unknown): Handler => (_q, _b, res) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(o));
};

const REFRESH = 'refresh-Canary-7f3a9';
const CLIENT_SECRET = 'client-secret-Canary-41bd';

function req(url: string, over: Partial<RefreshRequest> = {}): RefreshRequest {
  return {
    tokenUrl: url,
    clientId: 'cid',
    clientSecret: new Secret(CLIENT_SECRET),
    refreshToken: new Secret(REFRESH),
    timeoutMs: 3000,
    ...over,
  };
}

describe('refreshAccessToken against the sandbox authorization server', () => {
  let s: OAuthServer;
  beforeAll(async () => {
    s = await startOAuthServer({ user: 'me@example.test', lifetimeSeconds: 600 });
  });
  afterAll(() => s.close());
  const base = (): RefreshRequest => ({
    tokenUrl: s.tokenUrl,
    clientId: s.clientId,
    clientSecret: new Secret(s.clientSecret),
    refreshToken: new Secret(s.goodRefreshToken),
    timeoutMs: 3000,
  });

  it('a good refresh token gives an access token (a Secret) with its lifetime, scope and type', async () => {
    const before = Date.now();
    const r = await refreshAccessToken({ ...base(), scope: 'mail offline_access' });
    if (!r.ok) throw new Error(r.reason);
    expect(r).toMatchObject({ expiresIn: 600, scope: 'mail', tokenType: 'Bearer', status: 200 });
    expect(r.accessToken).toBeInstanceOf(Secret);
    expect(JSON.stringify(r)).not.toContain(r.accessToken.reveal());
    expect(r.fetchedAt).toBeGreaterThanOrEqual(before);
    const claims = jwtClaims(r.accessToken.reveal());
    expect(claims).toMatchObject({ user: 'me@example.test', scopes: ['mail'], appId: s.clientId });
    expect(claims!.exp! - claims!.iat!).toBe(600);
  });

  it('revoked refresh token -> invalid_grant; wrong secret -> invalid_client; bad scope -> invalid_scope', async () => {
    const revoked = await refreshAccessToken({ ...base(), refreshToken: new Secret(s.revokedRefreshToken) });
    expect(revoked).toMatchObject({ ok: false, reason: 'invalid_grant', status: 400, error: 'invalid_grant' });
    expect(revoked.ok ? '' : revoked.description).toMatch(/revoked/);
    const client = await refreshAccessToken({ ...base(), clientSecret: new Secret('nope') });
    expect(client).toMatchObject({ ok: false, reason: 'invalid_client', status: 401 });
    const scope = await refreshAccessToken({ ...base(), scope: 'https://outlook.office.com/SMTP.Send' });
    expect(scope).toMatchObject({ ok: false, reason: 'invalid_scope' });
  });
});

describe('refreshAccessToken: what real endpoints do wrong', () => {
  it('sends the RFC 6749 refresh grant as a form, client_secret in the body', async () => {
    const e = await endpoint(json(200, { access_token: 'at', token_type: 'Bearer', expires_in: 3599 }));
    try {
      const r = await refreshAccessToken(req(e.url, { scope: 'https://mail.google.com/' }));
      expect(r.ok).toBe(true);
      const form = new URLSearchParams(e.bodies[0]);
      expect(Object.fromEntries(form)).toEqual({
        grant_type: 'refresh_token',
        refresh_token: REFRESH,
        client_id: 'cid',
        client_secret: CLIENT_SECRET,
        scope: 'https://mail.google.com/',
      });
    } finally {
      await e.close();
    }
  });

  it('unauthorized_client and invalid_request keep the description, escaped and with secrets masked', async () => {
    const description = `AADSTS700016: app cid\x1b[31m not found; refresh=${REFRESH} secret=${CLIENT_SECRET}`;
    const body = { error: 'unauthorized_client', error_description: description, error_uri: 'https://x/e' };
    const e = await endpoint(json(400, body));
    try {
      const r = await refreshAccessToken(req(e.url));
      if (r.ok) throw new Error('expected a failure');
      expect(r.reason).toBe('unauthorized_client');
      expect(r.errorUri).toBe('https://x/e');
      expect(r.description).toContain('AADSTS700016');
      expect(r.description).toContain('\\x1b[31m');
      expect(r.description).not.toContain('\x1b');
      expect(r.description).not.toContain(REFRESH);
      expect(r.description).not.toContain(CLIENT_SECRET);
    } finally {
      await e.close();
    }
    const e2 = await endpoint(json(400, { error: 'invalid_request', error_description: 'Missing client_id' }));
    const e3 = await endpoint(json(400, { error: 'interaction_required' }));
    try {
      const r2 = await refreshAccessToken(req(e2.url));
      expect(r2).toMatchObject({ reason: 'invalid_request', description: 'Missing client_id' });
      const r3 = await refreshAccessToken(req(e3.url));
      expect(r3).toMatchObject({ reason: 'oauth_error', error: 'interaction_required' });
    } finally {
      await Promise.all([e2.close(), e3.close()]);
    }
  });

  it('HTTP errors, HTML answers, 200 without a token', async () => {
    const html: Handler = (_q, _b, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    };
    const e1 = await endpoint(html);
    const e2 = await endpoint((_q, _b, res) => res.end('not json'));
    const e3 = await endpoint(json(200, { token_type: 'Bearer' }));
    const e4 = await endpoint(json(500, { message: 'boom' }));
    try {
      const r1 = await refreshAccessToken(req(e1.url));
      expect(r1).toMatchObject({ ok: false, reason: 'http', status: 502, detail: '<html>Bad Gateway</html>' });
      expect(await refreshAccessToken(req(e2.url))).toMatchObject({ ok: false, reason: 'not_json', status: 200 });
      expect(await refreshAccessToken(req(e3.url))).toMatchObject({ ok: false, reason: 'no_access_token' });
      expect(await refreshAccessToken(req(e4.url))).toMatchObject({ ok: false, reason: 'http', status: 500 });
    } finally {
      await Promise.all([e1.close(), e2.close(), e3.close(), e4.close()]);
    }
  });

  it('is bounded in time (slow body) and size (huge body)', async () => {
    const slow = await endpoint((_q, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"access_token":');
    });
    const huge = await endpoint((_q, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"access_token":"${'a'.repeat(200_000)}"}`);
    });
    try {
      const t0 = Date.now();
      const r = await refreshAccessToken(req(slow.url, { timeoutMs: 300 }));
      expect(r).toMatchObject({ ok: false, reason: 'timeout' });
      expect(Date.now() - t0).toBeLessThan(2000);
      expect(await refreshAccessToken(req(huge.url))).toMatchObject({ ok: false, reason: 'too_large' });
    } finally {
      await Promise.all([slow.close(), huge.close()]);
    }
  });

  it('network errors and bad URLs are data, not exceptions', async () => {
    const e = await endpoint(json(200, {}));
    const url = e.url;
    await e.close();
    expect(await refreshAccessToken(req(url))).toMatchObject({ ok: false, reason: 'network', detail: 'ECONNREFUSED' });
    expect(await refreshAccessToken(req('ftp://x/token'))).toMatchObject({ ok: false, reason: 'bad_url' });
    expect(await refreshAccessToken(req('not a url'))).toMatchObject({ ok: false, reason: 'bad_url' });
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ access_token: 'x', expires_in: '60' }), { status: 200 });
    };
    const r = await refreshAccessToken(req('https://login.example/token', { fetch: fake }));
    expect(seen).toEqual(['https://login.example/token']);
    expect(r).toMatchObject({ ok: true, expiresIn: 60 });
  });
});

describe('provider defaults', () => {
  it('Google and Microsoft token URLs and scopes, keyed by the kb provider ids', () => {
    expect(tokenUrlFor('gmail')).toBe('https://oauth2.googleapis.com/token');
    expect(oauthProvider('gmail')!.scope).toBe('https://mail.google.com/');
    expect(tokenUrlFor('microsoft')).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
    expect(tokenUrlFor('microsoft', 'contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    );
    expect(tokenUrlFor('microsoft', 'organizations')).toContain('/organizations/');
    expect(tokenUrlFor('microsoft', '../evil')).toBeUndefined();
    expect(oauthProvider('microsoft')!.scope).toBe('https://outlook.office.com/SMTP.Send offline_access');
    expect(tokenUrlFor('sendgrid')).toBeUndefined();
  });

  it('presets lead to them through their kb id; Microsoft 365 presets default to the organizations tenant', () => {
    expect(oauthProvider(findPreset('gmail')?.kb)?.id).toBe('gmail');
    expect(oauthProvider(findPreset('outlook365')?.kb)?.id).toBe('microsoft');
    expect(oauthProvider(findPreset('hotmail')?.kb)?.id).toBe('microsoft');
    expect(defaultTenant(findPreset('outlook365')?.name)).toBe('organizations');
    expect(defaultTenant(findPreset('outlook')?.name)).toBe('common');
    expect(tokenUrlFor('microsoft', defaultTenant('Outlook365'))).toContain('/organizations/oauth2/v2.0/token');
  });
});
