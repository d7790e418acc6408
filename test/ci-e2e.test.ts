/** CI and support-desk outputs, end to end through the built binary. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

const CANARY = 'Canary-CI-9z!k';
let ok: RunningServer;
let implicit: RunningServer;
let caFile: string;
let dir: string;
beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  ok = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': CANARY } });
  implicit = await startSmtpServer({ personality: 'implicit-tls', users: { 'me@example.com': CANARY } });
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-ci-'));
});
afterAll(async () => {
  await Promise.all([ok.close(), implicit.close()]);
});

function targetsFile(): string {
  const path = join(dir, 'targets.yml');
  writeFileSync(
    path,
    `targets:
  - name: submission
    host: 127.0.0.1
    port: ${ok.port}
    security: starttls
    user: me@example.com
    password_env: SMTP_PASSWORD
    tls_servername: localhost
    ca: ${caFile}
    expect: [tls=starttls, auth=ok]
  - name: smtps
    host: 127.0.0.1
    port: ${implicit.port}
    security: tls
    tls_servername: localhost
    ca: ${caFile}
    expect: [tls=tls, cert-days=1000]
  - name: wrong-password
    host: 127.0.0.1
    port: ${ok.port}
    user: me@example.com
    password_env: WRONG_PASSWORD
    tls_servername: localhost
    ca: ${caFile}
`,
  );
  return path;
}

const env = { SMTP_PASSWORD: CANARY, WRONG_PASSWORD: `${CANARY}-no` };

describe('many targets', () => {
  it('one line per target, concurrently, and the worst exit code', async () => {
    const r = await runBin(['check', '--targets', targetsFile(), '--concurrency', '2', '--no-probe'], { env });
    expect(r.code).toBe(6); // the wrong password (6) is worse than the unmet expectation (8)
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.includes('submission'))).toMatch(/^✔ /);
    expect(lines.find((l) => /^\S smtps /.test(l))).toMatch(/^! .*cert-days=1000/);
    expect(lines.find((l) => l.includes('wrong-password'))).toMatch(/^✖ .*WRONG_CREDENTIALS/);
    for (const f of new Secret(CANARY).forms('me@example.com')) expect(r.stdout + r.stderr).not.toContain(f);
  });

  it('--json covers every target', async () => {
    const r = await runBin(['check', '--targets', targetsFile(), '--json', '--no-probe'], { env });
    const doc = JSON.parse(r.stdout) as {
      kind: string;
      exitCode: number;
      targets: Array<{ name: string; exitCode: number; expectations: Array<{ ok: boolean }>; report: { sources: Record<string, { kind: string; key?: string; line?: number }> } }>;
    };
    expect(doc.kind).toBe('targets');
    // Each value says where in the targets file it is written.
    expect(doc.targets[0]!.report.sources.port).toMatchObject({ kind: 'file', key: 'port', line: 4 });
    expect(doc.targets[0]!.report.sources.password).toMatchObject({ kind: 'file', key: 'password_env', line: 7 });
    expect(doc.targets.map((x) => [x.name, x.exitCode])).toEqual([
      ['submission', 0],
      ['smtps', 8],
      ['wrong-password', 6],
    ]);
  });

  it('unnamed targets for the same server get distinct names; two explicit equal names are an error', async () => {
    const path = join(dir, 'same.yml');
    const entry = `    host: 127.0.0.1\n    port: ${ok.port}\n    security: none\n`;
    writeFileSync(path, `targets:\n  -\n${entry}  -\n${entry}`);
    const r = await runBin(['check', '--targets', path, '--json', '--no-probe']);
    const doc = JSON.parse(r.stdout) as { targets: Array<{ name: string }> };
    expect(doc.targets.map((t) => t.name)).toEqual([`127.0.0.1:${ok.port}`, `127.0.0.1:${ok.port}#2`]);
    const dup = join(dir, 'dup.yml');
    writeFileSync(dup, `targets:\n  - name: a\n${entry}  - name: a\n${entry}`);
    const d = await runBin(['check', '--targets', dup]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('two targets are named "a"');
  });

  it('a password in the targets file is refused before anything is sent', async () => {
    const path = join(dir, 'bad.yml');
    writeFileSync(path, `targets:\n  - name: x\n    host: 127.0.0.1\n    port: ${ok.port}\n    password: ${CANARY}\n`);
    const before = ok.authAttempts.length;
    const r = await runBin(['check', '--targets', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/password_env/);
    expect(r.stderr).not.toContain(CANARY);
    expect(ok.authAttempts.length).toBe(before);
  });
});

describe('JUnit, markdown and GitHub Actions', () => {
  it('--junit writes valid JUnit XML: a suite per target, a case per step, the diagnosis as the failure', async () => {
    const junit = join(dir, 'junit.xml');
    await runBin(['check', '--targets', targetsFile(), '--junit', junit, '--no-probe'], { env });
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      testsuites: { testsuite: Array<{ '@name': string; testcase: Array<{ '@name': string; failure?: { '@type': string } }> }> };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s['@name'])).toEqual(['submission', 'smtps', 'wrong-password']);
    const wrong = suites[2]!.testcase;
    expect(wrong.length).toBeGreaterThanOrEqual(8);
    const failed = wrong.find((c) => c.failure);
    expect(failed?.['@name']).toMatch(/^auth/);
    expect(failed?.failure?.['@type']).toBe('WRONG_CREDENTIALS');
    expect(xml).not.toContain(CANARY);
  });

  it('--report writes a redacted markdown report; --share prints it', async () => {
    const report = join(dir, 'report.md');
    const r = await runBin(['check', '--host', '127.0.0.1', '--port', String(ok.port), '--user', 'me@example.com', '--password', CANARY, '--ca', caFile, '--tls-servername', 'localhost', '--report', report, '--share', '--transcript']);
    const md = readFileSync(report, 'utf8');
    expect(md).toMatch(/^# .*smtp-doctor report/m);
    expect(md).toContain('--password ********');
    expect(md).toContain('AUTH PLAIN ********');
    for (const text of [md, r.stdout, r.stderr]) for (const f of new Secret(CANARY).forms('me@example.com')) expect(text).not.toContain(f);
  });

  it('under GitHub Actions: ::error annotations and a job summary', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runBin(['check', '--targets', targetsFile(), '--no-probe'], { env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    // Annotations on stderr (the runner reads both streams); stdout keeps the data only.
    expect(r.stderr).toMatch(/^::error title=smtp-doctor wrong-password%3A WRONG_CREDENTIALS::/m);
    expect(r.stderr).toMatch(/^::warning .*cert-days=1000/m);
    expect(r.stdout).not.toMatch(/^::/m);
    const s = readFileSync(summary, 'utf8');
    expect(s).toContain('wrong-password');
    expect(s).not.toContain(CANARY);
    const quiet = await runBin(['check', '--targets', targetsFile(), '--no-probe'], { env });
    expect(quiet.stdout + quiet.stderr).not.toContain('::error');
  });
});

describe('--expect for smoke checks', () => {
  const base = (): string[] => ['check', '--host', '127.0.0.1', '--port', String(ok.port), '--user', 'me@example.com', '--password-env', 'SMTP_PASSWORD', '--ca', caFile, '--tls-servername', 'localhost'];
  it('met expectations exit 0; an unmet one exits 8 and says which', async () => {
    expect((await runBin([...base(), '--expect', 'tls=starttls', 'auth=ok', 'cert-days=30'], { env })).code).toBe(0);
    const r = await runBin([...base(), '--expect', 'tls=tls'], { env });
    expect(r.code).toBe(8);
    expect(r.stdout).toMatch(/✖ expect tls=tls/);
  });
  it('an unmet expectation: every output gives exit code 8, as the process does (JSON, summary line, report, ko)', async () => {
    const md = join(mkdtempSync(join(tmpdir(), 'smtp-doctor-expect-')), 'report.md');
    const [human, json, ko] = await Promise.all([
      runBin([...base(), '--no-color', '--expect', 'tls=tls', '--report', md], { env }),
      runBin([...base(), '--json', '--expect', 'tls=tls'], { env }),
      runBin([...base(), '--no-color', '--lang', 'ko', '--expect', 'tls=tls'], { env }),
    ]);
    for (const r of [human, json, ko]) expect(r.code).toBe(8);
    expect(human.stdout).toContain('(exit code 8)');
    expect(human.stdout).not.toContain('(exit code 0)');
    expect(ko.stdout).toContain('(종료 코드 8)');
    const doc = JSON.parse(json.stdout) as { exitCode: number; expectations: Array<{ ok: boolean }> };
    expect(doc.exitCode).toBe(8);
    expect(doc.expectations[0]!.ok).toBe(false);
    expect(readFileSync(md, 'utf8')).toMatch(/Exit code:\W*8/);
  });
  it('a malformed expectation is a usage error, before connecting', async () => {
    const before = ok.authAttempts.length;
    const r = await runBin([...base(), '--expect', 'tls=maybe'], { env });
    expect(r.code).toBe(2);
    expect(ok.authAttempts.length).toBe(before);
  });
});
