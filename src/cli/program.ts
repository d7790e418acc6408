import { Command } from 'commander';
import { t, type Lang } from '../i18n/index.js';
import { TOOL_VERSION } from '../version.js';
import type { FullCheckFlags } from './commands/check.js';
import type { ExplainFlags } from './commands/explain.js';
import type { ProbeFlags } from './commands/probe.js';
import type { MxFlags } from './commands/mx.js';
import type { ServeFlags } from './commands/serve.js';
import { UsageError } from '../core/errors.js';
import { applyHelp } from './help.js';
import { langOf, useColor, type GlobalFlags, type Io } from './io.js';
import { addMonitorOptions } from './monitor.js';

/** Flags shared by check (and, later, probe): every help text comes from the catalogs. */
function addConnectionOptions(cmd: Command, lang: Lang): Command {
  const h = (k: string): string => t(lang, `help.${k}`);
  return cmd
    .option('--host <name>', h('host'))
    .option('--provider <name>', h('provider'))
    .option('--port <n>', h('port'))
    .option('--security <mode>', h('security'))
    .option('--user <name>', h('user'))
    .option('--password-env <VAR>', h('password-env'))
    .option('--password-file <path>', h('password-file'))
    .option('--password-stdin', h('password-stdin'))
    .option('--password <value>', h('password'))
    .option('--auth-method <mech>', h('auth-method'))
    .option('--oauth2-token-env <VAR>', h('oauth2-token-env'))
    .option('--oauth2-token-file <path>', h('oauth2-token-file'))
    .option('--oauth2-token-stdin', h('oauth2-token-stdin'))
    .option('--oauth2-token-url <url>', h('oauth2-token-url'))
    .option('--oauth2-tenant <tenant>', h('oauth2-tenant'))
    .option('--oauth2-client-id <id>', h('oauth2-client-id'))
    .option('--oauth2-client-secret-env <VAR>', h('oauth2-client-secret-env'))
    .option('--oauth2-client-secret-file <path>', h('oauth2-client-secret-file'))
    .option('--oauth2-refresh-token-env <VAR>', h('oauth2-refresh-token-env'))
    .option('--oauth2-refresh-token-file <path>', h('oauth2-refresh-token-file'))
    .option('--oauth2-scope <scopes>', h('oauth2-scope'))
    .option('--from <address>', h('from'))
    .option('--to <address...>', h('to'))
    .option('--no-data', h('no-data'))
    .option('--helo <name>', h('helo'))
    .option('--tls-servername <name>', h('tls-servername'))
    .option('--ca <file...>', h('ca'))
    .option('--insecure', h('insecure'))
    .option('--allow-plaintext-auth', h('allow-plaintext-auth'))
    .option('--family <4|6>', h('family'))
    .option('--timeout <seconds>', h('timeout'))
    .option('--proxy <url>', h('proxy'))
    .option('--no-proxy', h('no-proxy'))
    .option('--proxy-password-env <VAR>', h('proxy-password-env'));
}

/**
 * commander keeps only the last of --proxy URL and --no-proxy (one value): note when both were given
 * (a usage error later), and a password written inside the --proxy URL (the argv warning).
 */
function watchProxyFlags(cmd: Command): Command {
  const seen = new Set<string>();
  const both = (name: string): void => {
    seen.add(name);
    if (seen.size === 2) cmd.setOptionValue('proxyContradiction', true);
  };
  cmd.on('option:proxy', (v: string) => {
    both('proxy');
    if (/^[a-z0-9]+:\/\/[^@/?#]*:[^@/?#]*@/i.test(v.trim())) cmd.setOptionValue('proxyPasswordArgv', true);
  });
  cmd.on('option:no-proxy', () => both('no-proxy'));
  return cmd;
}

function addSourceOptions(cmd: Command, lang: Lang): Command {
  const h = (k: string): string => t(lang, `help.${k}`);
  return cmd
    .option('--config <file>', h('config'))
    .option('--env-file <file>', h('env-file'))
    .option('--from-env', h('from-env'))
    .option('--url <url>', h('url'))
    .option('--emit <stack>', h('emit'))
    .option('--lint-only', h('lint-only'));
}

function addOutputOptions(cmd: Command, lang: Lang, transcript = true): Command {
  const h = (k: string): string => t(lang, `help.${k}`);
  if (transcript) cmd.option('--transcript', h('transcript'));
  return cmd.option('--json', h('json')).option('--lang <en|ko>', h('lang')).option('--no-color', h('no-color'));
}

export function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('smtp-doctor')
    .description(t(lang, 'help.program'))
    .version(TOOL_VERSION, '-V, --version', t(lang, 'help.version'))
    .helpOption('-h, --help', t(lang, 'help.help'))
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Errors are printed by main(), translated, on one line.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true);

  const checkCmd = watchProxyFlags(
    addConnectionOptions(program.command('check').description(t(lang, 'help.check')), lang),
  );
  const check = addSourceOptions(addOutputOptions(checkCmd, lang), lang)
    .option('--no-probe', t(lang, 'help.no-probe'))
    .option('--grace <seconds>', t(lang, 'help.grace'))
    .option('--deadline <seconds>', t(lang, 'help.deadline'))
    .option('--expect <assertion...>', t(lang, 'help.expect'))
    .option('--junit <file>', t(lang, 'help.junit'))
    .option('--report <file>', t(lang, 'help.report'))
    .option('--share', t(lang, 'help.share'))
    .option('--targets <file>', t(lang, 'help.targets'))
    .option('--concurrency <n>', t(lang, 'help.concurrency'));
  addMonitorOptions(check, lang);
  // Every command's code is imported when that command runs: --version and --help load none of it.
  check.action(async (flags: FullCheckFlags) => {
    const { runCheckCommand } = await import('./commands/check-command.js');
    setExit(await runCheckCommand(flags, io));
  });

  const wizard = addSourceOptions(addConnectionOptions(program.command('wizard').description(t(lang, 'help.wizard')), lang), lang).option('--lang <en|ko>', t(lang, 'help.lang')).option('--no-color', t(lang, 'help.no-color'));
  wizard.action(async (flags: FullCheckFlags) => {
    const { runWizard } = await import('../wizard/wizard.js');
    setExit(await runWizard(flags, io, langOf(io, flags)));
  });

  const probe = program
    .command('probe')
    .description(t(lang, 'help.probe'))
    .argument('[host]', t(lang, 'help.probe-host'))
    .option('--ports <list>', t(lang, 'help.ports'))
    .option('--dns-server <ip[:port]>', t(lang, 'help.dns-server'));
  watchProxyFlags(addConnectionOptions(probe, lang));
  addOutputOptions(probe, lang, false).action(async (host: string | undefined, flags: ProbeFlags) => {
    const { runProbeCommand } = await import('./commands/probe.js');
    setExit(await runProbeCommand(host, flags, io));
  });

  const mx = program
    .command('mx')
    .description(t(lang, 'help.mx'))
    .argument('[domain]', t(lang, 'help.mx-domain'))
    .option('--port <n>', t(lang, 'help.mx-port'))
    .option('--dns-server <ip[:port]>', t(lang, 'help.dns-server'))
    .option('--helo <name>', t(lang, 'help.helo'))
    .option('--ca <file...>', t(lang, 'help.ca'))
    .option('--timeout <seconds>', t(lang, 'help.timeout'))
    .option('--proxy <url>', t(lang, 'help.proxy'))
    .option('--no-proxy', t(lang, 'help.no-proxy'))
    .option('--proxy-password-env <VAR>', t(lang, 'help.proxy-password-env'));
  addOutputOptions(watchProxyFlags(mx), lang, false).action(async (domain: string | undefined, flags: MxFlags) => {
    const { runMxCommand } = await import('./commands/mx.js');
    setExit(await runMxCommand(domain, flags, io));
  });

  const explain = program
    .command('explain')
    .description(t(lang, 'help.explain'))
    .argument('[text...]', t(lang, 'help.explain-text'))
    .option('--file <path>', t(lang, 'help.explain-file'));
  addOutputOptions(explain, lang, false).action(async (words: string[], flags: ExplainFlags) => {
    const { runExplainCommand } = await import('./commands/explain.js');
    setExit(await runExplainCommand(words, flags, io));
  });

  const providers = program.command('providers').description(t(lang, 'help.providers'));
  addOutputOptions(providers, lang, false).action(async (flags: GlobalFlags) => {
    const { runProvidersCommand } = await import('./commands/providers.js');
    setExit(await runProvidersCommand(flags, io));
  });

  program
    .command('serve')
    .description(t(lang, 'help.serve'))
    .option('--listen <address>', t(lang, 'help.serve-listen'))
    .option('--port <n>', t(lang, 'help.serve-port'))
    .option('--tls-port <n>', t(lang, 'help.serve-tls-port'))
    .option('--auth <user>', t(lang, 'help.serve-auth'))
    .option('--auth-password-env <VAR>', t(lang, 'help.serve-auth-password-env'))
    .option('--require-starttls', t(lang, 'help.serve-require-starttls'))
    .option('--maildir <dir>', t(lang, 'help.serve-maildir'))
    .option('--persona <name>', t(lang, 'help.serve-persona'))
    .option('--list-personas', t(lang, 'help.serve-list-personas'))
    .option('--oauth2', t(lang, 'help.serve-oauth2'))
    .option('--oauth2-port <n>', t(lang, 'help.serve-oauth2-port'))
    .option('--json', t(lang, 'help.json'))
    .option('--lang <en|ko>', t(lang, 'help.lang'))
    .option('--no-color', t(lang, 'help.no-color'))
    .action(async (flags: ServeFlags) => {
      const { runServeCommand } = await import('./commands/serve.js');
      setExit(await runServeCommand(flags, io));
    });

  const demo = addOutputOptions(program.command('demo').description(t(lang, 'help.demo')), lang);
  demo.action(async (flags: GlobalFlags) => {
    const { runDemo } = await import('../demo.js');
    setExit(await runDemo({ io, lang: langOf(io, flags), color: useColor(io, flags), json: Boolean(flags.json), transcript: Boolean(flags.transcript) }));
  });

  // `help check` prints what `check --help` prints; commander's own help command would exit 1 on a typo.
  program
    .command('help')
    .description(t(lang, 'help.help-cmd'))
    .argument('[command]', t(lang, 'help.help-cmd-arg'))
    .option('--lang <en|ko>', t(lang, 'help.lang'))
    .action((name: string | undefined) => {
      const sub = name === undefined ? program : program.commands.find((c) => c.name() === name);
      if (!sub) throw new UsageError('err.unknown-command', { name: name ?? '' });
      sub.outputHelp();
      setExit(0);
    });

  program
    .command('completion')
    .description(t(lang, 'help.completion'))
    .argument('<shell>', t(lang, 'help.completion-shell'))
    .action(async (shell: string) => {
      const { completionScript } = await import('./completion.js');
      io.stdout.write(completionScript(shell, program));
      setExit(0);
    });

  applyHelp(program, lang, io);
  return program;
}
