/**
 * Data on stdout, everything else on stderr, through the built binary: every command x output mode x
 * GITHUB_ACTIONS on/off. With --json, stdout is exactly one JSON document; no annotation or prompt
 * text ever reaches stdout.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsServer } from './helpers/dns-server.js';
import type { RunningServer } from './helpers/smtp-servers.js';
import { startMailSite } from './helpers/mail-site.js';
import { runBin, type RunResult } from './support/bin.js';

const PW = 'Streams-Pw-4q';
let ok: RunningServer;
let dns: DnsServer;
let dir: string;
let caFile: string;

beforeAll(async () => {
  ({ ok, dns, caFile } = await startMailSite(PW));
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-streams-'));
});
afterAll(async () => {
  await Promise.all([ok?.close(), dns?.close()]);
});

const tls = (): string[] => ['--ca', caFile, '--tls-servername', 'localhost'];
const checkArgs = (pw: string): string[] => ['check', '--host', '127.0.0.1', '--port', String(ok.port),
  '--user', 'me@example.com', '--password-env', 'SMTP_PASSWORD', ...tls(), '--no-probe', '--timeout', '5',
  ...(pw === PW ? [] : ['--expect', 'auth=ok'])];

function targetsFile(): string {
  const path = join(dir, 'targets.yml');
  const one = (name: string, env: string): string => `  - name: ${name}
    host: 127.0.0.1
    port: ${ok.port}
    security: starttls
    user: me@example.com
    password_env: ${env}
    tls_servername: localhost
    ca: ${caFile}
`;
  writeFileSync(path, `targets:\n${one('good', 'SMTP_PASSWORD')}${one('bad', 'WRONG_PASSWORD')}`);
  return path;
}

type Mode = 'json' | 'human' | 'share' | 'report';
const MODES: Mode[] = ['json', 'human', 'share', 'report'];
const modeArgs = (m: Mode): string[] =>
  m === 'json' ? ['--json'] : m === 'share' ? ['--share']
    : m === 'report' ? ['--report', join(dir, `r-${Math.random()}.md`)] : [];

function expectClean(r: RunResult, json: boolean, what: string): void {
  expect(r.stdout, `${what}: annotation on stdout`).not.toMatch(/^::(error|warning|notice)/m);
  expect(r.stdout, `${what}: prompt on stdout`).not.toContain('Password for');
  if (!json) return;
  expect(() => JSON.parse(r.stdout), `${what}: stdout is one JSON document\n${r.stdout.slice(-400)}`).not.toThrow();
}

const GA = (on: boolean): NodeJS.ProcessEnv =>
  on ? { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } : {};

describe('check and check --targets: every output mode, in and out of GitHub Actions', () => {
  for (const ga of [false, true]) {
    for (const pw of [PW, 'wrong']) {
      it(`check, ${pw === PW ? 'passing' : 'failing'}, GITHUB_ACTIONS=${ga}`, async () => {
        const env = { SMTP_PASSWORD: pw, ...GA(ga) };
        const runs = await Promise.all(MODES.map((m) => runBin([...checkArgs(pw), ...modeArgs(m)], { env })));
        for (const [i, r] of runs.entries()) {
          expect(r.code, r.stderr).toBe(pw === PW ? 0 : 6);
          expectClean(r, MODES[i] === 'json', `check ${MODES[i]}`);
          expect(r.stdout + r.stderr).not.toContain(pw === PW ? PW : 'never');
        }
        if (ga && pw !== PW) for (const r of runs) expect(r.stderr).toMatch(/^::error title=smtp-doctor /m);
        // --share with --json: the markdown goes to stderr; the JSON alone to stdout.
        const both = await runBin([...checkArgs(pw), '--json', '--share'], { env });
        expectClean(both, true, 'check --json --share');
        expect(both.stderr).toMatch(/smtp-doctor report/);
        expect(runs[2]!.stdout).toMatch(/smtp-doctor report/);
      });
    }
    it(`check --targets, GITHUB_ACTIONS=${ga}`, async () => {
      const env = { SMTP_PASSWORD: PW, WRONG_PASSWORD: 'wrong', ...GA(ga) };
      const file = targetsFile();
      const runs = await Promise.all(MODES.map((m) => runBin(['check', '--targets', file, ...modeArgs(m)], { env })));
      for (const [i, r] of runs.entries()) {
        expect(r.code, r.stderr).toBe(6);
        expectClean(r, MODES[i] === 'json', `targets ${MODES[i]}`);
        if (ga) expect(r.stderr).toMatch(/^::error title=smtp-doctor bad%3A /m);
      }
      const doc = JSON.parse(runs[0]!.stdout) as { kind: string; targets: unknown[] };
      expect(doc).toMatchObject({ kind: 'targets' });
      expect(doc.targets).toHaveLength(2);
    });
  }
});

describe('probe, mx, explain, providers, demo: --json and human, in and out of GitHub Actions', () => {
  const commands: Array<[string, () => string[], number]> = [
    ['probe', () => ['probe', '127.0.0.1', '--ports', String(ok.port), ...tls(), '--timeout', '5'], 0],
    ['mx', () => ['mx', 'example.test', '--dns-server', dns.server, '--port', String(ok.port), '--ca', caFile], 0],
    ['explain', () => ['explain', 'Error: Invalid login: 535 5.7.8 Username and Password not accepted'], 0],
    ['providers', () => ['providers'], 0],
  ];
  for (const [name, args, code] of commands) {
    it(name, async () => {
      const run = async (ga: boolean, json: boolean): Promise<{ json: boolean; r: RunResult }> =>
        ({ json, r: await runBin([...args(), ...(json ? ['--json'] : [])], { env: GA(ga) }) });
      const runs = await Promise.all([false, true].flatMap((ga) => [true, false].map((json) => run(ga, json))));
      for (const { json, r } of runs) {
        expect(r.code, r.stderr).toBe(code);
        expectClean(r, json, `${name} ${json ? '--json' : 'human'}`);
        expect(r.stdout.length).toBeGreaterThan(0);
      }
    });
  }
  it('demo', async () => {
    for (const ga of [false, true]) {
      for (const json of [true, false]) {
        const args = ['demo', '--no-color', ...(json ? ['--json'] : [])];
        const r = await runBin(args, { env: GA(ga), timeoutMs: 60_000 });
        expect(r.code, r.stderr).not.toBe(2);
        expectClean(r, json, `demo ${json ? '--json' : 'human'}`);
      }
    }
  }, 240_000);
  it('the job summary is written under GitHub Actions (annotations went to stderr, not lost)', () => {
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/smtp-doctor/);
  });
});
