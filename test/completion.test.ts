/**
 * `smtp-doctor completion bash|zsh|fish`, made from the commander program: the bash script is sourced in a
 * real bash and its function called with COMP_WORDS/COMP_CWORD set; zsh and fish run when installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_MODES } from '../src/core/options.js';
import { EMIT_TARGETS } from '../src/emit/emitters.js';
import { FORMATS } from '../src/cli/monitor.js';
import { buildProgram } from '../src/cli/program.js';
import type { Io } from '../src/cli/io.js';
import { runBin } from './support/bin.js';
import { t } from '../src/i18n/index.js';

const sink = { write: (): boolean => true };
const io: Io = { argv: [], env: {}, stdin: process.stdin, stdout: sink, stderr: sink };
const PROGRAM = buildProgram(io, 'en', () => undefined);
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-completion-'));

async function script(shell: string): Promise<string> {
  const r = await runBin(['completion', shell]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const file = join(dir, `completion.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** COMPREPLY for each command line (the last word is the one being completed), from one real bash. */
function bashComplete(file: string, lines: string[][]): string[][] {
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const calls = lines.map((words) => `comp ${words.map(q).join(' ')}`).join('\n');
  const harness = `source ${q(file)}
comp() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _smtp_doctor; printf '%s\\n' "\${COMPREPLY[*]}"; }
${calls}`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', harness], { encoding: 'utf8', cwd: dir });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').slice(0, lines.length).map((l) => (l ? l.split(' ') : []));
}

describe('bash completion (run in a real bash)', () => {
  it('completes commands, options and their values', async () => {
    const file = await script('bash');
    writeFileSync(join(dir, 'ca-bundle.pem'), '');
    const [cmds, check, security, starts, lang, langEq, emit, provider, helpArg, shells, ca, host, persona, format,
      formatN] =
      bashComplete(file, [
        ['smtp-doctor', ''],
        ['smtp-doctor', 'ch'],
        ['smtp-doctor', 'check', '--security', ''],
        ['smtp-doctor', 'check', '--host', 'x', '--security', 'st'],
        ['smtp-doctor', 'probe', '--lang', ''],
        ['smtp-doctor', 'check', '--lang', '=', 'k'],
        ['smtp-doctor', 'check', '--emit', 'spring'],
        ['smtp-doctor', 'check', '--provider', 'gmai'],
        ['smtp-doctor', 'help', ''],
        ['smtp-doctor', 'completion', ''],
        ['smtp-doctor', 'check', '--ca', 'ca-'],
        ['smtp-doctor', 'check', '--host', ''],
        ['smtp-doctor', 'serve', '--persona', 'gmail-'],
        ['smtp-doctor', 'check', '--format', ''],
        ['smtp-doctor', 'check', '--host', 'x', '--format', 'n'],
      ]);
    expect(cmds).toEqual(PROGRAM.commands.map((c) => c.name()));
    expect(check).toEqual(['check']);
    expect(security).toEqual([...SECURITY_MODES]);
    expect(starts).toEqual(['starttls']);
    expect(lang).toEqual(['en', 'ko']);
    expect(langEq).toEqual(['ko']);
    expect(emit).toEqual(EMIT_TARGETS.filter((t) => t.startsWith('spring')));
    expect(provider).toContain('gmail');
    expect(helpArg).toEqual(PROGRAM.commands.map((c) => c.name()));
    expect(shells).toEqual(['bash', 'zsh', 'fish']);
    expect(ca).toEqual(['ca-bundle.pem']);
    expect(host).toEqual([]);
    expect(persona).toEqual(['gmail-bad-credentials', 'gmail-app-password']);
    expect(format).toEqual([...FORMATS]);
    expect(formatN).toEqual(['nagios']);
  });

  it("offers every option of every command (read from the program, so a new option appears)", async () => {
    const file = await script('bash');
    const cmds = PROGRAM.commands;
    const got = bashComplete(file, cmds.map((c) => ['smtp-doctor', c.name(), '--']));
    cmds.forEach((c, i) => {
      const longs = c.options.map((o) => o.long!).filter(Boolean);
      expect(got[i], c.name()).toEqual(expect.arrayContaining([...longs, '--help']));
    });
    expect(got[0]).toEqual(expect.arrayContaining(['--password-env', '--oauth2-token-env', '--no-data', '--targets']));
  });

  it('an unknown shell is a one-line usage error, exit 2', async () => {
    const r = await runBin(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Error: unknown shell tcsh (bash, zsh or fish) (see smtp-doctor --help)\n');
  });
});

/** What an interactive zsh (on a zsh/zpty pseudo-terminal) shows after `line` and two tabs, escapes removed. */
function zshScreen(file: string, line: string): string {
  const harness = `zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z 'PS1="> "; autoload -U compinit; compinit -u -D; source ${file}; smtp-doctor() { :; }'
zpty -w z 'zstyle ":completion:*" list-prompt ""; LISTMAX=10000'
zpty -n -w z $'${line}\\t\\t'
out=""
idle=0
for i in {1..100}; do
  if zpty -r -t z chunk; then out+=$chunk; idle=0; else (( idle++ )); sleep 0.1; fi
  (( idle >= 10 )) && [[ $out == *${line.trim().split(' ').pop()}* ]] && break
done
print -r -- "$out"
zpty -d z`;
  const env = { PATH: process.env.PATH ?? '', HOME: dir };
  const r = spawnSync('zsh', ['-f', '-c', harness], { encoding: 'utf8', env });
  const screen = r.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ' ').replace(/[\r\x07\x08]/g, ' ');
  return screen.slice(screen.lastIndexOf(line.trim().split(' ')[0]!) - 300);
}

describe.skipIf(!has('zsh') && !process.env.CI)('zsh completion (skipped when zsh is not installed, mandatory with CI=true)', () => {
  it('completes values and commands in a real interactive zsh', async () => {
    const file = await script('zsh');
    const words = (screen: string): string[] => screen.split(/\s+/);
    const security = words(zshScreen(file, 'smtp-doctor check --security '));
    expect(security).toEqual(expect.arrayContaining([...SECURITY_MODES]));
    expect(words(zshScreen(file, 'smtp-doctor completion '))).toEqual(expect.arrayContaining(['bash', 'fish', 'zsh']));
    expect(words(zshScreen(file, 'smtp-doctor check --format '))).toEqual(expect.arrayContaining([...FORMATS]));
  });

  it('parses, and registers _smtp_doctor for smtp-doctor with compinit', async () => {
    const file = await script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const load = `autoload -U compinit; compinit -u -D; source ${file}; print -r -- $_comps[smtp-doctor]`;
    const r = spawnSync('zsh', ['-f', '-c', load], {
      encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir },
    });
    expect(r.stdout.trim(), r.stderr).toBe('_smtp_doctor');
    const text = (await runBin(['completion', 'zsh'])).stdout;
    expect(text).toMatch(/^#compdef smtp-doctor$/m);
    expect(text).toContain(`--security[`);
    expect(text).toContain(`:value:(${SECURITY_MODES.join(' ')})`);
    expect(text).toContain(`:value:(${FORMATS.join(' ')})`);
    // The description is the catalog's help text (no brackets or colons in it to escape).
    expect(text).toContain(`'*--ca[${t('en', 'help.ca')}]:file:_files'`);
  });
});

describe.skipIf(!has('fish') && !process.env.CI)('fish completion (skipped when fish is not installed, mandatory with CI=true)', () => {
  it('parses, and completes commands, options and values in a real fish', async () => {
    const file = await script('fish');
    expect(spawnSync('fish', ['-n', file]).status).toBe(0);
    const complete = (line: string): string[] => {
      const r = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`], {
        encoding: 'utf8', cwd: dir,
      });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);
    };
    expect(complete('smtp-doctor ')).toEqual(expect.arrayContaining(PROGRAM.commands.map((c) => c.name())));
    expect(complete('smtp-doctor check --secu')).toEqual(['--security']);
    expect(complete('smtp-doctor check --security ').sort()).toEqual([...SECURITY_MODES].sort());
    expect(complete('smtp-doctor check --format ').sort()).toEqual([...FORMATS].sort());
    expect(complete('smtp-doctor completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('smtp-doctor probe --dns')).toEqual(['--dns-server']);
  });
});
