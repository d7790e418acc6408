/** The sandbox authorization server over real HTTP on 127.0.0.1: token and introspection endpoints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtClaims, tokenFindings } from '../src/oauth/index.js';
import { startOAuthServer, type OAuthServer } from '../src/sandbox/oauth-server.js';
import { OTHER_USER, SANDBOX_AUDIENCE } from '../src/sandbox/oauth-tokens.js';

const USER = 'me@sandbox.test';

async function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('sandbox authorization server', () => {
  let s: OAuthServer;
  beforeAll(async () => {
    s = await startOAuthServer({ user: USER });
  });
  afterAll(() => s.close());

  it('introspection (RFC 7662): active with username and scope for a good token, inactive otherwise', async () => {
    const good = await post(s.introspectUrl, { token: s.token('good') });
    expect(good.status).toBe(200);
    const want = { active: true, username: USER, scope: 'mail', aud: SANDBOX_AUDIENCE, token_type: 'Bearer' };
    expect(good.body).toMatchObject(want);
    expect((await post(s.introspectUrl, { token: s.token('expired') })).body).toEqual({ active: false });
    const ask = async (token: string) => (await post(s.introspectUrl, { token })).body;
    expect(await ask(s.token('wrong-user'))).toMatchObject({ active: true, username: OTHER_USER });
    expect(await ask(s.token('no-scope'))).toMatchObject({ active: true, scope: '' });
    expect((await post(s.introspectUrl, { token: 'garbage' })).body).toEqual({ active: false });
    expect((await post(s.introspectUrl, {})).status).toBe(400);
  });

  it('a token it did not sign, or one it revoked, is inactive', async () => {
    const t = s.token('good');
    const [h, p] = t.split('.');
    const forged = `${h}.${p}.${'A'.repeat(43)}`;
    expect((await post(s.introspectUrl, { token: forged })).body).toEqual({ active: false });
    const other = await startOAuthServer({ user: USER });
    try {
      expect((await post(s.introspectUrl, { token: other.token('good') })).body).toEqual({ active: false });
    } finally {
      await other.close();
    }
    s.issuer.revoke(t);
    expect((await post(s.introspectUrl, { token: t })).body).toEqual({ active: false });
  });

  it('its tokens are JWTs (HS256) whose claims smtp-doctor reads', () => {
    const [head] = s.token('good').split('.');
    expect(JSON.parse(Buffer.from(head!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    const now = Date.now();
    const kinds = {
      good: [],
      expired: ['expired'],
      'wrong-user': ['wrong-user'],
      'no-scope': ['missing-scope'],
    } as const;
    for (const [kind, want] of Object.entries(kinds)) {
      const claims = jwtClaims(s.token(kind as keyof typeof kinds))!;
      const opts = { now, user: USER, expectedScopes: ['mail'], expectedAudience: [SANDBOX_AUDIENCE] };
      expect(tokenFindings(claims, opts).map((f) => f.kind)).toEqual(want);
    }
  });

  it('token endpoint: client authentication by HTTP Basic too; only the refresh grant', async () => {
    const basic = `Basic ${Buffer.from(`${s.clientId}:${s.clientSecret}`).toString('base64')}`;
    const grant = { grant_type: 'refresh_token', refresh_token: s.goodRefreshToken };
    const ok = await post(s.tokenUrl, grant, { authorization: basic });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'mail' });
    const code = await post(s.tokenUrl, { grant_type: 'authorization_code', code: 'x', client_id: s.clientId });
    expect(code.body).toMatchObject({ error: 'unsupported_grant_type' });
    const client = { client_id: s.clientId, client_secret: s.clientSecret };
    const none = await post(s.tokenUrl, { grant_type: 'refresh_token', ...client });
    expect(none.body).toMatchObject({ error: 'invalid_request' });
  });

  it('bounds the request body, answers 404 elsewhere, and listens on loopback only', async () => {
    const big = await post(s.tokenUrl, { grant_type: 'refresh_token', refresh_token: 'x'.repeat(40_000) });
    const body = { error: 'invalid_request', error_description: 'Request body too large.' };
    expect(big).toEqual({ status: 413, body });
    expect((await fetch(`${s.url}/`)).status).toBe(404);
    await expect(startOAuthServer({ user: USER, host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
  });
});
