import type { ExplainResult } from '../explain/explain.js';
import { providerName } from '../kb/providers.js';
import { t, tm, type Lang } from '../i18n/index.js';
import { makeChalk } from './paint.js';
import { labelWidth as displayWidth } from '../i18n/width.js';
import { stackName } from './explain-json.js';

export function renderExplainHuman(r: ExplainResult, lang: Lang, color: boolean): string {
  const c = makeChalk(color);
  // Pad by display width, not by characters: a Hangul label takes two columns per syllable.
  const pad = (s: string): string => s + ' '.repeat(Math.max(1, 11 - displayWidth(s)));
  const row = (label: string, text: string): string => `  ${c.bold(pad(`${label}:`))}${text}`;
  const out: string[] = [];
  if (r.category) out.push(c.bold(`${t(lang, 'explain.title')}: ${r.category}`) + c.dim(` (${t(lang, `category.${r.category}`)})`));
  else out.push(c.bold(`${t(lang, 'explain.title')}:`));
  const sn = stackName(r.stack);
  if (sn) out.push(row(t(lang, 'explain.stack'), sn));
  const pn = providerName(r.provider);
  if (pn) out.push(row(t(lang, 'explain.provider'), pn));
  if (r.evidence) out.push(row(t(lang, 'ui.evidence'), c.dim(r.evidence)));
  out.push(row(t(lang, 'ui.cause'), tm(lang, r.cause)));
  out.push(row(t(lang, 'ui.fix'), c.green(tm(lang, r.fix))));
  for (const h of r.hints) out.push(row(t(lang, 'ui.hint'), tm(lang, h)));
  // The reply-class disclaimer only when a reply code was found: a stack's wording alone has no class.
  if (r.match === 'generic' && r.reply) out.push(c.dim(`  ${t(lang, 'explain.generic-note')}`));
  return `${out.join('\n')}\n`;
}
