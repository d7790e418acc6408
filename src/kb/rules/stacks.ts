import type { Rule } from '../rule-types.js';

export const STACKS_RULES: Rule[] = [];
