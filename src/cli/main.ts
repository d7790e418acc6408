import { CommanderError, type Command } from 'commander';
import { VALUE_OPTIONS } from '../core/argv.js';
import { UsageError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { t, tm, type Lang } from '../i18n/index.js';
import { earlyLang, type Io } from './io.js';
import { buildProgram } from './program.js';
import { hoistGlobalOptions } from './global-options.js';
import { nagiosFailure, nagiosRequested } from './monitor.js';

export type { Io } from './io.js';

/**
 * A missing argument, with the command's usage made from the argument's own description:
 * "missing shell: smtp-doctor completion bash|zsh|fish".
 */
function missingArgument(program: Command, args: readonly string[], name: string, lang: Lang): string | undefined {
  const cmd = program.commands.find((c) => c.name() === args[0]);
  const arg = cmd?.registeredArguments.find((a) => a.name() === name);
  if (!cmd || !arg) return undefined;
  const usage = `smtp-doctor ${cmd.name()} ${arg.description.replace(/\s*\|\s*/g, '|')}`;
  return t(lang, 'err.missing-argument', { name, usage });
}

/** commander's own errors, in the user's language, on one line. */
function commanderMessage(err: CommanderError, lang: Lang, missing?: (name: string) => string | undefined): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const own = err.code === 'commander.missingArgument' ? missing?.(quoted) : undefined;
  if (own) return own;
  const suggestion = /Did you mean (.+?)\??\)?$/m.exec(err.message)?.[1];
  const key: Record<string, string> = {
    'commander.unknownOption': 'err.unknown-option',
    'commander.unknownCommand': 'err.unknown-command',
    'commander.optionMissingArgument': 'err.option-missing-argument',
    'commander.missingArgument': 'err.option-missing-argument',
    'commander.excessArguments': 'err.excess-arguments',
  };
  const k = key[err.code];
  const base = k ? t(lang, k, { name: quoted }) : err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
  return suggestion && k ? `${base} ${t(lang, 'err.did-you-mean', { suggestion })}` : base;
}

/** Every long option the program declares, on any command. */
function ownOptions(program: Command): Set<string> {
  const all = new Set<string>();
  for (const cmd of [program, ...program.commands]) for (const o of cmd.options) if (o.long) all.add(o.long);
  return all;
}

/**
 * `--password --share`: commander takes "--share" as the password. A value option followed by one of our own
 * options (not `--password=--share`) is a missing value; up to a lone "--", after which nothing is an option.
 */
function checkValueNotOption(program: Command, args: readonly string[]): void {
  const own = ownOptions(program);
  for (let i = 0; i + 1 < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return;
    const next = args[i + 1]!;
    if (VALUE_OPTIONS.has(a) && own.has(next.split('=')[0]!)) {
      throw new UsageError('err.option-missing-argument', { name: a });
    }
    if (VALUE_OPTIONS.has(a)) i++;
  }
}

/** "(see smtp-doctor --help)" unless the message already points to a help page. */
function helpHint(lang: Lang, message: string): string {
  return message.includes('--help') ? '' : ` (${t(lang, 'err.try-help')})`;
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(io: Io): Promise<number> {
  let code: number = EXIT.OK;
  let lang: Lang = 'en';
  let program: Command | undefined;
  let args: string[] = [];
  try {
    lang = earlyLang(io);
    program = buildProgram(io, lang, (c) => (code = c));
    // --lang, --no-color and --json may come before the command too.
    args = hoistGlobalOptions(program, io.argv.slice(2));
    if (args.length === 0) {
      // No arguments on a terminal: the wizard. Anywhere else: the help, and nothing asked.
      if (io.stdin.isTTY && io.stdout.isTTY) {
        const { runWizard } = await import('../wizard/wizard.js');
        return await runWizard({}, io, lang);
      }
      program.outputHelp();
      return EXIT.OK;
    }
    checkValueNotOption(program, args);
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
    }
    // For Nagios a bad command line or a crash is UNKNOWN (exit 3), said on stdout.
    if (nagiosRequested(io.argv)) return nagiosFailure(io, lang, err, (e) => commanderMessage(e, lang), helpHint);
    if (err instanceof CommanderError) {
      const p = program;
      const message = commanderMessage(err, lang, p && ((name) => missingArgument(p, args, name, lang)));
      io.stderr.write(`${t(lang, 'err.usage', { message })}${helpHint(lang, message)}\n`);
      return EXIT.USAGE;
    }
    if (err instanceof UsageError) {
      const message = tm(lang, err.msg);
      io.stderr.write(`${t(lang, 'err.usage', { message })}${helpHint(lang, message)}\n`);
      return EXIT.USAGE;
    }
    if (err && typeof err === 'object' && (err as { name?: string }).name === 'ExitPromptError') {
      return EXIT.INTERRUPTED;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`${t(lang, 'err.internal', { message })}\n`);
    if (io.env.SMTP_DOCTOR_DEBUG) io.stderr.write(`${err instanceof Error ? (err.stack ?? '') : ''}\n`);
    return EXIT.INTERNAL;
  }
}
