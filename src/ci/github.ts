import { appendFileSync } from 'node:fs';
import { certificateVerified } from '../core/report.js';
import type { NamedReport } from './types.js';
import { t, tm, type Lang } from '../i18n/index.js';
import { diagnosisFor, failureLine } from '../render/junit.js';
import { targetVerdict } from '../render/markdown.js';

/** Workflow command data: %, CR and LF are encoded (GitHub's own escaping). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values: additionally ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning', title: string, message: string): string {
  return `::${kind} title=${escapeProperty(title)}::${escapeData(message)}`;
}

/**
 * GitHub Actions annotations: one ::error per failed target (category, cause, fix), and one
 * ::warning per warning (steps and how the check was run) and per unmet expectation.
 */
export function githubAnnotations(targets: NamedReport[], lang: Lang): string {
  const lines: string[] = [];
  for (const x of targets) {
    const r = x.report;
    if (r.verdict === 'fail') {
      const failed = r.steps.find((s) => s.status === 'fail');
      const d = failed ? diagnosisFor(r, failed) : r.diagnoses[0];
      if (d) {
        lines.push(command('error', `smtp-doctor ${x.name}: ${d.category}`, `${tm(lang, d.cause)} ${t(lang, 'ui.fix')}: ${tm(lang, d.fix)}`));
      } else {
        const what = failed ? (failed.failure?.code ?? failed.failure?.reason ?? 'FAILED') : 'FAILED';
        lines.push(command('error', `smtp-doctor ${x.name}: ${what}`, failed ? `${t(lang, `step.${failed.id}`)}: ${failureLine(failed, lang) ?? what}` : what));
      }
    }
    for (const w of r.warnings) lines.push(command('warning', `smtp-doctor ${x.name}`, tm(lang, w)));
    for (const s of r.steps) {
      for (const w of s.warnings ?? []) lines.push(command('warning', `smtp-doctor ${x.name}: ${t(lang, `step.${s.id}`)}`, tm(lang, w)));
    }
    for (const e of x.expectations) {
      if (!e.ok) lines.push(command('warning', `smtp-doctor ${x.name}: ${t(lang, 'ci.gh.expectation-title', { raw: e.expectation.raw })}`, tm(lang, e.msg)));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Table cell text for the job summary: one line, no raw HTML, pipes escaped. */
function cell(s: string): string {
  return (
    s
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\r?\n/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|') || ' '
  );
}

const ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** A compact Markdown job summary: one row per target (verdict, category, fix, expectations). */
export function githubSummary(targets: NamedReport[], lang: Lang): string {
  const head = [t(lang, 'ci.gh.target'), t(lang, 'ci.gh.verdict'), t(lang, 'ci.gh.category'), t(lang, 'ui.fix'), t(lang, 'ci.gh.expectations')];
  const rows = targets.map((x) => {
    const r = x.report;
    const v = targetVerdict(x);
    const d = r.diagnoses[0];
    const exp = x.expectations.length ? `${x.expectations.filter((e) => e.ok).length}/${x.expectations.length}` : '-';
    const note = certificateVerified(r) === false ? ` (${t(lang, 'tls.unverified-note')})` : '';
    const verdict = `${ICON[v]} ${cell(`${t(lang, `ci.verdict.${v}`)}${note}`)}`;
    return [cell(x.name), verdict, d ? `\`${d.category}\`` : '-', d ? cell(tm(lang, d.fix)) : '-', exp];
  });
  return [
    `### ${t(lang, 'ci.gh.summary-title')}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/**
 * Inside GitHub Actions (GITHUB_ACTIONS=true): annotations to `write` (the CLI passes stderr), and the
 * summary appended to $GITHUB_STEP_SUMMARY when set. Returns whether anything was emitted.
 * A summary file that cannot be written becomes a warning annotation, never a crash.
 */
export function emitGithub(targets: NamedReport[], env: NodeJS.ProcessEnv, write: (s: string) => void, lang: Lang = 'en'): boolean {
  if (env.GITHUB_ACTIONS !== 'true') return false;
  const annotations = githubAnnotations(targets, lang);
  if (annotations) write(annotations);
  const path = env.GITHUB_STEP_SUMMARY;
  if (path) {
    try {
      appendFileSync(path, `${githubSummary(targets, lang)}\n`, 'utf8');
    } catch (err) {
      const reason = err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);
      write(`::warning::${escapeData(t(lang, 'ci.gh.summary-write-failed', { path, reason }))}\n`);
    }
  }
  return true;
}
