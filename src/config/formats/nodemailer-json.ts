import { createRequire } from 'node:module';
import type { ImportedSettings, Origin } from '../types.js';
import { Collector, ConfigError, fileOrigin, Lines, parsePort } from './shared.js';
import { applyUrl } from './url.js';

/** SMTP transport options (and message defaults such as `from`) nodemailer reads. */
const KNOWN = [
  'host', 'port', 'secure', 'requireTLS', 'ignoreTLS', 'opportunisticTLS', 'auth', 'authMethod', 'name', 'tls', 'service', 'url',
  'localAddress', 'connectionTimeout', 'greetingTimeout', 'socketTimeout', 'dnsTimeout', 'logger', 'debug', 'transactionLog',
  'pool', 'maxConnections', 'maxMessages', 'rateDelta', 'rateLimit', 'proxy', 'lmtp', 'disableFileAccess', 'disableUrlAccess',
  'dkim', 'secured', 'servername', 'family', 'customAuth', 'from', 'sender', 'replyTo', 'headers', 'direct', 'component',
  'allowInternalNetworkInterfaces', 'getSocket', 'socket', 'connection',
];
const AUTH_KNOWN = ['user', 'pass', 'type', 'method', 'clientId', 'clientSecret', 'refreshToken', 'accessToken', 'expires', 'accessUrl', 'serviceClient', 'privateKey', 'options', 'credentials'];
/** Names people write that nodemailer does not read, and what it reads instead. */
const MISNAMED: Record<string, string> = {
  secureConnection: 'secure',
  ssl: 'secure',
  useSSL: 'secure',
  starttls: 'requireTLS',
  startTLS: 'requireTLS',
  user: 'auth.user',
  username: 'auth.user',
  pass: 'auth.pass',
  password: 'auth.pass',
  helo: 'name',
  hostname: 'host',
  server: 'host',
};
const AUTH_MISNAMED: Record<string, string> = { password: 'auth.pass', username: 'auth.user', login: 'auth.user', passwd: 'auth.pass', pwd: 'auth.pass' };
/** Wrappers a transport object is commonly kept under. */
const WRAPPERS = ['transport', 'smtp', 'mail', 'mailer', 'email', 'options'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line of every object key, by its path (keys joined with "\0"). JSON.parse gives no positions. */
export function jsonKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = new Lines(text);
  // Keys are recorded to a small depth only (transport options are two levels deep at most).
  type Frame = { obj: boolean; name: string[] | undefined; key?: string; expectKey: boolean; index: number };
  const stack: Frame[] = [];
  const childName = (): string[] | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (!top.name || top.name.length >= 8) return undefined;
    return [...top.name, top.obj ? (top.key ?? '') : String(top.index)];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        top.expectKey = false;
        if (top.name) {
          let key = text.slice(i + 1, j);
          try {
            key = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            /* keep raw */
          }
          top.key = key;
          out.set([...top.name, key].join('\0'), lines.at(i));
        }
      }
      i = j;
    } else if (ch === '{' || ch === '[') {
      stack.push({ obj: ch === '{', name: childName(), expectKey: ch === '{', index: 0 });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return out;
}

function syntaxLine(err: unknown, text: string): number | undefined {
  const msg = err instanceof Error ? err.message : '';
  const lc = /\(line (\d+) column \d+\)/.exec(msg);
  if (lc) return Number(lc[1]);
  const pos = /at position (\d+)/.exec(msg);
  return pos ? new Lines(text).at(Number(pos[1])) : undefined;
}

/** A top-level JSON object that looks like nodemailer transport options (detection). */
export function looksLikeNodemailer(v: unknown): boolean {
  if (!isObj(v)) return false;
  const t = transportOf(v).obj;
  const keys = Object.keys(t);
  return keys.some((k) => ['host', 'auth', 'secure', 'service', 'requireTLS', 'secureConnection', 'ignoreTLS'].includes(k)) && keys.some((k) => KNOWN.includes(k) || k in MISNAMED);
}

function transportOf(v: Record<string, Json>): { obj: Record<string, Json>; path: string[] } {
  if (['host', 'service', 'auth', 'url'].some((k) => k in v)) return { obj: v, path: [] };
  const w = WRAPPERS.find((k) => isObj(v[k]));
  return w ? { obj: v[w] as Record<string, Json>, path: [w] } : { obj: v, path: [] };
}

function wellKnown(service: string): { host?: string; port?: number; secure?: boolean } | undefined {
  try {
    const require = createRequire(import.meta.url);
    const fn = require('nodemailer/lib/well-known') as (k: string) => false | { host?: string; port?: number; secure?: boolean };
    return fn(service) || undefined;
  } catch {
    return undefined;
  }
}

export function importNodemailerJson(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (err) {
    // V8's message quotes the input: only the line goes out.
    const line = syntaxLine(err, text);
    throw new ConfigError('config.syntax', { path: file ?? '<input>', format: 'JSON', ...(line ? { line } : {}) });
  }
  const c = new Collector('nodemailer-json');
  if (!isObj(root)) return c.s;
  const where = jsonKeyLines(text);
  const { obj: o, path: base } = transportOf(root);
  const lineOf = (...p: string[]): number | undefined => where.get([...base, ...p].join('\0'));
  const written = (...p: string[]): string => [...base, ...p].join('.');
  const org = (...p: string[]): Origin => fileOrigin(file, lineOf(...p), written(...p));

  // nodemailer merges options, then url, then the well-known service: later ones win.
  if (typeof o.service === 'string') {
    const s = wellKnown(o.service);
    if (s?.host) c.set('host', s.host, org('service'));
    if (s?.port) c.set('port', Number(s.port), org('service'));
    if (s?.secure !== undefined) c.set('implicitTls', Boolean(s.secure), org('service'));
  }
  if (typeof o.url === 'string') applyUrl(c, o.url, () => org('url'), env);

  if (typeof o.host === 'string' && o.host.trim()) c.set('host', o.host.trim(), org('host'));
  const port = parsePort(o.port);
  if (port !== undefined) c.set('port', port, org('port'));
  // nodemailer reads these with !!value (a string "false" is on).
  if ('secure' in o) c.set('implicitTls', Boolean(o.secure), org('secure'));
  if ('requireTLS' in o) {
    c.set('starttlsRequired', Boolean(o.requireTLS), org('requireTLS'));
    if (o.requireTLS) c.set('starttls', true, org('requireTLS'));
  }
  if ('opportunisticTLS' in o && o.opportunisticTLS) c.set('starttls', true, org('opportunisticTLS'));
  if ('ignoreTLS' in o) c.set('noTls', Boolean(o.ignoreTLS), org('ignoreTLS'));
  if (typeof o.name === 'string' && o.name.trim()) c.set('helo', o.name.trim(), org('name'));
  if (typeof o.authMethod === 'string' && o.authMethod.trim()) c.set('authMethod', o.authMethod.trim(), org('authMethod'));
  const from = o.from;
  if (typeof from === 'string' && from.trim()) c.set('from', from.trim(), org('from'));
  else if (isObj(from) && typeof from.address === 'string') c.set('from', from.address, org('from'));

  if (isObj(o.auth)) {
    const a = o.auth;
    if (typeof a.user === 'string') c.set('user', a.user, org('auth', 'user'));
    if (typeof a.pass === 'string' || typeof a.pass === 'number') c.password(String(a.pass), org('auth', 'pass'));
    if (typeof a.method === 'string' && a.method.trim()) c.set('authMethod', a.method.trim(), org('auth', 'method'));
    if (a.user !== undefined || a.type !== undefined) c.set('auth', true, org('auth'));
    for (const k of Object.keys(a)) {
      if (AUTH_KNOWN.includes(k)) continue;
      c.unknown(written('auth', k), lineOf('auth', k), AUTH_KNOWN.map((x) => written('auth', x)), AUTH_MISNAMED[k] ? written(AUTH_MISNAMED[k]!) : undefined);
    }
  } else if (o.auth === false) c.set('auth', false, org('auth'));

  if (isObj(o.tls)) {
    if (o.tls.rejectUnauthorized === false) c.set('insecure', true, org('tls', 'rejectUnauthorized'));
    else if (o.tls.rejectUnauthorized === true) c.set('insecure', false, org('tls', 'rejectUnauthorized'));
  } else if (o.tls !== undefined && typeof o.tls !== 'object') {
    // `tls: true` means nothing to nodemailer: TLS is `secure` (465) or `requireTLS` (587).
    c.unknown(written('tls'), lineOf('tls'), [], port === 465 || o.secure ? written('secure') : written('requireTLS'));
  }

  for (const k of Object.keys(o)) {
    if (KNOWN.includes(k)) continue;
    const hint = MISNAMED[k] ? written(MISNAMED[k]!) : undefined;
    c.unknown(written(k), lineOf(k), KNOWN.map((x) => written(x)), hint);
  }
  return c.s;
}
