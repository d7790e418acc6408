import { TokenCursor } from './shared.js';
import type { Tok } from './python-tokens.js';

/*
 * The evaluator behind the Django import (./django.ts): values as far as they can be known
 * without running Python (os.environ, os.getenv, django-environ env(), python-decouple config()).
 */

export type Val =
  | { t: 'str'; v: string; env?: string }
  | { t: 'int'; v: number; env?: string }
  | { t: 'bool'; v: boolean; env?: string }
  | { t: 'none'; env?: string }
  | { t: 'missing'; names: string[] }
  | { t: 'unknown' };

export const UNKNOWN: Val = { t: 'unknown' };

/** Python truthiness (what Django's `if self.use_tls` sees). */
export function truthy(v: Val): boolean | undefined {
  switch (v.t) {
    case 'str':
      return v.v !== '';
    case 'int':
      return v.v !== 0;
    case 'bool':
      return v.v;
    case 'none':
      return false;
    default:
      return undefined;
  }
}

/** django-environ's env.bool / python-decouple's cast=bool. */
function castBool(v: Val): Val {
  if (v.t === 'str') {
    const s = v.v.trim().toLowerCase();
    return { t: 'bool', v: ['true', 'on', 'ok', 'y', 'yes', '1', 't'].includes(s), ...(v.env ? { env: v.env } : {}) };
  }
  if (v.t === 'int') return { t: 'bool', v: v.v !== 0 };
  return v;
}

function castInt(v: Val): Val {
  if (v.t === 'str') {
    const s = v.v.trim();
    return /^[-+]?\d+$/.test(s) ? { t: 'int', v: Number(s), ...(v.env ? { env: v.env } : {}) } : UNKNOWN;
  }
  if (v.t === 'bool') return { t: 'int', v: v.v ? 1 : 0 };
  return v;
}

interface Call {
  pos: Val[];
  kw: Map<string, Val | { t: 'cast'; v: string }>;
}

export class Parser extends TokenCursor<Tok> {

  expr(): Val {
    // Nesting beyond any real settings line: give up on this value.
    return this.nested(
      () => {
        while (this.peek() && this.peek()!.t !== 'nl') this.i++;
        return UNKNOWN;
      },
      () => this.orExpr(),
    );
  }

  orExpr(): Val {
    let left = this.and();
    while (this.isName('or')) {
      this.i++;
      const right = this.and();
      if (left.t === 'missing' && right.t === 'missing') left = { t: 'missing', names: [...left.names, ...right.names] };
      else if (left.t === 'missing' || truthy(left) === false) left = right;
      else if (left.t === 'unknown') left = UNKNOWN;
    }
    return left;
  }

  and(): Val {
    let left = this.not();
    while (this.isName('and')) {
      this.i++;
      const right = this.not();
      left = left.t === 'missing' ? left : truthy(left) === false ? left : right;
    }
    return left;
  }

  not(): Val {
    if (this.isName('not')) {
      let neg = false;
      while (this.isName('not')) {
        this.i++;
        neg = !neg;
      }
      const v = this.compare();
      if (!neg) return v;
      const b = truthy(v);
      return v.t === 'missing' ? v : b === undefined ? UNKNOWN : { t: 'bool', v: !b };
    }
    return this.compare();
  }

  compare(): Val {
    let left = this.postfix();
    for (;;) {
      if (this.isOp('==') || this.isOp('!=')) {
        const neg = this.isOp('!=');
        this.i++;
        const right = this.postfix();
        if (left.t === 'missing') continue;
        left = left.t === 'unknown' || right.t === 'unknown' || right.t === 'missing' ? UNKNOWN : { t: 'bool', v: same(left, right) !== neg };
        continue;
      }
      const notIn = this.isName('not') && this.isName('in', 1);
      if (this.isName('in') || notIn) {
        this.i += notIn ? 2 : 1;
        const list = this.collection();
        if (left.t === 'missing') continue;
        left = list === undefined || left.t === 'unknown' ? UNKNOWN : { t: 'bool', v: list.some((x) => same(left, x)) !== notIn };
        continue;
      }
      return left;
    }
  }

  /** ('true', '1') / ['yes'] / {'on'} */
  collection(): Val[] | undefined {
    const open = this.peek();
    if (!(open?.t === 'op' && (open.v === '(' || open.v === '[' || open.v === '{'))) {
      const v = this.postfix();
      return v.t === 'str' ? [...v.v].map((c) => ({ t: 'str', v: c })) : undefined;
    }
    const close = open.v === '(' ? ')' : open.v === '[' ? ']' : '}';
    this.i++;
    const out: Val[] = [];
    while (this.peek() && !this.isOp(close)) {
      out.push(this.expr());
      if (!this.eat(',')) break;
    }
    return this.eat(close) ? out : undefined;
  }

  call(): Call | undefined {
    if (!this.eat('(')) return undefined;
    const c: Call = { pos: [], kw: new Map() };
    while (this.peek() && !this.isOp(')')) {
      if (this.peek()?.t === 'name' && this.isOp('=', 1)) {
        const k = (this.peek() as { v: string }).v;
        this.i += 2;
        if (k === 'cast' && this.peek()?.t === 'name' && (this.isOp(',', 1) || this.isOp(')', 1))) {
          c.kw.set(k, { t: 'cast', v: (this.peek() as { v: string }).v });
          this.i++;
        } else c.kw.set(k, this.expr());
      } else c.pos.push(this.expr());
      if (!this.eat(',')) break;
    }
    return this.eat(')') ? c : undefined;
  }

  /** A dotted name: os.environ.get, env.bool, config ... */
  dotted(): string {
    let s = (this.peek() as { v: string }).v;
    this.i++;
    while (this.isOp('.') && this.peek(1)?.t === 'name') {
      s += `.${(this.peek(1) as { v: string }).v}`;
      this.i += 2;
    }
    return s;
  }

  envGet(name: Val | undefined, def: Val | undefined): Val {
    if (name?.t !== 'str') return UNKNOWN;
    const v = this.env(name.v);
    if (v !== undefined) return { t: 'str', v, env: name.v };
    if (def && def.t !== 'missing' && def.t !== 'unknown') return { ...def, env: name.v };
    // Unset without a default: os.environ[...] and env()/config() fail at start-up; os.environ.get()
    // gives None. Either way the variable is missing.
    return def ?? { t: 'missing', names: [name.v] };
  }

  primary(): Val {
    const t = this.peek();
    if (!t) return UNKNOWN;
    if (t.t === 'str') {
      let s = '';
      let fmt = false;
      while (this.peek()?.t === 'str') {
        const p = this.peek() as Extract<Tok, { t: 'str' }>;
        s += p.v;
        fmt ||= p.fmt;
        this.i++;
      }
      return fmt ? UNKNOWN : { t: 'str', v: s };
    }
    if (t.t === 'num') {
      this.i++;
      return /^\d+$/.test(t.v) ? { t: 'int', v: Number(t.v) } : UNKNOWN;
    }
    if (t.t === 'op' && t.v === '(') {
      this.i++;
      const v = this.expr();
      return this.eat(')') ? v : UNKNOWN;
    }
    if (t.t !== 'name') return UNKNOWN;
    if (t.v === 'True' || t.v === 'False') {
      this.i++;
      return { t: 'bool', v: t.v === 'True' };
    }
    if (t.v === 'None') {
      this.i++;
      return { t: 'none' };
    }
    const name = this.dotted();
    if (/^(os\.)?environ$/.test(name) && this.eat('[')) {
      const k = this.expr();
      if (!this.eat(']')) return UNKNOWN;
      return this.envGet(k, undefined);
    }
    const call = this.isOp('(') ? this.call() : undefined;
    if (!call) return UNKNOWN;
    const def = call.kw.get('default') ?? call.pos[1];
    const defVal = def && def.t !== 'cast' ? def : undefined;
    switch (name) {
      case 'os.environ.get':
      case 'environ.get':
      case 'os.getenv':
      case 'getenv': {
        return this.envGet(call.pos[0], defVal);
      }
      case 'env':
      case 'env.str':
      case 'environ.Env':
      case 'env.get_value':
      case 'config':
      case 'decouple.config': {
        const v = this.envGet(call.pos[0], defVal);
        const cast = call.kw.get('cast');
        if (cast?.t === 'cast') return cast.v === 'bool' ? castBool(v) : cast.v === 'int' ? castInt(v) : v;
        return v;
      }
      case 'env.bool':
        return castBool(this.envGet(call.pos[0], defVal));
      case 'env.int':
        return castInt(this.envGet(call.pos[0], defVal));
      case 'int':
        return call.pos[0] ? castInt(call.pos[0]) : UNKNOWN;
      case 'str':
        return call.pos[0] ? (call.pos[0].t === 'int' ? { t: 'str', v: String(call.pos[0].v) } : call.pos[0]) : UNKNOWN;
      case 'bool': {
        const v = call.pos[0];
        if (!v) return { t: 'bool', v: false };
        if (v.t === 'missing' || v.t === 'unknown') return v;
        // bool('False') is True in Python: a non-empty string is truthy.
        return { t: 'bool', v: truthy(v)!, ...('env' in v && v.env ? { env: v.env } : {}) };
      }
      default:
        return UNKNOWN;
    }
  }

  postfix(): Val {
    let v = this.primary();
    while (this.isOp('.') && this.peek(1)?.t === 'name') {
      const m = (this.peek(1) as { v: string }).v;
      this.i += 2;
      const call = this.isOp('(') ? this.call() : undefined;
      if (!call) return UNKNOWN;
      if (v.t === 'missing') continue;
      if (v.t !== 'str') {
        v = UNKNOWN;
        continue;
      }
      if (m === 'lower' || m === 'casefold') v = { ...v, v: v.v.toLowerCase() };
      else if (m === 'upper') v = { ...v, v: v.v.toUpperCase() };
      else if (m === 'strip') v = { ...v, v: v.v.trim() };
      else v = UNKNOWN;
    }
    return v;
  }
}

function same(a: Val, b: Val): boolean {
  if ((a.t === 'str' || a.t === 'int' || a.t === 'bool') && (b.t === 'str' || b.t === 'int' || b.t === 'bool')) return a.t === b.t && a.v === b.v;
  return a.t === 'none' && b.t === 'none';
}
