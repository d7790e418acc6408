/**
 * The layout of the human output through the built binary: no line ends with spaces (a step with no detail,
 * such as QUIT), a warned step says why on its own line (TLS on a plain port), and `check --targets` closes
 * with one blank line and a verdict sentence, as a single check does.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin, type RunResult } from './support/bin.js';
import { t } from '../src/i18n/index.js';

const PW = 'Layout-Pw-3q';
let tlsAuth: RunningServer;
let plain: RunningServer;
let caFile: string;
let dir: string;
beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  tlsAuth = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
  plain = await startSmtpServer({ personality: 'no-starttls' });
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-layout-'));
});
afterAll(async () => {
  await Promise.all([tlsAuth?.close(), plain?.close()]);
});

const env = { NO_COLOR: '1', GOOD_PW: PW, BAD_PW: `${PW}-no` };
const check = (port: number, ...more: string[]): Promise<RunResult> =>
  runBin(['check', '--host', '127.0.0.1', '--port', String(port), '--ca', caFile, '--timeout', '5', '--no-probe',
    ...more], { env });
const login = (pw: string): string[] => ['--user', 'me@example.com', '--password-env', pw];

function expectNoTrailingSpaces(r: RunResult, what: string): void {
  expect(r.stdout.length, what).toBeGreaterThan(0);
  for (const line of r.stdout.split('\n')) expect(line, `${what}: "${line}"`).not.toMatch(/\s$/);
}

describe('human output layout', () => {
  it('no line ends with spaces: pass, fail, ko, a plain port, --targets', async () => {
    const runs: Array<[string, RunResult]> = [
      ['pass', await check(tlsAuth.port, ...login('GOOD_PW'))],
      ['fail', await check(tlsAuth.port, ...login('BAD_PW'))],
      ['ko', await check(tlsAuth.port, ...login('BAD_PW'), '--lang', 'ko')],
      ['ko pass', await check(tlsAuth.port, ...login('GOOD_PW'), '--lang', 'ko')],
      ['plain', await check(plain.port, '--security', 'auto')],
      ['transcript', await check(tlsAuth.port, ...login('BAD_PW'), '--transcript')],
    ];
    const path = join(dir, 'targets.yml');
    const common = `    host: 127.0.0.1\n    port: ${tlsAuth.port}\n    user: me@example.com\n    ca: ${caFile}\n`;
    writeFileSync(path, `targets:\n  - name: good\n${common}    password_env: GOOD_PW\n`
      + `  - name: wrong\n${common}    password_env: BAD_PW\n`);
    runs.push(['targets', await runBin(['check', '--targets', path, '--no-probe'], { env })]);
    runs.push(['targets ko', await runBin(['check', '--targets', path, '--no-probe', '--lang', 'ko'], { env })]);
    for (const [what, r] of runs) expectNoTrailingSpaces(r, what);
    expect(runs[0]![1].stdout).toMatch(/^✔ QUIT +\d+ ms$/m);
    // The EHLO before STARTTLS offers no AUTH: that is "not yet", not "not supported".
    expect(runs[0]![1].stdout).toMatch(/^✔ EHLO .*STARTTLS.*\n {29}no AUTH before TLS$/m);
    expect(runs[3]![1].stdout).toMatch(/^✔ EHLO .*STARTTLS.*\n {29}TLS 전에는 AUTH 없음$/m);
  }, 60_000);

  it('TLS on a plain port: the warned step says why on its own line, no empty first detail', async () => {
    const r = await check(plain.port, '--security', 'auto');
    expect(r.code, r.stderr).toBe(0);
    const tls = r.stdout.split('\n').find((l) => /^! TLS /.test(l));
    expect(tls).toMatch(/^! TLS +\d+ ms {2}\S/);
    expect(tls).toContain('STARTTLS');
  });

  it('--targets ends with one blank line and the verdict sentence, as a single check does', async () => {
    const path = join(dir, 'targets-end.yml');
    const common = `    host: 127.0.0.1\n    port: ${tlsAuth.port}\n    user: me@example.com\n    ca: ${caFile}\n`;
    writeFileSync(path, `targets:\n  - name: good\n${common}    password_env: GOOD_PW\n`
      + `  - name: wrong\n${common}    password_env: BAD_PW\n`);
    const bad = await runBin(['check', '--targets', path, '--no-probe'], { env });
    expect(bad.code).toBe(6);
    expect(bad.stdout).not.toContain('\n\n\n');
    expect(bad.stdout).toMatch(/[^\n]\n\nFailed\. \(exit code 6\)\n$/);
    const single = await check(tlsAuth.port, ...login('BAD_PW'));
    expect(single.stdout).toMatch(/[^\n]\n\nFailed\. \(exit code 6\)\n$/);
    const ko = await runBin(['check', '--targets', path, '--no-probe', '--lang', 'ko'], { env });
    expect(ko.stdout.endsWith(`\n\n${t('ko', 'ui.verdict.fail')} (${t('ko', 'ui.exit', { code: 6 })})\n`)).toBe(true);
    writeFileSync(path, `targets:\n  - name: good\n${common}    password_env: GOOD_PW\n`);
    const good = await runBin(['check', '--targets', path, '--no-probe'], { env });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^✔ good .*\n\n(All requested steps passed|Passed, with warnings)\. \(exit code 0\)\n$/);
  }, 60_000);
});
