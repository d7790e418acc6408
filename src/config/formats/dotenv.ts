import dotenv from 'dotenv';
import type { ImportedSettings, ImportFormat } from '../types.js';
import { ENV_KEY_NAMES, applyEnvTable, isPasswordKey } from './env.js';
import { Collector, envLookup, fileOrigin, editDistance } from './shared.js';

const LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?:=|:[ \t])[ \t]*(.?)/;
const PREFIXED = /^(SMTP|MAIL|EMAIL)_/;

interface RawLine {
  line: number;
  /** The value was written in single quotes: no ${VAR} expansion (as dotenv-expand). */
  literal: boolean;
}

/** Where each key is (last occurrence, as dotenv lets the last one win). */
function scanLines(text: string): Map<string, RawLine> {
  const out = new Map<string, RawLine>();
  const lines = text.split(/\r\n|\n|\r/);
  let quote: string | undefined;
  lines.forEach((l, i) => {
    if (quote) {
      // Inside a multi-line quoted value: look for its end only.
      if (l.includes(quote)) quote = undefined;
      return;
    }
    const m = LINE.exec(l);
    if (!m) return;
    const first = m[2] ?? '';
    out.set(m[1]!, { line: i + 1, literal: first === "'" });
    if (first === '"' || first === "'" || first === '`') {
      const rest = l.slice(m[0].length);
      if (!rest.includes(first)) quote = first;
    }
  });
  return out;
}

/**
 * ${VAR}, ${VAR:-default} and ${VAR-default} as dotenv-expand reads them, from the given
 * environment first and then from the file itself. Bare $VAR is left alone: passwords contain "$".
 */
function expand(
  value: string,
  lookup: (n: string) => string | undefined,
  onMissing: (n: string) => void,
): { value: string | undefined; refs: string[] } {
  const refs: string[] = [];
  let ok = true;
  const out = value.replace(/(\\?)\$\{([A-Za-z_][\w.]*)(?:(:?-)([^}]*))?\}/g, (m, esc: string, name: string, op: string | undefined, def: string | undefined) => {
    if (esc) return m.slice(1);
    refs.push(name);
    const v = lookup(name);
    if (v !== undefined && !(op === ':-' && v === '')) return v;
    if (def !== undefined) return def;
    ok = false;
    onMissing(name);
    return '';
  });
  return { value: ok ? out : undefined, refs };
}

export function importDotenv(text: string, file: string | undefined, env: NodeJS.ProcessEnv, format: ImportFormat = 'dotenv'): ImportedSettings {
  const parsed = dotenv.parse(text);
  const where = scanLines(text);
  const c = new Collector(format);
  const fromEnv = envLookup(env);
  const own = envLookup(parsed);
  const lookup = (n: string): string | undefined => fromEnv(n) ?? own(n);
  const lineOf = (k: string): number | undefined => where.get(k)?.line;
  const resolved = new Map<string, string | undefined>();
  const refsOf = new Map<string, string[]>();
  for (const [k, raw] of Object.entries(parsed)) {
    if (where.get(k)?.literal) {
      resolved.set(k, raw);
      continue;
    }
    const r = expand(raw, lookup, (name) => c.missing(name, k, lineOf(k)));
    resolved.set(k, r.value);
    if (r.refs.length) refsOf.set(k, r.refs);
  }
  applyEnvTable(
    c,
    (n) => resolved.get(n),
    (n) => fileOrigin(file, lineOf(n), n),
  );
  // The variable the password refers to, resolved or not.
  const pwKey = c.s.password?.origin.key ?? ENV_KEY_NAMES.find((k) => isPasswordKey(k) && refsOf.has(k));
  const refs = pwKey ? refsOf.get(pwKey) : undefined;
  if (pwKey && refs?.length === 1 && /^\$\{[^}]+\}$/.test(parsed[pwKey]!.trim())) {
    c.set('passwordEnv', refs[0]!, fileOrigin(file, lineOf(pwKey), pwKey));
  }
  if (format === 'dotenv') {
    for (const k of Object.keys(parsed)) {
      if (ENV_KEY_NAMES.includes(k)) continue;
      const upper = k.toUpperCase();
      const near = (): boolean => ENV_KEY_NAMES.some((n) => editDistance(upper, n, 2) <= 2);
      if (PREFIXED.test(upper) || near()) c.unknown(k, lineOf(k), ENV_KEY_NAMES);
    }
  }
  return c.s;
}
