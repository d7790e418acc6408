/**
 * The package as users get it: `npm pack`, installed into an empty folder with `npm install <tgz>`,
 * imported by name from an ESM script (explain, and a check against a local listener, its password
 * masked), and type-checked by `tsc` from a .ts consumer (the README's example too) against the shipped types.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { createTestPki } from './helpers/certs.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PW = 'Pkg-Secret-8w';
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  server = await startSmtpServer({ personality: 'plain-auth', users: { 'me@example.com': PW } });
  dir = mkdtempSync(join(tmpdir(), 'sd-pkg-'));
  // dist/ is already built (npm test builds first): pack it as npm publish would.
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `./${tgz}`], {
    cwd: dir, timeout: 120_000,
  });
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the bin, dist with types, the schemas, LICENSE, README and CHANGELOG; no tests, no CI files', async () => {
    const { stdout } = await run('tar', ['-tzf', join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!)]);
    const listed = stdout.split('\n').filter(Boolean);
    for (const f of ['package/bin/smtp-doctor.js', 'package/dist/index.js', 'package/dist/index.d.ts',
      'package/dist/bundle/smtp-doctor.js', 'package/schema/check.v1.json', 'package/schema/explain.v1.json',
      'package/schema/probe.v1.json', 'package/schema/mx.v1.json', 'package/schema/targets.v1.json',
      'package/LICENSE', 'package/README.md', 'package/CHANGELOG.md', 'package/package.json']) {
      expect(listed, f).toContain(f);
    }
    const stray = listed.filter((f) => /^package\/(test|\.ci|fixtures|bench|src|scripts|\.tmp)\//.test(f)
      || /(^|\/)(Dockerfile|action\.yml|\.env[^/]*|[^/]*\.test\.[jt]s)$/.test(f));
    expect(stray).toEqual([]);
    expect(readFileSync(join(dir, 'node_modules', 'smtp-doctor', 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 smtp-doctor contributors\n/);
  });

  it('installs with every production dependency and nothing extraneous (npm ls --omit=dev)', async () => {
    const ls = await run('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: dir })
      .catch((err: { stdout: string; stderr: string }) => err);
    const tree = JSON.parse(ls.stdout) as { problems?: string[]; dependencies: Record<string, {
      dependencies?: Record<string, { missing?: boolean; extraneous?: boolean }> }> };
    expect(tree.problems ?? []).toEqual([]);
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = tree.dependencies['smtp-doctor']?.dependencies ?? {};
    expect(Object.keys(installed).sort()).toEqual(Object.keys(own.dependencies).sort());
    for (const [name, d] of Object.entries(installed)) expect(d.missing || d.extraneous, name).toBeFalsy();
  });

  it("an ESM script imports 'smtp-doctor': explain, and a check against a local listener", async () => {
    writeFileSync(join(dir, 'use.mjs'), `
import { check, explain, OptionsError } from 'smtp-doctor';
import schema from 'smtp-doctor/schema/check.v1.json' with { type: 'json' };
const e = await explain('535 5.7.8 Username and Password not accepted', { lang: 'ko' });
const ok = await check({ host: '127.0.0.1', port: Number(process.argv[2]), security: 'none', allowPlaintextAuth: true,
  user: 'me@example.com', password: () => process.argv[3], noData: true, timeout: 5 });
const bad = await check({ host: '127.0.0.1', port: Number(process.argv[2]), security: 'none', allowPlaintextAuth: true,
  user: 'me@example.com', password: 'not-' + process.argv[3], timeout: 5 });
let usage;
try { await check({ host: 'x', port: 70000 }); } catch (err) { usage = err instanceof OptionsError && err.key; }
console.log(JSON.stringify({ e, ok, bad, usage, id: schema.$id }));
`);
    const { stdout } = await run(process.execPath, ['use.mjs', String(server.port), PW], { cwd: dir });
    expect(stdout).not.toContain(PW);
    expect(stdout).not.toContain(Buffer.from(`\0me@example.com\0${PW}`).toString('base64'));
    const { e, ok, bad, usage, id } = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(id).toBe('urn:smtp-doctor:schema:check:v1');
    expect(e).toMatchObject({ kind: 'explain', lang: 'ko', category: 'WRONG_CREDENTIALS' });
    // verdict warn: AUTH in cleartext (allowed with allowPlaintextAuth, and said so)
    expect(ok).toMatchObject({ kind: 'check', verdict: 'warn', exitCode: 0 });
    expect(bad).toMatchObject({ kind: 'check', verdict: 'fail', exitCode: 6 });
    expect((bad!.diagnoses as unknown as Array<{ category: string }>)[0]?.category).toBe('WRONG_CREDENTIALS');
    expect(usage).toBe('err.bad-port');
  }, 30_000);

  it('the installed library takes ca as one path and names a mistyped option (OptionsError)', async () => {
    const pki = await createTestPki();
    writeFileSync(join(dir, 'options.mjs'), `
import { check, OptionsError } from 'smtp-doctor';
const one = await check({ host: '127.0.0.1', port: Number(process.argv[2]), security: 'none', ca: process.argv[3],
  noData: true, timeout: 5 });
let typo;
try { await check({ host: '127.0.0.1', securty: 'tls' }); }
catch (err) { typo = err instanceof OptionsError && err.message; }
console.log(JSON.stringify({ verdict: one.verdict, typo }));
`);
    const { stdout } = await run(process.execPath, ['options.mjs', String(server.port), pki.caFile], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ verdict: 'pass', typo: 'unknown option securty (did you mean security?)' });
  }, 30_000);

  it('the installed command runs (node_modules/.bin/smtp-doctor, the bundle)', async () => {
    const bin = join(dir, 'node_modules', '.bin', 'smtp-doctor');
    const { stdout } = await run(bin, ['explain', '--json', '535 5.7.8 bad'], { cwd: dir });
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'explain', category: 'WRONG_CREDENTIALS' });
  });

  it('tsc type-checks a .ts consumer (and the README example) against the shipped .d.ts', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Use it from code[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeTruthy();
    writeFileSync(join(dir, 'readme.ts'), example!);
    writeFileSync(join(dir, 'consumer.ts'), `
import { check, explain, mx, probe, type Explanation, type Report, type ProbeReport,
  type MxReport } from 'smtp-doctor';
const r: Report = await check({ host: 'h', password: async () => 'x', oauth2: undefined });
const cat: string | undefined = r.diagnoses[0]?.category;
const step: 'pass' | 'warn' | 'fail' | 'skip' | undefined = r.steps[0]?.status;
const e: Explanation = await explain('x', { lang: 'ko' });
const p: ProbeReport = await probe('h', { ports: [587] });
const m: MxReport = await mx('example.com', { dnsServer: '127.0.0.1:53' });
// @ts-expect-error a password is a string or a function returning one
await check({ host: 'h', password: 42 });
// @ts-expect-error only en and ko
await explain('x', { lang: 'fr' });
// @ts-expect-error verdict is pass, warn or fail
const v: 'ok' = r.verdict;
export { cat, step, e, p, m, v };
`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
        types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
      },
      files: ['consumer.ts', 'readme.ts'],
    }));
    const r = await run(process.execPath, [TSC, '-p', 'tsconfig.json'],
      { cwd: dir }).catch((err: { stdout: string }) => err);
    expect(r.stdout).toBe('');
  }, 60_000);
});
