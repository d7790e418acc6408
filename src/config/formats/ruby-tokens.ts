import { COMMON_ESCAPES, matchAt, numberAt, opAt, skipComment } from './shared.js';

/*
 * Tokens of the literal Ruby subset that config.action_mailer.smtp_settings hashes are written in
 * (read by rails.ts without running Ruby).
 */

export type Tok =
  | { t: 'str'; parts: Array<string | { src: string; line: number }>; line: number }
  | { t: 'sym'; v: string; line: number }
  | { t: 'label'; v: string; line: number }
  | { t: 'num'; v: string; line: number }
  | { t: 'id'; v: string; line: number }
  | { t: 'op'; v: string; line: number };

const OPS = ['=>', '::', '||', '&&', '==', '!=', '&.', '**'];
const SYM = /^:([A-Za-z_]\w*[?!=]?)/;
const NUM = /^-?\d[\d_]*(\.\d+)?/;
const ID = /^[A-Za-z_]\w*[?!]?/;
/** Escapes inside "…" (inside '…' only \' and \\ are escapes). */
const DQ_ESCAPES: Record<string, string> = { ...COMMON_ESCAPES, s: ' ', '0': '\0' };

export function tokenize(src: string, firstLine = 1): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = firstLine;
  const n = src.length;
  const atLineStart = (): boolean => i === 0 || src[i - 1] === '\n';
  while (i < n) {
    const ch = src[i]!;
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '=' && atLineStart() && src.startsWith('=begin', i)) {
      const end = src.indexOf('\n=end', i);
      const stop = end < 0 ? n : end + 5;
      for (; i < stop; i++) if (src[i] === '\n') line++;
      continue;
    }
    if (ch === '#') {
      i = skipComment(src, i);
      continue;
    }
    if (ch === "'" || ch === '"') {
      const start = line;
      const parts: Array<string | { src: string; line: number }> = [];
      let buf = '';
      i++;
      while (i < n && src[i] !== ch) {
        const c = src[i]!;
        if (c === '\n') line++;
        if (c === '\\' && i + 1 < n) {
          const e = src[i + 1]!;
          if (ch === "'") buf += e === "'" || e === '\\' ? e : `\\${e}`;
          else buf += DQ_ESCAPES[e] ?? e;
          i += 2;
          continue;
        }
        if (ch === '"' && c === '#' && src[i + 1] === '{') {
          let depth = 1;
          let j = i + 2;
          while (j < n && depth > 0) {
            if (src[j] === '{') depth++;
            else if (src[j] === '}') depth--;
            j++;
          }
          if (buf) parts.push(buf);
          buf = '';
          parts.push({ src: src.slice(i + 2, j - 1), line });
          i = j;
          continue;
        }
        buf += c;
        i++;
      }
      i++;
      if (buf || !parts.length) parts.push(buf);
      // "key": value is a symbol key
      if (src[i] === ':' && src[i + 1] !== ':' && parts.every((p) => typeof p === 'string')) {
        out.push({ t: 'label', v: parts.join(''), line: start });
        i++;
      } else out.push({ t: 'str', parts, line: start });
      continue;
    }
    if (ch === ':' && src[i + 1] !== ':' && (i === 0 || src[i - 1] !== ':')) {
      const m = matchAt(src, i, SYM);
      if (m) {
        out.push({ t: 'sym', v: m[1]!, line });
        i += m[0].length;
        continue;
      }
      if (src[i + 1] === '"' || src[i + 1] === "'") {
        const q = src[i + 1]!;
        const end = src.indexOf(q, i + 2);
        if (end > 0) {
          out.push({ t: 'sym', v: src.slice(i + 2, end), line });
          i = end + 1;
          continue;
        }
      }
    }
    const num = numberAt(src, i, NUM);
    if (num && /\d/.test(ch)) {
      out.push({ t: 'num', v: num.v, line });
      i += num.length;
      continue;
    }
    const id = matchAt(src, i, ID);
    if (id) {
      i += id[0].length;
      if (src[i] === ':' && src[i + 1] !== ':') {
        out.push({ t: 'label', v: id[0], line });
        i++;
      } else out.push({ t: 'id', v: id[0], line });
      continue;
    }
    const op = opAt(src, i, OPS);
    out.push({ t: 'op', v: op, line });
    i += op.length;
  }
  return out;
}
