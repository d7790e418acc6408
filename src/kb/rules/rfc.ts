import type { Finding, Rule } from '../rule-types.js';
import { ENHANCED_CODES, REPLY_CODES, type EnhancedCode, type ReplyCode, type Seen } from './rfc-codes.js';

export { ENHANCED_CODES, REPLY_CODES, type EnhancedCode, type ReplyCode };

/**
 * What the standards say the codes mean: every enhanced status code of RFC 3463 and of the
 * IANA "SMTP Enhanced Status Codes" registry (RFC 5248), and the RFC 5321 / 4954 / 7504 reply
 * codes. The two tables in ./rfc-codes.ts are the single source; the rules are generated from them.
 *
 * How these rules rank (tiers in ../match.ts):
 * - They are `generic`: an exact code is tier 'code-meaning', a subject ('5.1.*'), a reply code
 *   or X.0.0 is tier 'code-class'. Any rule about the failure itself (provider, reason, error or
 *   reply code, wording, text) wins over them, and so does a code at a command ("X.7.x answered to
 *   MAIL FROM is the sender", core). So the category of a code alone decides only when nothing
 *   else is known, typically a pasted error with no command.
 * - Among themselves: an exact code beats its subject and the reply code (tier). Within
 *   'code-class' the order below decides: precise reply codes (530, 534, 503 ...), subjects, the
 *   broad reply codes (550-554), then X.0.0.
 * - Class 4 (transient): core's `server.temporary` (tier 'reply-class') answers every 4xx with
 *   SERVER_TEMPORARY_FAILURE. So class 4 gets rules only where its category differs; those are not
 *   generic (tier 'failure': an exact transient code is about the failure). Everything else of
 *   class 4 maps through server.temporary, auth.temporary or greeting.busy.
 * - A code or reply code that a core rule already answers by itself (`by`) gets no rule here:
 *   a generic duplicate could never be chosen.
 */

/** Reply codes core answers by themselves: an example with one of them would pick the core rule. */
const CORE_REPLIES = new Set(REPLY_CODES.filter((r) => r.by).map((r) => r.code));

const subjectOf = (e: EnhancedCode): string => e.code.split('.')[0]!;
const isSubject = (e: EnhancedCode): boolean => e.code.endsWith('.0');

export function enhancedMsg(e: EnhancedCode): string {
  return e.msg ?? `rfc.x.${e.code}`;
}

/** When the example replies were last looked up. */
const CHECKED = '(checked 2026-11)';

function sourceOf(ref: string, what: string, seen: Seen[] = []): string {
  const urls = seen.map((s) => s.url);
  return `${ref}: ${what}${urls.length ? `; seen at ${urls.join(', ')} ${CHECKED}` : ''}`;
}

function seenExamples(code: string, seen: Seen[] = []): Finding[] {
  return seen.map((s) => ({ responseCode: s.reply, enhancedCode: code, text: s.text }));
}

function permanentRule(e: EnhancedCode): Rule {
  const code = `5.${e.code}`;
  const subject = isSubject(e);
  const pattern = subject ? `5.${subjectOf(e)}.*` : code;
  const base: Finding = { enhancedCode: code };
  // X.0.0 is weaker than any reply code, so its own example carries none.
  const example: Finding = e.reply !== undefined && !CORE_REPLIES.has(e.reply) && e.code !== '0.0' ? { ...base, responseCode: e.reply } : base;
  return {
    id: `rfc.${pattern}`,
    category: e.category,
    when: { enhanced: [pattern] },
    msg: enhancedMsg(e),
    source: sourceOf(e.ref, subject ? `X.${subjectOf(e)}.x (X.${e.code} ${e.title}, and details nobody registered)` : `X.${e.code} ${e.title}`, e.seen),
    examples: [example, ...seenExamples(code, e.seen)],
    generic: true,
  };
}

/** Class 4 where it differs from SERVER_TEMPORARY_FAILURE: must outrank core's server.temporary, so not generic. */
function transientRule(e: EnhancedCode, t: NonNullable<EnhancedCode['transient']>): Rule {
  const code = `4.${e.code}`;
  return {
    id: `rfc.${code}`,
    category: t.category,
    when: { enhanced: [code] },
    msg: enhancedMsg(e),
    source: sourceOf(e.ref, `X.${e.code} ${e.title} (transient)`, t.seen),
    examples: [{ responseCode: t.reply, enhancedCode: code }, ...seenExamples(code, t.seen)],
  };
}

function replyRule(r: ReplyCode): Rule {
  return {
    id: `rfc.reply.${r.code}`,
    category: r.category,
    when: { responseCode: [r.code] },
    msg: `rfc.reply.${r.code}`,
    source: `${r.ref}: ${r.code} ${r.title}`,
    examples: [{ responseCode: r.code }],
    generic: true,
  };
}

const own = ENHANCED_CODES.filter((e) => !e.by);
const exact = own.filter((e) => !isSubject(e)).map(permanentRule);
const subjects = own.filter((e) => isSubject(e) && e.code !== '0.0').map(permanentRule);
const undefinedStatus = own.filter((e) => e.code === '0.0').map(permanentRule);
const replies = REPLY_CODES.filter((r) => !r.by);
const transient = ENHANCED_CODES.flatMap((e) => (e.transient && !e.transient.by ? [transientRule(e, e.transient)] : []));

/** Order breaks ties within a tier: precise reply codes, subjects, broad reply codes, then X.0.0. */
export const RFC_RULES: Rule[] = [
  ...transient,
  ...exact,
  ...replies.filter((r) => r.precise).map(replyRule),
  ...subjects,
  ...replies.filter((r) => !r.precise).map(replyRule),
  ...undefinedStatus,
];
