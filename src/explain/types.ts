import type { Reason, StepId } from '../core/types.js';

/** Stacks whose error wording smtp-doctor recognises. */
export const STACK_IDS = ['nodemailer', 'node', 'python', 'django', 'java', 'spring', 'ruby', 'rails', 'php', 'phpmailer', 'symfony', 'laravel', 'dotnet', 'go'] as const;
export type StackId = (typeof STACK_IDS)[number];

export interface StackDetector {
  id: StackId;
  name: string;
  /** Text that only this stack prints (exception class names, module names, typical prefixes). */
  pattern: RegExp;
  /** When two stacks match, the more specific wins (e.g. spring over java, rails over ruby). */
  specificity: number;
}

/**
 * A text signature: how a stack words a failure, mapped to the same structured fields a live
 * check produces (code, reason, step, command). Rules then match on those fields, so the
 * knowledge lives in one place and `explain` and `check` agree.
 */
export interface Signature {
  id: string;
  /**
   * The wording family in the lexicon, which a rule can name in `when.wording` (default: `id`).
   * Signatures that word the same failure differently share one.
   */
  wording?: string;
  /** Only applies when one of these stacks is detected (undefined: any text). */
  stacks?: StackId[];
  pattern: RegExp;
  code?: string;
  reason?: Reason;
  step?: StepId;
  /** SMTP command the failure belongs to, when the text tells (MAIL FROM, RCPT TO, AUTH ...). */
  command?: string;
  /** Where the wording was seen (public issue thread, library source, documentation). */
  source: string;
  /** Real texts this signature must recognise (its fixture test). */
  examples: string[];
}
