/**
 * Help and shell: grouped options (a table, checked here), examples, exit codes and environment variables in
 * --help, `help <command>`, and completion scripts for bash (run in a real bash), zsh and fish (when installed).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { EXIT, EXIT_EXPECTATION } from '../src/core/exit-codes.js';
import { en, ko } from '../src/i18n/index.js';
import { exitCodes, ungroupedOptions } from '../src/cli/help.js';
import { COMMAND_GROUP, EXAMPLES, GROUP_ORDER } from '../src/cli/help-tables.js';
import { buildProgram } from '../src/cli/program.js';
import type { Io } from '../src/cli/io.js';
import { BIN, runBin } from './support/bin.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const sink = { write: (): boolean => true };
const io: Io = { argv: [], env: {}, stdin: process.stdin, stdout: sink, stderr: sink };
const program = (lang: 'en' | 'ko' = 'en'): Command => buildProgram(io, lang, () => undefined);
const COMMANDS = program().commands.map((c) => c.name());

describe('the grouping table', () => {
  it('puts every option of every command in a group, in English and Korean', () => {
    expect(ungroupedOptions(program('en'))).toEqual([]);
    expect(ungroupedOptions(program('ko'))).toEqual([]);
  });

  it('reports an option the table does not know (so a new option fails here, not silently)', () => {
    const p = program();
    p.commands.find((c) => c.name() === 'check')!.option('--brand-new <x>', 'new');
    expect(ungroupedOptions(p)).toEqual(['check --brand-new']);
  });

  it('gives every command a group, examples, and captions in both catalogs', () => {
    for (const name of COMMANDS) {
      expect(COMMAND_GROUP[name], name).toBeDefined();
      const lines = EXAMPLES[name] ?? [];
      expect(lines.length, name).toBeGreaterThanOrEqual(2);
      lines.forEach((_, i) => {
        expect(en, `${name} ${i + 1}`).toHaveProperty([`help.ex.${name}.${i + 1}`]);
        expect(ko, `${name} ${i + 1}`).toHaveProperty([`help.ex.${name}.${i + 1}`]);
      });
    }
    for (const id of GROUP_ORDER) expect(en).toHaveProperty([`help.group.${id}`]);
  });

  it('examples use only options their command has', () => {
    for (const cmd of program().commands) {
      const own = new Set([...cmd.options.map((o) => o.long), '--help']);
      for (const line of EXAMPLES[cmd.name()] ?? []) {
        const words = line.split(/\s+/);
        expect(words.slice(words.indexOf('smtp-doctor') + 1)[0], line).toBe(cmd.name());
        for (const w of words.filter((x) => x.startsWith('--'))) {
          expect(own.has(w.split('=')[0]), `${line}: ${w}`).toBe(true);
        }
      }
    }
  });
});

/** The items under one heading of a help page, up to the next blank line. */
function sectionOf(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('--help through the built binary', () => {
  it.each(COMMANDS)('%s --help: every option under a group, examples, a pointer; exit 0 on stdout', async (name) => {
    const r = await runBin([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/^Options:$/m);
    expect(r.stdout).toMatch(/^General:\n {2}-h, --help/m);
    expect(r.stdout).toContain('Examples:\n');
    for (const line of EXAMPLES[name]!) expect(r.stdout).toContain(`    ${line}\n`);
    expect(r.stdout.trimEnd().endsWith('Exit codes and environment variables: smtp-doctor --help')).toBe(true);
  });

  it('check --help lists its groups in one order', async () => {
    const r = await runBin(['check', '--help']);
    const headings = r.stdout.split('\n').filter((l) => /^[A-Z][A-Za-z0-9. ]+:$/.test(l));
    expect(headings).toEqual(['Server:', 'Network:', 'Login:', 'OAuth 2.0:', 'Message:', 'TLS:', 'Settings from files:',
      'Output:', 'Monitoring:', 'CI:', 'General:', 'Examples:']);
    expect(sectionOf(r.stdout, 'Server:').join('\n')).toMatch(/--host[\s\S]*--security[\s\S]*--timeout/);
    expect(sectionOf(r.stdout, 'CI:').join('\n')).toMatch(/--expect/);
  });

  it('--lang ko: Korean titles, groups and examples', async () => {
    const r = await runBin(['check', '--help', '--lang', 'ko']);
    expect(r.code).toBe(0);
    for (const h of ['사용법:', '서버:', '로그인:', '메시지:', '파일에서 설정 읽기:', '출력:', '일반:', '예시:']) {
      expect(r.stdout).toMatch(new RegExp(`^${h}`, 'm'));
    }
    expect(r.stdout).toContain(`  ${ko['help.ex.check.1']}\n`);
    expect(r.stdout).toContain('종료 코드와 환경 변수: smtp-doctor --help');
    const top = await runBin(['--help'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(top.stdout).toMatch(/^진단:$/m);
    expect(top.stdout).toContain(`  130  ${ko['help.exit.INTERRUPTED']}`);
  });

  it('the top level lists the commands in groups, then the exit codes and the environment variables once', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    const diagnose = sectionOf(r.stdout, 'Diagnose:').filter((l) => /^ {2}\S/.test(l));
    expect(diagnose.map((l) => l.trim().split(' ')[0])).toEqual(['check', 'wizard', 'probe', 'mx']);
    expect(r.stdout).toMatch(/^Help and shell:\n {2}help \[options\] \[command\][\s\S]*\n {2}completion <shell>/m);
    expect(r.stdout.match(/^Exit codes:$/gm)).toHaveLength(1);
    expect(r.stdout.match(/^Environment variables:$/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/with --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN/);
  });
});

describe('exit codes in --help come from src/core/exit-codes.ts', () => {
  it('lists exactly the codes the code defines, each with its text', async () => {
    const defined = [...Object.values(EXIT), EXIT_EXPECTATION].sort((a, b) => a - b);
    expect(exitCodes().map((e) => e.code)).toEqual(defined);
    const r = await runBin(['--help']);
    const listed = sectionOf(r.stdout, 'Exit codes:').filter((l) => /^ {2}\d/.test(l));
    expect(listed.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual(defined);
    for (const { name, code } of exitCodes()) {
      const first = (en as Record<string, string>)[`help.exit.${name}`]!.split(' ').slice(0, 3).join(' ');
      expect(listed.find((l) => l.trim().startsWith(`${code} `)), name).toContain(first);
    }
  });
});

/** Environment variable names the source reads: `env.NAME`, `env['NAME']`, and `_ENV = 'NAME'` constants. */
function envNamesInSource(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'i18n') walk(p);
        continue;
      }
      if (!p.endsWith('.ts')) continue;
      const text = readFileSync(p, 'utf8');
      for (const m of text.matchAll(/\benv(?:\?)?\.([A-Z][A-Z0-9_]+)\b|\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) {
        names.add(m[1] ?? m[2]!);
      }
      for (const m of text.matchAll(/_ENV = '([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]!);
    }
  };
  walk(SRC);
  return names;
}

/** Read, but not for users to set: each with why it is not in --help. */
const UNDOCUMENTED: Record<string, string> = {
  HOME: "the home directory, for serve's default CA folder",
  APPDATA: "the same on Windows",
  SMTP_DOCTOR_TARPIT_SECONDS: 'a test knob of serve --persona tarpit',
};

describe('environment variables in --help', () => {
  it('every variable the source reads is listed (or known to be internal)', async () => {
    const r = await runBin(['--help']);
    const listed = sectionOf(r.stdout, 'Environment variables:').join('\n');
    const read = [...envNamesInSource()].filter((n) => !(n in UNDOCUMENTED));
    expect(read.length).toBeGreaterThan(5);
    for (const name of read) expect(listed, name).toMatch(new RegExp(`\\b${name}\\b`));
    for (const name of ['SMTP_HOST', 'SMTP_PASSWORD', 'SMTP_DOCTOR_PROXY', 'ALL_PROXY', 'NO_PROXY', 'NO_COLOR',
      'FORCE_COLOR', 'TERM', 'NODE_EXTRA_CA_CERTS', 'LANG', 'LC_ALL', 'SMTP_DOCTOR_DEBUG']) {
      expect(listed, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});

describe('smtp-doctor help <command>', () => {
  const cases: string[][][] = [[['check']], [['probe']], [['check', '--lang', 'ko']], [[]]];
  it.each(cases)('help %j prints what --help prints', async (args) => {
    const viaHelp = await runBin(['help', ...args]);
    const viaFlag = await runBin(args.length ? [args[0]!, '--help', ...args.slice(1)] : ['--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stderr).toBe('');
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout.length).toBeGreaterThan(500);
  });

  it('an unknown command is a one-line usage error, exit 2', async () => {
    const r = await runBin(['help', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Error: unknown command nope (see smtp-doctor --help)\n');
  });
});
