import { formatLine } from '../core/transcript.js';
import type { EvidenceItem } from '../core/types.js';
import { t, type Lang } from '../i18n/index.js';
import { outcomeWord } from './facts.js';

/** One piece of evidence as text: a transcript line (notes translated), the attempts, or code and message. */
function itemText(lang: Lang, item: EvidenceItem): string {
  if ('line' in item) return formatLine(item.line, lang);
  if ('attempts' in item) {
    return item.attempts
      .map((a) => {
        const outcome = outcomeWord(lang, a.outcome);
        return `${a.address}: ${outcome}${a.code ? ` (${a.code})` : ''}`;
      })
      .join('; ');
  }
  const f = item.failure;
  // smtp-doctor's own messages are data (detail) and are said in the user's language; a library's or
  // the OS's words are evidence and stay as they are.
  const message = f.detail ? t(lang, `error.${f.detail.kind}`, f.detail.params) : f.message;
  return [f.code, message].filter(Boolean).join(': ') || f.reason || t(lang, 'evidence.unknown');
}

/** A diagnosis's evidence in the user's language (server words, codes and library messages as they are). */
export function evidenceText(lang: Lang, evidence: readonly EvidenceItem[]): string {
  return evidence.map((item) => itemText(lang, item)).join(' | ');
}
