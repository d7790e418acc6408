import type { Io } from './io.js';

/**
 * The masked password prompt, drawn on stderr: stdout holds data only, so
 * `smtp-doctor check --user x > out.txt` still shows the prompt on the terminal.
 */
export async function promptSecret(message: string, io: Pick<Io, 'stdin' | 'stderr'>): Promise<string> {
  const { default: password } = await import('@inquirer/password');
  const context = { input: io.stdin, output: io.stderr } as unknown as NonNullable<Parameters<typeof password>[1]>;
  return password({ message, mask: '*' }, context);
}
