/**
 * Scores explain() against a matrix: for every failure a probe printed, does explain name the
 * scenario's category? Texts one stack prints for failures of different categories are ambiguous:
 * there the most frequent real-world cause is the right answer (REAL_WORLD_FREQUENCY).
 */
import { explain, type ExplainResult } from '../../src/explain/explain.js';
import { REAL_WORLD_FREQUENCY, type Matrix, type MatrixCase } from './types.js';
import type { CategoryId } from '../../src/core/types.js';

export interface Scored {
  c: MatrixCase;
  key: string;
  /** the category explain must name: the scenario's, or for an ambiguous text the most frequent of its causes */
  want: CategoryId;
  /** every category this stack prints this very text for (more than one: ambiguous) */
  causes: CategoryId[];
  result: ExplainResult;
  hit: boolean;
}

export interface Score {
  scored: Scored[];
  /** a failure scenario the client did not notice (e.g. a stack that does not check certificates) */
  succeeded: MatrixCase[];
  killed: MatrixCase[];
  /** the control scenario, which must succeed */
  control: MatrixCase[];
}

export const caseKey = (c: Pick<MatrixCase, 'probe' | 'scenario'>): string => `${c.probe}/${c.scenario}`;

export function scoreMatrix(m: Matrix): Score {
  const failures = m.cases.filter((c) => c.expected !== 'OK' && c.exit !== 0 && c.exit !== 'killed');
  const causes = new Map<string, Set<CategoryId>>();
  for (const c of failures) {
    const k = `${c.stack}\u0000${c.text}`;
    const set = causes.get(k) ?? new Set<CategoryId>();
    set.add(c.expected as CategoryId);
    causes.set(k, set);
  }
  const rank = (cat: CategoryId): number => {
    const i = REAL_WORLD_FREQUENCY.indexOf(cat);
    return i < 0 ? REAL_WORLD_FREQUENCY.length : i;
  };
  const scored = failures.map((c): Scored => {
    const all = [...(causes.get(`${c.stack}\u0000${c.text}`) ?? [])].sort((a, b) => rank(a) - rank(b));
    const want = all.length > 1 ? all[0]! : (c.expected as CategoryId);
    const result = explain(c.text);
    return { c, key: caseKey(c), want, causes: all, result, hit: result.category === want };
  });
  return {
    scored,
    succeeded: m.cases.filter((c) => c.expected !== 'OK' && c.exit === 0),
    killed: m.cases.filter((c) => c.exit === 'killed'),
    control: m.cases.filter((c) => c.expected === 'OK'),
  };
}

function pct(hit: number, all: number): string {
  return `${hit}/${all} (${all ? Math.round((100 * hit) / all) : 0}%)`;
}

/** Per-stack and per-scenario hit rates, as printable lines. */
export function report(s: Score): string[] {
  const by = (f: (x: Scored) => string): Map<string, Scored[]> => {
    const m = new Map<string, Scored[]>();
    for (const x of s.scored) m.set(f(x), [...(m.get(f(x)) ?? []), x]);
    return m;
  };
  const lines: string[] = [];
  const hits = s.scored.filter((x) => x.hit).length;
  lines.push(`explain names the scenario's category: ${pct(hits, s.scored.length)}`);
  lines.push('per probe:');
  for (const [k, xs] of by((x) => x.c.probe)) {
    lines.push(`  ${k.padEnd(28)} ${pct(xs.filter((x) => x.hit).length, xs.length)}`);
  }
  lines.push('per scenario:');
  for (const [k, xs] of by((x) => x.c.scenario)) {
    const miss = xs.filter((x) => !x.hit).map((x) => `${x.c.probe}->${x.result.category ?? 'none'}`);
    const missed = miss.length ? `  missed: ${miss.join(', ')}` : '';
    lines.push(`  ${k.padEnd(32)} ${pct(xs.length - miss.length, xs.length)}${missed}`);
  }
  const amb = s.scored.filter((x) => x.causes.length > 1);
  lines.push(`ambiguous texts (same words, different causes, same stack): ${amb.length} cases`);
  for (const x of amb) {
    lines.push(`  ${x.key}: ${x.causes.join(' | ')} -> want ${x.want}, got ${x.result.category ?? 'none'}`);
  }
  if (s.succeeded.length) lines.push(`client did not fail: ${s.succeeded.map(caseKey).join(', ')}`);
  if (s.killed.length) lines.push(`killed (hung): ${s.killed.map(caseKey).join(', ')}`);
  return lines;
}
