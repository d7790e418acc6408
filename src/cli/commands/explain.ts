import { UsageError } from '../../core/errors.js';
import { MAX_INPUT } from '../../explain/normalize.js';
import { EXIT } from '../../core/exit-codes.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';
import { formatBytes, readFailure, readFileHead, readStreamBounded } from '../../core/read.js';
import { t } from '../../i18n/index.js';

export interface ExplainFlags extends GlobalFlags {
  file?: string;
}

/** Pasted logs: enough for any stack trace, bounded for `yes | smtp-doctor explain` (explain's own MAX_INPUT). */
const MAX_EXPLAIN_BYTES = MAX_INPUT;

/** `explain`: the text from the arguments, --file, or standard input. */
export async function runExplainCommand(words: string[], flags: ExplainFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  let text = words.join(' ');
  // A log longer than the limit is explained from its first part, from a file as from a pipe:
  // reading stops at the limit (an endless pipe cannot keep explain waiting), and stderr says so.
  let truncated = false;
  if (flags.file !== undefined) {
    try {
      ({ text, truncated } = await readFileHead(flags.file, MAX_EXPLAIN_BYTES));
    } catch (err) {
      throw new UsageError('err.explain-file', { path: flags.file, reason: readFailure(err) });
    }
  } else if (!text && !io.stdin.isTTY) {
    ({ text, truncated } = await readStreamBounded(io.stdin, MAX_EXPLAIN_BYTES));
  }
  if (truncated) io.stderr.write(`${t(lang, 'warn.explain-cut', { size: formatBytes(MAX_EXPLAIN_BYTES) })}\n`);
  if (!text.trim()) throw new UsageError('err.explain-empty');
  const { explain } = await import('../../explain/explain.js');
  const result = explain(text, { truncated });
  // Each output loads only its renderer: the JSON one needs no colour or column widths.
  if (flags.json) io.stdout.write((await import('../../render/explain-json.js')).renderExplainJson(result, lang));
  else io.stdout.write((await import('../../render/explain.js')).renderExplainHuman(result, lang, useColor(io, flags)));
  return EXIT.OK;
}

