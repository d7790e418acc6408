import { enCore } from './core.js';

/** The English catalog: every part merged. Each part has a Korean twin in ../ko. */
export const en = { ...enCore } as const;

export type MessageKey = keyof typeof en;
