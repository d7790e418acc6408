import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseExpectations } from '../src/ci/expect.js';
import { emitGithub, escapeData, escapeProperty, githubAnnotations, githubSummary } from '../src/ci/github.js';
import type { NamedReport } from '../src/ci/types.js';
import { UsageError } from '../src/core/errors.js';
import type { Report } from '../src/core/report.js';
import { MASK, Secret } from '../src/core/secret.js';
import { t } from '../src/i18n/index.js';
import { renderJunit, xmlAttr, xmlText } from '../src/render/junit.js';
import { redactCommandLine, renderMarkdown } from '../src/render/markdown.js';
import { TOOL_VERSION } from '../src/version.js';
import { createTestPki } from './helpers/certs.js';
import { startRawServer, type RawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { check, withLogin } from './support/run.js';

const USER = 'me@example.com';
/** A wrong password that must never show up in any output, in any encoding. */
const CANARY = 'Canary|9<x>`Zq%7';
const HOSTILE = '535 5.7.8 <bad> & "quotes" \x01 ]]>';

const servers: Array<RunningServer | RawServer> = [];
let pass: Report;
let wrong: Report;
let expiring: Report;
let implicit: Report;
let selfSigned: Report;
let hostile: Report;

const named = (name: string, report: Report, raw: string[] = []): NamedReport => ({ name, report, expectations: evaluate(report, parseExpectations(raw)) });
const clone = (r: Report): Report => structuredClone(r);

beforeAll(async () => {
  const pki = await createTestPki();
  const good = await startSmtpServer({ personality: 'starttls-auth' });
  const exp = await startSmtpServer({ personality: 'starttls-auth', cert: pki.expiring });
  const imp = await startSmtpServer({ personality: 'implicit-tls' });
  const self = await startSmtpServer({ personality: 'starttls-auth', cert: pki.selfSigned });
  const raw = await startRawServer({
    script: [
      { send: '220 hostile.test ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-hostile.test\r\n250 STARTTLS\r\n' },
      { expect: 'STARTTLS' },
      { send: '220 go ahead\r\n' },
      { starttls: true },
      { expect: 'EHLO' },
      { send: '250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n' },
      { expect: 'AUTH' },
      { send: `${HOSTILE}\r\n` },
    ],
  });
  servers.push(good, exp, imp, self, raw);
  [pass, wrong, expiring, implicit, selfSigned, hostile] = await Promise.all([
    check(good.port, withLogin()),
    check(good.port, { ...withLogin(USER, CANARY), from: USER, to: ['you@example.com'] }),
    check(exp.port, withLogin()),
    check(imp.port, { ...withLogin(), security: 'tls' }),
    check(self.port, { ...withLogin(), insecure: true }),
    check(raw.port, withLogin(USER, CANARY)),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('the reports the CI outputs are built from', () => {
  it('are what the tests below assume', () => {
    expect(pass.verdict).toBe('pass');
    expect(wrong.verdict).toBe('fail');
    expect(wrong.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    expect(expiring.verdict).toBe('warn');
    expect(implicit.verdict).toBe('pass');
    expect(selfSigned.verdict).toBe('warn');
    expect(hostile.verdict).toBe('fail');
    expect(hostile.steps.find((s) => s.id === 'auth')?.failure?.responseCode).toBe(535);
  });
});

describe('--expect', () => {
  const one = (r: Report, raw: string) => {
    const [res] = evaluate(r, parseExpectations([raw]));
    if (!res) throw new Error('no result');
    return res;
  };
  const ok = (r: Report, raw: string): boolean => one(r, raw).ok;

  it('parses and normalizes', () => {
    expect(parseExpectations([' TLS = STARTTLS ', 'auth-methods=plain login,PLAIN', 'category=wrong_credentials', 'cert-days=030'])).toEqual([
      { raw: ' TLS = STARTTLS ', key: 'tls', value: 'starttls' },
      { raw: 'auth-methods=plain login,PLAIN', key: 'auth-methods', value: 'PLAIN,LOGIN' },
      { raw: 'category=wrong_credentials', key: 'category', value: 'WRONG_CREDENTIALS' },
      { raw: 'cert-days=030', key: 'cert-days', value: '30' },
    ]);
    expect(parseExpectations([])).toEqual([]);
  });

  it.each([
    'tls',
    'tls=',
    '=starttls',
    'bogus=1',
    'tls=ssl',
    'auth=yes',
    'send=maybe',
    'cert=untrusted',
    'cert-days=-1',
    'cert-days=abc',
    'cert-days=1.5',
    'max-ms=0',
    'max-ms=fast',
    'port=0',
    'port=70000',
    'verdict=ok',
    'category=NOPE',
    'starttls=yes',
    'auth-methods=,',
    'auth-methods=PL@IN',
  ])('rejects %j with err.bad-expect', (raw) => {
    let err: unknown;
    try {
      parseExpectations(['tls=any', raw]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).msg).toEqual({ key: 'err.bad-expect', params: { value: raw } });
  });

  it('tls: the mode actually used', () => {
    expect(ok(pass, 'tls=starttls')).toBe(true);
    expect(ok(pass, 'tls=any')).toBe(true);
    expect(ok(pass, 'tls=tls')).toBe(false);
    expect(ok(pass, 'tls=none')).toBe(false);
    expect(one(pass, 'tls=tls').actual).toBe('starttls');
    expect(ok(implicit, 'tls=tls')).toBe(true);
    expect(ok(implicit, 'tls=starttls')).toBe(false);
    // a report without TLS: --security none
    const none = clone(pass);
    none.steps = none.steps.map((s) => (s.id === 'tls' ? { id: 'tls', status: 'skip', ms: 0, facts: { mode: 'none', reason: 'not requested' } } : s));
    expect(ok(none, 'tls=none')).toBe(true);
    expect(ok(none, 'tls=any')).toBe(false);
  });

  it('auth and send: ok, fail, skip', () => {
    expect(ok(pass, 'auth=ok')).toBe(true);
    expect(ok(pass, 'auth=fail')).toBe(false);
    expect(ok(wrong, 'auth=fail')).toBe(true);
    expect(ok(wrong, 'auth=ok')).toBe(false);
    expect(one(wrong, 'auth=ok').actual).toBe('fail (535 5.7.8 WRONG_CREDENTIALS)');
    expect(ok(pass, 'send=skip')).toBe(true);
    expect(ok(pass, 'send=ok')).toBe(false);
    expect(ok(wrong, 'send=skip')).toBe(true);
    expect(one(wrong, 'send=ok').actual).toBe('skip (blocked by auth)');
  });

  it('cert-days: fails on the certificate that expires in 5 days', () => {
    const r = one(expiring, 'cert-days=30');
    expect(r.ok).toBe(false);
    expect(r.actual).toMatch(/^[45] days$/);
    expect(r.msg).toEqual({ key: 'ci.expect.cert-days', params: { expected: '30', actual: r.actual } });
    expect(ok(expiring, 'cert-days=3')).toBe(true);
    expect(ok(pass, 'cert-days=30')).toBe(true);
  });

  it('cert=trusted', () => {
    expect(ok(pass, 'cert=trusted')).toBe(true);
    expect(one(selfSigned, 'cert=trusted')).toMatchObject({ ok: false, actual: 'self-signed' });
  });

  it('verdict and category (negative tests)', () => {
    expect(ok(pass, 'verdict=pass')).toBe(true);
    expect(ok(expiring, 'verdict=warn')).toBe(true);
    expect(ok(expiring, 'verdict=pass')).toBe(false);
    expect(ok(wrong, 'verdict=fail')).toBe(true);
    expect(ok(wrong, 'category=WRONG_CREDENTIALS')).toBe(true);
    expect(ok(wrong, 'category=CERT_EXPIRED')).toBe(false);
    expect(one(pass, 'category=WRONG_CREDENTIALS')).toMatchObject({ ok: false, actual: 'none' });
  });

  it('port, starttls', () => {
    expect(ok(pass, `port=${pass.target.port}`)).toBe(true);
    expect(ok(pass, 'port=1')).toBe(false);
    expect(ok(pass, 'starttls=offered')).toBe(true);
    expect(ok(pass, 'starttls=absent')).toBe(false);
    expect(ok(implicit, 'starttls=absent')).toBe(true);
  });

  it('auth-methods: what is offered after TLS', () => {
    // this server hides AUTH before STARTTLS: only the EHLO after TLS has it
    expect(ok(pass, 'auth-methods=PLAIN,LOGIN')).toBe(true);
    expect(ok(pass, 'auth-methods=cram-md5')).toBe(true);
    expect(one(pass, 'auth-methods=PLAIN,XOAUTH2')).toMatchObject({ ok: false, actual: 'PLAIN,LOGIN,CRAM-MD5' });
    // implicit TLS: the only EHLO is under TLS
    expect(ok(implicit, 'auth-methods=PLAIN,LOGIN')).toBe(true);
    expect(ok(implicit, 'auth-methods=CRAM-MD5')).toBe(false);
  });

  it('max-ms: the whole check', () => {
    expect(ok(pass, 'max-ms=600000')).toBe(true);
    const r = one(pass, 'max-ms=1');
    expect(r.ok).toBe(false);
    expect(r.actual).toBe(`${pass.ms} ms`);
  });

  it('gives one message per result, keyed in the catalog part', () => {
    const res = evaluate(pass, parseExpectations(['tls=starttls', 'auth=ok', 'max-ms=600000']));
    expect(res.map((r) => r.msg.key)).toEqual(['ci.expect.tls', 'ci.expect.auth', 'ci.expect.max-ms']);
    expect(res[0]?.msg.params).toEqual({ expected: 'starttls', actual: 'starttls' });
  });
});

describe('JUnit XML', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  type Case = { '@_name': string; '@_classname': string; '@_time': string; failure?: { '@_type': string; '@_message': string; '#text'?: string }; skipped?: { '@_message': string }; 'system-out'?: string };
  type Suite = { '@_name': string; '@_tests': string; '@_failures': string; '@_skipped': string; '@_time': string; testcase: Case[] };
  const parse = (xml: string): { testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] } } => parser.parse(xml);

  it('one suite per target, one case per step and per expectation', () => {
    const xml = renderJunit([named('good', pass, ['tls=starttls', 'cert-days=30']), named('wrong', wrong), named('expiring', expiring, ['cert-days=30'])], 'en');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual(['good', 'wrong', 'expiring']);
    expect(doc.testsuites['@_tests']).toBe(String(8 + 2 + 8 + 8 + 1));
    expect(doc.testsuites['@_failures']).toBe('2');

    const [good, bad, exp] = suites as [Suite, Suite, Suite];
    expect(good.testcase).toHaveLength(10);
    expect(good['@_failures']).toBe('0');
    expect(good.testcase.slice(0, 8).map((c) => c['@_name'].split(' ')[0])).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'tls', 'auth', 'send', 'quit']);
    expect(good.testcase[0]?.['@_classname']).toBe('smtp-doctor.good');
    expect(good.testcase[5]?.['@_name']).toBe(`auth ${t('en', 'step.auth')}`);
    expect(good.testcase.every((c) => /^\d+\.\d{3}$/.test(c['@_time']))).toBe(true);
    expect(Number(good['@_time'])).toBeCloseTo(pass.ms / 1000, 3);
    expect(good.testcase[6]?.skipped).toBeDefined(); // send not requested

    const auth = bad.testcase.find((c) => c['@_name'].startsWith('auth '));
    expect(auth?.failure?.['@_type']).toBe('WRONG_CREDENTIALS');
    expect(auth?.failure?.['@_message']).toMatch(/^WRONG_CREDENTIALS: /);
    expect(auth?.failure?.['#text']).toContain('535 5.7.8');
    expect(auth?.failure?.['#text']).toContain(`${t('en', 'ui.fix')}: `);
    const send = bad.testcase.find((c) => c['@_name'].startsWith('send '));
    expect(send?.skipped?.['@_message']).toBe(t('en', 'ui.blocked-by', { step: t('en', 'step.auth') }));
    expect(bad['@_failures']).toBe('1');
    expect(bad['@_skipped']).toBe('1');

    const tls = exp.testcase.find((c) => c['@_name'].startsWith('tls '));
    expect(tls?.failure).toBeUndefined();
    expect(tls?.['system-out']).toContain(t('en', 'warn.cert-expiring', { days: expiring.steps.find((s) => s.id === 'tls')?.facts.daysLeft as number }));
    const expCase = exp.testcase.at(-1);
    expect(expCase?.['@_name']).toBe('expect cert-days=30');
    expect(expCase?.failure?.['@_type']).toBe('EXPECTATION');
    expect(exp['@_failures']).toBe('1');
  });

  it('stays well-formed with hostile server text', () => {
    const xml = renderJunit([named('hostile <&> "x"', hostile, ['auth=ok'])], 'ko');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    const suite = parse(xml).testsuites.testsuite[0]!;
    expect(suite['@_name']).toBe('hostile <&> "x"');
    const auth = suite.testcase.find((c) => c['@_name'].startsWith('auth '));
    expect(auth?.failure).toBeDefined();
    const all = JSON.stringify(parse(xml));
    expect(all).toContain('<bad> & \\"quotes\\"');
    expect(all).toContain(']]>');
  });

  it('escapes and strips characters XML 1.0 cannot carry', () => {
    expect(xmlText('a<b>&c\x01\x1f\uFFFE]]>')).toBe('a&lt;b&gt;&amp;c]]&gt;');
    expect(xmlAttr(`"x'\n\ty`)).toBe('&quot;x&apos;&#10;&#9;y');
    expect(xmlText('\uD800lone \u{1F600}')).toBe('lone \u{1F600}');
  });
});

describe('Markdown report', () => {
  const forms = new Secret(CANARY).forms(USER);

  const render = (secrets?: string[]): string =>
    renderMarkdown([named('wrong', wrong, ['auth=ok', 'tls=starttls']), named('good', pass)], {
      lang: 'en',
      commandLine: `smtp-doctor check --host 127.0.0.1 --user ${USER} --password ${CANARY} --expect auth=ok`,
      version: TOOL_VERSION,
      ...(secrets ? { secrets } : {}),
    });

  it('has the sections of a support ticket', () => {
    const md = render(forms);
    expect(md.split('\n')[0]).toMatch(/^# ❌ /);
    expect(md).toContain(TOOL_VERSION);
    expect(md).toContain(`--password ${MASK}`);
    for (const h of [t('en', 'ci.md.settings'), t('en', 'ci.md.steps'), t('en', 'ui.diagnosis'), t('en', 'ci.md.expectations'), t('en', 'ui.transcript')]) {
      expect(md).toContain(`### ${h}`);
    }
    expect(md).toContain('**WRONG_CREDENTIALS**');
    expect(md).toMatch(/\| ❌ fail \| auth /);
    expect(md).toMatch(/\| host \| `127\.0\.0\.1` \|/);
    expect(md).toContain('```text\n');
    expect(md).toContain('<~  535 5.7.8');
    expect(md).toContain('AUTH PLAIN ********');
  });

  it('never contains the password, in any form', () => {
    for (const md of [render(forms), render()]) {
      for (const f of forms) expect(md).not.toContain(f);
      expect(md).not.toContain('Canary');
    }
    // defence in depth: a secret that somehow reached a report is masked, even in a table cell
    const leaky = clone(wrong);
    leaky.diagnoses[0]!.evidence = [{ line: { t: 0, dir: 'recv', tls: true, text: `535 echo ${CANARY}` } }];
    leaky.target.user = `x${CANARY}`;
    const md = renderMarkdown([named('leaky', leaky)], { lang: 'ko', commandLine: '', version: TOOL_VERSION, secrets: forms });
    for (const f of forms) expect(md).not.toContain(f);
    expect(md).not.toContain('Canary');
  });

  it('masks --password and --password= in the command line', () => {
    expect(redactCommandLine('x --password hunter2 --password=hunter3 --password-env P --url smtp://u:hunter4@h:587')).toBe(
      `x --password ${MASK} --password=${MASK} --password-env P --url smtp://u:${MASK}@h:587`,
    );
    expect(redactCommandLine(`x --password 'a b c'`)).toBe(`x --password ${MASK}`);
  });

  it('escapes table pipes and keeps the transcript fence intact', () => {
    const r = clone(pass);
    r.target.host = 'a|b';
    r.transcript.push({ t: 1, dir: 'recv', tls: true, text: '250 ```` fence' });
    const md = renderMarkdown([named('p|q', r)], { lang: 'en', commandLine: 'smtp-doctor check', version: TOOL_VERSION });
    expect(md).toContain('`a\\|b`');
    expect(md).toContain('`````text');
  });
});

describe('GitHub Actions', () => {
  it('escapes workflow command data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });

  it('one ::error per failed target, ::warning per warning and unmet expectation', () => {
    const out = githubAnnotations([named('good', pass), named('wrong', wrong), named('expiring', expiring, ['cert-days=30', 'tls=starttls'])], 'en');
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('::error ') || l.startsWith('::warning '))).toBe(true);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error title=smtp-doctor wrong%3A WRONG_CREDENTIALS::.+ Fix%3A |^::error title=smtp-doctor wrong%3A WRONG_CREDENTIALS::/);
    expect(lines[0]).toContain(` ${t('en', 'ui.fix')}: `);
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(warnings.some((l) => l.includes('title=smtp-doctor expiring%3A TLS::'))).toBe(true);
    expect(warnings.filter((l) => l.includes('cert-days=30'))).toHaveLength(1);
    expect(out).not.toContain('tls=starttls');
  });

  it('a newline and % in the text cannot end or forge a command', () => {
    const r = clone(wrong);
    r.diagnoses[0]!.cause = { key: 'ui.checking', params: { host: 'evil\n::error::forged', port: '100%', security: 'x' } };
    const out = githubAnnotations([named('host,a:1', r)], 'en');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('title=smtp-doctor host%2Ca%3A1%3A WRONG_CREDENTIALS::');
    expect(out).toContain('evil%0A::error::forged');
    expect(out).toContain('100%25');
  });

  it('writes annotations and appends the summary only inside GitHub Actions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-gh-'));
    try {
      const file = join(dir, 'summary.md');
      writeFileSync(file, 'before\n');
      const targets = [named('good', pass), named('wrong', wrong)];
      let written = '';
      expect(emitGithub(targets, { GITHUB_STEP_SUMMARY: file }, (s) => (written += s))).toBe(false);
      expect(written).toBe('');
      expect(readFileSync(file, 'utf8')).toBe('before\n');

      expect(emitGithub(targets, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: file }, (s) => (written += s))).toBe(true);
      expect(written).toBe(githubAnnotations(targets, 'en'));
      const summary = githubSummary(targets, 'en');
      expect(summary).toMatch(/\| good \| ✅ /);
      expect(summary).toMatch(/\| wrong \| ❌ .* \| `WRONG_CREDENTIALS` \| /);
      expect(readFileSync(file, 'utf8')).toBe(`before\n${summary}\n`);

      emitGithub(targets, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: file }, () => {});
      expect(readFileSync(file, 'utf8')).toBe(`before\n${summary}\n${summary}\n`);

      // no summary file: annotations only; an unwritable one: a warning, not a crash
      written = '';
      emitGithub(targets, { GITHUB_ACTIONS: 'true' }, (s) => (written += s));
      expect(written).toBe(githubAnnotations(targets, 'en'));
      written = '';
      emitGithub(targets, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'missing', 'x.md') }, (s) => (written += s));
      expect(written.trimEnd().split('\n').at(-1)).toMatch(/^::warning::/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
