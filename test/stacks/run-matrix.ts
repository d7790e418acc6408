/**
 * Runs every client-stack probe (test/stacks/probes/<id>/probe.json) against every failure scenario
 * (test/stacks/scenarios.ts) and writes the matrix: what each stack printed, normalised.
 *
 *   npm run stacks:matrix [-- --out FILE] [--probe ID ...] [--scenario ID ...]
 *
 * Needs the real MTA (bash .ci/mta/setup.sh) and the stacks (bash .ci/stacks/setup.sh).
 * Default output: .tmp/stack-matrix.json (the live matrix test/stacks-matrix.test.ts compares).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { SCENARIOS } from './scenarios.js';
import { caFileFor, makeFixtures, startTarget, type Target } from './servers.js';
import { MTA_ENV_FILE, portOpen, readMtaEnv } from '../helpers/mta-env.js';
import { normalizeText } from './normalize.js';
import { report, scoreMatrix } from './score.js';
import type { Matrix, MatrixCase, Scenario } from './types.js';

const TIMEOUT_S = 3;
const KILL_MS = (TIMEOUT_S * 3 + 10) * 1000;
const FROM = 'tester@smtp-doctor.test';
const TO = 'tester@smtp-doctor.test';

/** The repository root: found upwards from this file (also when run from the compiled copy under .tmp). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'test', 'stacks', 'probes'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('run-matrix: repository root not found');
    dir = up;
  }
  return dir;
}

export interface Probe {
  id: string;
  stack: string;
  label: string;
  build: string[] | null;
  run: string[];
  dir: string;
  out: string;
}

export function loadProbes(root: string): Probe[] {
  const base = join(root, 'test', 'stacks', 'probes');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'probe.json')))
    .map((d) => {
      const p = JSON.parse(readFileSync(join(base, d.name, 'probe.json'), 'utf8')) as Omit<Probe, 'dir' | 'out'>;
      return { ...p, dir: join(base, d.name), out: join(root, '.tmp', 'stacks', p.id) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const subst = (args: string[], out: string): string[] => args.map((a) => a.split('$OUT').join(out));

function build(p: Probe): void {
  mkdirSync(p.out, { recursive: true });
  if (!p.build) return;
  const [cmd, ...args] = subst(p.build, p.out);
  const r = spawnSync(cmd!, args, { cwd: p.dir, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    const why = r.status ?? r.signal ?? r.error?.message;
    throw new Error(`probe ${p.id}: build failed (${why})\n${r.stdout}${r.stderr}`);
  }
}

interface RunResult {
  exit: number | 'killed';
  out: string;
}

function runProbe(p: Probe, env: Record<string, string>): Promise<RunResult> {
  const [cmd, ...args] = subst(p.run, p.out);
  return new Promise((done) => {
    const child = spawn(cmd!, args, { cwd: p.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, KILL_MS);
    const finish = (code: number | null, err?: Error): void => {
      clearTimeout(timer);
      const out = [stdout.trim(), stderr.trim(), err ? `runner: ${err.message}` : ''].filter(Boolean).join('\n');
      done({ exit: killed ? 'killed' : (code ?? -1), out });
    };
    child.on('error', (err) => finish(-1, err));
    child.on('close', (code) => finish(code));
  });
}

function probeEnv(sc: Scenario, t: Target, ca: string): Record<string, string> {
  const c = sc.client;
  const pass = (k: string): Record<string, string> => (process.env[k] ? { [k]: process.env[k]! } : {});
  return {
    ...pass('PATH'),
    ...pass('HOME'),
    ...pass('JAVA_HOME'),
    LANG: 'C.UTF-8',
    TMPDIR: tmpdir(),
    SMTP_HOST: t.host,
    SMTP_PORT: String(t.port),
    SMTP_SECURITY: c.security,
    SMTP_USER: c.user ?? '',
    SMTP_PASS: c.pass ?? '',
    SMTP_FROM: c.from ?? FROM,
    SMTP_TO: c.to ?? TO,
    SMTP_TIMEOUT: String(TIMEOUT_S),
    SMTP_CA_FILE: ca,
    SMTP_HELO: c.helo ?? '',
    SMTP_BODY_BYTES: c.bodyBytes ? String(c.bodyBytes) : '',
  };
}

function option(argv: string[], name: string): string[] {
  return argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]!] : []));
}

async function main(argv: string[]): Promise<void> {
  const root = repoRoot();
  const outFile = resolve(option(argv, '--out')[0] ?? join(root, '.tmp', 'stack-matrix.json'));
  const onlyProbes = option(argv, '--probe');
  const onlyScenarios = option(argv, '--scenario');
  const probes = loadProbes(root).filter((p) => !onlyProbes.length || onlyProbes.includes(p.id));
  const scenarios = SCENARIOS.filter((s) => !onlyScenarios.length || onlyScenarios.includes(s.id));
  const t0 = Date.now();

  const mta = readMtaEnv();
  if (!mta) throw new Error(`no test MTA set up (${MTA_ENV_FILE} is missing): bash .ci/mta/setup.sh`);
  if (!(await portOpen(mta.plainPort))) {
    throw new Error(`the test MTA does not answer on ${mta.host}:${mta.plainPort}: bash .ci/mta/setup.sh`);
  }
  for (const p of probes) build(p);
  console.log(`built ${probes.length} probes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const fx = await makeFixtures(mkdtempSync(join(tmpdir(), 'smtp-doctor-matrix-')), mta);
  const targets = new Map<string, Target>();
  for (const sc of scenarios) targets.set(sc.id, await startTarget(sc, fx));
  const roots = [...new Set([root, realpathSync(root)])];
  const limit = pLimit(3);
  const alone = pLimit(1);
  const cases: MatrixCase[] = [];
  try {
    await Promise.all(
      scenarios.flatMap((sc) =>
        probes.map((p) =>
          limit(async () => {
            const t = targets.get(sc.id)!;
            const env = probeEnv(sc, t, caFileFor(sc, fx));
            let r = await runProbe(p, env);
            // A loaded machine can starve a client (a JVM start, a Go build cache) past its timeout: a control
            // that failed, or a probe that had to be killed, is run once more on its own before it counts.
            if ((sc.expected === 'OK' && r.exit !== 0) || r.exit === 'killed') r = await alone(() => runProbe(p, env));
            const text = normalizeText(r.out, { port: t.port, roots });
            cases.push({ stack: p.stack, probe: p.id, scenario: sc.id, expected: sc.expected, exit: r.exit, text });
          }),
        ),
      ),
    );
  } finally {
    await Promise.all([...targets.values()].map((t) => t.close()));
  }
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  cases.sort((a, b) => order.get(a.scenario)! - order.get(b.scenario)! || a.probe.localeCompare(b.probe));
  const matrix: Matrix = {
    generated: 'npm run stacks:matrix (test/stacks/run-matrix.ts)',
    probes: probes.map((p) => ({ id: p.id, stack: p.stack, label: p.label })),
    scenarios: scenarios.map((s) => ({ id: s.id, expected: s.expected, about: s.about })),
    cases,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(matrix, null, 2)}\n`);
  const killed = cases.filter((c) => c.exit === 'killed').length;
  const ok = cases.filter((c) => c.exit === 0).length;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(report(scoreMatrix(matrix)).join('\n'));
  const size = `${probes.length} probes x ${scenarios.length} scenarios`;
  console.log(`${cases.length} cases (${size}): ${ok} OK, ${killed} killed, ${secs} s -> ${outFile}`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
