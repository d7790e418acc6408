/**
 * Colour and column widths for every human renderer: the only module that imports chalk and
 * string-width (ora is imported by human-live.ts). Nothing outside src/render paints text.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { StepStatus } from '../core/types.js';

export type { ChalkInstance };

export const SYMBOL: Record<StepStatus, string> = { pass: '✔', warn: '!', fail: '✖', skip: '○' };

export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function paint(c: ChalkInstance, status: StepStatus, s: string): string {
  if (status === 'pass') return c.green(s);
  if (status === 'warn') return c.yellow(s);
  if (status === 'fail') return c.red(s);
  return c.dim(s);
}

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
