/**
 * Bounds on waits (issue 13): the TLS modes are raced, not waited out; a silent port ends within one
 * timeout; --deadline bounds the whole run; a slow server is named slow; QUIT's reply is not awaited.
 * These are "no hang" bounds, generous on purpose: the speed itself is measured in bench/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report.js';
import { createTestPki } from './helpers/certs.js';
import { startRawServer, type RawServer, type Step } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

let caFile: string;
const closers: Array<{ close(): Promise<void> }> = [];
let implicitTls: RunningServer;
let starttls: RunningServer;

beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  implicitTls = await startSmtpServer({ personality: 'implicit-tls' });
  starttls = await startSmtpServer({ personality: 'starttls-auth' });
  closers.push(implicitTls, starttls);
});
afterAll(async () => {
  await Promise.all(closers.map((s) => s.close()));
});

async function raw(script: Step[], silent = false): Promise<RawServer> {
  const s = await startRawServer({ script, silent });
  closers.push(s);
  return s;
}

/** Run `check --json` against 127.0.0.1:port; the report and the wall time in ms. */
async function timedCheck(port: number, args: string[]): Promise<{ report: Report; ms: number; code: number | null }> {
  const started = Date.now();
  const target = ['--host', '127.0.0.1', '--port', String(port), '--ca', caFile, '--tls-servername', 'localhost'];
  const r = await runBin(['check', ...target, '--json', ...args], { timeoutMs: 30_000 });
  const ms = Date.now() - started;
  return { report: JSON.parse(r.stdout) as Report, ms, code: r.code };
}

const step = (r: Report, id: string) => r.steps.find((s) => s.id === id)!;

describe('the TLS modes are raced (default settings)', () => {
  it('plaintext client on an implicit-TLS port: the mismatch verdict after the grace, not the timeout', async () => {
    const { report, ms, code } = await timedCheck(implicitTls.port, ['--security', 'starttls']);
    expect(step(report, 'greeting').failure?.reason).toBe('expects-implicit-tls');
    expect(report.diagnoses[0]).toMatchObject({ category: 'TLS_MODE_MISMATCH', rule: 'mode.expects-implicit-tls' });
    expect(code).toBe(5);
    expect(ms).toBeLessThan(3500);
  });

  it('TLS client on a STARTTLS port: the mismatch verdict at once', async () => {
    const { report, ms } = await timedCheck(starttls.port, ['--security', 'tls']);
    expect(step(report, 'tls').failure?.reason).toBe('expects-plain');
    expect(ms).toBeLessThan(3500);
  });

  it('--security auto on an implicit-TLS port other than 465: found, reported and checked in that mode', async () => {
    const { report, ms, code } = await timedCheck(implicitTls.port, ['--security', 'auto']);
    const tls = step(report, 'tls');
    expect(tls.facts).toMatchObject({ mode: 'implicit', detected: 'implicit', verified: true });
    expect(tls.warnings?.map((w) => w.key)).toContain('warn.port-speaks-implicit-tls');
    expect(step(report, 'greeting').status).toBe('pass');
    expect(step(report, 'ehlo').status).toBe('pass');
    expect(report.verdict).toBe('warn');
    expect(code).toBe(0);
    expect(report.transcript.some((l) => l.note?.kind === 'mode-switch')).toBe(true);
    expect(ms).toBeLessThan(4000);
  });

  it('a web server waiting for a request is named in about the grace too (its 400 to a second EHLO)', async () => {
    const http = 'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nConnection: close\r\n\r\n';
    const s = await raw([{ expect: /./ }, { send: http }, { close: true }]);
    const { report, ms } = await timedCheck(s.port, ['--security', 'starttls']);
    expect(step(report, 'greeting').failure).toMatchObject({ reason: 'http-server', response: 'HTTP/1.1 400 Bad Request' });
    expect(report.diagnoses[0]).toMatchObject({ rule: 'port.http' });
    expect(ms).toBeLessThan(3500);
  });

  it('a greeting later than the grace is no mismatch: the first connection wins, the racer is closed', async () => {
    const s = await raw([
      { wait: 1500 },
      { send: '220 late.example ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250 late.example\r\n' },
    ]);
    const { report } = await timedCheck(s.port, ['--security', 'none', '--grace', '0.3']);
    expect(step(report, 'greeting').status).toBe('pass');
    expect(report.verdict).toBe('pass');
    // The second connection tried TLS; it did not decide anything.
    expect(report.transcript.some((l) => l.note?.kind === 'mode-confirming')).toBe(true);
  });
});

describe('silent ports and slow servers end in bounded time', () => {
  it('a tarpit with --timeout 2 ends within the timeout plus 1.5 s, probe hint included', async () => {
    const s = await raw([], true);
    const { report, ms } = await timedCheck(s.port, ['--security', 'starttls', '--timeout', '2']);
    expect(step(report, 'greeting').failure?.reason).toBe('greeting-timeout');
    expect(report.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
    // The fallback probe ran in parallel: its hint is there without another wait.
    expect(JSON.stringify(report.diagnoses[0]?.hints)).toMatch(/smtp-doctor probe 127\.0\.0\.1/);
    expect(ms).toBeLessThan(3500);
  });

  it('a tarpit spoken to in implicit TLS ends within the timeout too (plain SMTP raced, not tried after)', async () => {
    const s = await raw([], true);
    const { report, ms } = await timedCheck(s.port, ['--security', 'tls', '--timeout', '2']);
    expect(step(report, 'tls').failure?.reason).toBe('tls-handshake-timeout');
    expect(report.transcript.some((l) => l.note?.kind === 'mode-confirming')).toBe(true);
    expect(ms).toBeLessThan(3500);
  });

  it('--deadline cuts the run: the running step fails with deadline-exceeded, the rest are skipped', async () => {
    const s = await raw([], true);
    const args = ['--security', 'starttls', '--deadline', '1.5', '--no-probe'];
    const { report, ms, code } = await timedCheck(s.port, args);
    expect(step(report, 'greeting').failure?.reason).toBe('deadline-exceeded');
    expect(report.diagnoses[0]?.rule).toBe('run.deadline');
    expect(step(report, 'ehlo')).toMatchObject({ status: 'skip', blockedBy: 'greeting' });
    expect(code).not.toBe(0);
    expect(ms).toBeLessThan(3500);
  });

  const slowly = (ms: number): Step[] => [
    { send: '220 slow.example ESMTP\r\n' },
    { expect: 'EHLO' },
    { wait: ms },
    { send: '250-slow.example\r\n250 AUTH PLAIN\r\n' },
    { expect: 'AUTH' },
    { wait: ms },
    { send: '235 2.7.0 ok\r\n' },
    { expect: 'MAIL' },
    { wait: ms },
    { send: '250 ok\r\n' },
    { expect: 'RCPT' },
    { wait: ms },
    { send: '250 ok\r\n' },
    { expect: 'RSET' },
    { wait: ms },
    { send: '250 ok\r\n' },
  ];
  const login = ['--user', 'me@example.com', '--password-env', 'PW', '--allow-plaintext-auth'];
  const envelope = ['--from', 'me@example.com', '--to', 'you@example.com', '--no-data'];
  const slowCheck = (port: number, more: string[]) =>
    runBin(
      ['check', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--json', ...more, ...login, ...envelope],
      { env: { PW: 'x' }, timeoutMs: 30_000 },
    );

  it('a server that answers every reply slowly is named slow, with its per-reply time (a warning)', async () => {
    const s = await raw(slowly(1200));
    const r = await slowCheck(s.port, ['--timeout', '2']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.verdict).toBe('warn');
    const warned = report.steps.find((x) => x.warnings?.some((w) => w.key === 'warn.server-slow'))!;
    expect(warned).toBeDefined();
    expect(Number(warned.facts.replyMs)).toBeGreaterThanOrEqual(1000);
  });

  it('... and a server-slow diagnosis when the deadline ends it', async () => {
    const s = await raw(slowly(1200));
    const started = Date.now();
    const r = await slowCheck(s.port, ['--timeout', '2', '--deadline', '4.5']);
    const report = JSON.parse(r.stdout) as Report;
    const failed = report.steps.find((x) => x.status === 'fail')!;
    expect(failed.failure?.reason).toBe('server-slow');
    expect(Number(failed.facts.replyMs)).toBeGreaterThanOrEqual(1000);
    expect(report.diagnoses[0]?.rule).toBe('run.server-slow');
    expect(Date.now() - started).toBeLessThan(6500);
  });
});

describe('QUIT', () => {
  it('is sent but its reply is not awaited before the verdict', async () => {
    const s = await raw([
      { send: '220 mute.example ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250 mute.example\r\n' },
      { expect: 'QUIT' },
      { wait: 10_000 },
    ]);
    const { report, ms } = await timedCheck(s.port, ['--security', 'none', '--timeout', '8']);
    expect(step(report, 'quit')).toMatchObject({ status: 'pass', facts: { sent: true, replied: false } });
    expect(report.verdict).toBe('pass');
    expect(s.received).toContain('QUIT');
    expect(ms).toBeLessThan(3000);
  });
});
