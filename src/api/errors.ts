import { UsageError } from '../core/errors.js';
import { tm, type Lang } from '../i18n/index.js';

/**
 * Bad options given to the library (the same checks as the command line's, exit code 2 there):
 * `message` in the chosen language, `key` and `params` as data.
 */
export class OptionsError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  constructor(key: string, params: Record<string, string | number>, message: string) {
    super(message);
    this.name = 'OptionsError';
    this.key = key;
    this.params = params;
  }
}

/** Run `fn`; a UsageError becomes an OptionsError with its message rendered. */
export async function asOptionsError<T>(lang: Lang, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    throw new OptionsError(err.msg.key, err.msg.params ?? {}, tm(lang, err.msg));
  }
}
