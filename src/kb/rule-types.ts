import type { CategoryId, StepId } from '../core/types.js';

/**
 * What a rule is matched against: a failure's structured fields, plus where it happened
 * and who the provider is. `text` is the server's words or the error message, used last.
 */
export interface Finding {
  step?: StepId;
  code?: string;
  reason?: string;
  command?: string;
  responseCode?: number;
  enhancedCode?: string;
  provider?: string;
  text?: string;
}

export interface RuleMatch {
  step?: StepId[];
  code?: string[];
  reason?: string[];
  /** SMTP command prefix, e.g. "AUTH", "MAIL FROM", "RCPT TO". */
  command?: string[];
  responseCode?: number[];
  /** Reply class: first digit of the basic code. */
  replyClass?: (4 | 5)[];
  /** Enhanced codes; "5.7.*" matches the subject. */
  enhanced?: string[];
  provider?: string[];
  text?: RegExp;
}

export interface Rule {
  id: string;
  category: CategoryId;
  when: RuleMatch;
  /** Catalog prefix: `${msg}.cause` and `${msg}.fix` must exist in every language. */
  msg: string;
  /** Where the knowledge comes from (RFC, provider documentation, public thread). */
  source: string;
  /** Real-world findings this rule must match (its fixture test). */
  examples: Finding[];
  /** A catch-all: wins only when no other rule matches. */
  fallback?: boolean;
  /** Says only what the reply class or enhanced-code subject tells (RFC 3463 / RFC 5321 tables). */
  generic?: boolean;
}

