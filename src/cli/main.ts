import { Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { detectLang, t, tm, type Lang } from '../i18n/index.js';
import { TOOL_VERSION } from '../version.js';
import type { CheckFlags } from './options.js';

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

interface GlobalFlags {
  json?: boolean;
  lang?: string;
  color?: boolean;
  transcript?: boolean;
}

function useColor(io: Io, flags: GlobalFlags): boolean {
  if (flags.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY);
}

function langOf(io: Io, flags: GlobalFlags): Lang {
  if (flags.lang !== undefined && flags.lang !== 'en' && flags.lang !== 'ko') throw new UsageError('err.bad-lang', { value: flags.lang });
  return detectLang(io.env, flags.lang);
}

function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--host <name>', 'SMTP server host name or IP address')
    .option('--provider <name>', 'fill host, port and security from a known provider (see: smtp-doctor providers)')
    .option('--port <n>', 'port (default 465 with --security tls, else 587)')
    .option('--security <mode>', 'starttls | tls (implicit TLS) | none | auto (default: auto, or the provider\'s)')
    .option('--user <name>', 'user name for AUTH')
    .option('--password-env <VAR>', 'read the password from this environment variable')
    .option('--password-file <path>', 'read the password from this file')
    .option('--password-stdin', 'read the password from standard input')
    .option('--password <value>', 'the password itself (discouraged: visible to other local users)')
    .option('--auth-method <mech>', 'force PLAIN, LOGIN or CRAM-MD5')
    .option('--from <address>', 'sender of the test message')
    .option('--to <address...>', 'recipient(s) of the test message; enables the send step')
    .option('--no-data', 'stop after RCPT TO and send RSET: nothing is delivered')
    .option('--helo <name>', 'name to send in EHLO/HELO')
    .option('--tls-servername <name>', 'name for SNI and certificate verification (default: --host)')
    .option('--ca <file...>', 'trust an extra CA certificate (PEM)')
    .option('--insecure', 'continue past certificate errors (reported as a warning)')
    .option('--allow-plaintext-auth', 'send credentials even when the connection is not encrypted')
    .option('--family <4|6>', 'use only IPv4 or IPv6 addresses')
    .option('--timeout <seconds>', 'cap for every network wait (defaults: 10 s per phase, 20 s per reply)');
}

function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--transcript', 'print the raw SMTP dialogue (secrets masked)')
    .option('--json', 'print one JSON document (see README for the schema)')
    .option('--lang <en|ko>', 'language of messages (default from LC_ALL / LC_MESSAGES / LANG)')
    .option('--no-color', 'no colours');
}

async function promptPassword(user: string, lang: Lang): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  return password({ message: t(lang, 'prompt.password', { user }), mask: '*' });
}

/** `check`: build options, run, render, return the exit code. */
async function runCheckCommand(flags: CheckFlags & GlobalFlags, io: Io): Promise<number> {
  // Loaded here, not at start-up: --version and --help stay light.
  const [{ runCheck }, { systemContext }, { renderJson }, { formatStep, formatSummary, formatWarnings }, { buildCheckOptions }, { liveObserver }] = await Promise.all([
    import('../check.js'),
    import('../core/context.js'),
    import('../render/json.js'),
    import('../render/human.js'),
    import('./options.js'),
    import('./live.js'),
  ]);
  const lang = langOf(io, flags);
  const canPrompt = Boolean(io.stdin.isTTY && io.stderr.isTTY) && !flags.json;
  const { options, warnings } = await buildCheckOptions(flags, {
    env: io.env,
    stdin: io.stdin,
    canPrompt,
    prompt: (user) => promptPassword(user, lang),
  });
  const ctx = systemContext(io.env);
  if (flags.json) {
    const report = await runCheck(options, ctx, {}, warnings);
    io.stdout.write(renderJson(report, lang));
    return report.exitCode;
  }
  const color = useColor(io, flags);
  const style = { lang, color };
  const write = (s: string): void => void io.stdout.write(s);
  for (const w of formatWarnings(warnings, style)) io.stderr.write(`${w}\n`);
  write(`${t(lang, 'ui.checking', { host: options.host, port: options.port, security: options.security })}\n`);
  const live = await liveObserver({ lang, color, spinner: Boolean(io.stderr.isTTY) && color && ((io.stderr as { columns?: number }).columns ?? 0) >= 20, transcript: false, write });
  let report;
  try {
    report = await runCheck(options, ctx, live, warnings);
  } finally {
    live.stop();
  }
  // Steps never reached are printed at the end, after the live ones.
  const printed = report.steps.filter((s) => s.status === 'skip');
  for (const s of printed) write(`${formatStep(s, style)}\n`);
  write(`${formatSummary(report, { ...style, transcript: Boolean(flags.transcript) })}\n`);
  return report.exitCode;
}

interface ExplainFlags extends GlobalFlags {
  file?: string;
}

/** `explain`: the text from the arguments, --file, or standard input. */
async function runExplainCommand(words: string[], flags: ExplainFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  let text = words.join(' ');
  if (flags.file !== undefined) {
    const { readFile } = await import('node:fs/promises');
    try {
      text = await readFile(flags.file, 'utf8');
    } catch (err) {
      throw new UsageError('err.explain-file', { path: flags.file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  } else if (!text && !io.stdin.isTTY) {
    const { readBounded } = await import('./password.js');
    text = await readBounded(io.stdin, 512 * 1024);
  }
  if (!text.trim()) throw new UsageError('err.explain-empty');
  const [{ explain }, render] = await Promise.all([import('../explain/explain.js'), import('../render/explain.js')]);
  const result = explain(text);
  io.stdout.write(flags.json ? render.renderExplainJson(result, lang) : render.renderExplainHuman(result, lang, useColor(io, flags)));
  return EXIT.OK;
}

/** `providers`: the presets --provider knows. */
async function runProvidersCommand(flags: GlobalFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  const { presets } = await import('../presets/presets.js');
  const list = presets();
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ kind: 'providers', schemaVersion: 1, providers: list }, null, 2)}\n`);
    return EXIT.OK;
  }
  io.stdout.write(`${t(lang, 'preset.list-header')}\n`);
  const width = Math.max(...list.map((p) => p.name.length));
  for (const p of list) {
    const own = p.origin === 'smtp-doctor' ? ` (${t(lang, 'preset.origin-own')})` : '';
    io.stdout.write(`  ${p.name.padEnd(width)}  ${p.host}:${p.port} ${p.security}${own}\n`);
  }
  return EXIT.OK;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('smtp-doctor')
    .description('Walks the whole SMTP path (DNS, TCP, greeting, EHLO, TLS, AUTH, test send), shows the raw dialogue and explains every failure.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`${s.trim().replace(/^error: /, 'Error: ').replace(/\s*\n\s*/g, ' ')}\n`),
    })
    .showSuggestionAfterError(true);

  const check = addOutputOptions(addConnectionOptions(program.command('check').description('check an SMTP server end to end')));
  check.action(async (flags: CheckFlags & GlobalFlags) => setExit(await runCheckCommand(flags, io)));

  program
    .command('explain')
    .description('explain a pasted error (from any stack\'s logs), offline')
    .argument('[text...]', 'the error text; or give --file, or pipe it on standard input')
    .option('--file <path>', 'read the error text (a log excerpt, a stack trace) from this file')
    .option('--json', 'print one JSON document')
    .option('--lang <en|ko>', 'language of messages')
    .option('--no-color', 'no colours')
    .action(async (words: string[], flags: ExplainFlags) => setExit(await runExplainCommand(words, flags, io)));

  program
    .command('providers')
    .description('list the providers --provider knows (host, port, security)')
    .option('--json', 'print one JSON document')
    .option('--lang <en|ko>', 'language of messages')
    .action(async (flags: GlobalFlags) => setExit(await runProvidersCommand(flags, io)));

  const demo = addOutputOptions(program.command('demo').description('run checks against a local sandbox server started in-process (no network needed)'));
  demo.action(async (flags: GlobalFlags) => {
    const { runDemo } = await import('../demo.js');
    setExit(await runDemo({ io, lang: langOf(io, flags), color: useColor(io, flags), json: Boolean(flags.json), transcript: Boolean(flags.transcript) }));
  });
  return program;
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(io: Io): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (io.argv.length <= 2) {
      program.outputHelp();
      return EXIT.OK;
    }
    await program.parseAsync(io.argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    let lang: Lang = 'en';
    try {
      lang = detectLang(io.env);
    } catch {
      /* keep English */
    }
    if (err instanceof UsageError) {
      io.stderr.write(`${t(lang, 'err.usage', { message: tm(lang, err.msg) })} (${t(lang, 'err.try-help')})\n`);
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

