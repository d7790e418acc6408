/**
 * `check --format prometheus` (and --format json/junit, --output) through the built binary, against
 * real listeners. Every document is read with a strict reader of the text exposition format 0.0.4
 * (test/support/monitor-formats.ts), and by `promtool check metrics` when promtool is installed
 * (PROMTOOL=path, or on PATH).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startRawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN, runBin, type RunResult } from './support/bin.js';
import { parseExposition, type Exposition } from './support/monitor-formats.js';

const PW = 'Prom-Pw-3x';
let pki: TestPki;
let ok: RunningServer;
let dir: string;
const closers: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  pki = await createTestPki();
  ok = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
  closers.push(ok);
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-prom-'));
});
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

const env = { SMTP_PW: PW, BAD_PW: `${PW}-no` };
const base = (): string[] => ['check', '--host', '127.0.0.1', '--port', String(ok.port), '--ca', pki.caFile,
  '--tls-servername', 'localhost', '--user', 'me@example.com'];
const value = (e: Exposition, name: string, labels: Record<string, string> = {}): number | undefined =>
  e.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

const PROMTOOL = process.env.PROMTOOL ?? (spawnSync('promtool', ['--version']).status === 0 ? 'promtool' : undefined);

/** The exposition is well-formed, every metric has HELP and TYPE, stderr is empty; promtool agrees when present. */
function exposition(r: RunResult): Exposition {
  expect(r.stderr).toBe('');
  const e = parseExposition(r.stdout);
  for (const name of new Set(e.samples.map((s) => s.name))) {
    expect(e.help.has(name) && e.type.get(name) === 'gauge', name).toBe(true);
  }
  if (PROMTOOL) execFileSync(PROMTOOL, ['check', 'metrics'], { input: r.stdout });
  return e;
}

describe('--format prometheus', () => {
  it('a passing check: up 1, durations per step, certificate expiry as Unix seconds, no failure_info', async () => {
    const r = await runBin([...base(), '--password-env', 'SMTP_PW', '--format', 'prometheus'], { env });
    expect(r.code).toBe(0);
    const e = exposition(r);
    const target = { target: `127.0.0.1:${ok.port}`, host: '127.0.0.1', port: String(ok.port), security: 'auto' };
    expect(value(e, 'smtp_doctor_up', target)).toBe(1);
    expect(value(e, 'smtp_doctor_check_duration_seconds')).toBeGreaterThan(0);
    const steps = e.samples.filter((s) => s.name === 'smtp_doctor_step_duration_seconds').map((s) => s.labels.step);
    expect(steps).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'tls', 'auth', 'quit']);
    expect(value(e, 'smtp_doctor_step_status', { step: 'send', status: 'skip' })).toBe(1);
    expect(value(e, 'smtp_doctor_step_status', { step: 'send', status: 'pass' })).toBe(0);
    const expiry = value(e, 'smtp_doctor_certificate_expiry_timestamp_seconds')!;
    expect(Math.round((expiry * 1000 - Date.now()) / 86_400_000)).toBe(365);
    expect(value(e, 'smtp_doctor_certificate_verified')).toBe(1);
    expect(e.samples.some((s) => s.name === 'smtp_doctor_failure_info')).toBe(false);
    expect(r.stdout).not.toContain(PW);
  });

  it('a failing check: up 0, failure_info with the category, step and reason; smtp-doctor exit code kept', async () => {
    const r = await runBin([...base(), '--password-env', 'BAD_PW', '--format', 'prometheus'], { env });
    expect(r.code).toBe(6);
    const e = exposition(r);
    expect(value(e, 'smtp_doctor_up')).toBe(0);
    expect(value(e, 'smtp_doctor_exit_code')).toBe(6);
    const info = e.samples.find((s) => s.name === 'smtp_doctor_failure_info')!;
    expect(info).toMatchObject({ value: 1, labels: { category: 'WRONG_CREDENTIALS', step: 'auth', reason: 'auth-rejected' } });
  });

  it('--targets: one series per target; hostile names come back exactly through the label escapes', async () => {
    const path = join(dir, 'targets.yml');
    const common = `    host: 127.0.0.1\n    port: ${ok.port}\n    user: me@example.com\n    tls_servername: localhost\n` +
      `    ca: ${pki.caFile}\n`;
    // YAML double-quoted: the name is `quote " back \ slash`, a line feed, `new line`.
    const hostile = 'quote \\" back \\\\ slash\\nnew line';
    writeFileSync(path, `targets:\n  - name: good\n${common}    password_env: SMTP_PW\n    expect: [auth=ok]\n` +
      `  - name: "${hostile}"\n${common}    password_env: BAD_PW\n`);
    const r = await runBin(['check', '--targets', path, '--format', 'prometheus'], { env });
    expect(r.code).toBe(6);
    const e = exposition(r);
    const ups = e.samples.filter((s) => s.name === 'smtp_doctor_up');
    expect(ups.map((s) => [s.labels.target, s.value])).toEqual([['good', 1], ['quote " back \\ slash\nnew line', 0]]);
    expect(value(e, 'smtp_doctor_expectation_ok', { target: 'good', expect: 'auth=ok' })).toBe(1);
    // The same names as one Nagios line: no line break, no "|" outside the perfdata separator.
    const n = await runBin(['check', '--targets', path, '--format', 'nagios'], { env });
    expect(n.stdout.split('\n')).toHaveLength(2);
    expect(n.stdout.split(' | ')).toHaveLength(2);
  });

  it('--output writes the file by rename (no temporary file left) and prints nothing', async () => {
    const out = join(dir, 'smtp.prom');
    writeFileSync(out, 'old\n');
    const r = await runBin([...base(), '--password-env', 'SMTP_PW', '--format', 'prometheus', '--output', out], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseExposition(readFileSync(out, 'utf8')).samples.length).toBeGreaterThan(10);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const bad = await runBin([...base(), '--password-env', 'SMTP_PW', '--format', 'prometheus',
      '--output', join(dir, 'no', 'such', 'dir.prom')], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write .*ENOENT/);
  });

  it('Ctrl-C: nothing on stdout, --output left as it was, exit 130', async () => {
    const tarpit = await startRawServer({ script: [], silent: true });
    closers.push(tarpit);
    const out = join(dir, 'kept.prom');
    writeFileSync(out, 'previous\n');
    const child = spawn(process.execPath, [BIN, 'check', '--host', '127.0.0.1', '--port', String(tarpit.port),
      '--security', 'none', '--timeout', '20', '--format', 'prometheus', '--output', out], { env: { PATH: process.env.PATH } });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (tarpit.connections === 0) await new Promise((res) => setTimeout(res, 20));
    await new Promise((res) => setTimeout(res, 200));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
  }, 30_000);
});

describe('--format: json, junit, and the combinations refused', () => {
  it('--format json is --json; --format junit prints JUnit XML', async () => {
    const j = await runBin([...base(), '--password-env', 'SMTP_PW', '--format', 'json'], { env });
    expect(j.code).toBe(0);
    expect((JSON.parse(j.stdout) as { kind: string }).kind).toBe('check');
    const x = await runBin([...base(), '--password-env', 'SMTP_PW', '--format', 'junit'], { env });
    expect(x.code).toBe(0);
    expect(XMLValidator.validate(x.stdout)).toBe(true);
    expect(x.stdout).toContain('<testsuites name="smtp-doctor"');
  });

  it('usage errors keep exit 2 outside --format nagios', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'xml'], /invalid --format "xml": use one of human, json, nagios, prometheus, junit/],
      [['--format', 'prometheus', '--json'], /--json cannot be combined with --format prometheus/],
      [['--format', 'prometheus', '--warning', '3'], /--warning applies to --format nagios only/],
      [['--output', join(dir, 'x.prom')], /--output needs --format nagios, prometheus or junit/],
      [['--format', 'prometheus', '--emit', 'nodemailer'], /--emit cannot be combined with --format prometheus/],
    ];
    for (const [args, message] of cases) {
      const r = await runBin([...base(), ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.prom'))).toBe(false);
  });
});

describe('the exposition reader refuses what a scraper would refuse', () => {
  const ok1 = '# HELP a x\n# TYPE a gauge\na{l="v"} 1\n';
  it('accepts a minimal document and rejects each broken variant', () => {
    expect(parseExposition(ok1).samples).toHaveLength(1);
    for (const bad of [
      ok1.slice(0, -1), // no final line feed
      `${ok1}# HELP a y\n`, // a second HELP
      '# TYPE a gauge\na{l="v"} 1\nb 1\na{l="w"} 2\n', // a split group
      '# TYPE a gauge\na{l="v"q"} 1\n', // an unescaped quote
      '# TYPE a gauge\na{l="v\\t"} 1\n', // an unknown escape
      '# TYPE a gauge\na{l="v"} 1\na{l="v"} 2\n', // a duplicate series
      '# TYPE a gauge\na 1 1700000000000\n', // a timestamp (the textfile collector refuses them)
      '# TYPE a gauge\na one\n', // not a float
    ]) expect(() => parseExposition(bad), bad).toThrow();
  });
});
