/**
 * `check --format human|json|nagios|prometheus|junit` and the Nagios thresholds: the options, their
 * validation, and what a usage error or a crash looks like when Nagios is the reader (an UNKNOWN line
 * on stdout, exit 3). Small on purpose: loaded on every `check`; the runner is ./commands/monitor.ts.
 */
import { CommanderError, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { t, tm, type Lang } from '../i18n/index.js';

export const FORMATS = ['human', 'json', 'nagios', 'prometheus', 'junit'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats the monitoring runner prints (human and json keep the check's own paths). */
export type MonitorFormat = Exclude<Format, 'human' | 'json'>;

export interface MonitorFlags {
  format?: string;
  warning?: string;
  critical?: string;
  certWarning?: string;
  certCritical?: string;
  output?: string;
}

export interface MonitorSettings {
  format: MonitorFormat;
  thresholds: import('../render/nagios.js').Thresholds;
}

/** The options of `check` this part adds (help texts in the catalogs, `help.<option>`). */
export function addMonitorOptions(cmd: Command, lang: Lang): Command {
  const h = (k: string): string => t(lang, `help.${k}`);
  return cmd
    .option('--format <format>', h('format'))
    .option('--warning <seconds>', h('warning'))
    .option('--critical <seconds>', h('critical'))
    .option('--cert-warning <days>', h('cert-warning'))
    .option('--cert-critical <days>', h('cert-critical'))
    .option('--output <file>', h('output'));
}

const THRESHOLDS = [
  ['warning', '--warning'],
  ['critical', '--critical'],
  ['certWarning', '--cert-warning'],
  ['certCritical', '--cert-critical'],
] as const;

function threshold(option: string, value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value.trim())) throw new UsageError('err.bad-threshold', { option, value });
  return Number(value);
}

/**
 * Validate the monitoring flags. `--format json` turns on `--json` (its alias); human and json return
 * undefined (the usual check runs); the others return what the monitoring runner needs.
 */
type Flags = MonitorFlags & { json?: boolean; emit?: string; lintOnly?: boolean };
export function monitorSettings(flags: Flags): MonitorSettings | undefined {
  const format = flags.format ?? (flags.json ? 'json' : 'human');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError('err.bad-format', { value: format, formats: FORMATS.join(', ') });
  }
  if (flags.json && format !== 'json') throw new UsageError('err.format-conflict', { option: '--json', format });
  if (format === 'json') flags.json = true;
  const thresholds: MonitorSettings['thresholds'] = {};
  for (const [key, option] of THRESHOLDS) {
    const v = flags[key];
    if (v === undefined) continue;
    if (format !== 'nagios') throw new UsageError('err.threshold-needs-nagios', { option });
    thresholds[key] = threshold(option, v);
  }
  if (format === 'human' || format === 'json') {
    if (flags.output !== undefined) throw new UsageError('err.output-needs-format');
    return undefined;
  }
  // Settings for a person to copy, or a run that checks nothing: neither has a monitoring answer.
  if (flags.emit !== undefined) throw new UsageError('err.format-conflict', { option: '--emit', format });
  if (flags.lintOnly) throw new UsageError('err.format-conflict', { option: '--lint-only', format });
  return { format: format as MonitorFormat, thresholds };
}

/** Did the command line ask for `--format nagios` (read before, or without, the option parser)? */
export function nagiosRequested(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return false;
    if (a === '--format=nagios' || (a === '--format' && args[i + 1] === 'nagios')) return true;
  }
  return false;
}

/**
 * What `--format nagios` prints when no check result can be given (a usage error, a crash, Ctrl-C at a
 * prompt): `SMTP UNKNOWN - <message>` on stdout, which is all a plugin's caller reads, and exit 3.
 */
export async function nagiosFailure(
  io: { stdout: { write(s: string): unknown } },
  lang: Lang,
  err: unknown,
  commanderText: (e: CommanderError) => string,
  hint: (lang: Lang, message: string) => string,
): Promise<number> {
  const { renderNagiosUnknown } = await import('../render/nagios.js');
  const usage = err instanceof CommanderError ? commanderText(err)
    : err instanceof UsageError ? tm(lang, err.msg) : undefined;
  const prompt = Boolean(err && typeof err === 'object' && (err as { name?: string }).name === 'ExitPromptError');
  const message = err instanceof Error ? err.message : String(err);
  const words = usage !== undefined ? `${usage}${hint(lang, usage)}`
    : prompt ? t(lang, 'monitor.interrupted-idle') : t(lang, 'err.internal', { message });
  const out = renderNagiosUnknown(words);
  io.stdout.write(out.text);
  return out.code;
}
