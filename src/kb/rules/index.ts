import type { Rule } from '../rule-types.js';
import { CORE_RULES } from './core.js';
import { PROVIDERS_RULES } from './providers.js';
import { RFC_RULES } from './rfc.js';
import { STACKS_RULES } from './stacks.js';
import { OAUTH_RULES } from './core/oauth.js';

/**
 * The knowledge base: every rule, from every file in this folder. Matching picks, among the
 * rules whose conditions all hold, the strongest precedence tier (see ../match.ts); order only
 * breaks ties within a tier. To add a rule: add it to the file of its kind with at least one real
 * example, and its messages to src/i18n/en and src/i18n/ko.
 */
export const RULES: Rule[] = [...OAUTH_RULES, ...CORE_RULES, ...RFC_RULES, ...PROVIDERS_RULES, ...STACKS_RULES];

export type { Rule, Finding, RuleMatch } from '../rule-types.js';
