import { COMMON_ESCAPES, matchAt, numberAt, opAt, skipComment } from './shared.js';

/*
 * Tokens of the literal Python subset that Django settings.py files are written in (read by
 * django.ts without running Python). Line breaks inside brackets are not statement ends.
 */

export type Tok =
  | { t: 'str'; v: string; fmt: boolean; line: number }
  | { t: 'num'; v: string; line: number }
  | { t: 'name'; v: string; line: number; indent: number }
  | { t: 'op'; v: string; line: number }
  | { t: 'nl'; line: number };

/** Three-character operators first, then two-character ones. */
const OPS = ['**=', '//=', '...', '==', '!=', '<=', '>=', '->', '+=', '-=', '*=', '/=', '**', '//', ':='];
const STR_START = /^([rRbBuUfF]{0,2})(['"])/;
const NUM = /^\d[\d_]*(\.\d*)?([eE][-+]?\d+)?/;
const NAME = /^[A-Za-z_]\w*/;
/** Escapes outside raw strings; any other \x stays as written. */
const ESCAPES: Record<string, string> = { ...COMMON_ESCAPES, '\\': '\\', "'": "'", '"': '"', '\n': '' };

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i]!;
    if (lineStart) {
      let col = 0;
      while (src[i] === ' ' || src[i] === '\t') {
        col += src[i] === '\t' ? 8 : 1;
        i++;
      }
      indent = col;
      lineStart = false;
      continue;
    }
    if (ch === '\n') {
      line++;
      i++;
      if (depth === 0) {
        out.push({ t: 'nl', line: line - 1 });
        lineStart = true;
      }
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
      i++;
      continue;
    }
    if (ch === '#') {
      i = skipComment(src, i);
      continue;
    }
    const pre = matchAt(src, i, STR_START, 4);
    if (pre && (pre[1] === '' || /^[A-Za-z]/.test(ch))) {
      const prefix = pre[1]!.toLowerCase();
      const q = pre[2]!;
      const start = line;
      i += pre[1]!.length;
      const triple = src.startsWith(q.repeat(3), i);
      const close = triple ? q.repeat(3) : q;
      i += close.length;
      let v = '';
      while (i < n && !src.startsWith(close, i)) {
        const c = src[i]!;
        if (c === '\n') {
          line++;
          if (!triple) break;
        }
        if (c === '\\' && !prefix.includes('r') && i + 1 < n) {
          const e = src[i + 1]!;
          v += ESCAPES[e] ?? `\\${e}`;
          if (e === '\n') line++;
          i += 2;
          continue;
        }
        v += c;
        i++;
      }
      i += close.length;
      out.push({ t: 'str', v, fmt: prefix.includes('f') && /\{[^{]/.test(v.replace(/\{\{/g, '')), line: start });
      continue;
    }
    const num = numberAt(src, i, NUM);
    if (num) {
      out.push({ t: 'num', v: num.v, line });
      i += num.length;
      continue;
    }
    const name = matchAt(src, i, NAME);
    if (name) {
      out.push({ t: 'name', v: name[0], line, indent });
      i += name[0].length;
      continue;
    }
    const op = opAt(src, i, OPS);
    if (op === '(' || op === '[' || op === '{') depth++;
    if ((op === ')' || op === ']' || op === '}') && depth > 0) depth--;
    out.push({ t: 'op', v: op, line });
    i += op.length;
  }
  out.push({ t: 'nl', line });
  return out;
}
