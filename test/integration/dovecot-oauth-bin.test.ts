/**
 * `smtp-doctor check` with OAuth 2.0, through the built binary, against the real Postfix +
 * Dovecot oauth2 passdb (.ci/mta/oauth.sh): a real login and delivery with a good token, each
 * refusal diagnosed right, and the refresh grant against our own authorization server (which
 * Dovecot also asks, on the fixed port from env.json). Mandatory in CI, like dovecot-oauth.test.ts.
 */
import { IN_CI, MTA_ENV_FILE, portOpen, readMtaEnv } from '../helpers/mta-env.js';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuthServer } from '../../src/sandbox/oauth-server.js';
import { emit } from '../../src/emit/emitters.js';
import { PORT_WAIT_MS, startOAuthServerExclusive } from '../helpers/oauth-port.js';
import { runBin } from '../support/bin.js';

interface Doc {
  exitCode: number;
  steps: Array<{ id: string; status: string; facts: Record<string, unknown> }>;
  diagnoses: Array<{ rule: string; category: string }>;
}



const mta = readMtaEnv();
const running = await portOpen(mta?.oauthPort);

if (IN_CI && !running) {
  describe('smtp-doctor check with OAuth 2.0 against the real MTA', () => {
    it('is required in CI', () => {
      throw new Error(`CI=true but nothing answers on the OAuth listener (env file ${MTA_ENV_FILE})`);
    });
  });
}

describe.runIf(running)('smtp-doctor check with OAuth 2.0 against Postfix + Dovecot', () => {
  const m = mta!;
  let auth: OAuthServer;
  const base = (): string[] => [
    'check', '--host', m.host, '--port', String(m.oauthPort), '--user', m.user, '--ca', m.caFile,
    '--tls-servername', 'localhost', '--no-probe', '--timeout', '15', '--json',
  ];
  const check = async (args: string[], env: NodeJS.ProcessEnv): Promise<Doc> => {
    const r = await runBin([...base(), ...args], { env, timeoutMs: 60_000 });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Doc;
  };
  const withToken = (token: string, more: string[] = []): Promise<Doc> =>
    check(['--oauth2-token-env', 'ACCESS_TOKEN', ...more], { ACCESS_TOKEN: token });
  const step = (d: Doc, id: string) => d.steps.find((s) => s.id === id)!;

  beforeAll(async () => {
    auth = await startOAuthServerExclusive({ port: m.oauthIntrospectionPort!, user: m.user, scope: 'mail' });
  }, PORT_WAIT_MS + 10_000);
  afterAll(async () => {
    await auth?.close();
  });

  it('a good token logs in with XOAUTH2 (auto) and delivers; OAUTHBEARER on request', async () => {
    const d = await withToken(auth.token('good'), ['--from', m.user, '--to', m.localRecipient]);
    expect(d.exitCode).toBe(0);
    expect(step(d, 'auth')).toMatchObject({ status: 'pass', facts: { mechanism: 'XOAUTH2' } });
    expect(step(d, 'send').status).toBe('pass');
    expect(d.steps.some((s) => s.id === 'oauth')).toBe(false);
    const b = await withToken(auth.token('good'), ['--auth-method', 'OAUTHBEARER']);
    expect(step(b, 'auth')).toMatchObject({ status: 'pass', facts: { mechanism: 'OAUTHBEARER' } });
  });

  const cases: Array<[kind: 'expired' | 'wrong-user' | 'no-scope', rule: string]> = [
    ['expired', 'oauth.token-expired'],
    ['wrong-user', 'oauth.wrong-user'],
    ['no-scope', 'oauth.missing-scope'],
  ];
  for (const [kind, rule] of cases) {
    it(`a ${kind} token: the decoded challenge is kept, and the claims say why (${rule})`, async () => {
      const d = await withToken(auth.token(kind));
      expect(d.exitCode).toBe(6);
      const a = step(d, 'auth');
      expect(a.facts.challenge).toMatchObject({ status: '401', scope: 'mail', meaning: 'invalid-token' });
      expect(d.diagnoses[0]).toMatchObject({ rule, category: 'WRONG_CREDENTIALS' });
    });
  }

  it('an introspection endpoint that fails: 535 with no challenge is the server backend, not the token', async () => {
    auth.failIntrospection(503);
    try {
      const d = await withToken(auth.token('good'));
      expect(step(d, 'auth').facts.challenge).toBeUndefined();
      expect(d.diagnoses[0]).toMatchObject({ rule: 'oauth.backend-failed', category: 'SERVER_TEMPORARY_FAILURE' });
    } finally {
      auth.failIntrospection(undefined);
    }
  });

  const refresh = (refreshToken: string, secret: string): Promise<Doc> =>
    check(
      ['--oauth2-token-url', auth.tokenUrl, '--oauth2-client-id', auth.clientId, '--oauth2-client-secret-env', 'CS',
        '--oauth2-refresh-token-env', 'RT', '--oauth2-scope', 'mail'],
      { CS: secret, RT: refreshToken },
    );

  it('the refresh grant: the oauth step gets a token that logs in', async () => {
    const d = await refresh(auth.goodRefreshToken, auth.clientSecret);
    expect(d.exitCode).toBe(0);
    const facts = { endpoint: auth.tokenUrl, scope: 'mail' };
    expect(d.steps[0]).toMatchObject({ id: 'oauth', status: 'pass', facts });
    expect(JSON.stringify(d.steps[0])).not.toContain(auth.goodRefreshToken);
    expect(step(d, 'auth').status).toBe('pass');
  });

  it('a revoked refresh token is invalid_grant; a wrong client secret invalid_client; no connection', async () => {
    const revoked = await refresh(auth.revokedRefreshToken, auth.clientSecret);
    expect(revoked.exitCode).toBe(6);
    expect(revoked.diagnoses[0]).toMatchObject({ rule: 'oauth.invalid-grant', category: 'WRONG_CREDENTIALS' });
    expect(step(revoked, 'dns')).toMatchObject({ status: 'skip' });
    const wrong = await refresh(auth.goodRefreshToken, 'not-the-secret');
    expect(wrong.diagnoses[0]).toMatchObject({ rule: 'oauth.invalid-client' });
  });

  it('the Python settings --emit writes log in and send, with a token and with the refresh flow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-emit-py-'));
    const py = (file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; err: string }> =>
      new Promise((resolve) => {
        const c = execFile('python3', [file], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 },
          (_e, _out, err) => resolve({ code: c.exitCode, err }));
      });
    try {
      const base = { host: m.host, port: m.oauthPort!, security: 'starttls' as const, user: m.user, ca: m.caFile,
        from: m.user };
      const token = join(dir, 'token.py');
      const refresh = join(dir, 'refresh.py');
      writeFileSync(token, emit('python', { ...base, oauth: { tokenEnv: 'TOK' } }));
      writeFileSync(refresh, emit('python', { ...base, oauth: { tokenEnv: 'TOK', refresh: { tokenUrl: auth.tokenUrl,
        clientId: auth.clientId, scope: 'mail', refreshEnv: 'RT', secretEnv: 'CS' } } }));
      expect(await py(token, { TOK: auth.token('good') })).toEqual({ code: 0, err: '' });
      const expired = await py(token, { TOK: auth.token('expired') });
      expect(expired.err).toMatch(/SMTPAuthenticationError: \(535/);
      expect(await py(refresh, { RT: auth.goodRefreshToken, CS: auth.clientSecret })).toEqual({ code: 0, err: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
