import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';

export interface ExplainFlags extends GlobalFlags {
  file?: string;
}

/** `explain`: the text from the arguments, --file, or standard input. */
export async function runExplainCommand(words: string[], flags: ExplainFlags, io: Io): Promise<number> {
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
    const { readBounded } = await import('../password.js');
    text = await readBounded(io.stdin, 512 * 1024);
  }
  if (!text.trim()) throw new UsageError('err.explain-empty');
  const [{ explain }, render] = await Promise.all([import('../../explain/explain.js'), import('../../render/explain.js')]);
  const result = explain(text);
  io.stdout.write(flags.json ? render.renderExplainJson(result, lang) : render.renderExplainHuman(result, lang, useColor(io, flags)));
  return EXIT.OK;
}

