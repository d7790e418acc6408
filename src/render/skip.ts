import type { StepResult } from '../core/types.js';
import { hasKey, t, type Lang } from '../i18n/index.js';

/** Why a step was skipped, in the reader's language: blocked by a failure, or not requested (and why). */
export function skipWhy(s: StepResult, lang: Lang): string {
  if (s.blockedBy) return t(lang, 'ui.blocked-by', { step: t(lang, `step.${s.blockedBy}`) });
  const reason = typeof s.facts.reason === 'string' ? `ui.skip.${s.facts.reason}` : undefined;
  return reason && hasKey(reason) ? t(lang, reason) : t(lang, 'ui.not-requested');
}
