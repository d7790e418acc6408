/**
 * `smtp-doctor completion bash|zsh|fish`: a completion script made from the commander program itself (its
 * commands, options and arguments), so an option added to a command is completed without touching this file.
 * Values: an option's placeholder `<a|b>` lists them; a few come from the code that checks them (--security,
 * --auth-method, --emit, --format, --provider, --persona); `<file>`, `<path>` and `<dir>` complete names from the disk.
 */
import type { Command, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { AUTH_METHODS, SECURITY_MODES } from '../core/options.js';
import { EMIT_TARGETS } from '../emit/emitters.js';
import { presets } from '../presets/presets.js';
import { PERSONA_NAMES } from '../sandbox/personas.js';
import { fishScript, sq, zshScript, type CommandSpec, type OptionSpec } from './completion-shells.js';
import { FORMATS } from './monitor.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/** Values known by option name; the lists come from the code that checks them. */
function knownValues(command: string, long: string): string[] | undefined {
  if (long === '--security') return [...SECURITY_MODES];
  if (long === '--auth-method') return [...AUTH_METHODS];
  if (long === '--emit') return [...EMIT_TARGETS];
  if (command === 'check' && long === '--format') return [...FORMATS];
  if (long === '--provider') {
    return [...new Set(presets().map((p) => p.name.toLowerCase()))].filter((n) => SAFE.test(n));
  }
  if (command === 'serve' && long === '--persona') return [...PERSONA_NAMES];
  return undefined;
}

function optionSpec(command: string, o: Option): OptionSpec | undefined {
  if (!o.long || o.hidden) return undefined;
  const placeholder = /<([^>]+)>|\[([^\]]+)\]/.exec(o.flags);
  const inner = (placeholder?.[1] ?? placeholder?.[2] ?? '').replace(/\.\.\.$/, '');
  const known = knownValues(command, o.long);
  let values: OptionSpec['values'] = { kind: 'none' };
  if (known) values = { kind: 'words', words: known };
  else if (/^[A-Za-z0-9.-]+(\|[A-Za-z0-9.-]+)+$/.test(inner)) values = { kind: 'words', words: inner.split('|') };
  else if (/^dir$/i.test(inner)) values = { kind: 'dirs' };
  else if (/^(file|path)$/i.test(inner)) values = { kind: 'files' };
  const spec: OptionSpec = {
    long: o.long,
    description: o.description,
    value: Boolean(o.required || o.optional),
    repeat: Boolean(o.variadic),
    values,
  };
  if (o.short) spec.short = o.short;
  return spec;
}

const HELP: OptionSpec = {
  long: '--help', short: '-h', description: '', value: false, repeat: false, values: { kind: 'none' },
};

/** The program as data: every visible command with its options (the help option included). */
export function describeProgram(program: Command): { top: OptionSpec[]; commands: CommandSpec[] } {
  const names = program.commands.map((c) => c.name());
  const specs = (cmd: Command): OptionSpec[] => {
    const own = cmd.options.map((o) => optionSpec(cmd.name(), o)).filter((o): o is OptionSpec => o !== undefined);
    return [...own, { ...HELP, description: helpDescription(cmd) }];
  };
  const commands = program.commands.map((cmd) => ({
    name: cmd.name(),
    description: cmd.description(),
    options: specs(cmd),
    args: cmd.name() === 'help' ? names : cmd.name() === 'completion' ? [...SHELLS] : [],
  }));
  return { top: specs(program), commands };
}

function helpDescription(cmd: Command): string {
  const help = (cmd as unknown as { _getHelpOption(): Option | null })._getHelpOption();
  return help?.description ?? '';
}

/** Single-quoted for a POSIX shell. */

function bashValueCase(o: OptionSpec): string | undefined {
  const pattern = [o.long, ...(o.short ? [o.short] : [])].join('|');
  const files = (flag: string): string => `compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen ${flag} -- "$cur"))`;
  let reply: string | undefined;
  if (o.values.kind === 'words') reply = `COMPREPLY=($(compgen -W ${sq(o.values.words.join(' '))} -- "$cur"))`;
  else if (o.values.kind === 'files') reply = files('-f');
  else if (o.values.kind === 'dirs') reply = files('-d');
  // A value nothing is known about (a host name): offer nothing rather than the options.
  if (reply === undefined && !o.value) return undefined;
  return `      ${pattern}) ${reply ? `${reply}; ` : ''}return;;`;
}

function bashCommandCase(c: { name: string; options: OptionSpec[]; args: string[] }, label: string): string {
  const flags = c.options.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]).join(' ');
  const values = c.options.map(bashValueCase).filter((l): l is string => l !== undefined);
  return [
    `    ${label})`,
    '      case "$prev" in',
    ...values.map((l) => `  ${l}`),
    '      esac',
    `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${sq(flags)} -- "$cur")); return; fi`,
    c.args.length ? `      COMPREPLY=($(compgen -W ${sq(c.args.join(' '))} -- "$cur"))` : '      COMPREPLY=()',
    '      ;;',
  ].join('\n');
}

function bashScript(program: Command): string {
  const { top, commands } = describeProgram(program);
  const names = commands.map((c) => c.name).join(' ');
  return `# bash completion for smtp-doctor (made by: smtp-doctor completion bash)
# Install: smtp-doctor completion bash > ~/.local/share/bash-completion/completions/smtp-doctor
# or add to ~/.bashrc: source <(smtp-doctor completion bash)
_smtp_doctor() {
  local cur prev cmd i
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev=""
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --opt=value: bash splits it at "=".
  if [[ "$cur" == "=" ]]; then cur=""; fi
  if [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  cmd=""
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break;;
    esac
  done
  case "$cmd" in
${commands.map((c) => bashCommandCase(c, c.name)).join('\n')}
${bashCommandCase({ name: '', options: top, args: names.split(' ') }, '*')}
  esac
}
complete -F _smtp_doctor smtp-doctor
`;
}

/** The completion script for one shell; an unknown shell is a usage error. */
export function completionScript(shell: string, program: Command): string {
  if (shell === 'bash') return bashScript(program);
  if (shell === 'zsh') return zshScript(describeProgram(program));
  if (shell === 'fish') return fishScript(describeProgram(program));
  throw new UsageError('err.bad-shell', { value: shell });
}
