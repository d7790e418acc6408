/**
 * Text that came from a server (replies, banners, certificate names) is made visible before it is
 * stored: control characters other than TAB and LF, C1 controls, the bidirectional formatting characters
 * (embeddings and overrides U+202A-202E, isolates U+2066-2069, the marks LRM, RLM and ALM) and the Unicode
 * line and paragraph separators become \xNN / \u{NNNN}, so no renderer can send an escape sequence to a
 * terminal, reorder a line or break one.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/**
 * A single value a server chose (a certificate name, a banner, an EHLO keyword, an AUTH mechanism):
 * visible, and on one line. A line break inside it is shown as \n, so it cannot forge a line of output.
 */
export function oneLine(s: string): string {
  return visible(s).replace(/\n/g, '\\n');
}

/** Every string inside a JSON-like value through `fn` (objects and arrays are rebuilt, not mutated). */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}
