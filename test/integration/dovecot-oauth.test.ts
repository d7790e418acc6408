/**
 * OAuth 2.0 against a real Postfix + Dovecot oauth2 passdb (.ci/mta/oauth.sh): a submission
 * listener that offers only XOAUTH2 and OAUTHBEARER after STARTTLS, whose Dovecot asks our
 * own authorization server (src/sandbox/oauth-server.ts), run here on the fixed loopback port
 * from env.json, whether a token is good. Mandatory in CI (CI=true), like postfix.test.ts.
 */
import { IN_CI, MTA_ENV_FILE, portOpen, readMtaEnv } from '../helpers/mta-env.js';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChallenge, jwtClaims, refreshAccessToken, tokenFindings } from '../../src/oauth/index.js';
import { Secret } from '../../src/core/secret.js';
import type { OAuthServer } from '../../src/sandbox/oauth-server.js';
import { PORT_WAIT_MS, startOAuthServerExclusive } from '../helpers/oauth-port.js';
import type { TestTokenKind } from '../../src/sandbox/oauth-tokens.js';
import { oauthLogin } from '../helpers/oauth-login.js';




const mta = readMtaEnv();
const running = await portOpen(mta?.oauthPort);

if (IN_CI && !running) {
  describe('real MTA with OAuth 2.0', () => {
    it('is required in CI', () => {
      throw new Error(
        `CI=true but nothing answers on the OAuth listener (env file ${MTA_ENV_FILE}); run bash .ci/mta/setup.sh`,
      );
    });
  });
}

describe.runIf(running)('real Postfix + Dovecot oauth2 passdb', () => {
  const m = mta!;
  const ca = running ? [readFileSync(m.caFile, 'utf8')] : [];
  let auth: OAuthServer;
  const login = (mech: 'XOAUTH2' | 'OAUTHBEARER', token: string, extra: { sendTo?: string; header?: string } = {}) =>
    oauthLogin({ host: m.host, port: m.oauthPort!, ca, mech, user: m.user, token, ...extra });

  beforeAll(async () => {
    auth = await startOAuthServerExclusive({ port: m.oauthIntrospectionPort!, user: m.user, scope: 'mail' });
  }, PORT_WAIT_MS + 10_000);
  afterAll(async () => {
    await auth?.close();
  });

  it('offers only XOAUTH2 and OAUTHBEARER after STARTTLS; a good token logs in and delivers', async () => {
    const tag = `X-Smtp-Doctor-OAuth: ${process.pid}-${Date.now()}`;
    const r = await login('XOAUTH2', auth.token('good'), { sendTo: m.localRecipient, header: tag });
    expect(r.authLine?.split(/\s+/).sort()).toEqual(['AUTH', 'OAUTHBEARER', 'XOAUTH2']);
    expect(r.auth.map((a) => a.code)).toEqual([235]);
    expect(r.sent).toMatch(/^250 .*queued as/);
    const dir = join(m.maildir, 'new');
    let file: string | undefined;
    for (let i = 0; i < 50 && !file; i++) {
      file = readdirSync(dir).find((f) => readFileSync(join(dir, f), 'utf8').includes(tag));
      if (!file) await new Promise((res) => setTimeout(res, 100));
    }
    expect(file).toBeDefined();
    rmSync(join(dir, file!));
    const bearer = await login('OAUTHBEARER', auth.token('good'));
    expect(bearer.auth.map((a) => a.code)).toEqual([235]);
    expect(auth.counts['/introspect']).toBeGreaterThanOrEqual(2);
  });

  it('a token from the refresh grant logs in; a revoked refresh token is invalid_grant', async () => {
    const ok = await refreshAccessToken({
      tokenUrl: auth.tokenUrl,
      clientId: auth.clientId,
      clientSecret: new Secret(auth.clientSecret),
      refreshToken: new Secret(auth.goodRefreshToken),
      scope: 'mail',
      timeoutMs: 5000,
    });
    if (!ok.ok) throw new Error(`refresh failed: ${ok.reason}`);
    expect((await login('XOAUTH2', ok.accessToken.reveal())).auth.map((a) => a.code)).toEqual([235]);
    const bad = await refreshAccessToken({
      tokenUrl: auth.tokenUrl,
      clientId: auth.clientId,
      clientSecret: new Secret(auth.clientSecret),
      refreshToken: new Secret(auth.revokedRefreshToken),
      timeoutMs: 5000,
    });
    expect(bad.ok ? 'ok' : bad.reason).toBe('invalid_grant');
  });

  const refused: TestTokenKind[] = ['expired', 'wrong-user', 'no-scope'];
  for (const kind of refused) {
    it(`a ${kind} token: 334 + the challenge, then 535 after the client's answer; the claims say why`, async () => {
      const token = auth.token(kind);
      const x = await login('XOAUTH2', token);
      expect(x.auth.map((a) => a.code)).toEqual([334, 535]);
      const cx = decodeChallenge(x.auth[0]!.text);
      const want401 = { kind: 'json', status: '401', schemes: 'bearer', scope: 'mail', meaning: 'invalid-token' };
      expect(cx).toMatchObject(want401);
      expect(x.auth[1]!.text).toMatch(/^5\.7\.8 /);
      const b = await login('OAUTHBEARER', token);
      expect(b.auth.map((a) => a.code)).toEqual([334, 535]);
      const cb = decodeChallenge(b.auth[0]!.text);
      expect(cb).toMatchObject({ kind: 'json', status: 'invalid_token', meaning: 'invalid-token' });
      // The server says the same for all three; the token's own claims tell them apart.
      const claims = jwtClaims(token)!;
      const findings = tokenFindings(claims, { now: Date.now(), user: m.user, expectedScopes: ['mail'] });
      const want = { expired: 'expired', 'wrong-user': 'wrong-user', 'no-scope': 'missing-scope' }[kind as string];
      expect(findings.map((f) => f.kind)).toEqual([want]);
    });
  }

  it('an introspection endpoint that fails: 535 with no 334 before it', async () => {
    auth.failIntrospection(503);
    try {
      const r = await login('XOAUTH2', auth.token('good'));
      expect(r.auth.map((a) => a.code)).toEqual([535]);
      const b = await login('OAUTHBEARER', auth.token('good'));
      expect(b.auth.map((a) => a.code)).toEqual([535]);
    } finally {
      auth.failIntrospection(undefined);
    }
  });

  it('an introspection endpoint that is down: 535 with no 334 before it', async () => {
    const token = auth.token('good');
    await auth.close();
    const r = await login('XOAUTH2', token);
    expect(r.auth.map((a) => a.code)).toEqual([535]);
  });
});
