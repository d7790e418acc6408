/**
 * The GitHub Action (action.yml): its inputs map to real flags of the built CLI, and its composite step's script,
 * run in bash as the runner runs it (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP set to temp files), with
 * the `npm pack` tarball as the package npx runs, against live listeners: outputs, summary, annotations, the exit
 * code, and the password in no file and no stream.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { portOpen, readMtaEnv } from './helpers/mta-env.js';
import { runBin } from './support/bin.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
interface Input { description: string; required?: boolean; default?: string }
interface Step { id: string; shell: string; env: Record<string, string>; run: string }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, Input>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const step = action.runs.steps[0]!;
const PW = 'Act-Secret-4q';
const mta = readMtaEnv();
const mtaRunning = mta ? await portOpen(mta.submissionPort) : false;

/** Every file under dir, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('action.yml', () => {
  it('is a composite action with one bash step', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps).toHaveLength(1);
    expect(step.shell).toBe('bash');
  });

  it('hands every input to the script through the environment, never pasted into its text', () => {
    expect(step.run).not.toContain('${{');
    const mapped = Object.entries(step.env).flatMap(([k, v]) => {
      const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(v);
      return m ? [[m[1]!, k] as const] : [];
    });
    expect(mapped.map(([i]) => i).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [input, env] of mapped) {
      expect(step.run, `${input} -> $${env}`).toMatch(new RegExp(`\\$\\{?${env}\\b`));
    }
    // The password: only in the environment; on argv only the variable's name.
    expect(step.env.SMTP_PASSWORD).toBe('${{ inputs.password }}');
    expect(step.run).toContain('--password-env SMTP_PASSWORD');
    expect(step.run).not.toMatch(/--password[ =]"/);
    expect(step.run).not.toMatch(/set -x|echo "?\$SMTP_PASSWORD/);
  });

  it('passes only flags the built CLI has', async () => {
    const help = await runBin(['check', '--help']);
    expect(help.code).toBe(0);
    const flags = [...step.run.matchAll(/args\+=\((--[\w-]+)/g)].map((m) => m[1]!);
    expect(flags).toEqual(expect.arrayContaining(['--host', '--port', '--security', '--user', '--password-env',
      '--provider', '--from', '--to', '--expect', '--ca', '--lang', '--junit', '--report', '--json']));
    for (const f of flags) expect(help.stdout, f).toMatch(new RegExp(`${f}\\b`));
  });

  it('declares the outputs the script writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['category', 'exit-code', 'report', 'verdict']);
    for (const [name, o] of Object.entries(action.outputs)) {
      expect(o.value).toBe(`\${{ steps.${step.id}.outputs.${name} }}`);
      expect(step.run).toMatch(new RegExp(`${name}=`));
    }
  });
});

describe('the CI snippets in the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = (heading: string): string => {
    const m = new RegExp(`### ${heading}\\n[\\s\\S]*?\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(readme);
    expect(m, heading).toBeTruthy();
    return m![1]!;
  };

  it('the GitHub workflow uses the action with its real inputs and the password from a secret', () => {
    const wf = parse(block('GitHub Action')) as { jobs: Record<string, { steps: Array<Record<string, unknown>> }> };
    const steps = Object.values(wf.jobs)[0]!.steps;
    const use = steps.find((s) => s.uses === 'smtp-doctor/smtp-doctor@v0')!;
    const inputs = use.with as Record<string, unknown>;
    for (const k of Object.keys(inputs)) expect(Object.keys(action.inputs), k).toContain(k);
    expect(inputs.password).toBe('${{ secrets.SMTP_PASSWORD }}');
    const table = readme.slice(readme.indexOf('### GitHub Action'), readme.indexOf('### GitLab CI'));
    for (const k of Object.keys(action.inputs)) expect(table, k).toContain(`\`${k}\``);
    for (const k of Object.keys(action.outputs)) expect(table, k).toContain(`\`${k}\``);
  });

  it('the GitLab job runs real flags and reports the JUnit file it writes', async () => {
    const job = Object.values(parse(block('GitLab CI')) as Record<string, {
      script: string[]; artifacts: { reports: { junit: string } } }>)[0]!;
    const line = job.script.join(' ');
    expect(line).toMatch(/^npx --yes smtp-doctor check /);
    expect(line).toContain('--password-env SMTP_PASSWORD');
    expect(/--junit (\S+)/.exec(line)?.[1]).toBe(job.artifacts.reports.junit);
    const help = await runBin(['check', '--help']);
    for (const f of line.match(/--[\w-]+/g)!.filter((x) => x !== '--yes')) {
      expect(help.stdout, f).toMatch(new RegExp(`${f}\\b`));
    }
  });
});

describe('the action, run as the runner runs it', () => {
  let dir: string;
  let tgz: string;
  let server: RunningServer;
  let n = 0;

  beforeAll(async () => {
    server = await startSmtpServer({ personality: 'plain-auth', users: { 'me@example.com': PW } });
    dir = mkdtempSync(join(tmpdir(), 'sd-action-'));
    // dist/ is already built (npm test builds first): the tarball is what `npx smtp-doctor@<version>` fetches.
    await promisify(execFile)('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT });
    tgz = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The step's env with `${{ inputs.x }}` resolved as the runner resolves it, then bash -eo pipefail. */
  async function runAction(inputs: Record<string, string>) {
    const run = join(dir, `run-${++n}`);
    const [ws, temp] = [join(run, 'workspace'), join(run, 'runner-temp')];
    mkdirSync(ws, { recursive: true });
    mkdirSync(temp);
    const [output, summary, script] = [join(run, 'github-output'), join(run, 'step-summary'), join(run, 'step.sh')];
    writeFileSync(output, '');
    writeFileSync(summary, '');
    writeFileSync(script, step.run);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8',
      npm_config_prefer_offline: 'true',
      GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: temp,
    };
    for (const [k, v] of Object.entries(step.env)) {
      const name = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(v)?.[1];
      if (name) env[k] = inputs[name] ?? action.inputs[name]?.default ?? '';
      else if (v === '${{ github.action_path }}') env[k] = ROOT;
      else throw new Error(`unexpected env ${k}: ${v}`);
    }
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: ws, env });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((l) => {
      const i = l.indexOf('=');
      return [l.slice(0, i), l.slice(i + 1)];
    }));
    return { code, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8'), run, ws };
  }

  /** The password in any form a leak would take: plain, base64, or inside a base64 SASL PLAIN blob. */
  function expectNoSecret(r: Awaited<ReturnType<typeof runAction>>, user: string, pw: string): void {
    const forms = [pw, Buffer.from(pw).toString('base64'), Buffer.from(`\0${user}\0${pw}`).toString('base64')];
    const texts: Array<[string, string]> = [['stdout', r.stdout], ['stderr', r.stderr],
      ...files(r.run).map((f) => [f, readFileSync(f, 'utf8')] as [string, string])];
    expect(texts.length).toBeGreaterThan(6);
    for (const [where, text] of texts) {
      for (const f of forms) expect(text.includes(f), `${where} holds ${f}`).toBe(false);
    }
  }

  const base = (): Record<string, string> => ({
    version: tgz, host: '127.0.0.1', port: String(server.port), security: 'none', user: 'me@example.com',
  });

  it('a wrong password: exit 6, outputs, ::error, job summary, JUnit, and the password nowhere', async () => {
    const r = await runAction({ ...base(), password: `not-${PW}`, expect: 'auth=ok\ntls=none', junit: 'junit.xml',
      args: '--allow-plaintext-auth --timeout 5' });
    expect(r.code, r.stderr).toBe(6);
    expect(r.outputs).toMatchObject({ verdict: 'fail', category: 'WRONG_CREDENTIALS', 'exit-code': '6' });
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ kind: 'check', verdict: 'fail', exitCode: 6 });
    expect(r.outputs.report!.startsWith(join(r.run, 'runner-temp'))).toBe(true);
    expect(r.stderr).toMatch(/^::error title=smtp-doctor 127\.0\.0\.1%3A\d+%3A WRONG_CREDENTIALS::/m);
    expect(r.summary).toContain('`WRONG_CREDENTIALS`');
    expect(r.stdout).toMatch(/^::group::smtp-doctor report\n# ❌ smtp-doctor report: failed/m);
    expect(readFileSync(join(r.ws, 'junit.xml'), 'utf8')).toContain('<testsuite');
    expectNoSecret(r, 'me@example.com', `not-${PW}`);
  }, 60_000);

  it('the right password: exit 0, the expectations met, the JSON report where json-report says', async () => {
    const r = await runAction({ ...base(), password: PW, expect: 'auth=ok tls=none', 'json-report': 'out/sd.json',
      args: '--allow-plaintext-auth --no-data --timeout 5' });
    expect(r.code, r.stderr).toBe(0);
    // warn: AUTH in cleartext, allowed by --allow-plaintext-auth and said so
    expect(r.outputs).toEqual({ verdict: 'warn', category: '', 'exit-code': '0', report: 'out/sd.json' });
    const report = JSON.parse(readFileSync(join(r.ws, 'out/sd.json'), 'utf8')) as { expectations: unknown[] };
    expect(report.expectations).toHaveLength(2);
    expect(r.summary).toMatch(/\| 2\/2 \|/);
    expectNoSecret(r, 'me@example.com', PW);
  }, 60_000);

  it('an unmet expectation: exit 8 while the check itself passed', async () => {
    const r = await runAction({ ...base(), password: PW, expect: 'tls=starttls',
      args: '--allow-plaintext-auth --no-data' });
    expect(r.code).toBe(8);
    expect(r.outputs).toMatchObject({ verdict: 'warn', 'exit-code': '8' });
    expect(r.stderr).toMatch(/^::warning title=smtp-doctor .*tls=starttls/m);
  }, 60_000);

  it('a usage error: exit 2, verdict error, no report, an ::error annotation', async () => {
    const r = await runAction({ version: tgz, host: '127.0.0.1', port: '99999' });
    expect(r.code).toBe(2);
    expect(r.outputs).toEqual({ verdict: 'error', category: '', report: '', 'exit-code': '2' });
    expect(r.stderr).toContain('invalid --port "99999"');
    expect(r.stdout).toMatch(/^::error title=smtp-doctor::smtp-doctor wrote no report \(exit code 2\)/m);
  }, 60_000);

  it('args with another output format: refused up front with an ::error, exit 2, verdict error', async () => {
    for (const args of ['--no-data --format nagios', '--format=prometheus', '--json', '--output out.txt']) {
      const r = await runAction({ ...base(), args });
      const flag = /--(format|json|output)/.exec(args)![0];
      expect(r.code, args).toBe(2);
      expect(r.outputs, args).toEqual({ verdict: 'error', category: '', report: '', 'exit-code': '2' });
      expect(r.stdout, args).toMatch(new RegExp(`^::error title=smtp-doctor::args: ${flag} cannot be used in the `
        + 'action: its report is always JSON', 'm'));
      expect(r.stdout + r.stderr, args).not.toMatch(/SMTP UNKNOWN|JSON report in/);
      expect(readdirSync(join(r.run, 'runner-temp')), args).toEqual([]);
    }
  }, 60_000);

  it.runIf(mtaRunning)('the real Postfix: STARTTLS, AUTH, the CA given as PEM text',
    async () => {
      const m = mta!;
      const r = await runAction({ version: tgz, host: '127.0.0.1', port: String(m.submissionPort), security: 'starttls',
        user: m.user, password: m.password, ca: readFileSync(m.caFile, 'utf8'),
        expect: 'tls=starttls\nauth=ok\ncert=trusted',
        lang: 'ko', args: '--no-data' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ verdict: 'pass', category: '', 'exit-code': '0' });
      expect(r.summary).toContain('| 3/3 |');
      expectNoSecret(r, m.user, m.password);
    }, 60_000);
});
