import type { ImportedSettings, Origin } from '../types.js';
import { Collector, envLookup, fileOrigin, parseBool, parsePort, TokenCursor } from './shared.js';
import { tokenize, type Tok } from './ruby-tokens.js';

/*
 * config.action_mailer.smtp_settings = { ... } read without running Ruby: the tokens of the
 * literal subset such hashes are written in (ruby-tokens.ts), and a small evaluator for ENV lookups.
 */

/** A value as far as it can be known without running the application. */
type Val =
  | { t: 'str'; v: string; env?: string }
  | { t: 'int'; v: number; env?: string }
  | { t: 'bool'; v: boolean }
  | { t: 'nil' }
  | { t: 'sym'; v: string }
  | { t: 'const'; v: string }
  /** ENV variables that are not set (and had no default). */
  | { t: 'missing'; names: string[] }
  /** Rails credentials / secrets: not readable here. */
  | { t: 'cred' }
  | { t: 'unknown' };

const UNKNOWN: Val = { t: 'unknown' };

class Parser extends TokenCursor<Tok> {

  expr(): Val {
    // Nesting beyond any real settings hash: give up on the rest.
    return this.nested(
      () => {
        this.i = this.toks.length;
        return UNKNOWN;
      },
      () => this.orExpr(),
    );
  }

  orExpr(): Val {
    let left = this.postfix();
    while (this.isOp('||') || (this.peek()?.t === 'id' && (this.peek() as { v: string }).v === 'or')) {
      this.i++;
      const right = this.postfix();
      if (left.t === 'missing' || left.t === 'nil') {
        left = right.t === 'missing' && left.t === 'missing' ? { t: 'missing', names: [...left.names, ...right.names] } : right;
      } else if (left.t === 'str' && left.v === '' && right.t !== 'missing') {
        // ENV['X'].presence || 'default'
        left = right;
      }
    }
    return left;
  }

  /** Arguments of a call: ( a, b ) or none. */
  args(): Val[] | undefined {
    if (!this.eat('(')) return [];
    const out: Val[] = [];
    while (this.peek() && !this.isOp(')')) {
      out.push(this.expr());
      if (!this.eat(',')) break;
    }
    return this.eat(')') ? out : undefined;
  }

  /** { 'default' } or do 'default' end after ENV.fetch('X') */
  block(): Val | undefined {
    if (this.isOp('{')) {
      this.i++;
      if (this.isOp('|')) {
        this.i++;
        while (this.peek() && !this.isOp('|')) this.i++;
        this.i++;
      }
      const v = this.expr();
      return this.eat('}') ? v : UNKNOWN;
    }
    return undefined;
  }

  envRef(name: string, def?: Val): Val {
    const v = this.env(name);
    if (v !== undefined) return { t: 'str', v, env: name };
    if (def) return def.t === 'str' || def.t === 'int' ? { ...def, env: name } : def;
    return { t: 'missing', names: [name] };
  }

  primary(): Val {
    const t = this.peek();
    if (!t) return UNKNOWN;
    this.i++;
    switch (t.t) {
      case 'num':
        return /\./.test(t.v) ? UNKNOWN : { t: 'int', v: Number(t.v) };
      case 'sym':
        return { t: 'sym', v: t.v };
      case 'str':
        return this.string(t);
      case 'op':
        if (t.v === '(') {
          const v = this.expr();
          return this.eat(')') ? v : UNKNOWN;
        }
        return UNKNOWN;
      case 'label':
        return UNKNOWN;
      case 'id':
        break;
    }
    const id = t.v;
    if (id === 'true' || id === 'false') return { t: 'bool', v: id === 'true' };
    if (id === 'nil') return { t: 'nil' };
    if (id === 'ENV') {
      if (this.eat('[')) {
        const k = this.expr();
        if (!this.eat(']') || k.t !== 'str') return UNKNOWN;
        return this.envRef(k.v);
      }
      if (this.isOp('.') && this.peek(1)?.t === 'id' && (this.peek(1) as { v: string }).v === 'fetch') {
        this.i += 2;
        const a = this.args();
        if (!a || a[0]?.t !== 'str') return UNKNOWN;
        const def = a[1] ?? this.block();
        return this.envRef(a[0].v, def);
      }
      return UNKNOWN;
    }
    if (id === 'Integer' || id === 'String') {
      const a = this.args();
      const v = a?.[0];
      if (!v) return UNKNOWN;
      return id === 'Integer' ? toInt(v) : v;
    }
    if (/^[A-Z]/.test(id)) {
      // Constant path (OpenSSL::SSL::VERIFY_NONE) or Rails.application.credentials...
      let path = id;
      while (this.isOp('::') && this.peek(1)?.t === 'id') {
        path += `::${(this.peek(1) as { v: string }).v}`;
        this.i += 2;
      }
      if (path === 'Rails' && this.isOp('.') && (this.peek(1) as { v?: string })?.v === 'application' && this.isOp('.', 2)) {
        const what = (this.peek(3) as { v?: string })?.v;
        if (what === 'credentials' || what === 'secrets') {
          this.i += 4;
          return { t: 'cred' };
        }
      }
      return { t: 'const', v: path };
    }
    return UNKNOWN;
  }

  string(t: Extract<Tok, { t: 'str' }>): Val {
    let s = '';
    let env: string | undefined;
    const missing: string[] = [];
    let unknown = false;
    for (const p of t.parts) {
      if (typeof p === 'string') {
        s += p;
        continue;
      }
      const sub = new Parser(tokenize(p.src, p.line), this.env);
      sub.depth = this.depth + 1;
      const v = sub.expr();
      if (sub.peek()) unknown = true;
      else if (v.t === 'str' || v.t === 'int') {
        s += String(v.v);
        if (v.env && t.parts.length === 1) env = v.env;
      } else if (v.t === 'missing') missing.push(...v.names);
      else unknown = true;
    }
    if (missing.length) return { t: 'missing', names: missing };
    if (unknown) return UNKNOWN;
    return env ? { t: 'str', v: s, env } : { t: 'str', v: s };
  }

  postfix(): Val {
    let v = this.primary();
    for (;;) {
      if ((this.isOp('.') || this.isOp('&.')) && this.peek(1)?.t === 'id') {
        const m = (this.peek(1) as { v: string }).v;
        this.i += 2;
        const a = this.args();
        if (a === undefined) return UNKNOWN;
        if (v.t === 'cred') continue;
        if (m === 'to_i') v = toInt(v);
        else if (m === 'to_s' || m === 'strip' || m === 'freeze' || m === 'chomp') v = v.t === 'int' ? { t: 'str', v: String(v.v) } : v;
        else if (m === 'to_sym') v = v.t === 'str' ? { t: 'sym', v: v.v } : v;
        else if (m === 'downcase') v = v.t === 'str' ? { ...v, v: v.v.toLowerCase() } : v;
        else if (m === 'presence') v = v.t === 'str' && v.v.trim() === '' ? { t: 'nil' } : v;
        else if (m === 'to_b' || m === 'present?') v = v.t === 'str' ? { t: 'bool', v: parseBool(v.v) ?? v.v !== '' } : v;
        else v = v.t === 'missing' ? v : UNKNOWN;
        continue;
      }
      if (this.isOp('[')) {
        this.i++;
        this.expr();
        if (!this.eat(']')) return UNKNOWN;
        if (v.t !== 'cred') v = UNKNOWN;
        continue;
      }
      if (this.isOp('==') || this.isOp('!=')) {
        const neg = this.isOp('!=');
        this.i++;
        const r = this.postfix();
        if (v.t === 'missing') return v;
        if ((v.t === 'str' || v.t === 'sym') && (r.t === 'str' || r.t === 'sym')) v = { t: 'bool', v: (v.v === r.v) !== neg };
        else v = UNKNOWN;
        continue;
      }
      return v;
    }
  }
}

function toInt(v: Val): Val {
  if (v.t === 'str') {
    const m = /^\s*[-+]?\d+/.exec(v.v);
    return v.env ? { t: 'int', v: m ? Number(m[0]) : 0, env: v.env } : { t: 'int', v: m ? Number(m[0]) : 0 };
  }
  return v;
}

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
