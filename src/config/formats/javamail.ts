import type { ImportedSettings, Origin } from '../types.js';
import { Collector, envLookup, fileOrigin, parseBool, parsePort, resolvePlaceholders } from './shared.js';

export interface PropEntry {
  key: string;
  value: string;
  /** 1-based line where the entry starts. */
  line: number;
}

const ESC: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESC[e] ?? e)));
}

/** java.util.Properties.load(): comments, continuations, `=`/`:`/blank separators, escapes. */
export function parseProperties(text: string): PropEntry[] {
  const out: PropEntry[] = [];
  const natural = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < natural.length; i++) {
    const start = i;
    let line = natural[i]!.replace(/^[ \t\f]+/, '');
    if (line === '' || line[0] === '#' || line[0] === '!') continue;
    // Continuation: an odd number of trailing backslashes.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < natural.length) {
      line = line.slice(0, -1) + natural[++i]!.replace(/^[ \t\f]+/, '');
    }
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) line = line.slice(0, -1);
    let k = 0;
    while (k < line.length && !/[=: \t\f]/.test(line[k]!)) k += line[k] === '\\' ? 2 : 1;
    const key = unescape(line.slice(0, Math.min(k, line.length)));
    let rest = line.slice(k).replace(/^[ \t\f]*/, '');
    if (rest[0] === '=' || rest[0] === ':') rest = rest.slice(1).replace(/^[ \t\f]*/, '');
    out.push({ key, value: unescape(rest), line: start + 1 });
  }
  return out;
}

/** JavaMail SMTP provider properties (after "mail.smtp." / "mail.smtps."). */
export const JAVAMAIL_SMTP_KEYS = [
  'host', 'port', 'user', 'password', 'from', 'localhost', 'localaddress', 'localport', 'ehlo', 'auth', 'auth.mechanisms',
  'auth.login.disable', 'auth.plain.disable', 'auth.digest-md5.disable', 'auth.ntlm.disable', 'auth.ntlm.domain', 'auth.ntlm.flags',
  'auth.xoauth2.disable', 'auth.xoauth2.two.line.authentication.format', 'submitter', 'dsn.notify', 'dsn.ret', 'allow8bitmime', 'sendpartial',
  'sasl.enable', 'sasl.mechanisms', 'sasl.authorizationid', 'sasl.realm', 'sasl.usecanonicalhostname', 'quitwait', 'quitonsessionreject',
  'reportsuccess', 'socketFactory', 'socketFactory.class', 'socketFactory.fallback', 'socketFactory.port', 'ssl.enable', 'ssl.checkserveridentity',
  'ssl.trust', 'ssl.socketFactory', 'ssl.socketFactory.class', 'ssl.socketFactory.port', 'ssl.protocols', 'ssl.ciphersuites', 'starttls.enable',
  'starttls.required', 'proxy.host', 'proxy.port', 'proxy.user', 'proxy.password', 'socks.host', 'socks.port', 'mailextension', 'userset',
  'noop.strict', 'connectiontimeout', 'timeout', 'writetimeout', 'chunksize', 'auth.ntlm.unicode', 'auth.ntlm.lmcompat',
] as const;
const KNOWN_LC = new Set<string>(JAVAMAIL_SMTP_KEYS.map((k) => k.toLowerCase()));

/** An entry after placeholders: `value` undefined when a placeholder could not be resolved. */
export interface MailEntry {
  /** Canonical (lower-case) property, e.g. mail.smtp.starttls.enable. */
  key: string;
  /** As written in the source, for the origin. */
  written: string;
  value: string | undefined;
  /** Before placeholder resolution. */
  raw: string;
  line?: number;
}

/** `${NAME}` or `${NAME:default}` as the whole value: the variable a password is read from. */
export function placeholderName(raw: string): string | undefined {
  return /^\s*\$\{([^}:]+)(?::[^}]*)?\}\s*$/.exec(raw)?.[1]?.trim();
}

/**
 * JavaMail session properties to settings. `protocol` (smtp/smtps) is what decides which
 * prefix is read first; any mail.smtps.* property means implicit TLS.
 */
export function applyJavaMail(c: Collector, entries: MailEntry[], file: string | undefined, protocol?: string): void {
  const origin = (e: MailEntry): Origin => fileOrigin(file, e.line, e.written);
  const primary = protocol?.trim().toLowerCase() === 'smtps' ? 'mail.smtps.' : 'mail.smtp.';
  const smtp = entries.filter((e) => /^mail\.smtps?\./.test(e.key));
  const ordered = [...smtp.filter((e) => e.key.startsWith(primary)), ...smtp.filter((e) => !e.key.startsWith(primary))];
  let host: string | undefined;
  const trust: MailEntry[] = [];
  for (const e of ordered) {
    const prop = e.key.replace(/^mail\.smtps?\./, '');
    if (prop === 'password' || prop === 'user') {
      const env = prop === 'password' ? placeholderName(e.raw) : undefined;
      if (env) c.set('passwordEnv', env, origin(e));
    }
    if (prop === 'ssl.trust') trust.push(e);
    const v = e.value;
    if (v === undefined) continue;
    const b = parseBool(v);
    switch (prop) {
      case 'host':
        if (v.trim()) c.set('host', (host = v.trim()), origin(e));
        break;
      case 'port': {
        const p = parsePort(v);
        if (p !== undefined) c.set('port', p, origin(e));
        break;
      }
      case 'user':
        if (v !== '') c.set('user', v, origin(e));
        break;
      case 'password':
        c.password(v, origin(e));
        break;
      case 'from':
        if (v.trim()) c.set('from', v.trim(), origin(e));
        break;
      case 'localhost':
        if (v.trim()) c.set('helo', v.trim(), origin(e));
        break;
      case 'auth':
        if (b !== undefined) c.set('auth', b, origin(e));
        break;
      case 'auth.mechanisms':
        if (v.trim()) c.set('authMethod', v.trim(), origin(e));
        break;
      case 'starttls.enable':
        if (b !== undefined) c.set('starttls', b, origin(e));
        break;
      case 'starttls.required':
        if (b !== undefined) c.set('starttlsRequired', b, origin(e));
        break;
      case 'ssl.enable':
        if (b !== undefined) c.set('implicitTls', b, origin(e));
        break;
      case 'socketfactory.class':
        // The pre-JavaMail-1.4 way to ask for implicit TLS.
        if (/(^|\.)SSLSocketFactory$/.test(v.trim())) c.set('implicitTls', true, origin(e));
        break;
      default:
        break;
    }
  }
  const proto = entries.find((e) => e.key === 'mail.transport.protocol');
  if (proto?.value?.trim().toLowerCase() === 'smtps') c.set('implicitTls', true, origin(proto));
  const smtps = smtp.find((e) => e.key.startsWith('mail.smtps.'));
  if (smtps) c.set('implicitTls', true, origin(smtps));
  // ssl.trust: "*" trusts every certificate; listing the host itself skips its check too.
  for (const e of trust) {
    const list = (e.value ?? '').trim().split(/\s+/);
    if (list.includes('*') || (host && list.includes(host))) c.set('insecure', true, origin(e));
  }
  for (const [k, field] of [['mail.host', 'host'], ['mail.user', 'user'], ['mail.from', 'from']] as const) {
    const e = entries.find((x) => x.key === k);
    if (e?.value?.trim()) c.set(field, e.value.trim(), origin(e));
  }
}

/** Unknown mail.smtp(s).* keys, with the known one most likely meant. */
export function javaMailUnknown(c: Collector, entries: MailEntry[], prefixOfWritten = ''): void {
  for (const e of entries) {
    const m = /^mail\.(smtps?)\.(.+)$/.exec(e.key);
    if (!m) continue;
    const prop = m[2]!;
    if (KNOWN_LC.has(prop)) continue;
    const known = JAVAMAIL_SMTP_KEYS.map((k) => `${prefixOfWritten}mail.${m[1]}.${k}`);
    c.unknown(e.written, e.line, known);
  }
}

/** Placeholder lookup for property files: the environment (also in its relaxed SPRING_MAIL_X form), then the file. */
export function propertyLookup(env: NodeJS.ProcessEnv, props: Map<string, string>): (name: string) => string | undefined {
  const fromEnv = envLookup(env);
  return (name) => fromEnv(name) ?? fromEnv(name.toUpperCase().replace(/[.-]/g, '_')) ?? props.get(name);
}

export function importJavaMail(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector('javamail');
  const props = parseProperties(text);
  const last = new Map<string, PropEntry>();
  for (const p of props) last.set(p.key, p);
  const lookup = propertyLookup(env, new Map([...last].map(([k, p]) => [k, p.value])));
  const entries: MailEntry[] = [];
  for (const p of last.values()) {
    const key = p.key.toLowerCase();
    if (!/^mail\./.test(key)) continue;
    const r = resolvePlaceholders(p.value, lookup, (name) => c.missing(name, p.key, p.line));
    entries.push({ key, written: p.key, value: r.value, raw: p.value, line: p.line });
  }
  applyJavaMail(c, entries, file, entries.find((e) => e.key === 'mail.transport.protocol')?.value);
  javaMailUnknown(c, entries);
  return c.s;
}
