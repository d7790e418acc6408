import { certificateVerified, type Report } from '../core/report.js';
import { formatLine } from '../core/transcript.js';
import { evidenceText } from './evidence.js';
import { t, tm, type Lang } from '../i18n/index.js';

/**
 * The JSON document (schema in README "JSON output"). Messages are rendered in the chosen
 * language and also given by key, so machines can match on keys and people can read text.
 */
export function toJson(report: Report, lang: Lang): Record<string, unknown> {
  const verified = certificateVerified(report);
  return {
    kind: report.kind,
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    lang,
    target: report.target,
    startedAt: report.startedAt,
    ms: report.ms,
    verdict: report.verdict,
    exitCode: report.exitCode,
    ...(verified !== undefined ? { certificateVerified: verified } : {}),
    steps: report.steps.map((s) => ({
      id: s.id,
      status: s.status,
      ms: s.ms,
      ...(s.blockedBy ? { blockedBy: s.blockedBy } : {}),
      facts: s.facts,
      ...(s.failure ? { failure: s.failure } : {}),
      ...(s.warnings ? { warnings: s.warnings.map((w) => ({ key: w.key, text: tm(lang, w) })) } : {}),
    })),
    diagnoses: report.diagnoses.map((d) => ({
      category: d.category,
      title: t(lang, d.title ?? `category.${d.category}`),
      rule: d.rule,
      step: d.step,
      ...(d.provider ? { provider: d.provider } : {}),
      evidence: evidenceText(lang, d.evidence),
      evidenceItems: d.evidence,
      cause: tm(lang, d.cause),
      fix: tm(lang, d.fix),
      hints: d.hints.map((h) => tm(lang, h)),
      keys: { cause: d.cause.key, fix: d.fix.key, hints: d.hints.map((h) => h.key) },
    })),
    warnings: report.warnings.map((w) => ({ key: w.key, text: tm(lang, w) })),
    sources: report.sources,
    lints: report.lints.map((l) => ({ id: l.id, severity: l.severity, field: l.field, ...(l.category ? { category: l.category } : {}), key: l.msg.key, text: tm(lang, l.msg) })),
    transcript: report.transcript.map((l) => ({ ...l, line: formatLine(l, lang) })),
  };
}

export function renderJson(report: Report, lang: Lang): string {
  return `${JSON.stringify(toJson(report, lang), null, 2)}\n`;
}
