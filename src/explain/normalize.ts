import { visible } from '../core/text.js';
import { maskPastedSecrets } from './mask.js';

/** The most text explain reads; a whole log is fine, a runaway pipe is cut. */
export const MAX_INPUT = 512 * 1024;

/**
 * The text cut to MAX_INPUT. A cut text (longer than the limit, or `truncated`: the reader
 * already stopped at the limit) loses its last, partial line: "535 5." is not a reply.
 */
export function bound(input: string, truncated = false): string {
  if (input.length <= MAX_INPUT && !truncated) return input;
  const head = input.slice(0, MAX_INPUT);
  const end = head.lastIndexOf('\n');
  return end > 0 ? head.slice(0, end) : head;
}

/**
 * Make pasted text readable the same way whatever the stack printed:
 * ANSI colours removed, Python byte strings (b'...\n...'), JSON-quoted strings and
 * literal "\r\n" escapes turned into real lines, HTML entities decoded, then control characters
 * and bidi overrides made visible.
 */
export function normalize(input: string, truncated = false): string {
  let s = bound(input, truncated);
  s = s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  s = s.replace(/\r\n?/g, '\n').replace(/↵/g, '\n');
  // Escapes as they appear in repr()/JSON/log lines: \\r\\n, \\n, \\t, \\u0020, \\x41, \\" and \\'
  for (let i = 0; i < 2; i++) {
    s = s
      .replace(/\\\\r\\\\n|\\\\n/g, '\n')
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/\\(["'\\/])/g, '$1');
  }
  s = s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
  // Secrets pasted with the error are masked before anything is kept (./mask.ts).
  s = maskPastedSecrets(s);
  // Escaped once here, as check does at ingestion (src/core/text.ts): every piece explain keeps
  // (evidence, reply, params, finding) comes from this text, so no escape sequence or bidi
  // override reaches a terminal or the JSON. Last, so \\x1b written out stays visible too.
  return visible(s);
}
