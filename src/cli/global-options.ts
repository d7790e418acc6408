import type { Command } from 'commander';

/** Options every output command takes, also accepted before the command: `smtp-doctor --lang ko check …`. */
const GLOBAL_SWITCHES = new Set(['--json', '--no-color']);

/**
 * Moves --lang, --no-color and --json given before the command name to just after it, where commander
 * reads them. --lang and --no-color are dropped for a command without them (the language was already
 * read from argv; it has no colour); --json stays, so a command without JSON output says so. Before no
 * command (or an unknown one) they are dropped: the language still applies to the help or the error.
 */
export function hoistGlobalOptions(program: Command, args: readonly string[]): string[] {
  const globals: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang' && i + 1 < args.length) globals.push(a, args[++i]!);
    else if (a.startsWith('--lang=') || GLOBAL_SWITCHES.has(a)) globals.push(a);
    else break;
  }
  const rest = args.slice(i);
  if (!globals.length) return rest;
  const name = rest[0];
  const cmd = program.commands.find((c) => c.name() === name);
  if (!cmd) return rest;
  const own = new Set(cmd.options.map((o) => o.long));
  const kept: string[] = [];
  for (let j = 0; j < globals.length; j++) {
    const g = globals[j]!;
    const long = g.split('=')[0]!;
    const value = g === '--lang' ? [globals[++j]!] : [];
    if (own.has(long) || long === '--json') kept.push(g, ...value);
  }
  return [name!, ...kept, ...rest.slice(1)];
}
