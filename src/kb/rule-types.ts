import type { CategoryId, Reason, StepId } from '../core/types.js';

/**
 * What a rule is matched against: a failure's structured fields, plus where it happened
 * and who the provider is. `wording` is the lexicon id of a stack's wording found in a pasted
 * text (src/explain/signatures); `text` is the server's words or the error message, used last.
 */
export interface Finding {
  step?: StepId;
  code?: string;
  reason?: Reason;
  command?: string;
  responseCode?: number;
  enhancedCode?: string;
  provider?: string;
  wording?: string;
  text?: string;
}

export interface RuleMatch {
  step?: StepId[];
  code?: string[];
  reason?: Reason[];
  /** SMTP command prefix, e.g. "AUTH", "MAIL FROM", "RCPT TO". */
  command?: string[];
  responseCode?: number[];
  /** Reply class: first digit of the basic code. */
  replyClass?: (4 | 5)[];
  /** Enhanced codes; "5.7.*" matches the subject. */
  enhanced?: string[];
  provider?: string[];
  /** Wording ids from the lexicon (a Signature's `wording`, else its `id`). */
  wording?: string[];
  text?: RegExp;
}

/**
 * Precedence tiers, strongest first; see the comment at the top of ./match.ts. A rule's tier
 * is its `tier` field, or when absent the one tierOf() derives from its conditions and flags.
 */
export const TIERS = [
  'provider', 'reason', 'failure', 'wording', 'text', 'code-meaning', 'reply-class', 'code-class', 'catch-all',
] as const;
export type Tier = (typeof TIERS)[number];

export interface Rule {
  id: string;
  category: CategoryId;
  when: RuleMatch;
  /** A catalog key for the title line instead of the category's, when the category says more than is known. */
  title?: string;
  /** Catalog prefix: `${msg}.cause` and `${msg}.fix` must exist in every language. */
  msg: string;
  /** Where the knowledge comes from (RFC, provider documentation, public thread). */
  source: string;
  /** Real-world findings this rule must match (its fixture test). */
  examples: Finding[];
  /** Precedence tier; optional, derived by tierOf() (../match.ts) when absent. */
  tier?: Tier;
  /** A catch-all: tier 'catch-all' unless `tier` says otherwise. */
  fallback?: boolean;
  /**
   * Says only what a standard says a code or reply class means (RFC 3463 / RFC 5321 tables):
   * tier 'code-meaning' or 'code-class', and explain reports match 'generic'.
   */
  generic?: boolean;
}
