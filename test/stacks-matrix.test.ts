/**
 * The client-stack error matrix (issue 11; test/stacks/README in the main README): real client
 * stacks were run against every failure scenario CI can create; explain() must name each
 * scenario's category from the text the stack printed. The scenario is the ground truth.
 *
 * Offline: the committed test/stacks/matrix.json. Live: .tmp/stack-matrix.json, which CI
 * regenerates (`npm run stacks:matrix`) before the tests; with CI=true it must be there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseKey, report, scoreMatrix, type Score } from './stacks/score.js';
import type { Matrix } from './stacks/types.js';
import { SCENARIOS } from './stacks/scenarios.js';
import { ALTERNATIVES } from '../src/explain/alternatives.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = `${root}test/stacks/matrix.json`;
const LIVE = `${root}.tmp/stack-matrix.json`;
const load = (f: string): Matrix => JSON.parse(readFileSync(f, 'utf8')) as Matrix;

/**
 * Texts explain does not yet place right: probe/scenario -> why. Each must still miss (so the list
 * shrinks as the knowledge base grows); everything not listed must be right.
 */
const KNOWN_MISSES: Record<string, string> = {
  'ruby-mail/persona-rate-limit':
    'net-smtp prints only "EOFError: end of file reached", not the 421 the server sent: no cause in the text',
  'ruby-net-smtp/persona-rate-limit':
    'net-smtp prints only "EOFError: end of file reached", not the 421 the server sent: no cause in the text',
  'phpmailer/starttls-garbage':
    'PHP stream_socket_enable_crypto() "wrong version number" after STARTTLS: the labelled real-world case ' +
    '(fixtures/explain/corpus.jsonl, openssl/openssl#13063) is a TLS mode mistake, so explain says ' +
    'TLS_MODE_MISMATCH and its hint (hint.alt.not-tls) names the STARTTLS answered without TLS',
  'symfony-mailer/starttls-garbage':
    'Symfony "Unable to connect with STARTTLS: stream_socket_enable_crypto(): ... wrong version number": ' +
    'the same PHP wording as phpmailer/starttls-garbage, explained as TLS_MODE_MISMATCH with hint.alt.not-tls',
};

function check(name: string, s: Score): void {
  console.log([`== ${name}`, ...report(s)].join('\n'));
  expect(s.scored.length).toBeGreaterThan(0);
  for (const c of s.control) expect(c.exit, `${caseKey(c)}: the control case must succeed: ${c.text}`).toBe(0);
  const wrong = s.scored
    .filter((x) => !x.hit && !(x.key in KNOWN_MISSES))
    .map((x) => `${x.key}: want ${x.want}, got ${x.result.category ?? 'none'}\n    ${x.c.text.split('\n')[0]}`);
  expect(wrong, `explain named the wrong category:\n${wrong.join('\n')}`).toEqual([]);
  const fixed = s.scored.filter((x) => x.hit && x.key in KNOWN_MISSES).map((x) => x.key);
  expect(fixed, 'now right: remove from KNOWN_MISSES').toEqual([]);
  // A text that stands for several causes: the hints must name the causes explain did not pick.
  const unhinted = s.scored
    .filter((x) => x.hit && x.causes.length > 1)
    .filter((x) => {
      const alt = ALTERNATIVES[x.result.rule ?? ''];
      const others = x.causes.filter((c) => c !== x.want);
      return !alt || !x.result.hints.some((h) => h.key === alt.key) || others.some((c) => !alt.covers.includes(c));
    })
    .map((x) => `${x.key} (${x.result.rule}: ${x.causes.join(' | ')})`);
  expect(unhinted, 'ambiguous texts whose hints do not name the other causes (src/explain/alternatives.ts)').toEqual([]);
}

describe('client-stack error matrix (committed)', () => {
  const m = load(COMMITTED);

  it('covers every scenario with every probe, once', () => {
    const keys = m.cases.map(caseKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(m.cases.length).toBe(m.probes.length * m.scenarios.length);
    expect(m.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    for (const c of m.cases) expect(c.expected).toBe(SCENARIOS.find((s) => s.id === c.scenario)?.expected);
  });

  it('explain names the scenario category for every failure text', () => {
    check('committed matrix', scoreMatrix(m));
  });
});

describe('client-stack error matrix (live, from this machine)', () => {
  const present = existsSync(LIVE);
  it.runIf(process.env.CI === 'true' && !present)('CI regenerates the live matrix', () => {
    expect.fail(`${LIVE} is missing: .ci/run must run "npm run stacks:matrix" before the tests`);
  });
  it.runIf(present)('has the same cases and texts as the committed matrix', () => {
    const live = load(LIVE);
    const committed = load(COMMITTED);
    const liveByKey = new Map(live.cases.map((c) => [caseKey(c), c]));
    const missing = committed.cases.filter((c) => !liveByKey.has(caseKey(c))).map(caseKey);
    const extra = live.cases.filter((c) => !committed.cases.some((k) => caseKey(k) === caseKey(c))).map(caseKey);
    const changed = committed.cases
      .filter((c) => liveByKey.has(caseKey(c)) && liveByKey.get(caseKey(c))!.text !== c.text)
      .map((c) => {
        const live = liveByKey.get(caseKey(c))!.text;
        return `${caseKey(c)}:\n  committed: ${c.text.split('\n')[0]}\n  live:      ${live.split('\n')[0]}`;
      });
    if (changed.length) console.log(`live texts that differ from the committed matrix:\n${changed.join('\n')}`);
    const incomplete = 'the live run is incomplete or has cases the committed matrix lacks';
    expect({ missing, extra }, incomplete).toEqual({ missing: [], extra: [] });
    const regenerate = 'regenerate it: npm run stacks:matrix -- --out test/stacks/matrix.json';
    expect(changed, regenerate).toEqual([]);
  });
  it.runIf(present)('explain names the scenario category for every live failure text', () => {
    check('live matrix', scoreMatrix(load(LIVE)));
  });
});
