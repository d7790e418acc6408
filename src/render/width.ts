/**
 * Column widths for the human renderers that lay out tables (steps, --targets, probe, explain's labels):
 * the only module that imports string-width. Kept apart from paint.ts because string-width's Intl.Segmenter
 * and emoji tables cost ~20 ms at load: the JSON, nagios and prometheus outputs never load it.
 */
import stringWidth from 'string-width';

/**
 * Terminal columns a string takes (string-width): Hangul, CJK, full-width forms and emoji take two,
 * combining marks and zero-width joiners none, colour codes none.
 */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

/** `s` followed by spaces up to `width` columns (never cut). */
export function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

let segmenter: Intl.Segmenter | undefined;

/** `s` cut to at most `width` columns, ending in "…" when cut; never splits a character (grapheme). */
export function clipTo(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  segmenter ??= new Intl.Segmenter();
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(s)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
