/** `check --targets`: one line per target (names padded by display width), then each failure's diagnosis. */
import type { NamedReport } from '../ci/types.js';
import { certificateVerified, type Verdict } from '../core/report.js';
import { t, tm } from '../i18n/index.js';
import { formatDiagnoses, formatTranscript, type ReportStyle } from './human.js';
import { makeChalk, paint } from './paint.js';
import { displayWidth, padTo } from './width.js';

const ORDER: Verdict[] = ['pass', 'warn', 'fail'];

/** What a target's line says after its address: the diagnosis, the unmet expectations, or the verdict. */
function what(r: NamedReport, style: ReportStyle): string {
  const d = r.report.diagnoses[0];
  if (d) return `${d.category}: ${tm(style.lang, d.cause)}`;
  const unmet = r.expectations.filter((e) => !e.ok).map((e) => e.expectation.raw);
  if (unmet.length) return `${t(style.lang, 'ui.expect')} ${unmet.join(', ')}`;
  return t(style.lang, `ui.verdict.${r.report.verdict}`);
}

/**
 * The table of many targets. `exitOf` gives a target's exit code (unmet expectations count),
 * `code` the run's (the worst of them).
 */
export function renderTargetsHuman(
  results: NamedReport[],
  exitOf: (r: NamedReport) => number,
  code: number,
  style: ReportStyle,
): string {
  const c = makeChalk(style.color);
  const L = style.lang;
  const width = Math.max(...results.map((r) => displayWidth(r.name)));
  // Addresses and times in columns too: a 4-digit time must not shift the summary after it.
  const whereWidth = Math.max(...results.map((r) => `${r.report.target.host}:${r.report.target.port}`.length));
  const msWidth = Math.max(...results.map((r) => String(r.report.ms).length));
  let out = '';
  for (const r of results) {
    const x = exitOf(r);
    const mark = x === 0 ? c.green('✔') : x === 8 ? c.yellow('!') : c.red('✖');
    const unverified = certificateVerified(r.report) === false ? c.yellow(` (${t(L, 'tls.unverified-note')})`) : '';
    const where = `${r.report.target.host}:${r.report.target.port}`;
    const ms = `${String(r.report.ms).padStart(msWidth)} ms`;
    const name = padTo(r.name, width);
    out += `${mark} ${name}  ${where.padEnd(whereWidth)} ${c.dim(ms)}  ${what(r, style)}${unverified}\n`;
  }
  for (const r of results.filter((x) => x.report.diagnoses.length)) {
    const block = [...formatTranscript(r.report, style), ...formatDiagnoses(r.report, style)];
    out += `\n${c.bold(r.name)}${block.join('\n')}\n`;
  }
  // One blank line, then the closing sentence of a single check: the worst verdict and the run's exit code.
  const verdict = results.map((r) => r.report.verdict).reduce((w, v) => (ORDER.indexOf(v) > ORDER.indexOf(w) ? v : w));
  return `${out}\n${paint(c, verdict, t(L, `ui.verdict.${verdict}`))} ${c.dim(`(${t(L, 'ui.exit', { code })})`)}\n`;
}
