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
}

const ORDER: NagiosState[] = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];
const worse = (a: NagiosState, b: NagiosState): NagiosState => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);

/** Plugin output is one line and `|` starts the perfdata: neither may come from a message or a name. */
export function nagiosText(s: string): string {
  return s.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);
const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** A perfdata label: `'` and `=` cannot be in one at all; quoted when it holds a space. */
export function perfLabel(label: string): string {
  const clean = nagiosText(label).replace(/['=]/g, '_');
  return /\s/.test(clean) ? `'${clean}'` : clean;
}

/** `label=value[UOM];[warn];[crit];[min];[max]`, the trailing empty fields left out (as check_smtp writes it). */
export function perf(label: string, value: string, uom: string, warn?: number, crit?: number, min?: number): string {
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
  if (days !== undefined) out.push(perf(`${prefix}cert_days`, String(days), '', th.certWarning, th.certCritical));
  return out;
}

function stepName(lang: Lang, s: StepResult): string {
  return t(lang, `step.${s.id}`);
}

/** The state of one checked target and the words that say why. */
export function judge(x: NamedReport, th: Thresholds, lang: Lang): Judged {
  const r = x.report;
  const base = { target: x.name, seconds: seconds(r.ms) };
  const failed = r.steps.find((s) => s.status === 'fail');
  if (r.verdict === 'fail' && failed) {
    const d = r.diagnoses[0];
    const category = d?.category ?? failed.failure?.reason ?? failed.failure?.code ?? 'FAILED';
    const title = d ? t(lang, d.title ?? `category.${d.category}`) : t(lang, 'ui.verdict.fail');
    const words = t(lang, 'monitor.fail', { ...base, category, step: stepName(lang, failed), title });
    return { state: 'CRITICAL', words };
  }
  const found: Judged[] = [];
  const over = (limit: number | undefined): boolean => limit !== undefined && r.ms / 1000 > limit;
  if (over(th.critical) || over(th.warning)) {
    const limit = over(th.critical) ? th.critical! : th.warning!;
    const state = over(th.critical) ? 'CRITICAL' : 'WARNING';
    found.push({ state, words: t(lang, 'monitor.slow', { ...base, limit }) });
  }
  const days = certDays(r);
  const under = (limit: number | undefined): boolean => limit !== undefined && days !== undefined && days < limit;
  if (under(th.certCritical) || under(th.certWarning)) {
    const limit = under(th.certCritical) ? th.certCritical! : th.certWarning!;
    const state = under(th.certCritical) ? 'CRITICAL' : 'WARNING';
    found.push({ state, words: t(lang, 'monitor.cert-days', { ...base, days: days!, limit }) });
  }
  const warned = r.steps.find((s) => s.status === 'warn');
  if (warned) {
    const warning = tm(lang, warned.warnings?.[0] ?? { key: 'ui.verdict.warn' }).replace(/[.。]\s*$/, '');
    const words = t(lang, 'monitor.warn', { ...base, step: stepName(lang, warned), warning });
    found.push({ state: 'WARNING', words });
  }
  const unmet = x.expectations.filter((e) => !e.ok).map((e) => e.expectation.raw);
  if (unmet.length) {
    found.push({ state: 'WARNING', words: t(lang, 'monitor.expect', { ...base, list: unmet.join(', ') }) });
  }
  const worst = found.find((f) => f.state === 'CRITICAL') ?? found[0];
  return worst ?? { state: 'OK', words: t(lang, 'monitor.ok', base) };
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
