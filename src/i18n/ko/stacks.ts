import type { enStacks } from '../en/stacks.js';

export const koStacks: Record<keyof typeof enStacks, string> = {};
