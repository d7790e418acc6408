/** The most text explain reads; a whole log is fine, a runaway pipe is cut. */
export const MAX_INPUT = 512 * 1024;

/**
 * Make pasted text readable the same way whatever the stack printed:
 * ANSI colours removed, Python byte strings (b'...\n...'), JSON-quoted strings and
 * literal "\r\n" escapes turned into real lines, HTML entities decoded.
 */
export function normalize(input: string): string {
  let s = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
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
  return s;
}
