/**
 * explain stays linear on hostile pastes (issue: one error line followed by thousands of blank
 * lines, `yes ''`, a 5 MiB "a-a-a-…"). A seeded fuzz builds long texts from the pieces the
 * patterns themselves are made of (their literal words, separators, reply codes) and checks that
 * four times the text costs about four times the time, not sixteen. Bounded: a few seconds in all.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNATURES, STACKS } from '../src/explain/signatures.js';
import { RULES } from '../src/kb/rules/index.js';
import { PROVIDERS } from '../src/kb/providers.js';
import { runBin } from './support/bin.js';

/** A small deterministic PRNG, so a failure names the same inputs every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/**
 * explain runs in a worker (the built dist/, as `npm test` builds first), so a regression to
 * super-linear time fails the test at its deadline instead of hanging the suite.
 */
const WORKER = `
const { parentPort } = require('node:worker_threads');
let explain;
parentPort.on('message', async ({ text, runs }) => {
  explain ??= (await import(${JSON.stringify(new URL('../dist/explain/explain.js', import.meta.url).href)})).explain;
  let best = Infinity, r;
  for (let i = 0; i < runs; i++) { const t = performance.now(); r = explain(text); best = Math.min(best, performance.now() - t); }
  parentPort.postMessage({ ms: Math.max(best, 1), category: r.category ?? null, match: r.match });
});`;
let worker: Worker | undefined;
afterAll(async () => worker?.terminate());

interface Timed {
  ms: number;
  category: string | null;
  match?: string;
}
/** Best of `runs` (the machine's noise only ever adds time); Infinity when the deadline passes. */
function cost(text: string, deadlineMs = 5000, runs = 3): Promise<Timed> {
  worker ??= new Worker(WORKER, { eval: true });
  const w = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker = undefined;
      void w.terminate();
      resolve({ ms: Infinity, category: null });
    }, deadlineMs);
    w.once('message', (m: Timed) => {
      clearTimeout(timer);
      resolve(m);
    });
    w.once('error', reject);
    w.postMessage({ text, runs });
  });
}

const SEPARATORS = [' ', '\n', ': ', '-', '.', '  ', '\t', '"', "'", '(', ' 535 ', ' 5.7.8 ', '\n\n', '─', '=', ',', '@', ':'];

function units(): string[] {
  const patterns = [
    ...SIGNATURES.map((s) => s.pattern),
    ...STACKS.map((s) => s.pattern),
    ...RULES.flatMap((r) => (r.when.text ? [r.when.text] : [])),
    ...PROVIDERS.flatMap((p) => [p.host, p.banner, p.reply].filter((x): x is RegExp => x !== undefined)),
  ];
  const words = new Set<string>();
  for (const re of patterns) {
    for (const w of re.source.replace(/\\[sSdDwWbB]/g, ' ').split(/[^A-Za-z0-9_.'":@<>/=-]+/)) if (w.length >= 2 && w.length < 30) words.add(w);
  }
  const list = [...words];
  const rnd = prng(20261206);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
  const out = ['a-', 'a.', '1.', ':', ' ', '\n', '535\n', '535 ', 'S: ', '250-AUTH ', '(535, b\'', 'got code "535", with message "'];
  for (let i = 0; i < 28; i++) out.push(`${pick(list)}${pick(SEPARATORS)}${pick(list)}${pick(SEPARATORS)}`);
  return out;
}

describe('explain on hostile input', () => {
  it('costs about linear time on texts built from its own patterns (seeded fuzz)', async () => {
    const slow: string[] = [];
    for (const unit of units()) {
      const small = (await cost(fill(unit, 32 * 1024))).ms;
      const large = (await cost(fill(unit, 128 * 1024))).ms;
      // Linear is 4x; quadratic 16x. Generous for a noisy machine, far below quadratic.
      if (large / small > 10 && large > 40) slow.push(`${JSON.stringify(unit)}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('an error line followed by 8,000 blank lines is explained at once, and right', async () => {
    const r = await cost(`Error: Invalid login: 535 5.7.8 bad\n${'\n'.repeat(8000)}`, 5000, 1);
    expect(r.ms).toBeLessThan(2000);
    expect(r.category).toBe('WRONG_CREDENTIALS');
  });

  it('a 5 MiB paste of "a-a-a-…" finishes (the input is cut at the limit, the work is linear)', async () => {
    const r = await cost(fill('a-', 5 * 1024 * 1024), 10_000, 1);
    expect(r.ms).toBeLessThan(5000);
    expect(r.match).toBe('none');
  });

  it('`(echo error; yes \'\') | smtp-doctor explain` ends, names the error and says the input was cut', async () => {
    const r = await runBin(['explain'], { input: 'Error: Invalid login: 535 5.7.8 bad\n', endless: '\n', timeoutMs: 20_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('WRONG_CREDENTIALS');
    expect(r.stderr).toMatch(/longer than 512 KiB/);
  });
});

describe('explain reads a large input the same way from a file and from a pipe', () => {
  it('--file /dev/zero and a 2 MiB file are cut at the limit and explained, as stdin is', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const big = join(mkdtempSync(join(tmpdir(), 'sd-explain-')), 'big.log');
    writeFileSync(big, `Error: Invalid login: 535 5.7.8 bad\n${'x'.repeat(2 * 1024 * 1024)}`);
    for (const args of [['explain', '--file', big], ['explain', '--file', '/dev/zero']]) {
      const r = await runBin(args, { timeoutMs: 20_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/longer than 512 KiB: only its first 512 KiB/);
    }
    const viaFile = await runBin(['explain', '--json', '--file', big]);
    const { readFileSync } = await import('node:fs');
    const viaPipe = await runBin(['explain', '--json'], { input: readFileSync(big, 'utf8') });
    expect(JSON.parse(viaFile.stdout)).toEqual(JSON.parse(viaPipe.stdout));
    expect(JSON.parse(viaFile.stdout).category).toBe('WRONG_CREDENTIALS');
  });
});
