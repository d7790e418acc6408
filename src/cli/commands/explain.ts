import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';
import { readFailure, readFileBounded, readStreamBounded } from '../../core/read.js';

export interface ExplainFlags extends GlobalFlags {
  file?: string;
}

/** `explain`: the text from the arguments, --file, or standard input. */
/** Pasted logs: enough for any stack trace, bounded for `yes | smtp-doctor explain`. */
const MAX_EXPLAIN_BYTES = 512 * 1024;

export async function runExplainCommand(words: string[], flags: ExplainFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  let text = words.join(' ');
  if (flags.file !== undefined) {
    try {
      text = await readFileBounded(flags.file, MAX_EXPLAIN_BYTES);
    } catch (err) {
      throw new UsageError('err.explain-file', { path: flags.file, reason: readFailure(err) });
    }
  } else if (!text && !io.stdin.isTTY) {
    // A pasted log longer than the limit is explained from its first part; reading stops there.
    text = (await readStreamBounded(io.stdin, MAX_EXPLAIN_BYTES)).text;
  }
  if (!text.trim()) throw new UsageError('err.explain-empty');
  const [{ explain }, render] = await Promise.all([import('../../explain/explain.js'), import('../../render/explain.js')]);
  const result = explain(text);
  io.stdout.write(flags.json ? render.renderExplainJson(result, lang) : render.renderExplainHuman(result, lang, useColor(io, flags)));
  return EXIT.OK;
}

