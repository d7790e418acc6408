/**
 * The human renderer of a check: a finished Report -> text (renderHuman), and the pieces the live
 * adapter (human-live.ts), the demo (human-demo.ts) and the many-target table (human-targets.ts)
 * print with. Warnings go to stderr, so they are rendered apart (formatWarnings).
 */
import { skipWhy } from './skip.js';
import type { Report } from '../core/report.js';
import type { Lint } from '../lint/credentials.js';
import type { ExpectationResult } from '../ci/types.js';
import type { Origin } from '../config/types.js';
import { describeOrigin } from '../config/merge.js';
import { formatLine } from '../core/transcript.js';
import { evidenceText } from './evidence.js';
import { factLines } from './facts.js';
import { failureLine } from './junit.js';
import { makeChalk, paint, SYMBOL, type ChalkInstance } from './paint.js';
import { padLabel as padTo } from '../i18n/width.js';
import { STEP_IDS, type Msg, type StepId, type StepResult } from '../core/types.js';
import type { Security } from '../core/options.js';
import type { TranscriptLine } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';

export interface HumanStyle {
  color: boolean;
  lang: Lang;
}

export interface ReportStyle extends HumanStyle {
  /** Print the dialogue before the diagnoses. */
  transcript: boolean;
}

/** Steps in walk order (a report may list the skipped ones last). */
export function inWalkOrder(steps: readonly StepResult[]): StepResult[] {
  return [...steps].sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
}

/** One step as printed, live or at the end. */
export function formatStep(s: StepResult, style: HumanStyle): string {
  const c = makeChalk(style.color);
  const name = t(style.lang, `step.${s.id}`);
  const time = s.status === 'skip' ? '' : `${s.ms} ms`;
  const head = `${paint(c, s.status, SYMBOL[s.status])} ${padTo(name, 16)} ${c.dim(time.padStart(8))}`;
  if (s.status === 'skip') return `${head}  ${c.dim(skipWhy(s, style.lang))}`;
  const fl = s.status === 'fail' ? failureLine(s, style.lang) : undefined;
  const facts = factLines(s, style.lang).map((l, i) => (i === 0 && !fl ? l : c.dim(l)));
  const warnings = (s.warnings ?? []).map((w) => c.yellow(tm(style.lang, w)));
  // The first detail goes on the step's own line: the failure, else a fact, else a warning (a warned step with
  // no facts, such as TLS on a plain port); none at all leaves the line without trailing spaces (QUIT).
  const details = [...(fl ? [c.red(fl)] : []), ...facts, ...warnings];
  const first = details.shift();
  const indent = ' '.repeat(29);
  return [first === undefined ? head : `${head}  ${first}`, ...details.map((l) => `${indent}${l}`)].join('\n');
}

export function formatTranscriptLine(l: TranscriptLine, style: HumanStyle): string {
  const c = makeChalk(style.color);
  const text = formatLine(l, style.lang);
  if (l.dir === 'note') return c.cyan(text);
  if (l.dir === 'send') return c.bold(text);
  return text;
}

function wrapMsg(c: ChalkInstance, label: string, text: string): string {
  return `  ${c.bold(padTo(label, 10))} ${text}`;
}

/** The diagnoses, each a block: category, cause, evidence, fix, hints (each block starts with a blank line). */
export function formatDiagnoses(r: Report, style: HumanStyle): string[] {
  const c = makeChalk(style.color);
  const L = style.lang;
  const out: string[] = [];
  for (const d of r.diagnoses) {
    const title = t(L, d.title ?? `category.${d.category}`);
    out.push('', c.red.bold(`${t(L, 'ui.diagnosis')}: ${d.category}`) + c.dim(` (${title})`));
    out.push(wrapMsg(c, `${t(L, 'ui.cause')}:`, tm(L, d.cause)));
    out.push(wrapMsg(c, `${t(L, 'ui.evidence')}:`, c.dim(evidenceText(L, d.evidence))));
    out.push(wrapMsg(c, `${t(L, 'ui.fix')}:`, c.green(tm(L, d.fix))));
    for (const h of d.hints) out.push(wrapMsg(c, `${t(L, 'ui.hint')}:`, tm(L, h)));
  }
  return out;
}

/** The dialogue under a title (after a blank line), when asked for. */
export function formatTranscript(r: Report, style: ReportStyle): string[] {
  if (!style.transcript) return [];
  const c = makeChalk(style.color);
  return ['', c.bold(t(style.lang, 'ui.transcript')), ...r.transcript.map((l) => formatTranscriptLine(l, style))];
}

/** Everything after the steps: optional transcript, diagnoses, verdict. */
export function formatSummary(r: Report, style: ReportStyle): string {
  const c = makeChalk(style.color);
  const L = style.lang;
  const out = [...formatTranscript(r, style), ...formatDiagnoses(r, style)];
  const exit = c.dim(`(${t(L, 'ui.exit', { code: r.exitCode })})`);
  out.push('', `${paint(c, r.verdict, t(L, `ui.verdict.${r.verdict}`))} ${exit}`);
  return out.join('\n');
}

/** One lint as plain text ("✖ ..." or "! ..."), without colour: the `text` of the JSON document. */
export function lintText(l: Lint, lang: Lang): string {
  return `${l.severity === 'error' ? '✖' : '!'} ${tm(lang, l.msg)}`;
}

/** What the settings look like before connecting: one line per lint, errors first. */
export function formatLints(lints: Lint[], style: HumanStyle): string[] {
  if (!lints.length) return [];
  const c = makeChalk(style.color);
  const sorted = [...lints].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [
    c.bold(`${t(style.lang, 'lint.title')}:`),
    ...sorted.map((l) => `  ${l.severity === 'error' ? c.red('✖') : c.yellow('!')} ${tm(style.lang, l.msg)}`),
  ];
}

/**
 * "Settings: host smtp.x (application.yml:3 (spring.mail.host)), port 465 (--port) ..." when anything
 * came from a file or the environment. `values` holds the settings (the password is never shown).
 */
export function formatSources(sources: Partial<Record<string, Origin>>, values: object, style: HumanStyle): string[] {
  const interesting = Object.values(sources).some((x) => x && x.kind !== 'flag' && x.kind !== 'default');
  if (!interesting) return [];
  const c = makeChalk(style.color);
  const value = (f: string): string =>
    f === 'password' ? '********' : String((values as Record<string, unknown>)[f] ?? '');
  const parts = Object.entries(sources)
    .filter(([, origin]) => origin)
    .map(([f, origin]) => `${f} ${value(f)} ${c.dim(`(${describeOrigin(origin!)})`)}`);
  return [`${t(style.lang, 'ui.sources')}: ${parts.join(', ')}`];
}

/** --expect results: one line each. */
export function formatExpectations(results: ExpectationResult[], style: HumanStyle): string[] {
  const c = makeChalk(style.color);
  return results.map((r) => {
    const mark = r.ok ? c.green('✔') : c.red('✖');
    return `${mark} ${t(style.lang, 'ui.expect')} ${r.expectation.raw}: ${tm(style.lang, r.msg)}`;
  });
}

/** Warnings and notes about how the check is run (printed on stderr). */
export function formatWarnings(ws: Msg[], style: HumanStyle): string[] {
  const c = makeChalk(style.color);
  return ws.map((w) =>
    w.key.startsWith('note.')
      ? c.cyan(`${t(style.lang, 'ui.note')}: ${tm(style.lang, w)}`)
      : c.yellow(`${t(style.lang, 'ui.warning')}: ${tm(style.lang, w)}`));
}

/** "Checking host:port (security)" and where the settings came from: printed before the first step. */
export function renderCheckHead(
  target: { host: string; port: number; security: Security },
  sources: Partial<Record<string, Origin>>,
  style: HumanStyle,
): string {
  const { host, port, security } = target;
  const out = [t(style.lang, 'ui.checking', { host, port, security }), ...formatSources(sources, target, style)];
  return `${out.join('\n')}\n`;
}

/**
 * What follows the steps printed live: the steps not printed yet (never reached) in walk order with
 * QUIT last, then the transcript if asked, the diagnoses, the verdict and the --expect results.
 */
export function renderRest(
  r: Report,
  printed: ReadonlySet<StepId>,
  style: ReportStyle & { expectations?: ExpectationResult[] },
): string {
  const out: string[] = [];
  for (const s of inWalkOrder(r.steps.filter((x) => !printed.has(x.id)))) out.push(formatStep(s, style));
  out.push(formatSummary(r, style));
  out.push(...formatExpectations(style.expectations ?? [], style));
  return `${out.join('\n')}\n`;
}

/**
 * A finished report as text: what a live check prints on stdout (its warnings go to stderr:
 * formatWarnings), for a report from the library or a file. The steps the walk recorded come in
 * the order they ended (implicit TLS comes before the greeting), as they were printed live; then
 * the steps never reached in walk order, QUIT last.
 */
export function renderHuman(r: Report, style: ReportStyle & { expectations?: ExpectationResult[] }): string {
  const lints = formatLints(r.lints, style).map((l) => `${l}\n`).join('');
  let last = -1;
  r.steps.forEach((s, i) => {
    if (s.status !== 'skip' && s.id !== 'quit') last = i;
  });
  const live = r.steps.slice(0, last + 1).filter((s) => s.id !== 'quit');
  const steps = live.map((s) => `${formatStep(s, style)}\n`).join('');
  const printed = new Set(live.map((s) => s.id));
  return `${renderCheckHead(r.target, r.sources, style)}${lints}${steps}${renderRest(r, printed, style)}`;
}

/** --emit after a human report: a header, then the settings that worked. */
export function renderEmit(target: string, text: string, lang: Lang): string {
  return `\n${t(lang, 'emit.header', { target })}\n${text}${text.endsWith('\n') ? '' : '\n'}`;
}
