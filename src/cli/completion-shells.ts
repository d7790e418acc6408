/** The zsh and fish completion scripts, from the program described as data (completion.ts). */
export interface OptionSpec {
  long: string;
  short?: string;
  description: string;
  /** the option takes a value */
  value: boolean;
  /** the value may be given more than once (`<file...>`) */
  repeat: boolean;
  /** what the value completes to: words, files, directories, or nothing known */
  values: { kind: 'words'; words: string[] } | { kind: 'files' } | { kind: 'dirs' } | { kind: 'none' };
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** words for the positional argument (help: the commands; completion: the shells) */
  args: string[];
}

export interface Described {
  top: OptionSpec[];
  commands: CommandSpec[];
}

/** Single-quoted for zsh (and POSIX shells). */
export const sq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
/** Text inside an _arguments "[description]" or a _describe "name:description". */
const zdesc = (s: string): string => s.replace(/[\\\]\[:]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

function zshAction(o: OptionSpec): string {
  if (o.values.kind === 'words') return `:value:(${o.values.words.join(' ')})`;
  if (o.values.kind === 'files') return ':file:_files';
  if (o.values.kind === 'dirs') return ':directory:_files -/';
  return o.value ? ':value: ' : '';
}

function zshSpecs(options: OptionSpec[]): string[] {
  return options.flatMap((o) => {
    const names = [o.long, ...(o.short ? [o.short] : [])];
    return names.map((n) => sq(`${o.repeat ? '*' : ''}${n}[${zdesc(o.description)}]${zshAction(o)}`));
  });
}

function zshArgs(c: CommandSpec): string[] {
  return c.args.length ? [sq(`1:argument:(${c.args.join(' ')})`)] : [sq('*:argument: ')];
}

export function zshScript(d: Described): string {
  const commands = d.commands.map((c) => `    ${sq(`${c.name}:${zdesc(c.description)}`)}`).join('\n');
  const cases = d.commands.map((c) => [
    `        ${c.name})`,
    `          _arguments -s \\`,
    ...[...zshSpecs(c.options), ...zshArgs(c)].map((s) => `            ${s} \\`),
    '            && ret=0',
    '          ;;',
  ].join('\n'));
  return `#compdef smtp-doctor
# zsh completion for smtp-doctor (made by: smtp-doctor completion zsh)
# Install: smtp-doctor completion zsh > "\${fpath[1]}/_smtp-doctor", then start a new shell
# (or in ~/.zshrc, after compinit: source <(smtp-doctor completion zsh))
_smtp_doctor() {
  local curcontext="$curcontext" state line ret=1
  local -a commands
  commands=(
${commands}
  )
  _arguments -C \\
${zshSpecs(d.top).map((s) => `    ${s} \\`).join('\n')}
    '1: :->command' \\
    '*:: :->args' \\
    && ret=0
  case $state in
    command)
      _describe -t commands 'smtp-doctor command' commands && ret=0
      ;;
    args)
      case $words[1] in
${cases.join('\n')}
      esac
      ;;
  esac
  return ret
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _smtp_doctor "$@"
else
  compdef _smtp_doctor smtp-doctor
fi
`;
}

/** Single-quoted for fish: only \\ and ' are special inside. */
const fq = (s: string): string => `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;

function fishOption(condition: string, o: OptionSpec): string {
  const parts = ['complete -c smtp-doctor', `-n ${fq(condition)}`, `-l ${o.long.replace(/^--/, '')}`];
  if (o.short) parts.push(`-s ${o.short.replace(/^-/, '')}`);
  if (o.values.kind === 'words') parts.push(`-x -a ${fq(o.values.words.join(' '))}`);
  else if (o.values.kind === 'files' || o.values.kind === 'dirs') parts.push('-r -F');
  else if (o.value) parts.push('-x');
  parts.push(`-d ${fq(o.description)}`);
  return parts.join(' ');
}

export function fishScript(d: Described): string {
  const lines = [
    '# fish completion for smtp-doctor (made by: smtp-doctor completion fish)',
    '# Install: smtp-doctor completion fish > ~/.config/fish/completions/smtp-doctor.fish',
    'complete -c smtp-doctor -f',
    ...d.top.map((o) => fishOption('__fish_use_subcommand', o)),
    ...d.commands.map((c) => `complete -c smtp-doctor -n '__fish_use_subcommand' -a ${c.name} -d ${fq(c.description)}`),
  ];
  for (const c of d.commands) {
    const when = `__fish_seen_subcommand_from ${c.name}`;
    lines.push(...c.options.map((o) => fishOption(when, o)));
    if (!c.args.length) continue;
    const done = `${when}; and not __fish_seen_subcommand_from ${c.args.filter((a) => a !== c.name).join(' ')}`;
    lines.push(`complete -c smtp-doctor -n ${fq(done)} -a ${fq(c.args.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}
