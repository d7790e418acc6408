import type { Msg } from './types.js';

/** Bad input from the user: one line, exit code 2, nothing sent. */
export class UsageError extends Error {
  readonly msg: Msg;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'UsageError';
    this.msg = { key, params };
  }
}
