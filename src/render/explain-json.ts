import type { ExplainResult } from '../explain/explain.js';
import { STACKS } from '../explain/signatures.js';
import { providerName } from '../kb/providers.js';
import { t, tm, type Lang } from '../i18n/index.js';

/** explain's JSON document: no colour, no column widths (so `explain --json` loads neither chalk nor string-width). */
export const stackName = (id: string | undefined): string | undefined => STACKS.find((s) => s.id === id)?.name;

export function explainToJson(r: ExplainResult, lang: Lang): Record<string, unknown> {
  return {
    kind: r.kind,
    schemaVersion: r.schemaVersion,
    lang,
    match: r.match,
    ...(r.category ? { category: r.category, title: t(lang, `category.${r.category}`) } : {}),
    ...(r.rule ? { rule: r.rule } : {}),
    ...(r.stack ? { stack: r.stack, stackName: stackName(r.stack) } : {}),
    ...(r.provider ? { provider: r.provider, providerName: providerName(r.provider) } : {}),
    ...(r.reply ? { reply: r.reply } : {}),
    ...(r.evidence ? { evidence: r.evidence } : {}),
    cause: tm(lang, r.cause),
    fix: tm(lang, r.fix),
    hints: r.hints.map((h) => tm(lang, h)),
    keys: { cause: r.cause.key, fix: r.fix.key, hints: r.hints.map((h) => h.key) },
    finding: r.finding,
  };
}

export function renderExplainJson(r: ExplainResult, lang: Lang): string {
  return `${JSON.stringify(explainToJson(r, lang), null, 2)}\n`;
}

