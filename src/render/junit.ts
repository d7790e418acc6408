import { skipWhy } from './skip.js';
import type { NamedReport } from '../ci/types.js';
import type { Report } from '../core/report.js';
import { formatLine } from '../core/transcript.js';
import { evidenceText } from './evidence.js';
import { STEP_IDS, type Diagnosis, type StepResult } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';

/**
 * JUnit XML for CI test reporters (GitHub, GitLab, Jenkins, Azure): one <testsuite> per
 * target, one <testcase> per step and one per --expect assertion. Everything that reaches the
 * document is escaped, and characters XML 1.0 cannot carry at all are removed, so a hostile
 * server reply cannot break the file.
 */
export function renderJunit(targets: NamedReport[], lang: Lang): string {
  const suites = targets.map((x) => suite(x, lang));
  const sum = (k: 'tests' | 'failures' | 'skipped'): number => suites.reduce((n, s) => n + s[k], 0);
  const ms = targets.reduce((n, x) => n + x.report.ms, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smtp-doctor" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}" time="${seconds(ms)}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

/** Remove what XML 1.0 forbids: C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
export function xmlSafe(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

export function xmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: also quotes, and whitespace as references so parsers keep it. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

/** Steps in walk order (the report lists skipped steps last). */
export function orderedSteps(r: Report): StepResult[] {
  return [...r.steps].sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
}

/** The diagnosis that explains a failed step (the first one when none names the step). */
export function diagnosisFor(r: Report, s: StepResult): Diagnosis | undefined {
  return r.diagnoses.find((d) => d.step === s.id) ?? (s.status === 'fail' ? r.diagnoses[0] : undefined);
}

/** "535 5.7.8 Username and Password not accepted", or our reason in words (the error code in parentheses). */
export function failureLine(s: StepResult, lang: Lang): string | undefined {
  const f = s.failure;
  if (!f) return undefined;
  if (f.responseCode !== undefined) return `${f.responseCode}${f.enhancedCode ? ` ${f.enhancedCode}` : ''} ${(f.response ?? '').split('\n')[0] ?? ''}`.trim();
  if (f.reason) return f.code ? `${t(lang, `reason.${f.reason}`)} (${f.code})` : t(lang, `reason.${f.reason}`);
  return f.code;
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function suite(x: NamedReport, lang: Lang): { xml: string; tests: number; failures: number; skipped: number } {
  const r = x.report;
  const classname = `smtp-doctor.${x.name}`;
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;

  for (const s of orderedSteps(r)) {
    const head = `    <testcase${attrs({ classname, name: `${s.id} ${t(lang, `step.${s.id}`)}`, time: seconds(s.ms) })}`;
    if (s.status === 'fail') {
      failures++;
      const d = diagnosisFor(r, s);
      const type = d?.category ?? s.failure?.code ?? s.failure?.reason ?? 'FAILED';
      const message = d ? `${d.category}: ${tm(lang, d.cause)}` : `${type}: ${failureLine(s, lang) ?? ''}`;
      const body: string[] = [];
      if (d) {
        body.push(`${t(lang, 'ui.evidence')}: ${evidenceText(lang, d.evidence)}`);
        body.push(`${t(lang, 'ui.fix')}: ${tm(lang, d.fix)}`);
        for (const h of d.hints) body.push(`${t(lang, 'ui.hint')}: ${tm(lang, h)}`);
      } else {
        const fl = failureLine(s, lang);
        if (fl) body.push(fl);
        if (s.failure?.message) body.push(s.failure.message);
      }
      cases.push(`${head}>`, `      <failure${attrs({ message, type })}>${xmlText(body.join('\n'))}</failure>`, '    </testcase>');
    } else if (s.status === 'skip') {
      skipped++;
      const why = skipWhy(s, lang);
      cases.push(`${head}>`, `      <skipped${attrs({ message: why })}/>`, '    </testcase>');
    } else if (s.warnings?.length) {
      const out = s.warnings.map((w) => `${t(lang, 'ui.warning')}: ${tm(lang, w)}`).join('\n');
      cases.push(`${head}>`, `      <system-out>${xmlText(out)}</system-out>`, '    </testcase>');
    } else {
      cases.push(`${head}/>`);
    }
  }

  for (const e of x.expectations) {
    const head = `    <testcase${attrs({ classname: `${classname}.expect`, name: `expect ${e.expectation.raw}`, time: '0.000' })}`;
    if (e.ok) {
      cases.push(`${head}/>`);
    } else {
      failures++;
      cases.push(
        `${head}>`,
        `      <failure${attrs({ message: t(lang, 'ci.junit.expect-failed', { raw: e.expectation.raw }), type: 'EXPECTATION' })}>${xmlText(tm(lang, e.msg))}</failure>`,
        '    </testcase>',
      );
    }
  }

  const tests = r.steps.length + x.expectations.length;
  const props = {
    host: r.target.host,
    port: r.target.port,
    security: r.target.security,
    ...(r.target.user !== undefined ? { user: r.target.user } : {}),
    verdict: r.verdict,
    exitCode: r.exitCode,
    ...(r.diagnoses[0] ? { category: r.diagnoses[0].category } : {}),
    tool: `${r.tool.name} ${r.tool.version}`,
  };
  const out: string[] = [
    ...r.warnings.map((w) => `${t(lang, 'ui.warning')}: ${tm(lang, w)}`),
    ...r.lints.map((l) => `${t(lang, 'lint.title')}: ${l.severity}: ${tm(lang, l.msg)}`),
  ];
  if (r.transcript.length) out.push(`${t(lang, 'ui.transcript')}:`, ...r.transcript.map((l) => formatLine(l, lang)));

  const xml = [
    `  <testsuite${attrs({ name: x.name, tests, failures, errors: 0, skipped, time: seconds(r.ms), timestamp: r.startedAt.replace(/Z$/, '') })}>`,
    '    <properties>',
    ...Object.entries(props).map(([name, value]) => `      <property${attrs({ name, value })}/>`),
    '    </properties>',
    ...cases,
    ...(out.length ? [`    <system-out>${xmlText(out.join('\n'))}</system-out>`] : []),
    '  </testsuite>',
  ].join('\n');
  return { xml, tests, failures, skipped };
}
