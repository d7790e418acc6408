import type { ImportedSettings, Origin } from '../types.js';
import { Collector, envLookup, fileOrigin, parseBool, parsePort } from './shared.js';
import { tokenize, type Tok } from './ruby-tokens.js';
import { UNKNOWN, Parser, type Val } from './rails-eval.js';

/*
 * config.action_mailer.smtp_settings = { ... } read without running Ruby: the tokens of the
 * literal subset such hashes are written in (ruby-tokens.ts), and a small evaluator for ENV lookups (rails-eval.ts).
 */

const RAILS_KEYS = [
  'address', 'port', 'domain', 'user_name', 'password', 'authentication', 'enable_starttls_auto', 'enable_starttls', 'tls', 'ssl',
  'openssl_verify_mode', 'open_timeout', 'read_timeout', 'ca_path', 'ca_file', 'return_response',
] as const;
const KNOWN_SYMS = RAILS_KEYS.map((k) => `:${k}`);

/** Where the settings hash starts: the `{` after `smtp_settings =`. */
function findHash(toks: Tok[]): number | undefined {
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.t === 'id' && t.v === 'smtp_settings') {
      const eq = toks[i + 1]!;
      const br = toks[i + 2]!;
      if (eq.t === 'op' && eq.v === '=' && br.t === 'op' && br.v === '{') return i + 2;
    }
  }
  return undefined;
}

export function hasSmtpSettings(text: string): boolean {
  return /smtp_settings\s*=\s*\{/.test(text);
}

export function importRails(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector('rails');
  const toks = tokenize(text);
  const start = findHash(toks);
  if (start === undefined) return c.s;
  const p = new Parser(toks, envLookup(env));
  p.i = start + 1;
  const vals: Array<{ key: string; line: number; v: Val }> = [];
  while (p.peek() && !p.isOp('}')) {
    const kt = p.peek()!;
    let key: string | undefined;
    let stringKey = false;
    if (kt.t === 'label') {
      key = kt.v;
      p.i++;
    } else if ((kt.t === 'sym' || kt.t === 'str') && p.isOp('=>', 1)) {
      key = kt.t === 'sym' ? kt.v : kt.parts.filter((x): x is string => typeof x === 'string').join('');
      stringKey = kt.t === 'str';
      p.i += 2;
    } else if (p.isOp('**')) {
      // **other_hash: not readable
      p.i++;
    } else {
      p.i++;
      continue;
    }
    const before = p.i;
    let v = p.expr();
    // Anything the evaluator did not consume (ternaries, method chains): skip to the next entry.
    if (!p.isOp(',') && !p.isOp('}')) {
      v = UNKNOWN;
      let depth = 0;
      p.i = Math.max(p.i, before);
      while (p.peek()) {
        if (depth === 0 && (p.isOp(',') || p.isOp('}'))) break;
        if (p.isOp('{') || p.isOp('(') || p.isOp('[')) depth++;
        if (p.isOp('}') || p.isOp(')') || p.isOp(']')) depth--;
        p.i++;
      }
    }
    p.eat(',');
    if (key === undefined) continue;
    if (stringKey) {
      // The mail gem reads symbol keys only: a string key is silently ignored.
      c.unknown(`'${key}'`, kt.line, [], (RAILS_KEYS as readonly string[]).includes(key) ? `:${key}` : undefined);
      continue;
    }
    if (!(RAILS_KEYS as readonly string[]).includes(key)) {
      c.unknown(`:${key}`, kt.line, KNOWN_SYMS);
      continue;
    }
    vals.push({ key, line: kt.line, v });
  }
  for (const { key, line, v } of vals) apply(c, key, line, v, file);
  return c.s;
}

function apply(c: Collector, key: string, line: number, v: Val, file: string | undefined): void {
  const written = `:${key}`;
  const o: Origin = fileOrigin(file, line, written);
  if (key === 'password' && (v.t === 'str' || v.t === 'int') && v.env) c.set('passwordEnv', v.env, o);
  if (key === 'password' && v.t === 'missing' && v.names.length === 1) c.set('passwordEnv', v.names[0]!, o);
  if (v.t === 'missing') {
    for (const n of v.names) c.missing(n, written, line);
    return;
  }
  if (v.t === 'cred') {
    c.missing('credentials', written, line);
    return;
  }
  const str = v.t === 'str' ? v.v : v.t === 'int' ? String(v.v) : v.t === 'sym' ? v.v : v.t === 'const' ? v.v : undefined;
  const bool = v.t === 'bool' ? v.v : v.t === 'nil' ? false : v.t === 'str' ? parseBool(v.v) : undefined;
  switch (key) {
    case 'address':
      if (str?.trim()) c.set('host', str.trim(), o);
      break;
    case 'port': {
      const p = parsePort(str);
      if (p !== undefined) c.set('port', p, o);
      break;
    }
    case 'domain':
      if (str?.trim()) c.set('helo', str.trim(), o);
      break;
    case 'user_name':
      if (str !== undefined && str !== '') c.set('user', str, o);
      break;
    case 'password':
      if (v.t === 'str') c.password(v.v, o);
      else if (v.t === 'int') c.password(String(v.v), o);
      break;
    case 'authentication':
      if (v.t === 'nil') c.set('auth', false, o);
      else if (str?.trim()) {
        c.set('auth', true, o);
        c.set('authMethod', str.trim().toUpperCase().replace(/_/g, '-'), o);
      }
      break;
    case 'enable_starttls_auto':
      if (bool !== undefined) c.set('starttls', bool, o);
      break;
    case 'enable_starttls':
      // true / :always require STARTTLS; :auto is enable_starttls_auto.
      if (v.t === 'sym' && v.v === 'auto') c.set('starttls', true, o);
      else {
        const b = v.t === 'sym' && v.v === 'always' ? true : bool;
        if (b !== undefined) {
          c.set('starttls', b, o);
          c.set('starttlsRequired', b, o);
        }
      }
      break;
    case 'tls':
    case 'ssl':
      if (bool !== undefined) c.set('implicitTls', bool, o);
      break;
    case 'openssl_verify_mode': {
      const s = (str ?? '').toLowerCase();
      if (s === 'none' || /verify_none$/.test(s) || (v.t === 'int' && v.v === 0)) c.set('insecure', true, o);
      else if (s === 'peer' || /verify_peer$/.test(s) || (v.t === 'int' && v.v === 1)) c.set('insecure', false, o);
      break;
    }
    default:
      break;
  }
}
