import type { enProviders } from '../en/providers.js';

export const koProviders: Record<keyof typeof enProviders, string> = {};
