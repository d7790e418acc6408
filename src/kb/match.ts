/**
 * Which rule explains a finding: ONE ordering, used by `check` (diagnoseStep) and `explain`.
 *
 * A rule applies when every condition of its `when` holds. Of the rules that apply, the one in
 * the strongest tier wins. A rule's tier is its `tier` field, else what tierOf() derives:
 *   1 provider      names the provider (so applies only when it is known): what a reply means there
 *   2 reason        smtp-doctor's own conclusion (`reason`), drawn from more than one fact: what
 *                   EHLO offered, a second connection, a stack's own wording
 *   3 failure       an error code, reply code or enhanced code (with or without step, command, text)
 *   4 wording       a stack's wording, by its lexicon id (`when.wording`, src/explain/signatures)
 *   5 text          a text regex, alone or with the reply class: text is the last evidence about
 *                   the failure itself
 *   6 code-meaning  `generic` (restates a standard) with an exact enhanced code, or a code at a command
 *   7 reply-class   only step, command and reply class ("4xx: temporary", "5xx to RCPT TO")
 *   8 code-class    `generic` with only an enhanced-code subject (X.7.*), a bare reply code or text
 *   9 catch-all     `fallback`: wins only when nothing else applies
 * Within a tier: more conditions matched wins (a refinement beats the plain rule), then the rule
 * listed first in RULES. explain compares its candidate findings (one per reply and per stack
 * wording) the same way, with one rule before the tiers: the root cause beats the wrapper
 * (rootCauseOrder below: a refused login beats the "not authenticated" it leads to). On an exact
 * tie the earlier candidate stays, unless the later one answers a later reply in the log.
 */
import { RULES, type Finding, type Rule, type RuleMatch } from './rules/index.js';
import { TIERS, type Tier } from './rule-types.js';

export { TIERS, type Tier };

/** Conditions that say what failed; step, command and reply class only say where and how badly. */
const STRUCTURED: Array<keyof RuleMatch> = ['code', 'responseCode', 'enhanced'];
const WHERE: Array<keyof RuleMatch> = ['step', 'command', 'replyClass'];

const tiers = new WeakMap<Rule, Tier>();

/** The tier of a rule: its `tier` field, else derived from its flags and kinds of conditions (see above). */
export function tierOf(rule: Rule): Tier {
  let t = tiers.get(rule);
  if (!t) tiers.set(rule, (t = deriveTier(rule)));
  return t;
}

function deriveTier(rule: Rule): Tier {
  if (rule.tier) return rule.tier;
  const w = rule.when;
  const has = (k: keyof RuleMatch): boolean => w[k] !== undefined;
  if (rule.fallback) return 'catch-all';
  const whereOnly = (Object.keys(w) as Array<keyof RuleMatch>).every((k) => WHERE.includes(k));
  if (whereOnly) return 'reply-class';
  if (rule.generic) {
    const exact = w.enhanced?.some((e) => !e.endsWith('*'));
    const atCommand = (has('command') || has('step')) && (has('enhanced') || has('responseCode'));
    return exact || atCommand ? 'code-meaning' : 'code-class';
  }
  if (has('provider')) return 'provider';
  if (has('reason')) return 'reason';
  if (STRUCTURED.some(has)) return 'failure';
  if (has('wording')) return 'wording';
  return 'text';
}

function enhancedMatches(patterns: string[], code: string | undefined): boolean {
  if (!code) return false;
  return patterns.some((p) => p === code || (p.endsWith('.*') && code.startsWith(p.slice(0, -1))));
}

function classOf(f: Finding): number {
  return f.responseCode !== undefined ? Math.floor(f.responseCode / 100) : Number(f.enhancedCode?.[0]);
}

const holds = <T>(list: readonly T[], v: T | undefined): boolean => v !== undefined && list.includes(v);

/** How many conditions of the rule hold for the finding, or null when any fails. */
export function conditionsMatched(rule: Rule, f: Finding): number | null {
  const w = rule.when;
  let n = 0;
  const check = (present: unknown, ok: () => boolean): boolean => present === undefined || (ok() && ++n > 0);
  const all =
    check(w.step, () => holds(w.step!, f.step)) &&
    check(w.code, () => holds(w.code!, f.code)) &&
    check(w.reason, () => holds(w.reason!, f.reason)) &&
    check(w.command, () => w.command!.some((c) => (f.command ?? '').toUpperCase().startsWith(c))) &&
    check(w.responseCode, () => holds(w.responseCode!, f.responseCode)) &&
    check(w.replyClass, () => holds<number>(w.replyClass!, classOf(f))) &&
    check(w.enhanced, () => enhancedMatches(w.enhanced!, f.enhancedCode)) &&
    check(w.provider, () => holds(w.provider!, f.provider)) &&
    check(w.wording, () => holds(w.wording!, f.wording)) &&
    // Text last: the regex runs only when every other condition held.
    check(w.text, () => !!f.text && w.text!.test(f.text));
  return all ? n : null;
}

/** The rule chosen for a finding, with why it ranks where it does. */
export interface Match {
  rule: Rule;
  tier: Tier;
  /** Conditions of the rule that held. */
  conditions: number;
  /** Position in the rule table (the last tie-break). */
  index: number;
}

type Rank = Pick<Match, 'tier' | 'conditions'>;

/** Negative when `a` outranks `b` on tier and conditions, 0 on an exact tie. */
export function compareMatches(a: Rank, b: Rank): number {
  return TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.conditions - a.conditions;
}

/** Every rule that applies to the finding, strongest first. */
export function matchesFor(f: Finding, rules: readonly Rule[] = RULES): Match[] {
  const out: Match[] = [];
  rules.forEach((rule, index) => {
    const conditions = conditionsMatched(rule, f);
    if (conditions !== null) out.push({ rule, tier: tierOf(rule), conditions, index });
  });
  return out.sort((a, b) => compareMatches(a, b) || a.index - b.index);
}

/** The winning rule for a finding (the table has a catch-all with no condition, so there always is one). */
export function diagnose(f: Finding, rules: readonly Rule[] = RULES): Match {
  let best: Match | undefined;
  rules.forEach((rule, index) => {
    const conditions = conditionsMatched(rule, f);
    if (conditions === null) return;
    const m: Match = { rule, tier: tierOf(rule), conditions, index };
    if (!best || compareMatches(m, best) < 0) best = m;
  });
  if (best) return best;
  const index = rules.length - 1;
  return { rule: rules[index]!, tier: tierOf(rules[index]!), conditions: 0, index };
}

/** The winning rule alone. */
export function matchRule(f: Finding, rules: readonly Rule[] = RULES): Rule {
  return diagnose(f, rules).rule;
}

/** Categories that say the login itself was refused. */
const AUTH_FAILURE: ReadonlySet<string> = new Set([
  'WRONG_CREDENTIALS',
  'APP_PASSWORD_REQUIRED',
  'AUTH_DISABLED_BY_PROVIDER',
]);

/**
 * The root cause beats the wrapper (fixtures/explain/README.md). A client whose AUTH was refused
 * (535/534, 5.7.8, 5.7.139, 5.7.3 ...) often goes on to MAIL FROM and gets "not authenticated" /
 * "authentication required" (MISSING_CREDENTIALS): when one text holds both, the refused login
 * decides, whatever the tiers. Negative when `a` is the root cause of `b`, positive the other way.
 */
export function rootCauseOrder(a: Pick<Match, 'rule'>, b: Pick<Match, 'rule'>): number {
  const consequence = (m: Pick<Match, 'rule'>): boolean => m.rule.category === 'MISSING_CREDENTIALS';
  const cause = (m: Pick<Match, 'rule'>): boolean => AUTH_FAILURE.has(m.rule.category);
  if (cause(a) && consequence(b)) return -1;
  if (consequence(a) && cause(b)) return 1;
  return 0;
}

/**
 * The best of several candidate findings for one failure (explain: one per reply and per stack
 * wording in a pasted text): the root cause first (rootCauseOrder), then the same ordering as for
 * one finding. On an exact tie the earlier candidate stays, unless `laterWins(later, earlier)`
 * says otherwise (explain: it answers a later reply in the log).
 */
export function diagnoseBest<C extends { finding: Finding }>(
  candidates: Iterable<C>,
  laterWins: (later: C, earlier: C) => boolean = () => false,
  match: (f: Finding) => Match = (f) => diagnose(f),
): { candidate: C; match: Match } | undefined {
  let best: { candidate: C; match: Match } | undefined;
  for (const candidate of candidates) {
    const m = match(candidate.finding);
    const c = best ? rootCauseOrder(m, best.match) || compareMatches(m, best.match) : -1;
    if (c < 0 || (c === 0 && laterWins(candidate, best!.candidate))) best = { candidate, match: m };
  }
  return best;
}

