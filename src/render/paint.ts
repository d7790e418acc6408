/**
 * Colour for every human renderer: the only module that imports chalk (ora is imported by human-live.ts,
 * string-width by width.ts). Nothing outside src/render paints text.
 */
import { Chalk, type ChalkInstance } from 'chalk';
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
