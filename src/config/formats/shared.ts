import { Secret } from '../../core/secret.js';
import type { ImportedSettings, ImportFormat, Origin, Sourced } from '../types.js';

/** Files larger than this are refused before any parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const REASONS: Record<string, (p: Record<string, string | number>) => string> = {
  'config.too-large': (p) => `${p.path}: too large to be a mail configuration (${p.size} bytes; the limit is ${p.limit})`,
  'config.binary': (p) => `${p.path}: binary data, not a text configuration file`,
  'config.empty': (p) => `${p.path}: the file is empty`,
  'config.unrecognised': (p) => `${p.path}: not a recognised mail configuration (.env, application.yml/.properties, JavaMail properties, Rails, Django settings, nodemailer JSON or an smtp(s):// URL)`,
  'config.syntax': (p) => `${p.path}: ${p.format} syntax error${p.line ? ` at line ${p.line}` : ''}${p.what ? ` (${p.what})` : ''}`,
  'config.no-settings': (p) => `${p.path}: no SMTP settings found (read as ${p.format})`,
  'config.url-invalid': () => 'the --url value is not a valid URL (expected smtp://user:pass@host:587 or smtps://user:pass@host:465)',
  'config.url-scheme': (p) => `the --url scheme "${p.scheme}" is not smtp:// or smtps://`,
};

/**
 * A configuration source that cannot be read. The message is one line and never contains a
 * value from the source (only file names, formats, line numbers and key names), so it cannot
 * carry a password.
 */
export class ConfigError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  constructor(key: string, params: Record<string, string | number> = {}) {
    const reason = REASONS[key];
    super(reason ? reason({ path: "<input>", ...params }) : key);
    this.name = 'ConfigError';
    this.key = key;
    this.params = params;
  }
}

export type Field = Exclude<keyof ImportedSettings, 'format' | 'unknownKeys' | 'missingEnv'>;
type ValueOf<F extends Field> = NonNullable<ImportedSettings[F]> extends Sourced<infer T> ? T : never;

/** Collects settings; the first value given for a field wins (callers order their sources). */
export class Collector {
  readonly s: ImportedSettings;
  /** key + line of every unknown key already noted: one look-up each, not a scan (60,000 keys stay linear). */
  private readonly seenUnknown = new Set<string>();
  constructor(format: ImportFormat) {
    this.s = { format, unknownKeys: [], missingEnv: [] };
  }
  set<F extends Field>(field: F, value: ValueOf<F>, origin: Origin): void {
    if (this.s[field] !== undefined) return;
    (this.s as unknown as Record<string, Sourced<unknown>>)[field] = { value, origin };
  }
  /** Later wins (used where the source's own semantics say so). */
  override<F extends Field>(field: F, value: ValueOf<F>, origin: Origin): void {
    (this.s as unknown as Record<string, Sourced<unknown>>)[field] = { value, origin };
  }
  has(field: Field): boolean {
    return this.s[field] !== undefined;
  }
  unknown(key: string, line: number | undefined, known: readonly string[], extra?: string): void {
    const id = `${line ?? ''}\0${key}`;
    if (this.seenUnknown.has(id)) return;
    this.seenUnknown.add(id);
    const u: ImportedSettings['unknownKeys'][number] = { key };
    if (line !== undefined) u.line = line;
    const suggestion = extra ?? suggest(key, known);
    if (suggestion) u.suggestion = suggestion;
    this.s.unknownKeys.push(u);
  }
  missing(name: string, key: string, line: number | undefined): void {
    if (this.s.missingEnv.some((m) => m.name === name && m.key === key)) return;
    const m: ImportedSettings['missingEnv'][number] = { name, key };
    if (line !== undefined) m.line = line;
    this.s.missingEnv.push(m);
  }
  password(value: string, origin: Origin): void {
    this.set('password', new Secret(value), origin);
  }
  /** True when nothing at all was found. */
  empty(): boolean {
    return Object.keys(this.s).length === 3 && this.s.unknownKeys.length === 0 && this.s.missingEnv.length === 0;
  }
}

export function fileOrigin(file: string | undefined, line: number | undefined, key: string): Origin {
  const o: Origin = { kind: 'file', key };
  if (file !== undefined) o.file = file;
  if (line !== undefined) o.line = line;
  return o;
}

/**
 * Edit distance (Levenshtein with adjacent transpositions counted as one edit, "optimal string
 * alignment"), so EMAIL_USE_TSL is nearer EMAIL_USE_TLS than EMAIL_USE_SSL. With `max`, any
 * distance above it is reported as max + 1 without filling the table (lengths too far apart, or
 * a row whose best is already above it): three rows of numbers, so a file of keys stays cheap.
 */
/** Scratch rows for editDistance, reused (it is called once per key and known name). */
const ROWS: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const w = b.length + 1;
  if (ROWS[0]!.length < w) for (let r = 0; r < 3; r++) ROWS[r] = new Int32Array(w * 2);
  let [prev2, prev, cur] = ROWS as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < w; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/**
 * The known key within edit distance 2 (case-insensitive), closest first. Short keys get a
 * tighter bound (one edit per three characters) so "foo" does not become "pool".
 */
export function suggest(key: string, known: readonly string[], max = 2): string | undefined {
  const k = key.toLowerCase();
  const bound = Math.min(max, Math.max(1, Math.floor(k.length / 3)));
  let best: { key: string; d: number } | undefined;
  for (const cand of known) {
    if (Math.abs(cand.length - k.length) > bound) continue;
    const d = editDistance(k, cand.toLowerCase(), bound);
    if (d <= bound && cand !== key && (!best || d < best.d)) best = { key: cand, d };
  }
  return best?.key;
}

export function parseBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== 'string') return undefined;
  switch (v.trim().toLowerCase()) {
    case 'true':
    case '1':
    case 'yes':
    case 'on':
      return true;
    case 'false':
    case '0':
    case 'no':
    case 'off':
      return false;
    default:
      return undefined;
  }
}

export function parsePort(v: unknown): number | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** 1-based line numbers for offsets into a text. */
export class Lines {
  readonly #starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#starts.push(i + 1);
  }
  at(offset: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * Spring-style placeholders: ${NAME} and ${NAME:default}. Resolved from `lookup`; an unset name
 * without a default is reported in `missing` and the result is undefined.
 */
export function resolvePlaceholders(
  value: string,
  lookup: (name: string) => string | undefined,
  onMissing: (name: string) => void,
): { value: string | undefined; refs: string[] } {
  const refs: string[] = [];
  let ok = true;
  const out = value.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (_m, name: string, def: string | undefined) => {
    const n = name.trim();
    refs.push(n);
    const v = lookup(n);
    if (v !== undefined) return v;
    if (def !== undefined) return def;
    ok = false;
    onMissing(n);
    return '';
  });
  return { value: ok ? out : undefined, refs };
}

export function envLookup(env: NodeJS.ProcessEnv): (name: string) => string | undefined {
  return (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
}

/** A cursor over tokens for the small hand-written parsers of settings files (Ruby hashes, Python assignments). */
export class TokenCursor<T extends { t: string; v?: unknown }> {
  i = 0;
  /** Nesting depth of the value being read; parsers give up past a bound instead of recursing on. */
  depth = 0;
  constructor(
    readonly toks: T[],
    readonly env: (n: string) => string | undefined,
  ) {}
  peek(k = 0): T | undefined {
    return this.toks[this.i + k];
  }
  isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'op' && t.v === v;
  }
  isName(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'name' && t.v === v;
  }
  eat(v: string): boolean {
    if (!this.isOp(v)) return false;
    this.i++;
    return true;
  }
  /** A nested read with a depth bound: past it, `tooDeep` gives the value instead (no deep recursion). */
  nested<V>(tooDeep: () => V, read: () => V): V {
    if (this.depth > 100) return tooDeep();
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }
}

// ------------------------------------------------------------------------------ tokenizer pieces
// Shared by the Ruby (ruby-tokens.ts) and Python (python-tokens.ts) settings tokenizers.

/** `re` (anchored with ^) matched at offset `i`, looking at most `span` characters ahead. */
export function matchAt(src: string, i: number, re: RegExp, span = 200): RegExpExecArray | null {
  return re.exec(src.slice(i, i + span));
}

/** The end of a `#` comment that starts at `i`: the offset of its line break (left for the caller to count), or the end of the text. */
export function skipComment(src: string, i: number): number {
  let j = i;
  while (j < src.length && src[j] !== '\n') j++;
  return j;
}

/** A number literal matching `re` at `i`: its text without digit-group underscores, and how many characters it spans. */
export function numberAt(src: string, i: number, re: RegExp): { v: string; length: number } | undefined {
  const m = matchAt(src, i, re, 40);
  return m ? { v: m[0].replace(/_/g, ''), length: m[0].length } : undefined;
}

/** The first of `ops` (longer ones listed first) that stands at `i`, else the single character there. */
export function opAt(src: string, i: number, ops: readonly string[]): string {
  return ops.find((o) => src.startsWith(o, i)) ?? src[i]!;
}

/** Backslash escapes that mean the same in Ruby double-quoted and Python string literals. */
export const COMMON_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };
