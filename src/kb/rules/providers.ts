import type { Rule } from '../rule-types.js';

export const PROVIDERS_RULES: Rule[] = [];
