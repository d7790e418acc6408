import { parseBool, TokenCursor } from './shared.js';
import { tokenize, type Tok } from './ruby-tokens.js';

/*
 * The evaluator behind the Rails import (./rails.ts): values as far as they can be known
 * without running Ruby (literals and ENV lookups).
 */

/** A value as far as it can be known without running the application. */
export type Val =
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

export const UNKNOWN: Val = { t: 'unknown' };

export class Parser extends TokenCursor<Tok> {

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
