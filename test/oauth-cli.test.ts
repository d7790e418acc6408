/**
 * OAuth 2.0 on the command line, through the built binary: one-line usage errors (exit 2), the
 * access token, refresh token and client secret masked in every output mode, and
 * `serve --oauth2` checked by `check` with the refresh flow.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignedBase64, xoauth2Blob } from '../src/oauth/index.js';
import { startRawServer } from './helpers/raw-server.js';
import { BIN, runBin } from './support/bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'smtp-doctor-oauth-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (ext: string): string => join(tmp, `${Math.random().toString(36).slice(2)}.${ext}`);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

const TARGET = ['check', '--host', '127.0.0.1', '--port', '1', '--no-probe'];

describe('usage errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a token and a password', ['--user', 'a@b.c', '--oauth2-token-env', 'T', '--password-env', 'P'], /not both/],
    ['a token without --user', ['--oauth2-token-env', 'T'], /needs --user/],
    ['a password mechanism with a token', ['--user', 'a@b.c', '--oauth2-token-env', 'T', '--auth-method', 'PLAIN'],
      /XOAUTH2 or OAUTHBEARER/],
    ['the refresh flow without a client id', ['--user', 'a@b.c', '--oauth2-refresh-token-env', 'R'], /client-id/],
    ['a token and the refresh flow', ['--user', 'a@b.c', '--oauth2-token-env', 'T', '--oauth2-client-id', 'x',
      '--oauth2-refresh-token-env', 'R'], /not both/],
    ['no token endpoint known', ['--user', 'a@b.c', '--oauth2-client-id', 'x', '--oauth2-refresh-token-env', 'R'],
      /--oauth2-token-url/],
    ['a bad tenant', ['--provider', 'outlook365', '--user', 'a@b.c', '--oauth2-client-id', 'x',
      '--oauth2-refresh-token-env', 'R', '--oauth2-tenant', 'a/b'], /--oauth2-tenant/],
    ['no token source and no terminal', ['--user', 'a@b.c', '--auth-method', 'XOAUTH2'], /--oauth2-token-env/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: one line, exit 2`, async () => {
      const r = await runBin([...TARGET, ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  }
  it('in Korean too', async () => {
    const r = await runBin([...TARGET, '--lang', 'ko', '--oauth2-token-env', 'T']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--user .*필요합니다/);
  });
});

/** Every shape in which a secret could leak. */
function shapes(secret: string, user: string): string[] {
  return [secret, secret.toUpperCase(), secret.toLowerCase(), b64(secret), ...alignedBase64(secret),
    b64(xoauth2Blob(user, secret))];
}

describe('OAuth secrets in every output mode', () => {
  const user = 'me@example.com';
  const token = 'Kanary7Access9Token4Q';
  const refresh = 'Kanary7Refresh9Token4Q';
  const secret = 'Kanary7Client9Secret4Q';

  it('token, refresh token and client secret: human, --transcript, --json, --junit, --report, --share, GitHub, ko',
    async () => {
      // A token endpoint that hands out the canary token for the canary refresh token and secret.
      const endpoint = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          const f = new URLSearchParams(body);
          const ok = f.get('refresh_token') === refresh && f.get('client_secret') === secret;
          res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
          res.end(JSON.stringify(ok ? { access_token: token, expires_in: 3600, scope: 'mail', token_type: 'Bearer' }
            : { error: 'invalid_grant', error_description: `bad ${refresh} ${secret}` }));
        });
      });
      await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
      const tokenUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/token`;
      const challenge = b64(JSON.stringify({ status: '401', schemes: 'bearer', scope: `mail ${token}` }));
      const s = await startRawServer({
        script: [
          { send: '220 echo.example ESMTP\r\n' },
          { expect: /^EHLO/ },
          { send: '250-echo.example\r\n250 AUTH XOAUTH2 OAUTHBEARER\r\n' },
          { expect: /^AUTH XOAUTH2 / },
          { send: `334 ${challenge}\r\n` },
          { expect: '' },
          {
            send: `535-5.7.8 you sent ${token} (${token.toUpperCase()}) ${b64(token)} ${b64(`x${token}`)}\r\n` +
              `535-5.7.8 ${refresh} ${secret} ${b64(refresh)}\r\n535 5.7.8 ${b64(xoauth2Blob(user, token))}\r\n`,
          },
        ],
      });
      try {
        const args = ['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none',
          '--allow-plaintext-auth', '--user', user, '--no-probe', '--timeout', '5', '--oauth2-token-url', tokenUrl,
          '--oauth2-client-id', 'app', '--oauth2-client-secret-env', 'CS', '--oauth2-refresh-token-env', 'RT'];
        const env = { CS: secret, RT: refresh };
        const [junit, report, summary, koReport] = [file('xml'), file('md'), file('md'), file('md')];
        const runs = await Promise.all([
          runBin(args, { env }),
          runBin([...args, '--transcript', '--junit', junit, '--report', report, '--share'], {
            env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
          }),
          runBin([...args, '--json'], { env }),
          runBin([...args, '--lang', 'ko', '--transcript', '--share', '--report', koReport], { env }),
        ]);
        const texts = [...runs.flatMap((r) => [r.stdout, r.stderr]),
          ...[junit, report, summary, koReport].map((f) => readFileSync(f, 'utf8'))];
        for (const [i, text] of texts.entries()) {
          for (const sec of [token, refresh, secret]) {
            for (const shape of shapes(sec, user)) expect(text.includes(shape), `output ${i} has ${shape}`).toBe(false);
          }
        }
        for (const r of runs) expect(r.code, r.stderr).toBe(6);
        const doc = JSON.parse(runs[2]!.stdout) as { steps: Array<{ id: string; status: string }> };
        expect(doc.steps[0]).toMatchObject({ id: 'oauth', status: 'pass' });
        expect(runs[1]!.stdout).toContain('AUTH XOAUTH2 ********');
        expect(runs[1]!.stdout).toContain('334 ********');
      } finally {
        await s.close();
        endpoint.close();
      }
    });
});

describe('serve --oauth2 on the command line', () => {
  it('serves a token endpoint and SMTP that `check` logs into with the refresh flow', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: tmp, SMTP_DOCTOR_CONFIG_DIR: join(tmp, 'cfg') };
    const child = spawn(process.execPath, [BIN, 'serve', '--oauth2', '--auth', 'me@sandbox.test', '--port', '0',
      '--tls-port', '0', '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const listening = await new Promise<Record<string, any>>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const line = out.split('\n').find((l) => l.includes('"listening"'));
          if (line) resolve(JSON.parse(line) as Record<string, any>);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const o = listening.oauth2 as Record<string, string>;
      const r = await runBin(['check', '--host', '127.0.0.1', '--port', String(listening.smtp.port), '--security',
        'starttls', '--ca', listening.caFile, '--user', o.user!, '--oauth2-token-url', o.tokenUrl!,
        '--oauth2-client-id', o.clientId!, '--oauth2-client-secret-env', 'CS', '--oauth2-refresh-token-env', 'RT',
        '--from', o.user!, '--to', 'you@example.test', '--json', '--no-probe'], {
        env: { CS: o.clientSecret!, RT: o.refreshToken! },
      });
      expect(r.code, r.stdout).toBe(0);
      type Doc = { steps: Array<{ id: string; status: string; facts: Record<string, unknown> }> };
      const doc = JSON.parse(r.stdout) as Doc;
      expect(doc.steps.map((x) => `${x.id}:${x.status}`).slice(0, 1)).toEqual(['oauth:pass']);
      expect(doc.steps.find((x) => x.id === 'auth')?.facts.mechanism).toBe('XOAUTH2');
    } finally {
      child.kill('SIGINT');
    }
  });
});
