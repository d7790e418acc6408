/** README statements that must follow the code: the tcp outcomes, and what `demo --json` prints. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README follows the code', () => {
  it("the tcp step's attempt outcomes are exactly ConnectOutcome's values", () => {
    const src = readFileSync(new URL('../src/steps/tcp.ts', import.meta.url), 'utf8');
    const union = /export type ConnectOutcome = ([^;]+);/.exec(src)?.[1];
    const inCode = [...(union ?? '').matchAll(/'([a-z]+)'/g)].map((m) => m[1]).sort();
    const listed = /`tcp`: [^\n]*outcome: ([a-z|]+)/.exec(README)?.[1]?.split('|').sort();
    expect(inCode.length).toBeGreaterThan(5);
    expect(listed).toEqual(inCode);
  });

  it('demo --json is an array of check documents, as the JSON section says', async () => {
    expect(README).toMatch(/`smtp-doctor demo --json`[^.]*JSON array of `check\.v1` documents/);
    const r = await runBin(['demo', '--json'], { timeoutMs: 60_000 });
    const docs = JSON.parse(r.stdout) as Array<{ kind: string; schemaVersion: number }>;
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.every((d) => d.kind === 'check' && d.schemaVersion === 1)).toBe(true);
  });
});
