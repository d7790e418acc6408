/**
 * explain on the frozen held-out set fixtures/explain/holdout-2026-12.jsonl.
 *
 * The file is frozen: its SHA-256 is pinned below, and no rule or signature may ever be written
 * from it (see "Frozen held-out set (holdout-2026-12)" in fixtures/explain/README.md). This test
 * prints the score overall, per category and per stack, and fails if accuracy drops more than
 * 2 points below the score measured when the set was frozen. Misses are listed by category and
 * source only, never by text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../src/explain/explain.js';

interface Case {
  text: string;
  expected: string;
  stack: string;
  provider: string | null;
  source: string;
  note: string;
  collected: string;
}

const FILE = 'holdout-2026-12.jsonl';
/** SHA-256 of the file as frozen on 2026-12-06; changing the file must fail this test. */
const FROZEN_SHA256 = '69a12f04a6bd7fdb57944b0ac1e7296103753939e4bf1167ee64b8fdae59b64b';
/** Right answers when the set was frozen (2026-12-06, before any change made after seeing it). */
const BASELINE_RIGHT = 141;
const BASELINE_TOTAL = 171;
/** Allowed drop below the baseline accuracy, in fractions (2 points). */
const TOLERANCE = 0.02;

const CATEGORIES = new Set([
  'WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED', 'AUTH_DISABLED_BY_PROVIDER', 'TLS_MODE_MISMATCH',
  'STARTTLS_REQUIRED', 'CERT_UNTRUSTED', 'CERT_HOSTNAME_MISMATCH', 'CERT_EXPIRED', 'TLS_VERSION_OR_CIPHER',
  'CONNECTION_REFUSED', 'CONNECTION_TIMEOUT', 'DNS_FAILURE', 'SENDER_NOT_AUTHORIZED', 'RELAY_DENIED',
  'RECIPIENT_REJECTED', 'MESSAGE_REJECTED_POLICY', 'SIZE_LIMIT', 'RATE_LIMITED', 'SERVER_TEMPORARY_FAILURE',
  'HELO_REJECTED', 'AUTH_MECHANISM_UNSUPPORTED', 'CLIENT_IP_BLOCKED', 'PROTOCOL_ERROR', 'MISSING_CREDENTIALS',
]);

const raw = (name: string): Buffer => readFileSync(new URL(`../fixtures/explain/${name}`, import.meta.url));
const load = (name: string): Case[] =>
  raw(name)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
const norm = (url: string): string => url.trim().replace(/\/+$/, '');

interface Tally {
  right: number;
  total: number;
}

const pct = (t: Tally): string => ((100 * t.right) / t.total).toFixed(1);
const table = (title: string, map: Map<string, Tally>): string => {
  const rows = [...map.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const lines = rows.map(([k, t]) => {
    const frac = `${t.right}/${t.total}`;
    return `${k.padEnd(width)}  ${frac.padStart(7)}  ${pct(t).padStart(5)}%`;
  });
  return [`${title.padEnd(width)}  right/total`, ...lines].join('\n');
};

describe(`explain on the frozen held-out set ${FILE}`, () => {
  const cases = load(FILE);

  it('is the frozen file, byte for byte', () => {
    expect(createHash('sha256').update(raw(FILE)).digest('hex')).toBe(FROZEN_SHA256);
    expect(cases.length).toBe(BASELINE_TOTAL);
  });

  it('has at least 150 well-formed entries with valid categories', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const c of cases) {
      expect(CATEGORIES.has(c.expected), `${c.expected} (${c.source})`).toBe(true);
      expect(c.text.trim().length).toBeGreaterThan(0);
      expect(c.stack).toMatch(/^[a-z]+$/);
      expect(c.source).toMatch(/^https:\/\/github\.com\//);
      expect(c.collected).toBe('2026-12');
    }
  });

  it('takes every source from a thread not used in the other four sets', () => {
    const sources = cases.map((c) => norm(c.source));
    expect(new Set(sources).size).toBe(sources.length);
    const others = new Set(
      ['corpus.jsonl', 'heldout.jsonl', 'final.jsonl', 'fresh.jsonl'].flatMap((f) =>
        load(f).map((c) => norm(c.source)),
      ),
    );
    expect(sources.filter((s) => others.has(s))).toEqual([]);
  });

  it('scores no more than 2 points below the score measured when it was frozen', () => {
    const overall: Tally = { right: 0, total: 0 };
    const byCategory = new Map<string, Tally>();
    const byStack = new Map<string, Tally>();
    const misses: string[] = [];
    const bump = (map: Map<string, Tally>, key: string, ok: boolean): void => {
      const t = map.get(key) ?? { right: 0, total: 0 };
      t.total += 1;
      if (ok) t.right += 1;
      map.set(key, t);
    };
    for (const c of cases) {
      const got = explain(c.text).category ?? 'none';
      const ok = got === c.expected;
      overall.total += 1;
      if (ok) overall.right += 1;
      else misses.push(`${c.expected} <- ${got}  ${c.source}`);
      bump(byCategory, c.expected, ok);
      bump(byStack, c.stack, ok);
    }
    const baseline = BASELINE_RIGHT / BASELINE_TOTAL;
    console.log(
      [
        `${FILE}: ${overall.right}/${overall.total} right (${pct(overall)}%); ` +
          `frozen baseline ${BASELINE_RIGHT}/${BASELINE_TOTAL} (${(100 * baseline).toFixed(1)}%)`,
        table('category', byCategory),
        table('stack', byStack),
        [`misses (${misses.length}), expected <- got:`, ...misses.sort()].join('\n'),
      ].join('\n\n'),
    );
    expect(overall.right / overall.total).toBeGreaterThanOrEqual(baseline - TOLERANCE);
  });
});
