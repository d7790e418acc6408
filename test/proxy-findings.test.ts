/**
 * The new-user trial's proxy findings (built binary, real proxies on 127.0.0.1): a SOCKS4 reply that
 * is not SOCKS4 is a protocol error, not a refusal; HTTP CONNECT 502 names what it knows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClosedPort, startRawServer } from './helpers/raw-server.js';
import { startHttpProxy, startSocks4Server, startSocksServer, type TestProxy } from './helpers/socks-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { IN_CI, portOpen } from './helpers/mta-env.js';
import { runBin } from './support/bin.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
});
const keep = <T extends { close: () => Promise<void> }>(p: T): T => (closers.push(p.close), p);

interface Doc {
  diagnoses: Array<{ category: string; title: string; rule: string; cause: string }>;
  steps: Array<{ id: string; facts: Record<string, unknown>; failure?: { reason?: string; code?: string } }>;
  warnings: Array<{ key: string; text: string }>;
}
const json = (stdout: string): Doc => JSON.parse(stdout) as Doc;
const tcp = (d: Doc) => d.steps.find((s) => s.id === 'tcp')!;

let smtp: RunningServer;
beforeAll(async () => {
  smtp = keep(await startSmtpServer({ personality: 'no-starttls' }));
});
const plain = (port = smtp.port): string[] =>
  ['check', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--no-probe', '--timeout', '5'];

describe('SOCKS4 / SOCKS4a: only a real SOCKS4 reply (00, then 90..93) is a refusal', () => {
  it('a mail server, an HTTP proxy, a SOCKS5-only proxy on a socks4:// URL: proxy-protocol-error', async () => {
    const banner = keep(await startRawServer({ script: [{ send: '220 not.a.proxy ESMTP Postfix\r\n' }] }));
    const http = keep(await startHttpProxy());
    const socks5 = keep(await startSocksServer());
    for (const scheme of ['socks4', 'socks4a']) {
      for (const port of [banner.port, http.port, socks5.port]) {
        const r = await runBin([...plain(), '--timeout', '2', '--proxy', `${scheme}://127.0.0.1:${port}`, '--json']);
        expect(r.code, `${scheme} ${port}`).toBe(4);
        const d = json(r.stdout);
        expect(tcp(d).failure?.reason, `${scheme} ${port} ${r.stdout}`).toBe('proxy-protocol-error');
        expect(d.diagnoses[0]?.rule).toBe('proxy.protocol-error');
      }
    }
    const human = await runBin([...plain(), '--proxy', `socks4://127.0.0.1:${banner.port}`]);
    expect(human.stdout).toContain('does not speak that proxy protocol');
    expect(human.stdout).not.toContain('its rules do not allow it');
  });

  it('a real SOCKS4 proxy: granted works, 91 is proxy-refused (SOCKS4_REJECTED)', async () => {
    const ok = keep(await startSocks4Server());
    const no = keep(await startSocks4Server({ reply: 91 }));
    const good = await runBin([...plain(), '--proxy', `socks4://127.0.0.1:${ok.port}`, '--json']);
    expect(good.code, good.stderr).toBe(0);
    expect(ok.requests[0]).toMatchObject({ host: '127.0.0.1', port: smtp.port });
    const bad = json((await runBin([...plain(), '--proxy', `socks4a://127.0.0.1:${no.port}`, '--json'])).stdout);
    expect(tcp(bad).failure).toMatchObject({ reason: 'proxy-refused', code: 'SOCKS4_REJECTED' });
  });

  it('the real Postfix on 10025 as a socks4 proxy: proxy-protocol-error', async (t) => {
    if (!(await portOpen(10025))) {
      if (IN_CI) throw new Error('the real MTA must run in CI');
      return t.skip();
    }
    const r = await runBin([...plain(), '--proxy', 'socks4://127.0.0.1:10025', '--json']);
    expect(tcp(json(r.stdout)).failure?.reason).toBe('proxy-protocol-error');
  });
});

describe('HTTP CONNECT: 502/503 is the proxy failing to reach the server, 504 a time-out', () => {
  it('502 for a closed port: proxy-target-failed, no "timed out" in the title or cause', async () => {
    const p: TestProxy = keep(await startHttpProxy());
    const closed = await startClosedPort();
    const r = await runBin([...plain(closed), '--proxy', p.url('http'), '--json']);
    expect(r.code).toBe(4);
    const d = json(r.stdout);
    expect(tcp(d).failure).toMatchObject({ reason: 'proxy-target-failed', code: 'HTTP_502' });
    expect(d.diagnoses[0]).toMatchObject({ category: 'CONNECTION_TIMEOUT', rule: 'proxy.target-failed' });
    expect(d.diagnoses[0]!.title).not.toMatch(/timed out/);
    expect(d.diagnoses[0]!.cause).toMatch(/refused, unreachable or timed out/);
    const h = await runBin([...plain(closed), '--proxy', p.url('http')]);
    expect(h.stdout).not.toMatch(/\(connection timed out\)/);
    expect(h.stdout).not.toMatch(/failed after \d+ ms: connection timed out/i);
    const ko = await runBin([...plain(closed), '--proxy', p.url('http'), '--lang', 'ko']);
    expect(ko.code).toBe(4);
  });

  it('504 stays a time-out', async () => {
    const p = keep(await startHttpProxy({ status: 504 }));
    const d = json((await runBin([...plain(), '--proxy', p.url('http'), '--json'])).stdout);
    expect(tcp(d).failure).toMatchObject({ reason: 'proxy-target-unreachable', code: 'HTTP_504' });
    expect(d.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
  });
});

describe('proxy flag combinations (one-line usage errors, exit 2; the argv warning)', () => {
  const base = ['check', '--host', '127.0.0.1', '--port', '1', '--security', 'none', '--no-probe', '--timeout', '1'];
  it.each([
    [['--proxy', 'socks5://127.0.0.1:1', '--no-proxy'], {}, '--proxy and --no-proxy contradict each other'],
    [['--no-proxy', '--proxy', 'socks5://127.0.0.1:1'], {}, '--proxy and --no-proxy contradict each other'],
    [['--proxy-password-env', 'PXPW'], { PXPW: 'x' }, 'there is no proxy to give the password to'],
    [['--proxy-password-env', 'PXPW', '--no-proxy'], { PXPW: 'x', ALL_PROXY: 'socks5://u@127.0.0.1:1' },
      'there is no proxy to give the password to'],
    [['--proxy', 'socks5://127.0.0.1:1', '--proxy-password-env', 'PXPW'], { PXPW: 'x' },
      'the proxy URL in --proxy has no user name; give it in the URL, e.g. socks5://USER@127.0.0.1:1'],
    [['--proxy-password-env', 'PXPW'], { PXPW: 'x', ALL_PROXY: 'http://127.0.0.1:3128' },
      'the proxy URL in ALL_PROXY has no user name; give it in the URL, e.g. http://USER@127.0.0.1:3128'],
  ] as Array<[string[], NodeJS.ProcessEnv, string]>)('%j %j: usage error', async (args, env, words) => {
    for (const cmd of [base, ['probe', '127.0.0.1', '--ports', '1', '--timeout', '1']]) {
      const r = await runBin([...cmd, ...args], { env });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a password inside --proxy: the argv warning (not for SMTP_DOCTOR_PROXY / ALL_PROXY), in en and ko', async () => {
    const p = keep(await startSocksServer({ users: { alice: 'Pw9' } }));
    const flag = await runBin([...plain(), '--proxy', p.url('socks5', 'alice:Pw9'), '--json']);
    expect(flag.code, flag.stderr).toBe(0);
    const w = json(flag.stdout).warnings.find((x) => x.key === 'warn.proxy-password-url');
    expect(w?.text).toContain('other local users can see it (ps, shell history)');
    expect(w?.text).toContain('--proxy-password-env');
    const human = await runBin([...plain(), '--proxy', p.url('socks5', 'alice:Pw9')]);
    expect(human.stderr).toContain('The proxy password is inside --proxy');
    const ko = await runBin([...plain(), '--proxy', p.url('socks5', 'alice:Pw9'), '--lang', 'ko']);
    expect(ko.stderr).toContain('프록시 비밀번호가 --proxy 안에 있어서');
    for (const name of ['SMTP_DOCTOR_PROXY', 'ALL_PROXY']) {
      const env = await runBin([...plain(), '--json'], { env: { [name]: p.url('socks5', 'alice:Pw9') } });
      expect(env.code, env.stderr).toBe(0);
      expect(json(env.stdout).warnings.map((x) => x.key)).not.toContain('warn.proxy-password-url');
    }
    const user = await runBin([...plain(), '--proxy', p.url('socks5', 'alice'), '--proxy-password-env', 'PX', '--json'],
      { env: { PX: 'Pw9' } });
    expect(json(user.stdout).warnings.map((x) => x.key)).not.toContain('warn.proxy-password-url');
  });
});

describe('where the proxy came from (finding 6)', () => {
  it('ALL_PROXY / SMTP_DOCTOR_PROXY / --proxy: JSON fact proxySource, human, transcript note, markdown', async () => {
    const p = keep(await startSocksServer());
    const label = `socks5://127.0.0.1:${p.port}`;
    for (const [name, args, env] of [
      ['ALL_PROXY', [], { ALL_PROXY: p.url() }],
      ['all_proxy', [], { all_proxy: p.url() }],
      ['SMTP_DOCTOR_PROXY', [], { SMTP_DOCTOR_PROXY: p.url() }],
      ['--proxy', ['--proxy', p.url()], {}],
    ] as Array<[string, string[], NodeJS.ProcessEnv]>) {
      const j = await runBin([...plain(), ...args, '--json'], { env });
      expect(j.code, j.stderr).toBe(0);
      expect(tcp(json(j.stdout)).facts).toMatchObject({ proxy: label, proxySource: name });
      const h = await runBin([...plain(), ...args, '--transcript', '--share'], { env });
      expect(h.stdout).toContain(`through the proxy ${label} (from ${name})`);
      expect(h.stdout.split(`(from ${name})`).length).toBeGreaterThanOrEqual(3);
    }
    const ko = await runBin([...plain(), '--lang', 'ko', '--transcript'], { env: { ALL_PROXY: p.url() } });
    // The object particle follows the port's last digit (을/를).
    expect(ko.stdout).toMatch(new RegExp(`프록시 ${label.replace(/\./g, '\\.')}[을를] 거쳐 연결 \\(ALL_PROXY에서 지정\\)`));
  });
});
