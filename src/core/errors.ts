import type { ErrorDetail, Msg } from './types.js';

/** Bad input from the user: one line, exit code 2, nothing sent. */
export class UsageError extends Error {
  readonly msg: Msg;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'UsageError';
    this.msg = { key, params };
  }
}

/**
 * An error of smtp-doctor's own (a timeout, a closed connection): the English message for library users and logs,
 * plus `detail`, the same as data, which renderers translate (catalog `error.<kind>`).
 */
export function ownError<T extends object>(detail: ErrorDetail, message: string, fields: T): Error & T & { detail: ErrorDetail } {
  return Object.assign(new Error(message), fields, { detail });
}
