import type { Rule } from '../rule-types.js';

export const RFC_RULES: Rule[] = [];
