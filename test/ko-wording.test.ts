/**
 * Korean wording the new-user trial found wrong, checked over the whole ko catalog (a family, not one string):
 * a particle or copula attached to the Latin word before it ("사설 CA일 수", "RCPT TO까지만"), numbers with Korean
 * units ("3602초", not "3602 s"), no Hanja in help, one word for "this machine", option descriptions in one style
 * (noun endings), no nested parentheses in the probe recommendation, and the pre-TLS EHLO line.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import type { Io } from '../src/cli/io.js';
import { en, ko, t, tm } from '../src/i18n/index.js';
import { oauthParams } from '../src/kb/oauth-params.js';
import { factLines } from '../src/render/facts.js';
import type { StepResult } from '../src/core/types.js';

const sink = { write: (): boolean => true };
const io: Io = { argv: [], env: {}, stdin: process.stdin, stdout: sink, stderr: sink };

describe('Korean wording', () => {
  it('no particle or copula detached by a space from the Latin word, code or number before it', () => {
    // These never start a Korean word, so whatever follows them they are a particle or a copula here.
    const re = /[A-Za-z0-9)\]}"`] (까지|부터|일 수|입니다|이며|이라면|이라고|이라는|이거나|이어야|에서|으로|처럼|보다)/g;
    const bad = Object.entries(ko).flatMap(([k, v]) =>
      [...v.matchAll(re)].map((m) => `${k}: …${v.slice(Math.max(0, m.index - 12), m.index + 8)}…`));
    expect(bad).toEqual([]);
  });

  it('numbers take Korean units: "3602초", not "3602 s"', () => {
    const params = oauthParams({ tokenExpiredSecondsAgo: 3602, tokenFetchedSecondsAgo: 5 });
    const koCause = tm('ko', { key: 'oauth.clock-skew.cause', params });
    expect(koCause).toContain('3602초');
    expect(koCause).toContain('5초');
    expect(koCause).not.toMatch(/\d s\b/);
    expect(tm('en', { key: 'oauth.clock-skew.cause', params })).toContain('3602 s ago');
    expect(tm('ko', { key: 'oauth.token-expired.cause', params })).toContain('3602초');
  });

  it('help has no Hanja, and "this machine" is one word (이 컴퓨터) everywhere', () => {
    const hanja = Object.entries(ko).filter(([k, v]) => k.startsWith('help.') && /[\u4e00-\u9fff]/.test(v));
    expect(hanja).toEqual([]);
    expect(Object.entries(ko).filter(([, v]) => /머신/.test(v))).toEqual([]);
  });

  it('option descriptions end as the majority do: a noun or -기, not 읽음 / 합니다', () => {
    const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
    const program = buildProgram(io, 'ko', () => undefined);
    const descriptions = all(program).flatMap((c) => c.options.map((o) => [`${c.name()} ${o.long}`, o.description]));
    expect(descriptions.length).toBeGreaterThan(60);
    // The last clause, without a trailing parenthesis.
    const bad = descriptions.filter(([, d]) => /(음|함|됨|짐|니다)\.?$/.test(d!.replace(/\s*\([^()]*\)$/, '')));
    expect(bad).toEqual([]);
  });

  it('the probe recommendation has no parentheses inside parentheses, for every certificate verdict', () => {
    const verdicts = Object.keys(en).filter((k) => k.startsWith('verdict.')).map((k) => k.slice(8));
    for (const why of ['tls-untrusted', 'starttls-untrusted', 'tls-unverified', 'starttls-unverified']) {
      for (const verdict of verdicts) {
        const line = t('ko', 'probe.recommended', { port: 465, mode: t('ko', 'probe.mode.tls'),
          why: tm('ko', { key: `probe.why.${why}`, params: { verdict } }) });
        let depth = 0;
        let max = 0;
        for (const ch of line) {
          depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
          max = Math.max(max, depth);
        }
        expect(max, line).toBe(1);
      }
    }
  });

  it('the EHLO before STARTTLS says AUTH comes after TLS, not that it is unsupported', () => {
    const ehlo = (extensions: string[]): StepResult =>
      ({ id: 'ehlo', status: 'pass', ms: 1, facts: { extensions, auth: [] } }) as unknown as StepResult;
    expect(factLines(ehlo(['PIPELINING', 'STARTTLS']), 'ko')).toContain('TLS 전에는 AUTH 없음');
    expect(factLines(ehlo(['PIPELINING', 'STARTTLS']), 'en')).toContain('no AUTH before TLS');
    expect(factLines(ehlo(['PIPELINING']), 'en')).toContain('no AUTH offered');
    expect(factLines(ehlo(['PIPELINING']), 'ko')).not.toContain('AUTH 미지원');
  });
});
