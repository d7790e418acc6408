/**
 * Issue 12 hardening: bounded config lints, TLS honesty under --insecure, `probe --ports`,
 * a greeting followed by a close, noise pasted into `explain`, QUIT after a failed send.
 * Real listeners on 127.0.0.1 and the built binary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startRawServer, type RawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';
import { check, step } from './support/run.js';
import { explain } from '../src/explain/explain.js';
import { skipWhy } from '../src/render/skip.js';

const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-hardening-'));
const servers: Array<RunningServer | RawServer> = [];
let pki: TestPki;
let selfSigned: RunningServer;
let trusted: RunningServer;
beforeAll(async () => {
  pki = await createTestPki();
  [selfSigned, trusted] = await Promise.all([
    startSmtpServer({ personality: 'implicit-tls', cert: pki.selfSigned }),
    startSmtpServer({ personality: 'implicit-tls' }),
  ]);
  servers.push(selfSigned, trusted);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});
const USER = 'me@example.com';
const PASSWORD = 'Correct-Horse-9';

const N = 60_000;
const FILES: Array<[string, () => string]> = [
  ['many.env', () => `SMTP_HOST=mail.example.com\n${Array.from({ length: N }, (_, i) => `SMTP_X${i}=v\n`).join('')}`],
  [
    'many.properties',
    () => `spring.mail.host=mail.example.com\n${Array.from({ length: N }, (_, i) => `spring.mail.${i.toString(36)}\n`).join('')}`,
  ],
  ['many.yml', () => `spring:\n  mail:\n    host: mail.example.com\n${Array.from({ length: N }, (_, i) => `    x${i}: v\n`).join('')}`],
];

describe('a config file with 60,000 unknown keys', () => {
  for (const [name, make] of FILES) {
    it(`${name}: finishes fast with a capped number of lints`, async () => {
      const file = join(dir, name);
      writeFileSync(file, make());
      const started = Date.now();
      const r = await runBin(['check', '--config', file, '--lint-only', '--json'], { timeoutMs: 60_000 });
      const took = Date.now() - started;
      const doc = JSON.parse(r.stdout) as { lints: Array<{ id: string; text: string }> };
      const unknown = doc.lints.filter((l) => l.id === 'unknown-key');
      expect(unknown).toHaveLength(20);
      const more = doc.lints.filter((l) => l.id === 'unknown-keys-more');
      expect(more).toHaveLength(1);
      expect(more[0]!.text).toContain(String(N - 20));
      expect(took).toBeLessThan(5000);
      const human = await runBin(['check', '--config', file, '--lint-only'], { timeoutMs: 60_000 });
      expect(human.stdout.split('\n').length).toBeLessThan(80);
      const ko = await runBin(['check', '--config', file, '--lint-only', '--lang', 'ko'], { timeoutMs: 60_000 });
      expect(ko.stdout).toContain(String(N - 20));
    }, 120_000);
  }
});

describe('--insecure: every output that rests on an unverified certificate says so', () => {
  const probeArgs = (port: number): string[] => ['probe', '127.0.0.1', '--ports', String(port), '--tls-servername', 'localhost', '--timeout', '3'];
  const login = ['--user', USER, '--password-env', 'SMTP_PASSWORD'];

  it('probe: the table, the recommendation, the command and the login line name --insecure', async () => {
    const r = await runBin([...probeArgs(selfSigned.port), '--insecure', ...login], { env: { SMTP_PASSWORD: PASSWORD } });
    expect(r.stdout).not.toMatch(/certificate verified/i);
    expect(r.stdout).toMatch(/Recommended: .*NOT verified/);
    const row = r.stdout.split('\n').find((l) => l.startsWith(String(selfSigned.port)));
    expect(row).toMatch(/self-signed.*--insecure/);
    expect(r.stdout).toMatch(/smtp-doctor check .*--insecure/);
    expect(r.stdout).toMatch(/Logged in.*NOT verified.*--insecure/);
    const ko = await runBin([...probeArgs(selfSigned.port), '--insecure', '--lang', 'ko']);
    expect(ko.stdout).not.toContain('인증서 검증됨');
    expect(ko.stdout).toContain('--insecure');
  });

  it('probe --json: the recommendation says the certificate was not verified', async () => {
    const r = await runBin([...probeArgs(selfSigned.port), '--insecure', '--json']);
    const doc = JSON.parse(r.stdout) as { insecure: boolean; recommendation: { certificateVerified: boolean; why: string }; command: string };
    expect(doc.insecure).toBe(true);
    expect(doc.recommendation.certificateVerified).toBe(false);
    expect(doc.recommendation.why).not.toMatch(/certificate verified/);
    expect(doc.command).toContain('--insecure');
    const good = await runBin([...probeArgs(trusted.port), '--ca', pki.caFile, '--json']);
    const ok = JSON.parse(good.stdout) as { insecure: boolean; recommendation: { certificateVerified: boolean; why: string }; command: string };
    expect(ok).toMatchObject({ insecure: false, recommendation: { certificateVerified: true } });
    expect(ok.recommendation.why).toMatch(/certificate verified/);
  });

  function targets(): string {
    const path = join(dir, 'targets.yml');
    writeFileSync(
      path,
      `targets:
  - name: unverified
    host: 127.0.0.1
    port: ${selfSigned.port}
    security: tls
    tls_servername: localhost
    insecure: true
  - name: verified
    host: 127.0.0.1
    port: ${trusted.port}
    security: tls
    tls_servername: localhost
    ca: ${pki.caFile}
`,
    );
    return path;
  }

  it('check --targets: the summary line and the GitHub job summary say the certificate was not verified', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runBin(['check', '--targets', targets(), '--no-probe'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    const line = (name: string): string => r.stdout.split('\n').find((l) => l.includes(` ${name} `)) ?? '';
    expect(line('unverified')).toMatch(/NOT verified.*--insecure/);
    expect(line('verified')).not.toMatch(/NOT verified/);
    const md = readFileSync(summary, 'utf8');
    const row = (name: string): string => md.split('\n').find((l) => l.startsWith(`| ${name} `)) ?? '';
    expect(row('unverified')).toMatch(/NOT verified.*--insecure/);
    expect(row('verified')).not.toMatch(/NOT verified/);
  });

  it('check --json: a field says whether the certificate was verified', async () => {
    const base = ['check', '--host', '127.0.0.1', '--security', 'tls', '--tls-servername', 'localhost', '--no-probe', '--json'];
    const bad = JSON.parse((await runBin([...base, '--port', String(selfSigned.port), '--insecure'])).stdout) as Record<string, unknown>;
    expect(bad.certificateVerified).toBe(false);
    const good = JSON.parse((await runBin([...base, '--port', String(trusted.port), '--ca', pki.caFile])).stdout) as Record<string, unknown>;
    expect(good.certificateVerified).toBe(true);
    const t = JSON.parse((await runBin(['check', '--targets', targets(), '--no-probe', '--json'])).stdout) as {
      targets: Array<{ name: string; report: Record<string, unknown> }>;
    };
    expect(t.targets.find((x) => x.name === 'unverified')?.report.certificateVerified).toBe(false);
  });
});

describe('probe --ports means only the given ports', () => {
  const common = ['--ca', '', '--tls-servername', 'localhost', '--timeout', '2', '--json'];
  it('--ports P tries P alone; without --ports, --port P comes first and then the usual ones', async () => {
    const args = common.map((a) => (a === '' ? pki.caFile : a));
    const only = JSON.parse((await runBin(['probe', '127.0.0.1', '--ports', String(trusted.port), ...args])).stdout) as {
      ports: number[];
      rows: Array<{ port: number }>;
    };
    expect(only.ports).toEqual([trusted.port]);
    expect([...new Set(only.rows.map((r) => r.port))]).toEqual([trusted.port]);
    const usual = JSON.parse((await runBin(['probe', '127.0.0.1', '--port', String(trusted.port), ...args])).stdout) as { ports: number[] };
    expect(usual.ports).toEqual([trusted.port, 25, 465, 587, 2525]);
    const help = await runBin(['probe', '--help']);
    expect(help.stdout).toMatch(/--ports .*only these ports/);
  });
});

describe('a 220 greeting followed by a close', () => {
  async function greetThenClose(): Promise<RawServer> {
    const s = await startRawServer({ script: [{ send: '220 flaky.example ESMTP\r\n' }, { close: true }] });
    servers.push(s);
    return s;
  }

  it('check: reason closed-after-greeting, its own rule, not a refusal nor an EHLO rejection', async () => {
    const s = await greetThenClose();
    for (const security of ['none', 'auto'] as const) {
      const r = await check(s.port, { security });
      expect(step(r, 'greeting').status).toBe('pass');
      expect(step(r, 'ehlo').failure?.reason).toBe('closed-after-greeting');
      expect(r.diagnoses[0]).toMatchObject({ rule: 'greeting.closed-after', category: 'PROTOCOL_ERROR' });
    }
    const en = await runBin(['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none', '--no-probe']);
    expect(en.stdout).toMatch(/closed the connection right after its greeting/);
    expect(en.stdout).toContain('220 flaky.example ESMTP');
    const ko = await runBin(['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none', '--no-probe', '--lang', 'ko']);
    expect(ko.stdout).toContain('인사말 직후');
  });

  it('probe: the row says the server closed after its greeting, not "greeting refused"', async () => {
    const s = await greetThenClose();
    const r = await runBin(['probe', '127.0.0.1', '--ports', String(s.port), '--timeout', '2', '--json']);
    const doc = JSON.parse(r.stdout) as { rows: Array<{ problem?: string }> };
    expect(doc.rows[0]?.problem).toBe('closed-after-greeting');
    const human = await runBin(['probe', '127.0.0.1', '--ports', String(s.port), '--timeout', '2']);
    expect(human.stdout).not.toContain('greeting refused');
    expect(human.stdout).toContain('closed right after its greeting');
  });
});

describe('random bytes pasted into explain', () => {
  /** A small seeded generator (LCG), so every run sees the same bytes. */
  function bytes(seed: number, length: number): Buffer {
    let x = seed >>> 0;
    return Buffer.from(Array.from({ length }, () => ((x = (x * 1664525 + 1013904223) >>> 0), Math.floor((x / 2 ** 32) * 256))));
  }
  // Seeds whose bytes held "sPf"/"rBL"-like runs between non-word bytes (a specific diagnosis before the fix), and others.
  const SEEDS = [87, 326, 329, 492, 548, 631, 1, 2, 3];

  it('the library says match: none, decoded as latin1 and as UTF-8', () => {
    for (const seed of SEEDS) {
      const b = bytes(seed, 20_000);
      for (const enc of ['latin1', 'utf8'] as const) {
        const r = explain(b.toString(enc));
        expect({ seed, enc, match: r.match, rule: r.rule }).toEqual({ seed, enc, match: 'none', rule: undefined });
      }
    }
  });

  it('the CLI says match: none for the raw bytes in a file', async () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const file = join(dir, `noise-${seed}.bin`);
      writeFileSync(file, bytes(seed, 20_000));
      const r = await runBin(['explain', '--file', file, '--json']);
      expect({ seed, match: (JSON.parse(r.stdout) as { match: string }).match }).toEqual({ seed, match: 'none' });
    }
  });

  it('the wordings still read as before in real text', () => {
    expect(explain('550 5.7.1 Rejected: SPF check failed for example.com')).toMatchObject({ match: 'specific', category: 'MESSAGE_REJECTED_POLICY' });
    expect(explain('554 5.7.1 Service unavailable; client [203.0.113.9] listed in RBL')).toMatchObject({ category: 'CLIENT_IP_BLOCKED' });
    expect(explain('550 message rejected as spam (DKIM=fail)')).toMatchObject({ category: 'MESSAGE_REJECTED_POLICY' });
  });
});

describe('QUIT after a send that timed out', () => {
  const T = { dns: 1000, connect: 1000, greeting: 1000, tls: 1000, command: 800, data: 800 };
  async function silentAfter(cmd: RegExp): Promise<RawServer> {
    const s = await startRawServer({
      script: [
        { send: '220 slow.example ESMTP\r\n' },
        { expect: /^EHLO/ },
        { send: '250-slow.example\r\n250 8BITMIME\r\n' },
        { expect: /^MAIL FROM/ },
        { send: '250 2.1.0 Ok\r\n' },
        { expect: cmd },
        { wait: 5000 },
      ],
    });
    servers.push(s);
    return s;
  }

  it('is a skip blocked by the send step, never "not requested"', async () => {
    const s = await silentAfter(/^RCPT TO/);
    const r = await check(s.port, { security: 'none', from: 'me@example.com', to: ['you@example.com'], timeouts: T });
    expect(step(r, 'send')).toMatchObject({ status: 'fail', failure: { code: 'ETIMEDOUT' } });
    const quit = step(r, 'quit');
    if (quit.status === 'skip') {
      expect(quit.blockedBy).toBe('send');
      expect(skipWhy(quit, 'en')).not.toMatch(/not requested/);
      expect(skipWhy(quit, 'ko')).not.toContain('요청하지 않음');
    } else {
      expect(['pass', 'warn']).toContain(quit.status);
    }
    const out = await runBin(['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none', '--from', 'me@example.com', '--to', 'you@example.com', '--timeout', '1', '--no-probe']);
    const line = out.stdout.split('\n').find((l) => /QUIT/i.test(l)) ?? '';
    expect(line).not.toMatch(/not requested/);
  });
});
