import type { ImportedSettings } from '../types.js';
import { Collector, editDistance, envLookup, fileOrigin, parsePort } from './shared.js';
import { tokenize } from './python-tokens.js';
import { UNKNOWN, truthy, Parser, type Val } from './django-eval.js';

/*
 * Django settings.py read without running Python: the tokens of the literal subset
 * (python-tokens.ts) and a small evaluator (django-eval.ts) for os.environ / os.getenv / django-environ env() /
 * python-decouple config().
 */

const DJANGO_KEYS = [
  'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD', 'EMAIL_USE_TLS', 'EMAIL_USE_SSL', 'DEFAULT_FROM_EMAIL',
  'EMAIL_BACKEND', 'EMAIL_TIMEOUT', 'EMAIL_SSL_CERTFILE', 'EMAIL_SSL_KEYFILE', 'EMAIL_SUBJECT_PREFIX', 'EMAIL_USE_LOCALTIME',
  'EMAIL_FILE_PATH', 'SERVER_EMAIL', 'EMAIL_CONFIG',
] as const;

/** `EMAIL_HOST = ...` at the start of a line, as Python writes it (detection). */
export function looksLikeDjango(text: string): boolean {
  return /^[ \t]*EMAIL_(HOST|PORT|USE_TLS|USE_SSL|HOST_USER|HOST_PASSWORD|BACKEND)[ \t]*=[ \t]*(['"]|True\b|False\b|None\b|\d|os\.|env[.(]|config\(|int\(|bool\(|str\(|getenv\()/m.test(text);
}

interface Assign {
  name: string;
  line: number;
  indent: number;
  v: Val;
}

export function importDjango(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector('django');
  const toks = tokenize(text);
  const p = new Parser(toks, envLookup(env));
  const assigns: Assign[] = [];
  while (p.peek()) {
    const t = p.peek()!;
    if (t.t === 'nl') {
      p.i++;
      continue;
    }
    // NAME = expr (a plain assignment; annotated NAME: T = expr too)
    if (t.t === 'name' && /^[A-Z][A-Z0-9_]*$/.test(t.v) && (p.isOp('=', 1) || p.isOp(':', 1))) {
      const prev = toks[p.i - 1];
      const stmtIndent = !prev || prev.t === 'nl' ? t.indent : Number.POSITIVE_INFINITY;
      p.i++;
      if (p.eat(':')) {
        while (p.peek() && p.peek()!.t !== 'nl' && !p.isOp('=')) p.i++;
      }
      if (p.eat('=')) {
        const v = p.expr();
        assigns.push({ name: t.v, line: t.line, indent: stmtIndent, v: p.peek()?.t === 'nl' || p.isOp(';') ? v : UNKNOWN });
      }
    }
    while (p.peek() && p.peek()!.t !== 'nl') p.i++;
  }
  // Module-level assignments (last one wins, as Python runs them); indented ones (inside if/else)
  // only when the module level has none.
  const chosen = new Map<string, Assign>();
  for (const a of assigns) {
    const prev = chosen.get(a.name);
    if (!prev || a.indent === 0 || prev.indent > 0) chosen.set(a.name, a);
  }
  for (const a of chosen.values()) {
    if ((DJANGO_KEYS as readonly string[]).includes(a.name)) apply(c, a, file);
    else if (/^EMAIL_/.test(a.name) || DJANGO_KEYS.some((k) => editDistance(a.name, k, 2) <= 2)) {
      c.unknown(a.name, a.line, DJANGO_KEYS);
    }
  }
  return c.s;
}

function apply(c: Collector, a: Assign, file: string | undefined): void {
  const o = fileOrigin(file, a.line, a.name);
  const v = a.v;
  if (a.name === 'EMAIL_HOST_PASSWORD') {
    if (v.t === 'missing' && v.names.length === 1) c.set('passwordEnv', v.names[0]!, o);
    else if (v.t !== 'missing' && v.t !== 'unknown' && v.env) c.set('passwordEnv', v.env, o);
  }
  if (v.t === 'missing') {
    for (const n of v.names) c.missing(n, a.name, a.line);
    return;
  }
  if (v.t === 'unknown') return;
  const str = v.t === 'str' ? v.v : v.t === 'int' ? String(v.v) : undefined;
  switch (a.name) {
    case 'EMAIL_HOST':
      if (str?.trim()) c.set('host', str.trim(), o);
      break;
    case 'EMAIL_PORT': {
      const port = parsePort(str);
      if (port !== undefined) c.set('port', port, o);
      break;
    }
    case 'EMAIL_HOST_USER':
      if (str) c.set('user', str, o);
      break;
    case 'EMAIL_HOST_PASSWORD':
      if (str !== undefined) c.password(str, o);
      break;
    case 'EMAIL_USE_TLS':
    case 'EMAIL_USE_SSL': {
      const b = truthy(v);
      if (b !== undefined) c.set(a.name === 'EMAIL_USE_TLS' ? 'starttls' : 'implicitTls', b, o);
      break;
    }
    case 'DEFAULT_FROM_EMAIL':
      if (str?.trim()) c.set('from', str.trim(), o);
      break;
    default:
      break;
  }
}
