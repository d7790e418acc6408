/**
 * `check --format nagios` through the built binary, against real listeners: one plugin status line on
 * stdout (nothing else), perfdata in the plugin format, exit 0 OK / 1 WARNING / 2 CRITICAL / 3 UNKNOWN,
 * the --warning/--critical (seconds) and --cert-warning/--cert-critical (days) thresholds, --targets,
 * Ctrl-C, and the real Postfix of .ci/mta when it runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCert } from '../src/tls/pki.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { IN_CI, portOpen, readMtaEnv } from './helpers/mta-env.js';
import { startClosedPort, startRawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN, runBin, type RunResult } from './support/bin.js';
import { parsePluginLine, rangeAlerts, type PluginLine } from './support/monitor-formats.js';

const PW = 'Monitor-Pw-7q';
const DAY = 86_400_000;
let pki: TestPki;
let ok: RunningServer;
let in40: RunningServer;
let dir: string;
const closers: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  pki = await createTestPki();
  const now = Date.now();
  const cert40 = await issueCert(pki.ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'],
    notBefore: new Date(now - DAY), notAfter: new Date(now + 40 * DAY + 3_600_000) });
  ok = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
  in40 = await startSmtpServer({ personality: 'implicit-tls', cert: cert40 });
  closers.push(ok, in40);
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-nagios-'));
});
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

const env = { SMTP_PW: PW, BAD_PW: `${PW}-no` };
const check = (port: number, ...more: string[]): Promise<RunResult> =>
  runBin(['check', '--host', '127.0.0.1', '--port', String(port), '--ca', pki.caFile, '--format', 'nagios', ...more], { env });
const login = ['--user', 'me@example.com', '--password-env', 'SMTP_PW'];
const perfOf = (l: PluginLine, label: string) => l.perf.find((p) => p.label === label);

/** A plugin line and nothing else: stdout is the one line, stderr is empty. */
function plugin(r: RunResult): PluginLine {
  expect(r.stderr).toBe('');
  return parsePluginLine(r.stdout);
}

describe('--format nagios, one server', () => {
  it('OK: exit 0, total time and every step that ran as perfdata in seconds, cert_days', async () => {
    const r = await check(ok.port, ...login, '--warning', '5', '--critical', '10');
    expect(r.code).toBe(0);
    const l = plugin(r);
    expect(l.state).toBe('OK');
    expect(l.text).toMatch(new RegExp(`^127\\.0\\.0\\.1:${ok.port}: all steps passed, \\d+\\.\\d{3} s response time$`));
    expect(perfOf(l, 'time')).toMatchObject({ uom: 's', warn: '5', crit: '10', min: '0' });
    expect(l.perf.map((p) => p.label)).toEqual(['time', 'dns_time', 'tcp_time', 'greeting_time', 'ehlo_time',
      'tls_time', 'auth_time', 'quit_time', 'cert_days']);
    expect(perfOf(l, 'cert_days')!.value).toBeGreaterThan(360);
    expect(r.stdout).not.toContain(PW);
  });

  it('WARNING when the whole check takes longer than --warning seconds; CRITICAL over --critical', async () => {
    const w = await check(ok.port, ...login, '--warning', '0');
    expect(w.code).toBe(1);
    expect(plugin(w)).toMatchObject({ state: 'WARNING' });
    expect(w.stdout).toMatch(/response time \d+\.\d{3} s is over 0 s/);
    const c = await check(ok.port, ...login, '--warning', '0', '--critical', '0.000');
    expect(c.code).toBe(2);
    expect(plugin(c)).toMatchObject({ state: 'CRITICAL' });
  });

  it('certificate days: 40 days left is OK by default, WARNING under --cert-warning 60, CRITICAL under --cert-critical 45', async () => {
    const plain = await check(in40.port, '--security', 'tls');
    expect(plain.code).toBe(0);
    expect(perfOf(plugin(plain), 'cert_days')).toMatchObject({ value: 40, uom: '' });
    const w = await check(in40.port, '--security', 'tls', '--cert-warning', '60', '--cert-critical', '30');
    expect(w.code).toBe(1);
    expect(plugin(w).text).toContain('the certificate expires in 40 days (threshold 60)');
    // days left alert when BELOW the limit: the range `60:` (a bare `60` would alert when above 60)
    const days = perfOf(plugin(w), 'cert_days')!;
    expect(days).toMatchObject({ warn: '60:', crit: '30:' });
    expect([rangeAlerts(days.warn!, days.value), rangeAlerts(days.crit!, days.value)]).toEqual([true, false]);
    const c = await check(in40.port, '--security', 'tls', '--cert-warning', '60', '--cert-critical', '45');
    expect(c.code).toBe(2);
    expect(plugin(c)).toMatchObject({ state: 'CRITICAL' });
    const critDays = perfOf(plugin(c), 'cert_days')!;
    expect(rangeAlerts(critDays.crit!, critDays.value)).toBe(true);
    const quiet = await check(in40.port, '--security', 'tls', '--cert-warning', '30', '--cert-critical', '14');
    expect(quiet.code).toBe(0);
    const q = perfOf(plugin(quiet), 'cert_days')!;
    expect([q.warn, q.crit, rangeAlerts(q.warn!, q.value), rangeAlerts(q.crit!, q.value)])
      .toEqual(['30:', '14:', false, false]);
  });

  it('every reason that set the state, the worst first, joined by "; " on one line', async () => {
    const w = await check(in40.port, '--security', 'tls', '--warning', '0.001', '--cert-warning', '800',
      '--expect', 'max-ms=1');
    expect(w.code).toBe(1);
    const l = plugin(w);
    expect(l.state).toBe('WARNING');
    expect(l.text).toMatch(new RegExp(`^127\\.0\\.0\\.1:${in40.port}: response time \\d+\\.\\d{3} s is over 0\\.001 s; `
      + 'the certificate expires in 40 days \\(threshold 800\\); expectation not met: max-ms=1$'));
    const c = await check(in40.port, '--security', 'tls', '--warning', '0.001', '--cert-critical', '800');
    expect(c.code).toBe(2);
    expect(plugin(c).text).toMatch(/: the certificate expires in 40 days \(threshold 800\); response time [\d.]+ s is/);
    const ko = await check(in40.port, '--security', 'tls', '--warning', '0.001', '--cert-warning', '800',
      '--lang', 'ko');
    expect(plugin(ko).text).toMatch(/응답 시간 [\d.]+초 \(기준 0\.001초 초과\); 인증서 만료까지 40일/);
  });

  it('WARNING for a report verdict warn (a certificate that expires in 5 days)', async () => {
    const s = await startSmtpServer({ personality: 'implicit-tls', cert: pki.expiring });
    closers.push(s);
    const r = await check(s.port, '--security', 'tls');
    expect(r.code).toBe(1);
    expect(plugin(r).text).toMatch(/TLS warning: The certificate expires in 4 days/);
  });

  it('CRITICAL: the wrong password (category and step named), a refused port', async () => {
    const r = await check(ok.port, '--user', 'me@example.com', '--password-env', 'BAD_PW');
    expect(r.code).toBe(2);
    const l = plugin(r);
    expect(l.state).toBe('CRITICAL');
    expect(l.text).toContain('WRONG_CREDENTIALS at AUTH');
    expect(l.perf.map((p) => p.label)).toContain('auth_time');
    const refused = await check(await startClosedPort());
    expect(refused.code).toBe(2);
    expect(plugin(refused).text).toContain('CONNECTION_REFUSED');
    expect(plugin(refused).perf.map((p) => p.label)).toEqual(['time', 'dns_time', 'tcp_time']);
  });

  it('UNKNOWN (exit 3, on stdout) for a bad flag, a bad threshold, --json with it, a missing host', async () => {
    for (const args of [['--bogus'], ['--warning', 'soon'], ['--json'], ['--cert-critical', '-1']]) {
      const r = await check(ok.port, ...args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(plugin(r).state).toBe('UNKNOWN');
    }
    const r = await runBin(['check', '--format=nagios']);
    expect(r.code).toBe(3);
    expect(plugin(r).text).toMatch(/--host/);
  });

  it('--lang ko: the words are Korean, the SMTP keyword and perfdata stay as plugins write them', async () => {
    const r = await check(ok.port, '--user', 'me@example.com', '--password-env', 'BAD_PW', '--lang', 'ko');
    expect(r.code).toBe(2);
    const l = plugin(r);
    expect(l.state).toBe('CRITICAL');
    expect(l.text).toMatch(/인증\(AUTH\) 단계에서 WRONG_CREDENTIALS/);
    expect(l.perf[0]!.label).toBe('time');
  });

  it('Ctrl-C while the server says nothing: SMTP UNKNOWN naming the step, exit 3', async () => {
    const tarpit = await startRawServer({ script: [], silent: true });
    closers.push(tarpit);
    const child = spawn(process.execPath, [BIN, 'check', '--host', '127.0.0.1', '--port', String(tarpit.port),
      '--security', 'none', '--timeout', '20', '--format', 'nagios'], { env: { PATH: process.env.PATH } });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (tarpit.connections === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGINT');
    expect(await closed).toBe(3);
    expect(parsePluginLine(stdout)).toMatchObject({ state: 'UNKNOWN', text: 'interrupted (Ctrl-C) during Greeting', perf: [] });
  }, 30_000);
});

describe('--format nagios --targets', () => {
  it('one line: the worst state, how many targets are in it, which; perfdata per target', async () => {
    const path = join(dir, 'targets.yml');
    const common = `    host: 127.0.0.1\n    port: ${ok.port}\n    user: me@example.com\n    ca: ${pki.caFile}\n`;
    writeFileSync(path, `targets:\n  - name: first\n${common}    password_env: SMTP_PW\n` +
      `  - name: second one\n${common}    password_env: SMTP_PW\n  - name: wrong\n${common}    password_env: BAD_PW\n`);
    const r = await runBin(['check', '--targets', path, '--format', 'nagios', '--warning', '30'], { env });
    expect(r.code).toBe(2);
    const l = plugin(r);
    expect(l.state).toBe('CRITICAL');
    expect(l.text).toMatch(/^1 of 3 targets failing: wrong: WRONG_CREDENTIALS at AUTH/);
    expect(l.perf.map((p) => p.label)).toEqual(['first_time', 'first_cert_days', 'second one_time',
      'second one_cert_days', 'wrong_time', 'wrong_cert_days']);
    expect(r.stdout).toContain("'second one_time'=");
    const good = await runBin(['check', '--targets', path.replace('targets', 'good'), '--format', 'nagios'], { env });
    expect(good.code).toBe(3); // no such file: UNKNOWN
    writeFileSync(path, `targets:\n  - name: first\n${common}    password_env: SMTP_PW\n`);
    const one = await runBin(['check', '--targets', path, '--format', 'nagios'], { env });
    expect(one.code).toBe(0);
    expect(plugin(one).text).toMatch(/^all 1 targets OK, slowest \d+\.\d{3} s$/);
  });
});

describe('--format nagios against the real Postfix (10587, STARTTLS then AUTH)', async () => {
  const mta = readMtaEnv();
  const up = IN_CI || (await portOpen(mta?.submissionPort));
  const real = (pw: string, ...more: string[]): Promise<RunResult> =>
    runBin(['check', '--host', '127.0.0.1', '--port', String(mta!.submissionPort), '--ca', mta!.caFile,
      '--user', mta!.user, '--password-env', 'MTA_PW', '--format', 'nagios', ...more], { env: { MTA_PW: pw } });

  it.runIf(up)('OK, WARNING over --warning 0, CRITICAL with a wrong password', async () => {
    const okRun = await real(mta!.password, '--warning', '5', '--critical', '10');
    expect(okRun.code).toBe(0);
    expect(plugin(okRun)).toMatchObject({ state: 'OK' });
    expect(perfOf(plugin(okRun), 'tls_time')).toBeDefined();
    const slow = await real(mta!.password, '--warning', '0');
    expect(slow.code).toBe(1);
    const bad = await real(`${mta!.password}-no`);
    expect(bad.code).toBe(2);
    expect(plugin(bad).text).toContain('WRONG_CREDENTIALS');
  });
});

describe('the plugin-line reader refuses what Nagios would misread', () => {
  it('a pipe in the text, a trailing space, two lines, a bad unit', () => {
    expect(() => parsePluginLine('SMTP OK - a | b | time=1s\n')).toThrow();
    expect(() => parsePluginLine('SMTP OK - fine \n')).toThrow();
    expect(() => parsePluginLine('SMTP OK - fine\nmore\n')).toThrow();
    expect(() => parsePluginLine('SMTP OK - fine | time=1sec;;;0\n')).toThrow();
    expect(parsePluginLine("SMTP OK - fine | 'a b'=1s;2;3;0 c=4\n").perf).toHaveLength(2);
  });

  it('threshold ranges as the guidelines define them', () => {
    expect([rangeAlerts('10', 11), rangeAlerts('10', -1), rangeAlerts('10', 10), rangeAlerts('10', 0)])
      .toEqual([true, true, false, false]);
    expect([rangeAlerts('10:', 9), rangeAlerts('10:', 10), rangeAlerts('10:', 1e9)]).toEqual([true, false, false]);
    expect([rangeAlerts('~:10', -5), rangeAlerts('~:10', 11)]).toEqual([false, true]);
    expect([rangeAlerts('10:20', 9), rangeAlerts('10:20', 15), rangeAlerts('@10:20', 15), rangeAlerts('@10:20', 21)])
      .toEqual([true, false, true, false]);
    expect(rangeAlerts('', 5)).toBe(false);
    for (const bad of ['x', '20:10', ':', '@']) expect(() => rangeAlerts(bad, 1), bad).toThrow();
  });
});
