import { UsageError } from '../core/errors.js';
import { detectLang, type Lang } from '../i18n/index.js';

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export interface GlobalFlags {
  json?: boolean;
  lang?: string;
  color?: boolean;
  transcript?: boolean;
}

/**
 * Colour: --no-color and NO_COLOR (non-empty) turn it off; FORCE_COLOR turns it on even in a pipe
 * (0 or false: off; empty, 1, 2, 3 or true: on, as Node and chalk read it); TERM=dumb turns it off;
 * otherwise colour when stdout is a terminal.
 */
export function useColor(io: Io, flags: GlobalFlags): boolean {
  if (flags.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return Boolean(io.stdout.isTTY);
}

/**
 * The spinner (on stderr): only with colour, on a terminal at least 20 columns wide that can redraw
 * a line (never TERM=dumb, whatever FORCE_COLOR says).
 */
export function useSpinner(io: Io, color: boolean): boolean {
  const columns = (io.stderr as { columns?: number }).columns ?? 0;
  return color && Boolean(io.stderr.isTTY) && columns >= 20 && io.env.TERM !== 'dumb';
}

export function langOf(io: Io, flags: GlobalFlags): Lang {
  if (flags.lang !== undefined && flags.lang !== 'en' && flags.lang !== 'ko') throw new UsageError('err.bad-lang', { value: flags.lang });
  return detectLang(io.env, flags.lang);
}

/** The language before commander has parsed anything (for help texts and its own errors). */
export function earlyLang(io: Io): Lang {
  const i = io.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : io.argv[i]!.includes('=') ? io.argv[i]!.split('=')[1] : io.argv[i + 1];
  return detectLang(io.env, v === 'en' || v === 'ko' ? v : undefined);
}
