/**
 * The Dockerfile, without a Docker daemon: its base images, its user and entrypoint read from the file, and its
 * two stages replayed on this machine: the build stage's RUN in a folder holding only what its COPY lines bring
 * (and the installed node_modules, as `npm ci` would), then the runtime stage's install of the tarball it made into
 * a temporary global prefix; the installed command runs and `npm ls` finds nothing missing.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string; version: string; bin: Record<string, string>;
};

interface Instruction { op: string; args: string }
/** Instructions per stage, continuation lines joined, comments dropped. */
function stages(text: string): Instruction[][] {
  const out: Instruction[][] = [];
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const l of lines) {
    const [, op, args] = /^(\w+)\s+(.*)$/.exec(l)!;
    if (op!.toUpperCase() === 'FROM') out.push([]);
    out.at(-1)!.push({ op: op!.toUpperCase(), args: args!.replace(/\s+/g, ' ') });
  }
  return out;
}
const [build, runtime] = stages(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const all = (s: Instruction[], op: string): string[] => s.filter((i) => i.op === op).map((i) => i.args);
const dir = mkdtempSync(join(tmpdir(), 'sd-docker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Dockerfile', () => {
  it('two stages on a pinned Node 20 base; runs as the node user with the package bin as entrypoint', () => {
    expect(build && runtime).toBeTruthy();
    for (const s of [build!, runtime!]) expect(all(s, 'FROM')[0]).toMatch(/^node:20-(alpine|slim)\b/);
    const ops = runtime!.map((i) => i.op);
    const user = all(runtime!, 'USER');
    expect(user).toEqual(['node']);
    expect(ops.indexOf('USER')).toBeLessThan(ops.indexOf('ENTRYPOINT'));
    expect(ops.lastIndexOf('RUN')).toBeLessThan(ops.indexOf('USER'));
    expect(JSON.parse(all(runtime!, 'ENTRYPOINT')[0]!)).toEqual([Object.keys(pkg.bin)[0]]);
    expect(Object.keys(pkg.bin)[0]).toBe('smtp-doctor');
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    const sources = all(build!, 'COPY').flatMap((a) => a.split(' ').slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'schema', 'bin']));
    for (const s of sources) {
      expect(existsSync(join(ROOT, s)), s).toBe(true);
      expect(ignored.some((p) => p === s || p === s.split('/')[0]), `${s} is in .dockerignore`).toBe(false);
    }
    for (const p of ['.git', 'node_modules', 'dist', 'test', '.env']) expect(ignored).toContain(p);
  });

  it('replayed here: the build stage packs the tarball, the runtime stage installs it, the command runs', async () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    for (const a of all(build!, 'COPY')) {
      const parts = a.split(' ');
      const dest = parts.at(-1)!;
      for (const s of parts.slice(0, -1)) {
        cpSync(join(ROOT, s), join(src, dest === './' ? s : dest), { recursive: true });
      }
    }
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir'); // what `npm ci` installed
    const sh = (cmd: string, cwd: string) => run('sh', ['-c', cmd], { cwd, timeout: 180_000 });
    const tarball = join(dir, 'smtp-doctor.tgz');
    const buildRun = all(build!, 'RUN').filter((r) => !r.startsWith('npm ci'));
    for (const r of buildRun) await sh(r.replaceAll('/tmp/smtp-doctor.tgz', tarball), src);
    expect(existsSync(tarball)).toBe(true);

    // The runtime install, into a prefix of our own instead of /usr/local (and the shared npm cache left alone).
    const prefix = join(dir, 'prefix');
    const install = all(runtime!, 'RUN').flatMap((r) => r.split(' && ')).filter((c) => !c.startsWith('npm cache'));
    expect(install[0]).toMatch(/^npm install --global --omit=dev .*\/tmp\/smtp-doctor\.tgz$/);
    for (const c of install) {
      await sh(c.replace('npm install --global', `npm install --global --prefix ${prefix} --prefer-offline`)
        .replaceAll('/tmp/smtp-doctor.tgz', tarball), dir);
    }
    expect(existsSync(tarball)).toBe(false); // the image keeps no tarball
    const bin = join(prefix, 'bin', Object.keys(pkg.bin)[0]!);
    const { stdout } = await run(bin, ['explain', '--json', '535 5.7.8 Username and Password not accepted']);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'explain', category: 'WRONG_CREDENTIALS' });
    const version = await run(bin, ['--version']);
    expect(version.stdout.trim()).toContain(pkg.version);
    const ls = await run('npm', ['ls', '--global', '--prefix', prefix, '--omit=dev', '--all', '--json'], { cwd: dir })
      .catch((err: { stdout: string }) => err);
    const tree = JSON.parse(ls.stdout) as { problems?: string[]; dependencies: Record<string, unknown> };
    expect(Object.keys(tree.dependencies)).toEqual([pkg.name]);
    expect(tree.problems ?? []).toEqual([]);
  }, 240_000);
});
