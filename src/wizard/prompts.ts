/**
 * The prompts the wizard uses, each from its own @inquirer package (not the meta-package with all of them),
 * drawn on stderr: stdout holds data only, so `smtp-doctor wizard > out.txt` still shows every question.
 */
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import number from '@inquirer/number';
import password from '@inquirer/password';
import select from '@inquirer/select';
import type { Io } from '../cli/io.js';

type Context = NonNullable<Parameters<typeof input>[1]>;

/** The five prompts, reading the terminal from stdin and drawing on stderr. */
export function promptsOn(io: Pick<Io, 'stdin' | 'stderr'>) {
  const context = { input: io.stdin, output: io.stderr } as unknown as Context;
  return {
    confirm: (config: Parameters<typeof confirm>[0]) => confirm(config, context),
    input: (config: Parameters<typeof input>[0]) => input(config, context),
    number: <R extends boolean = boolean>(config: Parameters<typeof number<R>>[0]) => number<R>(config, context),
    password: (config: Parameters<typeof password>[0]) => password(config, context),
    select: <V>(config: Parameters<typeof select<V>>[0]) => select<V>(config, context),
  };
}
