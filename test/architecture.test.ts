/**
 * The structure the brief asks for, checked on the source: no import cycles under src/ (static, lazy
 * `import()` and type-only imports alike: a type cycle still ties the modules together).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each module's runtime imports of other modules under src/. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    const target = (spec: string): string => resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    for (const m of text.matchAll(/^(?:import|export)\s+[^;]*?from\s+'(\.[^']+)'/gms)) deps.push(target(m[1]!));
    for (const m of text.matchAll(/import\('(\.[^']+)'\)/g)) deps.push(target(m[1]!));
    g.set(file, deps);
  }
  return g;
}

/** Runtime or type imports of a package (static, `export ... from` or `import()`) in a module's text. */
function importsPackage(text: string, pkg: string): boolean {
  const name = pkg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spec = `['"]${name}(?:/[^'"]*)?['"]`;
  return new RegExp(`^\\s*(?:import|export)\\b[^;]*?\\bfrom\\s+${spec}|\\bimport\\(\\s*${spec}\\s*\\)`, 'm').test(text);
}

/** Files outside src/render that import chalk or ora: painting and spinners belong to the renderers. */
function paintersOutsideRender(files: string[], read: (f: string) => string): string[] {
  const render = join(SRC, 'render');
  return files
    .filter((f) => !f.startsWith(`${render}/`))
    .filter((f) => ['chalk', 'ora'].some((pkg) => importsPackage(read(f), pkg)))
    .map((f) => relative(SRC, f));
}

function cycles(g: Map<string, string[]>): string[] {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 1);
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      if (!g.has(d)) continue;
      if (state.get(d) === 1) found.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(SRC, x)).join(' -> '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of g.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('source structure', () => {
  it('has no import cycles under src/', () => {
    expect(cycles(graph())).toEqual([]);
  });

  it('the cycle check finds a cycle when there is one', () => {
    const g = new Map([['/a.ts', ['/b.ts']], ['/b.ts', ['/a.ts']]]);
    expect(cycles(g)).toHaveLength(1);
  });

  it('steps never record or print: only the runner (src/steps/walk.ts) records results', () => {
    const offenders: string[] = [];
    for (const file of sources(join(SRC, 'steps'))) {
      if (file.endsWith('walk.ts')) continue;
      const text = readFileSync(file, 'utf8');
      if (/\brecord\(|observer|stepStart|stepEnd|console\.|process\.std(out|err)/.test(text)) offenders.push(relative(SRC, file));
    }
    expect(offenders).toEqual([]);
  });

  it('chalk and ora are imported only under src/render/ (one human renderer)', () => {
    expect(paintersOutsideRender(sources(SRC), (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('the chalk/ora check finds an import outside src/render, and lets render/ and look-alikes pass', () => {
    const texts: Record<string, string> = {
      [join(SRC, 'cli/a.ts')]: "import chalk from 'chalk';",
      [join(SRC, 'cli/b.ts')]: "  const { default: ora } = await import('ora');",
      [join(SRC, 'cli/c.ts')]: "import type { Ora } from 'ora';",
      [join(SRC, 'cli/d.ts')]: "import { x } from './chalk.js';\nconst s = 'ora';\nimport pLimit from 'p-limit';",
      [join(SRC, 'render/e.ts')]: "import { Chalk } from 'chalk';",
    };
    expect(paintersOutsideRender(Object.keys(texts), (f) => texts[f]!)).toEqual(['cli/a.ts', 'cli/b.ts', 'cli/c.ts']);
  });
});
