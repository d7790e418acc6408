import type { NamedReport } from '../ci/types.js';
import type { Report } from '../core/report.js';
import type { StepResult } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';
import { NAGIOS, type NagiosState } from '../core/exit-codes.js';

/**
 * `check --format nagios`: one status line as monitoring-plugins write it (check_smtp, check_ssl_cert):
 * `SMTP <STATE> - <words> | <perfdata>`, and the plugin exit code (0 OK, 1 WARNING, 2 CRITICAL,
 * 3 UNKNOWN). The state keyword stays English in every language; the words follow --lang.
 */
export { NAGIOS, type NagiosState } from '../core/exit-codes.js';

/** --warning/--critical (seconds of the whole check) and --cert-warning/--cert-critical (days left). */
export interface Thresholds {
  warning?: number;
  critical?: number;
  certWarning?: number;
  certCritical?: number;
}

export interface NagiosOutput {
  /** The line, with its newline. */
  text: string;
  code: number;
}

interface Judged {
  state: Exclude<NagiosState, 'UNKNOWN'>;
  words: string;
  /** This reason names the response time (so the line does not repeat it). */
  slow?: boolean;
}

const ORDER: NagiosState[] = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];
const worse = (a: NagiosState, b: NagiosState): NagiosState => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);

/** Plugin output is one line and `|` starts the perfdata: neither may come from a message or a name. */
export function nagiosText(s: string): string {
  return s.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);
const num = (n: number | string | undefined): string => (n === undefined ? '' : String(n));

/** A perfdata label: `'` and `=` cannot be in one at all; quoted when it holds a space. */
export function perfLabel(label: string): string {
  const clean = nagiosText(label).replace(/['=]/g, '_');
  return /\s/.test(clean) ? `'${clean}'` : clean;
}

/** `label=value[UOM];[warn];[crit];[min];[max]`, the trailing empty fields left out (as check_smtp writes it). */
export function perf(label: string, value: string, uom: string, warn?: number | string, crit?: number | string,
  min?: number): string {
  return `${perfLabel(label)}=${value}${uom};${num(warn)};${num(crit)};${num(min)}`.replace(/;+$/, '');
}

/** Days until the leaf certificate's notAfter, when a certificate was seen. */
export function certDays(r: Pick<Report, 'steps'>): number | undefined {
  const d = r.steps.find((s) => s.id === 'tls')?.facts.daysLeft;
  return typeof d === 'number' ? d : undefined;
}

/** Total time, then one time per step that ran (in walk order), then the certificate's days. */
export function perfdata(r: Report, th: Thresholds, prefix = '', steps = true): string[] {
  const out = [perf(`${prefix}time`, seconds(r.ms), 's', th.warning, th.critical, 0)];
  const ran = steps ? r.steps.filter((x) => x.status !== 'skip') : [];
  for (const s of ran) out.push(perf(`${prefix}${s.id}_time`, seconds(s.ms), 's', undefined, undefined, 0));
  const days = certDays(r);
  // Days left alert when BELOW the limit: the range `30:` (a bare `30` alerts ABOVE 30, per the plugin guidelines).
  const below = (limit: number | undefined): string | undefined => (limit === undefined ? undefined : `${limit}:`);
  if (days !== undefined) {
    out.push(perf(`${prefix}cert_days`, String(days), '', below(th.certWarning), below(th.certCritical)));
  }
  return out;
}

function stepName(lang: Lang, s: StepResult): string {
  return t(lang, `step.${s.id}`);
}

const RANK: Judged['state'][] = ['CRITICAL', 'WARNING'];

/** The reasons that make a target CRITICAL or WARNING, in the order they are found. */
function reasons(x: NamedReport, th: Thresholds, lang: Lang): Judged[] {
  const r = x.report;
  const found: Judged[] = [];
  const failed = r.steps.find((s) => s.status === 'fail');
  if (r.verdict === 'fail' && failed) {
    const d = r.diagnoses[0];
    const category = d?.category ?? failed.failure?.reason ?? failed.failure?.code ?? 'FAILED';
    const title = d ? t(lang, d.title ?? `category.${d.category}`) : t(lang, 'ui.verdict.fail');
    const words = t(lang, 'monitor.fail', { category, step: stepName(lang, failed), title });
    found.push({ state: 'CRITICAL', words });
  }
  const over = (limit: number | undefined): boolean => limit !== undefined && r.ms / 1000 > limit;
  if (over(th.critical) || over(th.warning)) {
    const limit = over(th.critical) ? th.critical! : th.warning!;
    const state = over(th.critical) ? 'CRITICAL' : 'WARNING';
    found.push({ state, words: t(lang, 'monitor.slow', { seconds: seconds(r.ms), limit }), slow: true });
  }
  const days = certDays(r);
  const under = (limit: number | undefined): boolean => limit !== undefined && days !== undefined && days < limit;
  if (under(th.certCritical) || under(th.certWarning)) {
    const limit = under(th.certCritical) ? th.certCritical! : th.certWarning!;
    const state = under(th.certCritical) ? 'CRITICAL' : 'WARNING';
    found.push({ state, words: t(lang, 'monitor.cert-days', { days: days!, limit }) });
  }
  for (const s of failed ? [] : r.steps.filter((x) => x.status === 'warn')) {
    for (const w of s.warnings?.length ? s.warnings : [{ key: 'ui.verdict.warn' }]) {
      const warning = tm(lang, w).replace(/[.。]\s*$/, '');
      found.push({ state: 'WARNING', words: t(lang, 'monitor.warn', { step: stepName(lang, s), warning }) });
    }
  }
  const unmet = x.expectations.filter((e) => !e.ok).map((e) => e.expectation.raw);
  if (unmet.length) found.push({ state: 'WARNING', words: t(lang, 'monitor.expect', { list: unmet.join(', ') }) });
  return found;
}

/**
 * The state of one checked target and the words that say why: every reason that set a state, the worst state's
 * first, joined by "; " (as check_ssl_cert lists several problems); the response time when no reason names it.
 */
export function judge(x: NamedReport, th: Thresholds, lang: Lang): Judged {
  const base = { target: x.name, seconds: seconds(x.report.ms) };
  const found = reasons(x, th, lang);
  if (!found.length) return { state: 'OK', words: t(lang, 'monitor.ok', base) };
  const sorted = RANK.flatMap((state) => found.filter((f) => f.state === state));
  const list = sorted.map((f) => f.words).join('; ');
  const key = found.some((f) => f.slow) ? 'monitor.reasons' : 'monitor.reasons-time';
  return { state: sorted[0]!.state, words: t(lang, key, { ...base, list }) };
}

function line(state: NagiosState, words: string, perfs: string[]): NagiosOutput {
  const tail = perfs.length ? ` | ${perfs.join(' ')}` : '';
  return { text: `SMTP ${state} - ${nagiosText(words)}${tail}\n`, code: NAGIOS[state] };
}

/** One target: its state, its words and its perfdata. */
export function renderNagios(x: NamedReport, th: Thresholds, lang: Lang): NagiosOutput {
  const j = judge(x, th, lang);
  return line(j.state, j.words, perfdata(x.report, th));
}

/**
 * Many targets (`--targets`): one line, the worst state, how many targets are in it and which
 * (`SMTP CRITICAL - 1 of 3 targets failing: b (...)`); perfdata per target (`<name>_time`, `<name>_cert_days`).
 */
export function renderNagiosTargets(xs: NamedReport[], th: Thresholds, lang: Lang): NagiosOutput {
  const judged = xs.map((x) => ({ x, j: judge(x, th, lang) }));
  const state = judged.reduce<NagiosState>((w, { j }) => worse(w, j.state), 'OK');
  const perfs = xs.flatMap((x) => perfdata(x.report, th, `${x.name}_`, false));
  if (state === 'OK') {
    const slowest = seconds(Math.max(...xs.map((x) => x.report.ms)));
    return line('OK', t(lang, 'monitor.targets-ok', { total: xs.length, seconds: slowest }), perfs);
  }
  const at = judged.filter(({ j }) => j.state === state);
  const more = judged.filter(({ j }) => j.state !== state && j.state !== 'OK').length;
  const rest = more ? [t(lang, 'monitor.targets-more', { count: more })] : [];
  const list = [...at.map(({ j }) => j.words), ...rest].join('; ');
  const key = state === 'CRITICAL' ? 'monitor.targets-critical' : 'monitor.targets-warning';
  return line(state, t(lang, key, { count: at.length, total: xs.length, list }), perfs);
}

/** A usage error, a crash, an interruption: UNKNOWN, exit 3, no perfdata. */
export function renderNagiosUnknown(words: string): NagiosOutput {
  return line('UNKNOWN', words, []);
}
