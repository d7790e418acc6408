import { skipWhy } from './skip.js';
import { visible } from '../core/text.js';
import type { NamedReport } from '../ci/types.js';
import { describeOrigin } from '../config/merge.js';
import type { Report, Verdict } from '../core/report.js';
import { MASK } from '../core/secret.js';
import { formatLine } from '../core/transcript.js';
import { evidenceText } from './evidence.js';
import type { StepResult, StepStatus } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';
import { factLines } from './facts.js';
import { diagnosisFor, failureLine, orderedSteps } from './junit.js';

export interface MarkdownOptions {
  lang: Lang;
  /** The command as typed; the caller redacts it, and it is checked again here unless `commandRedacted`. */
  commandLine: string;
  /**
   * The caller built `commandLine` from the parsed arguments with every secret masked (src/core/argv.ts):
   * no second pass over the text, which could only mistake a value for an option.
   */
  commandRedacted?: boolean;
  version: string;
  /** Literal secrets (and their encodings) that must never appear: masked wherever they occur. */
  secrets?: string[];
}

const ICON: Record<StepStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** The verdict over several targets: the worst one; an unmet expectation counts as a failure. */
export function overallVerdict(targets: NamedReport[]): Verdict {
  let v: Verdict = 'pass';
  for (const x of targets) {
    if (x.report.verdict === 'fail' || x.expectations.some((e) => !e.ok)) return 'fail';
    if (x.report.verdict === 'warn') v = 'warn';
  }
  return v;
}

/** One target's verdict including its expectations. */
export function targetVerdict(x: NamedReport): Verdict {
  return overallVerdict([x]);
}

/** Mask the value after --password / --password=, and the password in a URL's user info. */
export function redactCommandLine(cmd: string): string {
  return cmd
    .replace(/(--password=)("[^"]*"|'[^']*'|\S*)/g, `$1${MASK}`)
    .replace(/(--password\s+)("[^"]*"|'[^']*'|\S+)/g, `$1${MASK}`)
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@]*@/gi, `$1${MASK}@`);
}

/** Prose: no raw HTML, one line. */
function text(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** A table cell: prose, plus escaped pipes. */
function cell(s: string): string {
  return text(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|') || ' ';
}

/** An inline code span that survives any backticks inside (and pipes, for tables). */
function code(s: string, inTable = false): string {
  let v = visible(s).replace(/\r?\n/g, ' ');
  if (inTable) v = v.replace(/\|/g, '\\|');
  if (!v) return '';
  const longest = Math.max(0, ...[...v.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = v.startsWith('`') || v.endsWith('`') || /^ .* $/.test(v) ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}

/** A fenced block longer than any backtick run in the content. */
function fenced(lines: string[], info = 'text'): string[] {
  const body = lines.map(visible);
  const longest = Math.max(0, ...body.flatMap((l) => [...l.matchAll(/`{3,}/g)].map((m) => m[0].length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...body, fence];
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function stepDetails(s: StepResult, r: Report, lang: Lang): string {
  if (s.status === 'skip') {
    return skipWhy(s, lang);
  }
  const parts: string[] = [];
  if (s.status === 'fail') {
    const fl = failureLine(s, lang);
    if (fl) parts.push(fl);
    const d = diagnosisFor(r, s);
    if (d) parts.push(d.category);
  }
  parts.push(...factLines(s, lang).slice(0, 3));
  for (const w of s.warnings ?? []) parts.push(tm(lang, w));
  return parts.join('; ');
}

const SETTING_FIELDS = ['host', 'port', 'security', 'user', 'password', 'authMethod', 'from', 'to', 'tlsServername', 'helo', 'insecure', 'provider'] as const;

function settingValue(r: Report, f: string): string | undefined {
  if (f === 'password') return r.sources.password ? MASK : undefined;
  const v = (r.target as unknown as Record<string, unknown>)[f];
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) return v.length ? v.join(', ') : undefined;
  return String(v);
}

function settings(r: Report, lang: Lang): string[] {
  const fields = [...SETTING_FIELDS, ...Object.keys(r.sources).filter((k) => !(SETTING_FIELDS as readonly string[]).includes(k))];
  const rows: string[][] = [];
  for (const f of fields) {
    const origin = r.sources[f];
    const value = settingValue(r, f);
    const always = f === 'host' || f === 'port' || f === 'security' || f === 'user';
    if (value === undefined && !origin && !always) continue;
    if (f === 'insecure' && value === 'false' && !origin) continue;
    rows.push([cell(f), value === undefined ? ' ' : code(value, true), cell(origin ? describeOrigin(origin) : '')]);
  }
  return table([t(lang, 'ci.md.setting'), t(lang, 'ci.md.value'), t(lang, 'ci.md.source')], rows);
}

function target(x: NamedReport, lang: Lang): string[] {
  const r = x.report;
  const v = targetVerdict(x);
  const out: string[] = [`## ${VERDICT_ICON[v]} ${text(t(lang, 'ci.md.target', { name: x.name, verdict: t(lang, `ci.verdict.${v}`) }))}`, ''];
  out.push(
    `- ${t(lang, 'ci.md.started')}: ${text(r.startedAt)}`,
    `- ${t(lang, 'ci.md.duration')}: ${r.ms} ms`,
    `- ${t(lang, 'ci.md.exit')}: ${r.exitCode}`,
    '',
  );

  out.push(`### ${t(lang, 'ci.md.settings')}`, '', ...settings(r, lang), '');

  out.push(
    `### ${t(lang, 'ci.md.steps')}`,
    '',
    ...table(
      [t(lang, 'ci.md.status'), t(lang, 'ci.md.step'), 'ms', t(lang, 'ci.md.details')],
      orderedSteps(r).map((s) => [`${ICON[s.status]} ${s.status}`, cell(`${s.id} (${t(lang, `step.${s.id}`)})`), s.status === 'skip' ? ' ' : String(s.ms), cell(stepDetails(s, r, lang))]),
    ),
    '',
  );

  out.push(`### ${t(lang, 'ui.diagnosis')}`, '');
  if (!r.diagnoses.length) out.push(t(lang, 'ci.md.no-diagnosis'), '');
  for (const d of r.diagnoses) {
    out.push(`**${d.category}** (${text(t(lang, d.title ?? `category.${d.category}`))})`, '');
    out.push(`- **${t(lang, 'ui.cause')}:** ${text(tm(lang, d.cause))}`);
    out.push(`- **${t(lang, 'ui.evidence')}:** ${code(evidenceText(lang, d.evidence))}`);
    out.push(`- **${t(lang, 'ui.fix')}:** ${text(tm(lang, d.fix))}`);
    for (const h of d.hints) out.push(`- **${t(lang, 'ui.hint')}:** ${text(tm(lang, h))}`);
    out.push('');
  }

  if (r.warnings.length) {
    out.push(`### ${t(lang, 'ci.md.warnings')}`, '', ...r.warnings.map((w) => `- ${text(tm(lang, w))}`), '');
  }

  if (r.lints.length) {
    out.push(`### ${t(lang, 'lint.title')}`, '', ...r.lints.map((l) => `- ${l.severity === 'error' ? '❌' : '⚠️'} ${text(tm(lang, l.msg))}`), '');
  }

  if (x.expectations.length) {
    out.push(
      `### ${t(lang, 'ci.md.expectations')}`,
      '',
      ...table(
        [t(lang, 'ci.md.result'), t(lang, 'ci.md.expectation'), t(lang, 'ci.md.details')],
        x.expectations.map((e) => [`${e.ok ? '✅' : '❌'} ${t(lang, e.ok ? 'ci.expect.met' : 'ci.expect.not-met')}`, code(e.expectation.raw, true), cell(tm(lang, e.msg))]),
      ),
      '',
    );
  }

  out.push(`### ${t(lang, 'ui.transcript')}`, '');
  const lines = r.transcript.map((l) => formatLine(l, lang));
  out.push(...(lines.length ? fenced(lines) : [t(lang, 'ci.md.none')]), '');
  return out;
}

/**
 * A report to paste into a support ticket or an issue: verdict, version, the command,
 * and per target the settings with their origins, the steps, the diagnosis, lints,
 * expectations and the (already masked) SMTP transcript.
 */
export function renderMarkdown(targets: NamedReport[], o: MarkdownOptions): string {
  const { lang } = o;
  const v = overallVerdict(targets);
  const out: string[] = [`# ${VERDICT_ICON[v]} ${text(t(lang, 'ci.md.title', { verdict: t(lang, `ci.verdict.${v}`) }))}`, ''];
  out.push(`- ${t(lang, 'ci.md.tool')}: smtp-doctor ${text(o.version)}`);
  const command = o.commandRedacted ? o.commandLine : redactCommandLine(o.commandLine);
  out.push(`- ${t(lang, 'ci.md.command')}: ${code(command) || t(lang, 'ci.md.none')}`, '');
  for (const x of targets) out.push(...target(x, lang));
  return maskSecrets(`${out.join('\n').replace(/\n+$/, '')}\n`, o.secrets);
}

/** Replace every secret, and the forms this renderer's escaping could have turned it into. */
export function maskSecrets(s: string, secrets: string[] = []): string {
  const forms = new Set<string>();
  for (const sec of secrets) {
    if (sec.length < 3) continue;
    forms.add(sec);
    forms.add(visible(sec));
    forms.add(text(sec));
    forms.add(cell(sec));
    forms.add(visible(sec).replace(/\|/g, '\\|'));
  }
  let out = s;
  for (const f of [...forms].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) {
    if (out.includes(f)) out = out.split(f).join(MASK);
  }
  return out;
}
