import { formatBytes, readFailure, readFileBounded, readStreamBounded } from '../core/read.js';
import { UsageError } from '../core/errors.js';
import type { PasswordSource } from '../core/options.js';
import { Secret } from '../core/secret.js';

export interface PasswordFlags {
  user?: string;
  passwordEnv?: string;
  passwordFile?: string;
  passwordStdin?: boolean;
  password?: string;
  /** A password that already arrived some other way (the wizard's masked prompt, a config file). */
  secret?: Secret;
  secretSource?: PasswordSource;
}

export interface PasswordIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Whether a masked prompt may be shown (a TTY, not --json). */
  canPrompt: boolean;
  prompt: (user: string) => Promise<string>;
  /** No password source is not an error (the user came from a settings file, or --lint-only): the report says MISSING_CREDENTIALS. */
  allowMissing?: boolean;
}

const MAX_SECRET_BYTES = 64 * 1024;

/** Strip the one trailing newline a file or a pipe adds; keep anything else for the lint to judge. */
function chompOne(s: string): string {
  return s.replace(/\r?\n$/, '');
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const { text, truncated } = await readStreamBounded(stdin, MAX_SECRET_BYTES);
  if (truncated) throw new UsageError('err.password-stdin-too-long', { max: formatBytes(MAX_SECRET_BYTES) });
  return text;
}

/**
 * Resolve the password from exactly one source. An unset or empty environment variable is
 * not a usage error: the check runs and reports MISSING_CREDENTIALS at the AUTH step.
 */
export async function resolvePassword(
  flags: PasswordFlags,
  io: PasswordIo,
): Promise<{ password?: Secret; source: PasswordSource; envName?: string }> {
  const given = [flags.passwordEnv !== undefined, flags.passwordFile !== undefined, flags.passwordStdin === true, flags.password !== undefined].filter(Boolean).length;
  if (given > 1) throw new UsageError('err.several-password-sources');
  if (given === 1 && flags.user === undefined) throw new UsageError('err.password-needs-user');
  if (flags.passwordEnv !== undefined) {
    const v = io.env[flags.passwordEnv];
    return v ? { password: new Secret(v), source: 'env', envName: flags.passwordEnv } : { source: 'env', envName: flags.passwordEnv };
  }
  if (flags.passwordFile !== undefined) {
    try {
      const v = chompOne(await readFileBounded(flags.passwordFile, MAX_SECRET_BYTES));
      return v ? { password: new Secret(v), source: 'file' } : { source: 'file' };
    } catch (err) {
      throw new UsageError('err.password-file', { path: flags.passwordFile, reason: readFailure(err) });
    }
  }
  if (flags.passwordStdin) {
    if (io.stdin.isTTY) throw new UsageError('err.password-stdin-tty');
    const v = chompOne(await readStdin(io.stdin));
    return v ? { password: new Secret(v), source: 'stdin' } : { source: 'stdin' };
  }
  if (flags.password !== undefined) return { password: new Secret(flags.password), source: 'argv' };
  if (flags.secret !== undefined) return { password: flags.secret, source: flags.secretSource ?? 'file' };
  if (flags.user === undefined) return { source: 'none' };
  if (!io.canPrompt) {
    if (io.allowMissing) return { source: 'none' };
    throw new UsageError('err.no-password-source');
  }
  const v = await io.prompt(flags.user);
  return v ? { password: new Secret(v), source: 'prompt' } : { source: 'prompt' };
}
