/**
 * `serve --oauth2`, in process (runServeCommand; the CLI flag is wired in src/cli/program.ts
 * separately): a local token endpoint, and SMTP listeners that offer only XOAUTH2 and
 * OAUTHBEARER after TLS and answer a refused token the way Dovecot does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServeCommand, type ServeFlags } from '../src/cli/commands/serve.js';
import { Secret } from '../src/core/secret.js';
import { decodeChallenge, refreshAccessToken } from '../src/oauth/index.js';
import { startListener } from '../src/sandbox/server.js';
import { createTestPki } from './helpers/certs.js';
import { oauthLogin } from './helpers/oauth-login.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'smtp-doctor-serve-oauth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  out: () => string;
  err: () => string;
  stop: () => Promise<number>;
  events: () => Array<Record<string, unknown>>;
  listening: Promise<Record<string, unknown>>;
}

function serve(flags: ServeFlags): Run {
  let out = '';
  let err = '';
  const ctl = new AbortController();
  let ready: (v: Record<string, unknown>) => void = () => undefined;
  const listening = new Promise<Record<string, unknown>>((r) => (ready = r));
  const events = (): Array<Record<string, unknown>> =>
    flags.json ? out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : [];
  const io = {
    argv: [],
    env: { SMTP_DOCTOR_CONFIG_DIR: path.join(tmp, 'config'), HOME: tmp },
    stdin: Readable.from([]),
    stdout: {
      write: (s: string) => {
        out += s;
        const l = events().find((e) => e.event === 'listening');
        if (l) ready(l);
        else if (!flags.json && out.includes('Ctrl-C')) ready({});
        return true;
      },
    },
    stderr: { write: (s: string) => ((err += s), true) },
  };
  const done = runServeCommand({ port: '0', tlsPort: '0', ...flags }, io, { signal: ctl.signal });
  void done.then(() => ready({}));
  return {
    out: () => out,
    err: () => err,
    events,
    listening,
    stop: async () => {
      ctl.abort();
      return done;
    },
  };
}

interface OAuthInfo {
  user: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  revokedRefreshToken: string;
  tokens: Record<'good' | 'expired' | 'wrong-user' | 'no-scope', string>;
}

describe('serve --oauth2', () => {
  const USER = 'me@sandbox.test';
  let run: Run;
  let info: OAuthInfo;
  let port: number;
  let ca: string[];
  beforeAll(async () => {
    run = serve({ oauth2: true, auth: USER, json: true });
    const l = await run.listening;
    info = l.oauth2 as OAuthInfo;
    port = (l.smtp as { port: number }).port;
    ca = [readFileSync(l.caFile as string, 'utf8')];
  });
  afterAll(async () => {
    expect(await run.stop()).toBe(0);
  });
  const login = (mech: 'XOAUTH2' | 'OAUTHBEARER', token: string, sendTo?: string) =>
    oauthLogin({ host: '127.0.0.1', port, ca, mech, user: USER, token, ...(sendTo ? { sendTo } : {}) });

  it('serves a token endpoint; its access token logs in with XOAUTH2 and OAUTHBEARER', async () => {
    expect(info.user).toBe(USER);
    expect(info.tokenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/token$/);
    const r = await refreshAccessToken({
      tokenUrl: info.tokenUrl,
      clientId: info.clientId,
      clientSecret: new Secret(info.clientSecret),
      refreshToken: new Secret(info.refreshToken),
      timeoutMs: 5000,
    });
    if (!r.ok) throw new Error(r.reason);
    const x = await login('XOAUTH2', r.accessToken.reveal(), 'you@example.test');
    expect(x.authLine).toBe('AUTH XOAUTH2 OAUTHBEARER');
    expect(x.auth.map((a) => a.code)).toEqual([235]);
    expect(x.sent).toMatch(/^250 /);
    expect((await login('OAUTHBEARER', info.tokens.good)).auth.map((a) => a.code)).toEqual([235]);
    const msg = run.events().find((e) => e.event === 'message');
    expect(msg).toMatchObject({ user: USER, to: ['you@example.test'], secure: true });
    const revoked = await refreshAccessToken({
      tokenUrl: info.tokenUrl,
      clientId: info.clientId,
      clientSecret: new Secret(info.clientSecret),
      refreshToken: new Secret(info.revokedRefreshToken),
      timeoutMs: 5000,
    });
    expect(revoked.ok ? 'ok' : revoked.reason).toBe('invalid_grant');
  });

  for (const kind of ['expired', 'wrong-user', 'no-scope'] as const) {
    it(`a ${kind} token: 334 + the error challenge, 535 after the client's answer, a 'refused' event`, async () => {
      const x = await login('XOAUTH2', info.tokens[kind]);
      expect(x.auth.map((a) => a.code)).toEqual([334, 535]);
      expect(decodeChallenge(x.auth[0]!.text)).toMatchObject({ status: '401', schemes: 'bearer', scope: 'mail' });
      const b = await login('OAUTHBEARER', info.tokens[kind]);
      expect(b.auth.map((a) => a.code)).toEqual([334, 535]);
      expect(decodeChallenge(b.auth[0]!.text)).toMatchObject({ status: 'invalid_token', meaning: 'invalid-token' });
      expect(b.auth[1]!.text).toBe('5.7.8 Error: authentication failed: (reason unavailable)');
      const refused = run.events().filter((e) => e.event === 'refused' && e.stage === 'auth');
      expect(refused.length).toBeGreaterThanOrEqual(2);
    });
  }

  it('a plain listener in the same process offers no OAUTHBEARER (added only where asked)', async () => {
    const pki = await createTestPki();
    const l = await startListener({ kind: 'smtp', cert: pki.good });
    try {
      const to = { host: '127.0.0.1', port: l.port, ca: [pki.ca.cert] };
      const r = await oauthLogin({ ...to, mech: 'OAUTHBEARER', user: 'u', token: 't' });
      expect(r.authLine).toBe('AUTH PLAIN LOGIN CRAM-MD5');
      expect(r.auth.map((a) => a.code)).toEqual([504]);
    } finally {
      await l.close();
    }
  });
});

describe('serve --oauth2, human output', () => {
  it('prints the token endpoint URL, in English and Korean', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const run = serve({ oauth2: true, lang, color: false });
      await run.listening;
      const out = run.out();
      expect(await run.stop()).toBe(0);
      expect(out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/token/);
      expect(out).toContain('sandbox@smtp-doctor.test');
      expect(out).toMatch(/OAUTH2_REFRESH_TOKEN=good-refresh-/);
      expect(out).toContain(lang === 'en' ? 'OAuth 2.0 token endpoint' : 'OAuth 2.0 토큰 엔드포인트');
      expect(out).not.toContain('AUTH: not required');
    }
  });
});
