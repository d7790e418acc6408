/**
 * The OAuth token request goes through --proxy like the SMTP connection (a corporate network that reaches
 * neither the mail server nor the token endpoint directly), unless NO_PROXY lists the endpoint's host.
 * Built binary, the in-process sandbox with its OAuth token endpoint, a real SOCKS5 and HTTP CONNECT proxy.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthServer, type OAuthServer } from '../src/sandbox/oauth-server.js';
import { startSandbox } from '../src/sandbox/server.js';
import { createCa, issueCert } from '../src/tls/pki.js';
import { startHttpProxy, startSocksServer, type TestProxy } from './helpers/socks-server.js';
import { runBin } from './support/bin.js';

const user = 'oauth@sandbox.test';
let issuer: OAuthServer;
let box: { port: number; close(): Promise<void> };
let caFile: string;
const proxies: TestProxy[] = [];

beforeAll(async () => {
  const ca = await createCa({ cn: 'proxy-oauth test CA' });
  const cert = await issueCert(ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  caFile = join(mkdtempSync(join(tmpdir(), 'smtp-doctor-proxy-oauth-')), 'ca.pem');
  writeFileSync(caFile, ca.cert);
  issuer = await startOAuthServer({ user });
  box = await startSandbox({ cert, oauth: { issuer: issuer.issuer } });
});
afterAll(async () => {
  await Promise.all([...proxies.map((p) => p.close()), box.close(), issuer.close()]);
});

const tokenPort = (): number => Number(new URL(issuer.tokenUrl).port);

function check(extra: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof runBin> {
  return runBin([
    'check', '--host', '127.0.0.1', '--port', String(box.port), '--security', 'starttls', '--ca', caFile,
    '--tls-servername', 'localhost', '--user', user, '--auth-method', 'XOAUTH2', '--no-probe', '--timeout', '5',
    '--oauth2-token-url', issuer.tokenUrl, '--oauth2-client-id', issuer.clientId,
    '--oauth2-client-secret-env', 'CS', '--oauth2-refresh-token-env', 'RT', '--json', ...extra,
  ], { env: { CS: issuer.clientSecret, RT: issuer.goodRefreshToken, ...env } });
}

type Doc = { verdict: string; steps: Array<{ id: string; status: string; facts: Record<string, unknown> }> };
const step = (d: Doc, id: string) => d.steps.find((s) => s.id === id)!;

describe('the OAuth token request through the proxy', () => {
  it.each([
    ['SOCKS5', () => startSocksServer(), 'socks5'],
    ['HTTP CONNECT', () => startHttpProxy(), 'http'],
  ] as const)('%s: the token endpoint and the SMTP server are both reached through it', async (_n, start, scheme) => {
    const proxy = await start();
    proxies.push(proxy);
    const r = await check(['--proxy', proxy.url(scheme)]);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.verdict, r.stdout).toBe('pass');
    expect(step(doc, 'oauth')).toMatchObject({ status: 'pass', facts: { proxy: proxy.url(scheme) } });
    expect(issuer.counts['/token']).toBeGreaterThan(0); // the key the refusing case below counts by
    expect(proxy.requests.map((q) => q.port).sort(), JSON.stringify({ box: box.port, token: tokenPort(), tcp: step(doc, 'tcp').facts })).toEqual([box.port, tokenPort()].sort());
  });

  it('NO_PROXY naming the endpoint: the token is fetched directly, the SMTP server still through the proxy', async () => {
    const proxy = await startSocksServer();
    proxies.push(proxy);
    // Both are on 127.0.0.1: NO_PROXY lists the endpoint by the name the token URL uses.
    const url = issuer.tokenUrl.replace('127.0.0.1', 'localhost');
    const r = await runBin([
      'check', '--host', '127.0.0.1', '--port', String(box.port), '--security', 'starttls', '--ca', caFile,
      '--tls-servername', 'localhost', '--user', user, '--auth-method', 'XOAUTH2', '--no-probe', '--timeout', '5',
      '--oauth2-token-url', url, '--oauth2-client-id', issuer.clientId, '--oauth2-client-secret-env', 'CS',
      '--oauth2-refresh-token-env', 'RT', '--json', '--proxy', proxy.url('socks5'),
    ], { env: { CS: issuer.clientSecret, RT: issuer.goodRefreshToken, NO_PROXY: 'localhost' } });
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.verdict, r.stdout).toBe('pass');
    expect(step(doc, 'oauth').facts.proxy).toBeUndefined();
    expect(proxy.requests.map((q) => q.port)).toEqual([box.port]);
  });

  it('a proxy that refuses: the token step fails at once with the network reason, nothing sent directly', async () => {
    const proxy = await startSocksServer({ reply: 2 });
    proxies.push(proxy);
    const before = issuer.counts['/token'] ?? 0;
    const r = await check(['--proxy', proxy.url('socks5')]);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(step(doc, 'oauth').status).toBe('fail');
    expect(JSON.stringify(step(doc, 'oauth'))).toMatch(/SOCKS/);
    expect(issuer.counts['/token'] ?? 0).toBe(before);
  });
});
