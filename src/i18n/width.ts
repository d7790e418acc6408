/**
 * Terminal columns of smtp-doctor's own catalog text (step names, labels, help): East Asian wide and
 * full-width characters (Hangul, CJK) take two, as get-east-asian-width says; colour codes none. Catalog text
 * holds no emoji or combining marks, so this is exact for it and costs nothing to load. Text from elsewhere
 * (server banners, target names) is measured by string-width (render/width.ts), whose Intl.Segmenter and
 * emoji tables cost ~20 ms at load: only the tables that hold such text load it.
 */
import { eastAsianWidth } from 'get-east-asian-width';

export function labelWidth(s: string): number {
  let w = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, '')) w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** `s` followed by spaces up to `width` columns (never cut). */
export function padLabel(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - labelWidth(s)));
}
