import type { MessageKey } from '../en/index.js';
import { koCore } from './core.js';

/** The Korean catalog: the same keys as the English one (the compiler and a test check). */
export const ko: Record<MessageKey, string> = { ...koCore };
