/**
 * explain against real error texts collected from public issue threads (fixtures/explain).
 * The bar is 95% right categories; misses are printed so a rule can be generalised from them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../src/explain/explain.js';

interface Case {
  text: string;
  expected: string;
  stack: string;
  provider: string | null;
  source: string;
}

const load = (name: string): Case[] =>
  readFileSync(new URL(`../fixtures/explain/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

describe.each([
  ['corpus.jsonl', load('corpus.jsonl')],
  ['heldout.jsonl', load('heldout.jsonl')],
  ['final.jsonl', load('final.jsonl')],
  ['fresh.jsonl', load('fresh.jsonl')],
  // Instances of the client libraries' own error templates (from their source), not pasted texts
  ['templates.jsonl', load('templates.jsonl')],
])('explain on the real-world texts of %s', (_name, cases) => {
  it('has a corpus to measure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(140);
  });

  it('names the right category for at least 95% of real error texts', () => {
    const misses: string[] = [];
    for (const c of cases) {
      const r = explain(c.text);
      if (r.category !== c.expected) misses.push(`${c.expected} <- ${r.category ?? 'none'} :: ${c.text.slice(0, 120).replace(/\s+/g, ' ')} (${c.source})`);
    }
    const accuracy = 1 - misses.length / cases.length;
    if (misses.length) console.log(`explain corpus: ${cases.length - misses.length}/${cases.length} right (${(accuracy * 100).toFixed(1)}%). Misses:\n${misses.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every text a cause and a fix, recognised or not', () => {
    for (const c of cases) {
      const r = explain(c.text);
      expect(r.cause.key).toMatch(/\.cause(\.explain)?$/);
      expect(r.fix.key).toMatch(/\.fix(\.explain(-app)?)?$/);
    }
  });
});
