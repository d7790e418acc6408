/**
 * Display widths (string-width): Hangul, emoji and combining marks line up in the tables, through
 * the built binary (check --targets, probe) and in the width helpers themselves.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult, ProbeRow } from '../src/probe/probe.js';
import { clipTo, displayWidth, padTo } from '../src/render/width.js';
import { probeTable } from '../src/render/probe.js';
import { createTestPki } from './helpers/certs.js';
import { startRawServer, type RawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

const PW = 'Width-Pw-3z';
/** Names that take more (Hangul, emoji) or fewer (a combining accent) columns than UTF-16 units. */
const NAMES = ['한국어-메일서버', 'mail 📮📮', 'cafe\u0301-relay', 'plain'];
let server: RunningServer;
let raws: RawServer[] = [];
let caFile: string;
let dir: string;

beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  server = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
  const banner = (text: string): Promise<RawServer> =>
    startRawServer({ script: [{ send: `220 ${text}\r\n` }, { expect: /^EHLO/i }, { send: '250 ok\r\n' }] });
  raws = await Promise.all(['메일 서버 준비됨 ESMTP', 'mx 📮 ready', 'cafe\u0301 ESMTP', 'plain ESMTP'].map(banner));
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-width-'));
});
afterAll(async () => {
  await Promise.all([server?.close(), ...raws.map((r) => r.close())]);
});

/** Display columns before the first match of `at` in each line. */
const columnsBefore = (lines: string[], at: RegExp): number[] =>
  lines.map((l) => displayWidth(l.slice(0, l.search(at))));

describe('display width', () => {
  it('counts Hangul and emoji as two columns, combining marks and joiners as none', () => {
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('📮')).toBe(2);
    expect(displayWidth('cafe\u0301')).toBe(4);
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('\x1b[32m✔\x1b[39m')).toBe(1);
    expect(displayWidth(padTo('한국어', 10))).toBe(10);
  });

  it('clips to a width without splitting a character', () => {
    for (const s of ['한국어 메일 서버가 준비되었습니다', '📮📮📮📮📮📮📮📮', `cafe\u0301 ${'x'.repeat(40)}`]) {
      const c = clipTo(s, 9);
      expect(displayWidth(c)).toBeLessThanOrEqual(9);
      expect(c.endsWith('…')).toBe(true);
      const kept = c.replace(/…$/, '').normalize('NFC');
      expect(kept).toBe(s.normalize('NFC').slice(0, kept.length));
    }
    expect(clipTo('short', 9)).toBe('short');
    expect(clipTo('cafe\u0301\u0301', 4)).toBe('cafe\u0301\u0301');
  });
});

describe('tables line up', () => {
  it('check --targets: the address column starts at the same column on every line', async () => {
    const file = join(dir, 'targets.yml');
    const entry = (name: string): string =>
      `  - name: "${name}"\n    host: 127.0.0.1\n    port: ${server.port}\n    security: starttls\n` +
      `    user: me@example.com\n    password_env: PW\n    tls_servername: localhost\n    ca: ${caFile}\n`;
    writeFileSync(file, `targets:\n${NAMES.map(entry).join('')}`);
    for (const lang of ['en', 'ko']) {
      const r = await runBin(['check', '--targets', file, '--lang', lang, '--timeout', '5'], { env: { PW } });
      expect(r.code, r.stderr).toBe(0);
      const rows = r.stdout.split('\n').filter((l) => l.includes('127.0.0.1:'));
      expect(rows).toHaveLength(NAMES.length);
      for (const n of NAMES) expect(rows.some((l) => l.includes(n))).toBe(true);
      const cols = columnsBefore(rows, /127\.0\.0\.1:/);
      expect(new Set(cols), rows.join('\n')).toEqual(new Set([2 + Math.max(...NAMES.map(displayWidth)) + 2]));
    }
  });

  it('probe through the binary: every column lines up under its heading, Korean headings included', async () => {
    const ports = raws.map((r) => String(r.port)).join(',');
    for (const lang of ['en', 'ko']) {
      const r = await runBin(['probe', '127.0.0.1', '--ports', ports, '--lang', lang, '--timeout', '3'], {});
      const lines = r.stdout.split('\n');
      const head = lines.findIndex((l) => /^\S+\s+\S+/.test(l) && !l.includes('127.0.0.1'));
      const rows = lines.filter((l) => /^\d+\s+v4/.test(l));
      expect(rows, r.stdout).toHaveLength(raws.length);
      // The last column (time) starts where its heading does.
      const timeHead = lines[head]!.trimEnd().split(/\s{2,}/).pop()!;
      const start = displayWidth(lines[head]!.slice(0, lines[head]!.lastIndexOf(timeHead)));
      expect(columnsBefore(rows, /\d+ ms$/), r.stdout).toEqual(rows.map(() => start));
    }
  });

  it('probe table: banners in Hangul, with emoji or combining marks (clipped or not) keep the columns', () => {
    const row = (port: number, banner: string): ProbeRow => ({
      port, family: 4, address: '127.0.0.1', mode: 'starttls', connect: 'connected', banner,
      authBeforeTls: [], authAfterTls: ['PLAIN'], certVerdict: 'trusted', ms: 12,
    });
    const banners = ['220 메일 서버가 준비되었습니다 ESMTP 한국어 배너가 아주 길어서 잘립니다',
      '220 mx 📮📮 ready', '220 cafe\u0301 ESMTP', '220 plain ESMTP', `220 ${'📮'.repeat(30)}`];
    const probeRows = banners.map((b, i) => row(25 + i, b));
    const p: ProbeResult = { host: 'h', addresses: [], findings: [], ms: 1, rows: probeRows };
    for (const lang of ['en', 'ko'] as const) {
      const [head, ...rows] = probeTable(p, lang, false);
      const timeHead = head!.trimEnd().split(/\s{2,}/).pop()!;
      const start = displayWidth(head!.slice(0, head!.lastIndexOf(timeHead)));
      expect(columnsBefore(rows, /\d+ ms$/), rows.join('\n')).toEqual(rows.map(() => start));
      for (const r of rows) expect(r).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half an emoji
    }
  });
});

describe('the --targets table with times of different lengths', () => {
  it('a 4-digit time does not shift the summary after it (addresses and times are columns too)', async () => {
    const { runCheck } = await import('../src/check.js');
    const { systemContext } = await import('../src/core/context.js');
    const { DEFAULT_TIMEOUTS } = await import('../src/core/options.js');
    const { renderTargetsHuman } = await import('../src/render/human-targets.js');
    const opts = {
      host: '127.0.0.1', port: 9, security: 'none', to: [], noData: true, helo: 'test.local', ca: [], caFiles: [],
      insecure: false, allowPlaintextAuth: false, timeouts: { ...DEFAULT_TIMEOUTS, connect: 1000 },
    } as unknown as import('../src/core/options.js').CheckOptions;
    const report = await runCheck(opts, systemContext({}));
    const results = [117, 1118, 9].map((ms, i) => ({
      name: `t${i}`, expectations: [],
      report: { ...report, ms, target: { ...report.target, port: i === 1 ? 10025 : 9 } },
    }));
    const text = renderTargetsHuman(results, () => 4, 4, { lang: 'en', color: false, transcript: false });
    const rows = text.split('\n').filter((l) => / ms {2}/.test(l));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((l) => l.indexOf(' ms  ')))).toHaveProperty('size', 1);
  });
});
