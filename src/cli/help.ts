/**
 * The help pages: options and commands in groups, translated titles, examples per command, and once, at the
 * top level, the exit codes (from core/exit-codes.ts) and the environment variables. Tables in help-tables.ts.
 */
import { Help, Option, type Command } from 'commander';
import { EXIT, EXIT_EXPECTATION, NAGIOS } from '../core/exit-codes.js';
import { t, type Lang } from '../i18n/index.js';
import {
  COMMAND_GROUP, COMMAND_OPTION_GROUP, ENV_VARS, EXAMPLES, GROUP_ORDER, OPTION_GROUP, type GroupId,
} from './help-tables.js';
import type { Io } from './io.js';
import { labelWidth } from '../i18n/width.js';

/** Terminal columns a help line takes (commander counts one per character; Hangul takes two). */
const displayWidth = labelWidth;

/**
 * commander's item, except where the description would get less than its minimum width (it then stops
 * wrapping): there the description goes under the term, wrapped to the terminal.
 */
function formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const width = this.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= this.minWidthToWrap) {
    return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
  }
  const body = helper.boxWrap(description, width - 6).split('\n').map((l) => `      ${l}`);
  return [`  ${term}`, ...body].join('\n');
}

/** Every exit code with its name, in order: generated from core/exit-codes.ts. */
export function exitCodes(): Array<{ name: string; code: number }> {
  const all = [...Object.entries(EXIT), ['EXPECTATION', EXIT_EXPECTATION] as const];
  return all.map(([name, code]) => ({ name, code })).sort((a, b) => a.code - b.code);
}

/** The group of one option of one command; undefined when the tables do not know it. */
export function groupOf(command: string, long: string | undefined): GroupId | undefined {
  if (!long) return undefined;
  return COMMAND_OPTION_GROUP[command]?.[long] ?? OPTION_GROUP[long];
}

/** Options no table places ("command --option"): shown under a plain "Options:", and a failing test. */
export function ungroupedOptions(program: Command): string[] {
  const out: string[] = [];
  for (const cmd of [program, ...program.commands]) {
    for (const o of cmd.options) if (!groupOf(cmd.name(), o.long)) out.push(`${cmd.name()} ${o.long ?? o.flags}`);
  }
  return out;
}

/** The terminal's width when stdout is one (read when help is shown: a program may be built without streams). */
function helpWidth(io: Io): number {
  const out = io.stdout as { isTTY?: boolean; columns?: number } | undefined;
  return out?.isTTY && out.columns ? out.columns : 80;
}

/** A titled list of term/description items, aligned and wrapped the way commander does its own. */
function section(helper: Help, title: string, items: Array<[string, string]>): string {
  const width = Math.max(...items.map(([term]) => helper.displayWidth(term)));
  return [helper.styleTitle(title), ...items.map(([term, d]) => helper.formatItem(term, width, d, helper))].join('\n');
}

function examples(cmd: Command, lang: Lang): string {
  const lines = (EXAMPLES[cmd.name()] ?? []).flatMap((line, i) => [
    `  ${t(lang, `help.ex.${cmd.name()}.${i + 1}`)}`,
    `    ${line}`,
  ]);
  return lines.length ? `${t(lang, 'help.title.examples')}\n${lines.join('\n')}\n` : '';
}

function topLevelAfter(helper: Help, lang: Lang): string {
  const codes = exitCodes().map(({ name, code }): [string, string] => [String(code), t(lang, `help.exit.${name}`)]);
  const env = ENV_VARS.map(([names, key]): [string, string] => [names, t(lang, `help.env.${key}`)]);
  return [
    t(lang, 'help.per-command'),
    '',
    section(helper, t(lang, 'help.title.exit-codes'), codes),
    `  ${t(lang, 'help.exit.nagios', { codes: Object.entries(NAGIOS).map(([k, v]) => `${v} ${k}`).join(', ') })}`,
    '',
    // Long names: each on its own line, the description under it.
    helper.styleTitle(t(lang, 'help.title.env')),
    ...env.flatMap(([names, d]) => [
      ...helper.boxWrap(names, (helper.helpWidth ?? 80) - 2).split('\n').map((l) => `  ${l}`),
      ...helper.boxWrap(d, (helper.helpWidth ?? 80) - 6).split('\n').map((l) => `      ${l}`),
    ]),
  ].join('\n');
}

/** Group, translate and annotate every command's help. Call after every option and command is added. */
export function applyHelp(program: Command, lang: Lang, io: Io): void {
  const titles: Record<string, string> = {
    'Usage:': t(lang, 'help.title.usage'),
    'Arguments:': t(lang, 'help.title.arguments'),
    'Options:': t(lang, 'help.title.options'),
    'Commands:': t(lang, 'help.title.commands'),
  };
  const title = (id: string): string => `${t(lang, `help.group.${id}`)}:`;
  for (const cmd of [program, ...program.commands]) {
    cmd.configureHelp({
      styleTitle: (s) => titles[s] ?? s,
      displayWidth,
      formatItem,
      // A getter: commander copies this configuration into a Help each time it shows one.
      get helpWidth() {
        return helpWidth(io);
      },
    });
    cmd.addHelpOption(new Option('-h, --help', t(lang, 'help.help')).helpGroup(title('general')));
    for (const o of cmd.options) {
      const group = groupOf(cmd.name(), o.long);
      if (group) o.helpGroup(title(group));
    }
    // Groups in one order on every page (commander lists them in the order the options were added).
    const rank = (long: string | undefined): number => GROUP_ORDER.indexOf(groupOf(cmd.name(), long) ?? 'general');
    (cmd.options as Option[]).sort((a, b) => rank(a.long) - rank(b.long));
    const group = COMMAND_GROUP[cmd.name()];
    if (cmd !== program && group) cmd.helpGroup(`${t(lang, `help.cmds.${group}`)}:`);
    if (cmd !== program) {
      cmd.addHelpText('after', () => `\n${examples(cmd, lang)}\n${t(lang, 'help.more')}`);
    }
  }
  program.addHelpText('after', () => {
    const helper = program.createHelp();
    helper.prepareContext({ helpWidth: helpWidth(io) });
    return `\n${topLevelAfter(helper, lang)}`;
  });
}
