/**
 * probe and mx warn like check about how they are run (a secret on the command line, --insecure, an
 * unreadable NODE_EXTRA_CA_CERTS): a "Warning: …" line on stderr in human mode, and a `warnings`
 * array of {key, text} in the JSON document (stdout stays that one document), in English and Korean;
 * the library's probe() and mx() return the same `warnings`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mx as mxApi, probe as probeApi } from '../src/index.js';
import { LANGS, t, tm, type Lang } from '../src/i18n/index.js';
import type { Msg } from '../src/core/types.js';
import type { DnsServer } from './helpers/dns-server.js';
import { startClosedPort } from './helpers/raw-server.js';
import type { RunningServer } from './helpers/smtp-servers.js';
import { startMailSite } from './helpers/mail-site.js';
import { runBin, type RunResult } from './support/bin.js';

const PW = 'Warn-Pw-7z';
const PROXY_PW = 'Proxy-Secret-9q';
let ok: RunningServer;
let dns: DnsServer;
let caFile: string;
let closed: number;
beforeAll(async () => {
  ({ ok, dns, caFile } = await startMailSite(PW));
  closed = await startClosedPort();
});
afterAll(async () => {
  await Promise.all([ok?.close(), dns?.close()]);
});

const proxyUrl = (): string => `socks5://u:${PROXY_PW}@127.0.0.1:${closed}`;
const probeArgs = (): string[] => ['probe', '127.0.0.1', '--ports', String(ok.port), '--ca', caFile,
  '--tls-servername', 'localhost', '--timeout', '5'];
const mxArgs = (): string[] => ['mx', 'example.test', '--dns-server', dns.server, '--port', String(ok.port),
  '--ca', caFile, '--timeout', '5'];

/** The line check prints on stderr for this warning. */
const line = (lang: Lang, w: Msg): string => `${t(lang, 'ui.warning')}: ${tm(lang, w)}`;

interface Doc {
  kind: string;
  warnings: Array<{ key: string; text: string }>;
}

/** Human and --json, in one language: the warning on stderr (human) and in the document (JSON). */
async function both(args: string[], lang: Lang, w: Msg, env: NodeJS.ProcessEnv = {}): Promise<[RunResult, Doc]> {
  const [human, json] = await Promise.all([
    runBin([...args, '--lang', lang, '--no-color'], { env }),
    runBin([...args, '--lang', lang, '--json'], { env }),
  ]);
  expect(human.stderr.split('\n'), human.stderr).toContain(line(lang, w));
  expect(human.stdout).not.toContain(tm(lang, w));
  // stdout is exactly one JSON document: the warning is in it, not beside it.
  expect(() => JSON.parse(json.stdout), json.stdout.slice(-300)).not.toThrow();
  const doc = JSON.parse(json.stdout) as Doc;
  expect(doc.warnings).toContainEqual({ key: w.key, text: tm(lang, w) });
  expect(json.stderr).not.toContain(tm(lang, w));
  expect(human.code).toBe(json.code);
  return [human, doc];
}

describe('probe warns like check', () => {
  for (const lang of LANGS) {
    it(`--password on the command line (${lang})`, async () => {
      const args = [...probeArgs(), '--user', 'me@example.com', '--password', PW];
      const [human, doc] = await both(args, lang, { key: 'warn.password-argv' });
      expect(human.code, human.stderr).toBe(0);
      expect(doc.kind).toBe('probe');
      // Once at the top (the confirmation's check document carries its own copy, as check's does).
      expect(human.stderr.split('\n').filter((l) => l === line(lang, { key: 'warn.password-argv' }))).toHaveLength(1);
    });

    it(`a password inside --proxy (${lang})`, async () => {
      const w = { key: 'warn.proxy-password-url' };
      const [human, doc] = await both([...probeArgs(), '--proxy', proxyUrl()], lang, w);
      expect(human.stdout + human.stderr).not.toContain(PROXY_PW);
      expect(JSON.stringify(doc)).not.toContain(PROXY_PW);
    });

    it(`--insecure (${lang})`, async () => {
      await both([...probeArgs(), '--insecure'], lang, { key: 'warn.insecure-flag' });
    });
  }

  it('no warning: an empty warnings array and nothing on stderr', async () => {
    const [human, json] = await Promise.all([
      runBin([...probeArgs(), '--no-color']),
      runBin([...probeArgs(), '--json']),
    ]);
    expect(human.stderr).toBe('');
    expect((JSON.parse(json.stdout) as Doc).warnings).toEqual([]);
  });
});

describe('mx warns like check', () => {
  for (const lang of LANGS) {
    it(`a password inside --proxy (${lang})`, async () => {
      const [human, doc] = await both([...mxArgs(), '--proxy', proxyUrl()], lang, { key: 'warn.proxy-password-url' });
      expect(doc.kind).toBe('mx');
      expect(human.stdout + human.stderr).not.toContain(PROXY_PW);
      expect(JSON.stringify(doc)).not.toContain(PROXY_PW);
    });

    it(`an unreadable NODE_EXTRA_CA_CERTS (${lang})`, async () => {
      const path = '/nonexistent/smtp-doctor-extra-ca.pem';
      const w = { key: 'warn.extra-ca-unreadable', params: { path, reason: 'ENOENT' } };
      const [human] = await both(mxArgs(), lang, w, { NODE_EXTRA_CA_CERTS: path });
      expect(human.code, human.stderr).toBe(0);
    });
  }

  it('no warning: an empty warnings array and nothing on stderr', async () => {
    const [human, json] = await Promise.all([runBin([...mxArgs(), '--no-color']), runBin([...mxArgs(), '--json'])]);
    expect(human.stderr).toBe('');
    expect((JSON.parse(json.stdout) as Doc).warnings).toEqual([]);
  });
});

describe('the library returns the same warnings', () => {
  it('probe() with insecure, mx() with an unreadable NODE_EXTRA_CA_CERTS', async () => {
    const p = await probeApi('127.0.0.1', { ports: [ok.port], ca: caFile, tlsServername: 'localhost', insecure: true,
      timeout: 5, lang: 'ko' });
    expect(p.warnings).toEqual([{ key: 'warn.insecure-flag', text: tm('ko', { key: 'warn.insecure-flag' }) }]);
    const path = '/nonexistent/smtp-doctor-extra-ca.pem';
    const m = await mxApi('example.test', { dnsServer: dns.server, port: ok.port, ca: caFile, timeout: 5,
      env: { NODE_EXTRA_CA_CERTS: path } });
    expect(m.warnings.map((w) => w.key)).toEqual(['warn.extra-ca-unreadable']);
    const clean = await mxApi('example.test', { dnsServer: dns.server, port: ok.port, ca: caFile, timeout: 5,
      env: {} });
    expect(clean.warnings).toEqual([]);
  });
});
