/**
 * Load per command only what it uses: the CLI's entry (main.ts, program.ts, io.ts, help*.ts) imports each
 * command's code with `import()` inside that command's action, so `--version`, `--help` and every
 * other command load none of it. Checked on the source (type-only imports are erased and do not count),
 * because the bundle would hide a static import: esbuild merges it into the entry chunk.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli/', import.meta.url));
const ENTRY = ['main.ts', 'program.ts', 'io.ts', 'help.ts', 'help-tables.ts'];
/** Modules that belong to one command (or to the walk, explain, the renderers) and are heavy to load. */
const HEAVY = /^\.\/commands\/|^\.\.\/(wizard|demo|check|explain|render|steps|smtp|kb|probe|mx|serve|sandbox|emit)\b/;

/** The runtime (non-type) static imports of a module's text that name heavy modules. */
function eagerHeavyImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)([^;]*?)from\s+'([^']+)'/gms)) {
    const names = m[1]!;
    // `import { type A, type B } from` is type-only too.
    const braced = /^\{[^}]*\}\s*$/.test(names.trim());
    const parts = names.replace(/[{}]/g, '').split(',').map((n) => n.trim());
    const onlyTypes = braced && parts.every((n) => !n || /^type\s/.test(n));
    if (!onlyTypes && HEAVY.test(m[2]!)) found.push(m[2]!);
  }
  return found;
}

describe('the CLI entry loads each command lazily', () => {
  it.each(ENTRY)('%s has no static import of a command or the walk', (file) => {
    expect(eagerHeavyImports(readFileSync(`${CLI}${file}`, 'utf8'))).toEqual([]);
  });

  it('the check finds an eager import when there is one, and lets type-only ones pass', () => {
    const text = [
      "import { runCheckCommand } from './commands/check-command.js';",
      "import type { MxFlags } from './commands/mx.js';",
      "import { type ProbeFlags } from './commands/probe.js';",
      "import { t } from '../i18n/index.js';",
      "import { runWizard } from '../wizard/wizard.js';",
    ].join('\n');
    expect(eagerHeavyImports(text)).toEqual(['./commands/check-command.js', '../wizard/wizard.js']);
  });
});

/**
 * The npm packages among the files one command loads (the bundle keeps esbuild's `// node_modules/x/` marks;
 * `// ../../other/node_modules/x/` when node_modules is a link elsewhere, as in a git worktree).
 */
function packagesLoaded(args: string[]): Set<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const r = spawnSync(process.execPath, ['bench/module-trace.mjs', '--list', '--', ...args], { cwd: root, encoding: 'utf8' });
  const files = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('dist/') || l.startsWith('bin/'));
  expect(files.length, r.stdout + r.stderr).toBeGreaterThan(0);
  const out = new Set<string>();
  for (const f of files) for (const m of readFileSync(join(root, f), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) out.add(m[1]!);
  return out;
}

describe('what each output loads (the built bundle, traced)', () => {
  const closed = ['--host', '127.0.0.1', '--port', '9', '--security', 'none', '--timeout', '2'];
  it.each([
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['check --json', ['check', ...closed, '--json']],
    ['check --format nagios', ['check', ...closed, '--format', 'nagios']],
    ['explain --json', ['explain', '535 5.7.8 bad credentials', '--json']],
  ])('%s loads no colour, spinner or width library', (_name, args) => {
    const loaded = packagesLoaded(args);
    for (const heavy of ['chalk', 'ora', 'string-width']) expect([...loaded], heavy).not.toContain(heavy);
  });

  it.each([
    ['check (human)', ['check', ...closed]],
    ['explain (human)', ['explain', '535 5.7.8 bad credentials']],
  ])('%s pads its own labels without string-width (only tables of server text load it)', (_name, args) => {
    const loaded = packagesLoaded(args);
    expect([...loaded]).toContain('chalk');
    expect([...loaded]).not.toContain('string-width');
  });

  it('a table of server text does load string-width (so the traces above can fail)', () => {
    expect([...packagesLoaded(['probe', '127.0.0.1', '--ports', '9', '--timeout', '2'])]).toContain('string-width');
  });

  it('no SOCKS client without a proxy; with one, it is loaded', () => {
    expect([...packagesLoaded(['check', ...closed, '--json'])]).not.toContain('socks');
    expect([...packagesLoaded(['check', ...closed, '--json', '--proxy', 'socks5://127.0.0.1:9'])]).toContain('socks');
  });
});
