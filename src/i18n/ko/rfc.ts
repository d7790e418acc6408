import type { enRfc } from '../en/rfc.js';

export const koRfc: Record<keyof typeof enRfc, string> = {};
