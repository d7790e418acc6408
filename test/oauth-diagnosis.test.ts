/**
 * A refused bearer token narrowed down in process (scripted servers on 127.0.0.1, no network):
 * clock skew after a fresh refresh grant, Microsoft's bare 535 5.7.3, a Microsoft token without
 * SMTP.Send, no OAuth mechanism offered, an empty token variable.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check.js';
import { systemContext } from '../src/core/context.js';
import type { CheckOptions } from '../src/core/options.js';
import { Secret } from '../src/core/secret.js';
import { startRawServer, type RawServer, type Step } from './helpers/raw-server.js';
import { baseOptions, fakeResolver } from './support/run.js';

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: Record<string, unknown>): string => `${b64url({ alg: 'none' })}.${b64url(claims)}.c2ln`;
const now = (): number => Math.floor(Date.now() / 1000);
const challenge = Buffer.from('{"status":"401","schemes":"bearer","scope":"mail"}').toString('base64');

const servers: Array<{ close(): unknown }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function smtp(auth: string, reply: Step[]): Promise<RawServer> {
  const s = await startRawServer({
    script: [
      { send: '220 t.example ESMTP\r\n' },
      { expect: /^EHLO/ },
      { send: `250-t.example\r\n250 AUTH ${auth}\r\n` },
      ...reply,
    ],
  });
  servers.push(s);
  return s;
}
const refused: Step[] = [{ expect: /^AUTH XOAUTH2 / }, { send: `334 ${challenge}\r\n` }, { expect: '' },
  { send: '535 5.7.8 Error: authentication failed\r\n' }];

async function run(port: number, over: Partial<CheckOptions>, host = '127.0.0.1') {
  const o = await baseOptions(port, { security: 'none', allowPlaintextAuth: true, user: 'me@contoso.com', ...over });
  o.host = host;
  const ctx = { ...systemContext({}), resolver: fakeResolver({ [host]: { a: ['127.0.0.1'] } }) };
  return runCheck({ ...o, probeOnFailure: false }, ctx);
}
const token = (t: string): Partial<CheckOptions> => ({ oauth: { token: new Secret(t), tokenSource: 'env' } });

describe('a refused OAuth token, narrowed down', () => {
  it('expired by this clock although just fetched: the clock is wrong (clock skew), not the token', async () => {
    const endpoint = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: jwt({ exp: now() - 600, upn: 'me@contoso.com', scope: 'mail' }) }));
    });
    await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
    servers.push(endpoint);
    const s = await smtp('XOAUTH2', refused);
    const tokenUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/token`;
    const r = await run(s.port, { oauth: { tokenSource: 'none', refresh: { tokenUrl, clientId: 'c',
      refreshToken: new Secret('refresh-token-123') } } });
    expect(r.steps[0]).toMatchObject({ id: 'oauth', status: 'pass' });
    expect(r.diagnoses[0]?.rule).toBe('oauth.clock-skew');
    // The same token given by the user (not fetched now): simply expired.
    const s2 = await smtp('XOAUTH2', refused);
    const r2 = await run(s2.port, token(jwt({ exp: now() - 600, upn: 'me@contoso.com', scope: 'mail' })));
    expect(r2.diagnoses[0]?.rule).toBe('oauth.token-expired');
  });

  it("Microsoft 365's bare 535 5.7.3 (no challenge) is a refused login there, not a broken backend", async () => {
    const s = await smtp('XOAUTH2', [{ expect: /^AUTH XOAUTH2 / },
      { send: '535 5.7.3 Authentication unsuccessful [SN4PR0601CA0012.namprd06.prod.outlook.com]\r\n' }]);
    const claims = { aud: 'https://outlook.office.com', upn: 'me@contoso.com', scp: 'SMTP.Send', exp: now() + 3000 };
    const r = await run(s.port, token(jwt(claims)), 'smtp.office365.com');
    expect(r.diagnoses[0]).toMatchObject({ rule: 'oauth.token-refused.microsoft', category: 'WRONG_CREDENTIALS' });
    const s2 = await smtp('XOAUTH2', [{ expect: /^AUTH XOAUTH2 / }, { send: '535 5.7.8 failed\r\n' }]);
    expect((await run(s2.port, token(jwt(claims)))).diagnoses[0]?.rule).toBe('oauth.backend-failed');
  });

  it('a Microsoft token without SMTP.Send: the missing scope, in Microsoft terms', async () => {
    const ms535 = '535 5.7.3 Authentication unsuccessful\r\n';
    const s = await smtp('XOAUTH2', [{ expect: /^AUTH XOAUTH2 / }, { send: ms535 }]);
    const claims = { aud: 'https://outlook.office.com', upn: 'me@contoso.com', scp: 'Mail.Read', exp: now() + 3000 };
    const r = await run(s.port, token(jwt(claims)), 'smtp.office365.com');
    expect(r.diagnoses[0]?.rule).toBe('oauth.missing-scope.microsoft');
    expect(r.steps.find((x) => x.id === 'auth')?.facts.tokenFindings).toEqual(['missing-scope']);
  });

  it('no XOAUTH2/OAUTHBEARER offered; an empty token variable', async () => {
    const s = await smtp('PLAIN LOGIN', []);
    expect((await run(s.port, token('abc'))).diagnoses[0]?.rule).toBe('oauth.not-offered');
    const s2 = await smtp('XOAUTH2', []);
    const r = await run(s2.port, { oauth: { tokenSource: 'env', tokenEnv: 'EMPTY' } });
    expect(r.diagnoses[0]).toMatchObject({ rule: 'oauth.missing-token', category: 'MISSING_CREDENTIALS' });
  });
});
