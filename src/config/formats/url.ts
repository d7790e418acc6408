import type { ImportedSettings, Origin } from '../types.js';
import { Collector, ConfigError, envLookup, parseBool, parsePort } from './shared.js';

/** Query parameters nodemailer's parseConnectionUrl() takes over as transport options. */
const QUERY_KEYS = ['secure', 'requireTLS', 'ignoreTLS', 'opportunisticTLS', 'name', 'authMethod', 'localAddress', 'connectionTimeout', 'greetingTimeout', 'socketTimeout', 'dnsTimeout', 'pool', 'maxConnections', 'maxMessages', 'rateDelta', 'rateLimit', 'logger', 'debug', 'lmtp', 'service', 'family', 'servername'];
const TLS_KEYS = ['tls.rejectUnauthorized', 'tls.servername', 'tls.minVersion', 'tls.maxVersion', 'tls.ciphers'];

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Apply an smtp:// / smtps:// URL as nodemailer reads it. `origin` names where each part came
 * from. Throws ConfigError (never quoting the URL, which may hold a password).
 */
export function applyUrl(c: Collector, raw: string, origin: (key: string) => Origin, env: NodeJS.ProcessEnv): void {
  const lookup = envLookup(env);
  let pwEnv: string | undefined;
  // ${VAR} inside the URL (e.g. smtps://user:${SMTP_PASSWORD}@host) is filled from the environment.
  const at = raw.lastIndexOf('@');
  let missingPw = false;
  const filled = raw.replace(/\$\{([A-Za-z_]\w*)\}/g, (_m, name: string, off: number) => {
    const inUserinfo = off < at;
    const isPassword = inUserinfo && raw.slice(0, off).includes(':', raw.indexOf('//') + 2);
    if (isPassword) pwEnv = name;
    const v = lookup(name);
    if (v === undefined) {
      c.missing(name, isPassword ? 'password' : 'url', undefined);
      if (isPassword) missingPw = true;
      return '';
    }
    return encodeURIComponent(v);
  });
  let u: URL;
  try {
    u = new URL(filled.trim());
  } catch {
    throw new ConfigError('config.url-invalid');
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  if (scheme !== 'smtp' && scheme !== 'smtps') throw new ConfigError('config.url-scheme', { scheme: scheme.slice(0, 20) });

  // The scheme decides `secure`; nodemailer does not let ?secure= overwrite it.
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  c.set('implicitTls', scheme === 'smtps', origin('scheme'));
  if (host) c.set('host', decode(host), origin('host'));
  const port = parsePort(u.port);
  if (port !== undefined) c.set('port', port, origin('port'));
  if (u.username) c.set('user', decode(u.username), origin('user'));
  if (pwEnv) c.set('passwordEnv', pwEnv, origin('password'));
  if (u.password && !missingPw) c.password(decode(u.password), origin('password'));

  let ignoreTls = false;
  let requireTls = false;
  for (const [key, value] of u.searchParams) {
    const b = parseBool(value);
    const o = origin(key);
    switch (key) {
      case 'secure':
        if (b !== undefined) c.set('implicitTls', b, o);
        break;
      case 'requireTLS':
        if (b) {
          requireTls = true;
          c.set('starttls', true, o);
          c.set('starttlsRequired', true, o);
        } else if (b === false) c.set('starttlsRequired', false, o);
        break;
      case 'ignoreTLS':
        if (b !== undefined) c.set('noTls', b, o);
        ignoreTls = b === true;
        break;
      case 'opportunisticTLS':
        if (b) c.set('starttls', true, o);
        break;
      case 'name':
        if (value.trim()) c.set('helo', value.trim(), o);
        break;
      case 'authMethod':
        if (value.trim()) c.set('authMethod', value.trim(), o);
        break;
      case 'tls.rejectUnauthorized':
        if (b !== undefined) c.set('insecure', !b, o);
        break;
      default:
        if (!QUERY_KEYS.includes(key) && !TLS_KEYS.includes(key)) c.unknown(key, undefined, [...QUERY_KEYS, ...TLS_KEYS]);
    }
  }
  // smtp:// upgrades with STARTTLS when the server offers it, unless ignoreTLS (nodemailer's default).
  if (scheme === 'smtp' && c.s.implicitTls?.value !== true && (!ignoreTls || requireTls)) c.set('starttls', true, origin('scheme'));
}

/** --url smtps://user:pass@host:465 or smtp://host:587 (STARTTLS when offered, as nodemailer does). */
export function importUrl(url: string, env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector('url');
  applyUrl(c, url, (key) => ({ kind: 'url', name: '--url', key }), env);
  return c.s;
}
