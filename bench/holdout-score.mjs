#!/usr/bin/env node
// Score explain() on the frozen held-out set fixtures/explain/holdout-2026-12.jsonl.
//
//   npm run score:holdout            (build, then score)
//   node bench/holdout-score.mjs [--misses] [--json]   (after `npm run build`)
//
// Prints the overall score, then one row per category and per stack
// (right/total and %), using the built dist/ (run `npm run build` first).
// --misses lists each miss as "expected <- got  source" (never the text:
// no rule or signature may be written from this file, see fixtures/explain/README.md).
// --json prints the same numbers as one JSON object instead of tables.
import { readFileSync, existsSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--misses', '--json'].includes(a)) {
    console.error(`holdout-score.mjs: unknown option ${a}`);
    console.error('usage: node bench/holdout-score.mjs [--misses] [--json]');
    process.exit(2);
  }
}

const built = new URL('../dist/explain/explain.js', import.meta.url);
if (!existsSync(built)) {
  console.error('holdout-score.mjs: dist/explain/explain.js not found; run `npm run build` first');
  process.exit(2);
}
const { explain } = await import(built.href);

const file = new URL('../fixtures/explain/holdout-2026-12.jsonl', import.meta.url);
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const tally = (map, key, ok) => {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total += 1;
  if (ok) t.right += 1;
  map.set(key, t);
};

const byCategory = new Map();
const byStack = new Map();
const misses = [];
let right = 0;
for (const c of cases) {
  const got = explain(c.text).category ?? 'none';
  const ok = got === c.expected;
  if (ok) right += 1;
  else misses.push({ expected: c.expected, got, stack: c.stack, source: c.source });
  tally(byCategory, c.expected, ok);
  tally(byStack, c.stack, ok);
}

const pct = (r, t) => (t ? (100 * r) / t : 0).toFixed(1);
const sorted = (map) => [...map.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));

if (args.has('--json')) {
  const obj = (map) => Object.fromEntries(sorted(map));
  const out = { file: 'holdout-2026-12.jsonl', right, total: cases.length, percent: Number(pct(right, cases.length)) };
  console.log(JSON.stringify({ ...out, byCategory: obj(byCategory), byStack: obj(byStack), misses }, null, 2));
  process.exit(0);
}

const table = (title, map) => {
  const width = Math.max(title.length, ...[...map.keys()].map((k) => k.length));
  console.log(`\n${title.padEnd(width)}  right/total      %`);
  for (const [k, t] of sorted(map)) {
    const frac = `${t.right}/${t.total}`;
    console.log(`${k.padEnd(width)}  ${frac.padStart(11)}  ${pct(t.right, t.total).padStart(5)}`);
  }
};

console.log(`holdout-2026-12: ${right}/${cases.length} right (${pct(right, cases.length)}%)`);
table('category', byCategory);
table('stack', byStack);

if (args.has('--misses')) {
  console.log(`\nmisses (${misses.length}): expected <- got  source`);
  for (const m of misses.sort((a, b) => a.expected.localeCompare(b.expected))) {
    console.log(`${m.expected} <- ${m.got}  ${m.source}`);
  }
}
