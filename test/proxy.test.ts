/**
 * --proxy (issue 15): SOCKS5 / socks5h / HTTP CONNECT through real proxies on 127.0.0.1 (test/helpers/socks-server.ts),
 * driven through the built binary; the proxy password never printed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { startClosedPort, startRawServer } from './helpers/raw-server.js';
import { startHttpProxy, startSocksServer, type TestProxy } from './helpers/socks-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { IN_CI, portOpen, readMtaEnv } from './helpers/mta-env.js';
import { runBin } from './support/bin.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
});
async function socks(o: Parameters<typeof startSocksServer>[0] = {}): Promise<TestProxy> {
  const p = await startSocksServer(o);
  closers.push(p.close);
  return p;
}

interface Doc {
  verdict: string;
  exitCode?: number;
  diagnoses: Array<{ category: string; rule: string }>;
  steps: Array<{ id: string; status: string; facts: Record<string, unknown>; failure?: { reason?: string; code?: string } }>;
  transcript?: Array<{ text: string; note?: { kind: string; params: Record<string, unknown> } }>;
}
const json = (stdout: string): Doc => JSON.parse(stdout) as Doc;
const step = (d: Doc, id: string) => d.steps.find((s) => s.id === id)!;

let smtp: RunningServer;
beforeAll(async () => {
  smtp = await startSmtpServer({ personality: 'no-starttls' });
  closers.push(smtp.close);
});
const plain = (port = smtp.port, host = '127.0.0.1'): string[] =>
  ['check', '--host', host, '--port', String(port), '--security', 'none', '--no-probe', '--timeout', '5'];

describe('check through a SOCKS5 proxy (built binary)', () => {
  it('socks5: connects through the proxy, the report says so (JSON, human, transcript note)', async () => {
    const p = await socks();
    const [j, h] = await Promise.all([
      runBin([...plain(), '--proxy', p.url(), '--json']),
      runBin([...plain(), '--proxy', p.url(), '--transcript']),
    ]);
    expect(j.code, j.stderr).toBe(0);
    const d = json(j.stdout);
    expect(step(d, 'tcp').facts.proxy).toBe(`socks5://127.0.0.1:${p.port}`);
    expect(step(d, 'dns').facts.resolvedBy).toBeUndefined();
    expect(p.requests.some((r) => r.host === '127.0.0.1' && r.port === smtp.port && r.atyp === 1)).toBe(true);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain(`through the proxy socks5://127.0.0.1:${p.port}`);
  });

  it('socks5h: the proxy resolves a name this machine cannot; no local lookup', async () => {
    const p = await socks({ hosts: { 'mail.only-the-proxy.test': '127.0.0.1' } });
    const r = await runBin([...plain(smtp.port, 'mail.only-the-proxy.test'), '--proxy', p.url('socks5h'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const d = json(r.stdout);
    expect(step(d, 'dns').facts).toMatchObject({ resolvedBy: 'proxy', proxy: `socks5h://127.0.0.1:${p.port}` });
    expect(p.requests[0]).toMatchObject({ host: 'mail.only-the-proxy.test', atyp: 3 });
    // The same name with plain socks5 is looked up here, and fails here.
    const local = await runBin([...plain(smtp.port, 'mail.only-the-proxy.test'), '--proxy', p.url('socks5'), '--json']);
    expect(local.code).toBe(3);
  });

  it('user and password (RFC 1929): right, wrong, missing; the password never printed', async () => {
    const pw = 'Prox7Kanary9Zed';
    const p = await socks({ users: { alice: pw } });
    const ok = await runBin([...plain(), '--proxy', p.url('socks5', 'alice'), '--proxy-password-env', 'PXPW', '--json'], { env: { PXPW: pw } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(p.requests.at(-1)?.user).toBe('alice');
    const bad = await runBin([...plain(), '--proxy', p.url('socks5', 'alice:wrong-one'), '--json']);
    expect(bad.code).toBe(4);
    const d = json(bad.stdout);
    expect(d.diagnoses[0]?.category).toBe('PROXY_FAILURE');
    expect(step(d, 'tcp').failure).toMatchObject({ reason: 'proxy-auth-failed', code: 'SOCKS_AUTH_FAILED' });
    const none = json((await runBin([...plain(), '--proxy', p.url(), '--json'])).stdout);
    expect(step(none, 'tcp').failure).toMatchObject({ reason: 'proxy-auth-failed', code: 'SOCKS_NO_ACCEPTABLE_AUTH' });
  });

  it('proxy down: proxy-unreachable, not the SMTP server', async () => {
    const closed = await startClosedPort();
    const r = await runBin([...plain(), '--proxy', `socks5://127.0.0.1:${closed}`, '--json']);
    expect(r.code).toBe(4);
    const d = json(r.stdout);
    expect(d.diagnoses[0]?.category).toBe('PROXY_FAILURE');
    expect(d.diagnoses[0]?.rule).toBe('proxy.unreachable');
    expect(step(d, 'tcp').failure).toMatchObject({ reason: 'proxy-unreachable', code: 'ECONNREFUSED' });
    const h = await runBin([...plain(), '--proxy', `socks5://127.0.0.1:${closed}`]);
    expect(h.stdout).toContain(`The proxy socks5://127.0.0.1:${closed} could not be reached (ECONNREFUSED)`);
  });

  it.each([
    [1, 'proxy-refused', 'SOCKS_GENERAL_FAILURE', 'PROXY_FAILURE'],
    [2, 'proxy-refused', 'SOCKS_NOT_ALLOWED', 'PROXY_FAILURE'],
    [3, 'proxy-target-unreachable', 'SOCKS_NETWORK_UNREACHABLE', 'CONNECTION_TIMEOUT'],
    [4, 'proxy-target-unreachable', 'SOCKS_HOST_UNREACHABLE', 'CONNECTION_TIMEOUT'],
    [5, 'proxy-target-refused', 'SOCKS_CONNECTION_REFUSED', 'CONNECTION_REFUSED'],
    [6, 'proxy-target-unreachable', 'SOCKS_TTL_EXPIRED', 'CONNECTION_TIMEOUT'],
    [7, 'proxy-refused', 'SOCKS_COMMAND_NOT_SUPPORTED', 'PROXY_FAILURE'],
    [8, 'proxy-refused', 'SOCKS_ADDRESS_NOT_SUPPORTED', 'PROXY_FAILURE'],
  ])('SOCKS reply %i -> %s (%s), %s', async (reply, reason, code, category) => {
    const p = await socks({ reply });
    const r = await runBin([...plain(), '--proxy', p.url(), '--json']);
    expect(r.code).toBe(4);
    const d = json(r.stdout);
    expect(step(d, 'tcp').failure).toMatchObject({ reason, code });
    expect(d.diagnoses[0]?.category).toBe(category);
  });

  it('destination refused via the proxy: blamed on the server port, seen from the proxy network', async () => {
    const p = await socks();
    const closed = await startClosedPort();
    const r = await runBin([...plain(closed), '--proxy', p.url()]);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('The connection was made from the proxy\'s network');
    expect(r.stdout).toMatch(/nothing accepts connections on 127\.0\.0\.1 port \d+/);
    const ko = await runBin([...plain(closed), '--proxy', p.url(), '--lang', 'ko']);
    expect(ko.stdout).toContain('프록시의 네트워크에서 이루어졌습니다');
  });

  it('a server that is not a SOCKS proxy on the proxy port: proxy-protocol-error', async () => {
    const notSocks = await startRawServer({ script: [{ send: '220 not.a.proxy ESMTP\r\n' }] });
    closers.push(notSocks.close);
    const r = await runBin([...plain(), '--proxy', `socks5://127.0.0.1:${notSocks.port}`, '--json']);
    expect(r.code).toBe(4);
    expect(step(json(r.stdout), 'tcp').failure).toMatchObject({ reason: 'proxy-protocol-error', code: 'SOCKS_BAD_REPLY' });
  });

  it('a proxy that never answers the CONNECT: the server, from the proxy, timed out', async () => {
    const p = await socks({ silentConnect: true });
    const r = await runBin([...plain(), '--proxy', p.url(), '--timeout', '1', '--json']);
    expect(step(json(r.stdout), 'tcp').failure).toMatchObject({ reason: 'proxy-target-unreachable', code: 'ETIMEDOUT' });
  });
});

describe('environment: SMTP_DOCTOR_PROXY, ALL_PROXY, NO_PROXY, --no-proxy', () => {
  it('ALL_PROXY and SMTP_DOCTOR_PROXY are picked up; SMTP_DOCTOR_PROXY wins; --proxy wins over both', async () => {
    const [a, b, c] = await Promise.all([socks(), socks(), socks()]);
    const r1 = await runBin([...plain(), '--json'], { env: { ALL_PROXY: a.url() } });
    expect(step(json(r1.stdout), 'tcp').facts.proxy).toBe(`socks5://127.0.0.1:${a.port}`);
    const r2 = await runBin([...plain(), '--json'], { env: { all_proxy: a.url(), SMTP_DOCTOR_PROXY: b.url() } });
    expect(step(json(r2.stdout), 'tcp').facts.proxy).toBe(`socks5://127.0.0.1:${b.port}`);
    const r3 = await runBin([...plain(), '--proxy', c.url(), '--json'], { env: { SMTP_DOCTOR_PROXY: b.url() } });
    expect(step(json(r3.stdout), 'tcp').facts.proxy).toBe(`socks5://127.0.0.1:${c.port}`);
    expect(a.requests.length).toBe(1);
  });

  it('NO_PROXY and --no-proxy connect directly', async () => {
    const p = await socks();
    for (const [env, extra] of [
      [{ ALL_PROXY: p.url(), NO_PROXY: 'example.com,127.0.0.1' }, []],
      [{ ALL_PROXY: p.url(), no_proxy: '*' }, []],
      [{ ALL_PROXY: p.url() }, ['--no-proxy']],
    ] as Array<[NodeJS.ProcessEnv, string[]]>) {
      const r = await runBin([...plain(), ...extra, '--json'], { env });
      expect(r.code, r.stderr).toBe(0);
      expect(step(json(r.stdout), 'tcp').facts.proxy).toBeUndefined();
    }
    expect(p.connections).toBe(0);
  });

  it('NO_PROXY=127.0.0.0/8 covers 127.0.0.1 (direct, pass); 10.0.0.0/8 not (dead proxy: PROXY_FAILURE)', async () => {
    const closed = await startClosedPort();
    const dead = ['--proxy', `socks5://127.0.0.1:${closed}`, '--json'];
    const direct = await runBin([...plain(), ...dead], { env: { NO_PROXY: '10.0.0.0/8,127.0.0.0/8' } });
    expect(direct.code, direct.stderr).toBe(0);
    expect(json(direct.stdout).verdict).toBe('pass');
    expect(step(json(direct.stdout), 'tcp').facts.proxy).toBeUndefined();
    const proxied = await runBin([...plain(), ...dead], { env: { NO_PROXY: '10.0.0.0/8,fd00::/8,1.2.3.4/x' } });
    expect(proxied.code).toBe(4);
    expect(json(proxied.stdout).diagnoses[0]?.category).toBe('PROXY_FAILURE');
  });

  it('a bad proxy URL is a usage error naming where it came from', async () => {
    const r = await runBin([...plain()], { env: { ALL_PROXY: 'ftp://proxy.example:21' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid proxy URL in ALL_PROXY');
  });
});

describe('probe and mx through the proxy', () => {
  it('probe HOST --proxy: every connection through it', async () => {
    const p = await socks();
    const r = await runBin(['probe', '127.0.0.1', '--ports', String(smtp.port), '--timeout', '3', '--proxy', p.url(), '--json']);
    expect(r.stdout).toContain(`"banner": "220 localhost ESMTP"`);
    expect(p.requests.filter((q) => q.port === smtp.port).length).toBeGreaterThanOrEqual(1);
  });

  it('probe with socks5h sends the name to the proxy', async () => {
    const p = await socks({ hosts: { 'probe.only-the-proxy.test': '127.0.0.1' } });
    const r = await runBin(['probe', 'probe.only-the-proxy.test', '--ports', String(smtp.port), '--timeout', '3', '--proxy', p.url('socks5h'), '--json']);
    expect(r.stdout).toContain(`"banner": "220 localhost ESMTP"`);
    expect(p.requests.every((q) => q.host === 'probe.only-the-proxy.test')).toBe(true);
  });

  it('mx DOMAIN --proxy: port 25 checks go through it', async () => {
    const p = await socks();
    // localhost has no MX: the implicit MX is the name itself (RFC 5321 section 5.1).
    const r = await runBin(['mx', 'localhost', '--port', String(smtp.port), '--timeout', '3', '--proxy', p.url(), '--json']);
    expect(r.stdout.length, r.stderr).toBeGreaterThan(10);
    expect(p.requests.some((q) => q.port === smtp.port)).toBe(true);
  });
});

describe('HTTP CONNECT proxy', () => {
  it('connects through CONNECT; 407 is proxy-auth-failed; 403 proxy-refused', async () => {
    const [open, locked, forbidden] = await Promise.all([startHttpProxy(), startHttpProxy({ auth: 'bob:Http7Pass' }), startHttpProxy({ status: 403 })]);
    closers.push(open.close, locked.close, forbidden.close);
    const ok = await runBin([...plain(), '--proxy', open.url('http'), '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(open.requests[0]).toMatchObject({ host: '127.0.0.1', port: smtp.port });
    const withAuth = await runBin([...plain(), '--proxy', locked.url('http', 'bob:Http7Pass'), '--json']);
    expect(withAuth.code, withAuth.stderr).toBe(0);
    expect(withAuth.stdout + withAuth.stderr).not.toContain('Http7Pass');
    const noAuth = json((await runBin([...plain(), '--proxy', locked.url('http'), '--json'])).stdout);
    expect(step(noAuth, 'tcp').failure).toMatchObject({ reason: 'proxy-auth-failed', code: 'HTTP_407' });
    const no = json((await runBin([...plain(), '--proxy', forbidden.url('http'), '--json'])).stdout);
    expect(step(no, 'tcp').failure).toMatchObject({ reason: 'proxy-refused', code: 'HTTP_403' });
  });
});

describe('the real Postfix through the proxy', () => {
  const env = readMtaEnv();
  it('STARTTLS + AUTH on 10587 and implicit TLS on 10465 through socks5 and socks5h', async (t) => {
    if (!env || !(await portOpen(env.submissionPort))) {
      if (IN_CI) throw new Error('the real MTA must run in CI');
      return t.skip();
    }
    const p = await socks({ hosts: { 'mta.smtp-doctor.test': env.host } });
    const auth = ['--user', env.user, '--password-env', 'MTA_PW', '--ca', env.caFile, '--timeout', '10', '--json'];
    const runs = await Promise.all([
      runBin(['check', '--host', env.host, '--port', String(env.submissionPort), '--security', 'starttls', ...auth, '--proxy', p.url()], { env: { MTA_PW: env.password } }),
      runBin(['check', '--host', 'mta.smtp-doctor.test', '--port', String(env.smtpsPort), '--security', 'tls', ...auth, '--proxy', p.url('socks5h')], { env: { MTA_PW: env.password } }),
    ]);
    for (const r of runs) {
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const d = json(r.stdout);
      expect(step(d, 'tls').status).toBe('pass');
      expect(step(d, 'auth').status).toBe('pass');
      expect(String(step(d, 'tcp').facts.proxy)).toMatch(/^socks5h?:\/\/127\.0\.0\.1:/);
    }
    expect(p.requests.map((q) => q.port).sort()).toEqual([env.submissionPort, env.smtpsPort].sort());
  }, 30_000);
});

describe('the proxy password in every output mode', () => {
  it('human, --transcript, --json, --junit, --report, --share, GitHub summary, Korean: never the password', async () => {
    const pw = 'PxKanary7Secret9Q';
    const p = await socks({ users: { carol: pw } });
    const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-proxy-'));
    const [junit, report, summary] = ['j.xml', 'r.md', 's.md'].map((f) => join(dir, f));
    const url = p.url('socks5', `carol:${pw}`);
    const closed = await startClosedPort();
    const base = (port: number): string[] => [...plain(port), '--proxy', url];
    const runs = await Promise.all([
      runBin([...base(smtp.port), '--transcript']),
      runBin([...base(smtp.port), '--json']),
      runBin([...base(closed), '--transcript', '--junit', junit!, '--report', report!, '--share'], {
        env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary! },
      }),
      runBin([...base(closed), '--lang', 'ko', '--share']),
      runBin([...plain(), '--json'], { env: { ALL_PROXY: p.url('socks5', `carol:${pw}x`) } }),
      runBin(['probe', '127.0.0.1', '--ports', String(smtp.port), '--timeout', '3', '--proxy', url]),
      runBin(['check', '--host', '127.0.0.1', '--port', String(smtp.port), '--proxy', url, '--emit', 'nodemailer']),
    ]);
    expect(runs[0]!.code).toBe(0);
    expect(runs[2]!.code).toBe(4);
    expect(step(json(runs[4]!.stdout), 'tcp').failure?.reason).toBe('proxy-auth-failed');
    const forms = new Secret(pw).forms('carol');
    for (const [i, r] of runs.entries()) {
      for (const f of forms) expect(r.stdout + r.stderr, `run ${i}`).not.toContain(f);
    }
    for (const f of [junit!, report!, summary!]) {
      const text = readFileSync(f, 'utf8');
      expect(text.length).toBeGreaterThan(50);
      for (const form of forms) expect(text, f).not.toContain(form);
    }
    expect(runs[3]!.stdout).toContain('socks5://carol:********@');
  }, 30_000);
});
