import type { ImportedSettings, Origin } from '../types.js';
import { Collector, parseBool, parsePort } from './shared.js';

/**
 * The environment-variable names smtp-doctor reads, shared by the process environment
 * (--from-env) and .env files: generic SMTP_*, Laravel MAIL_*, Django EMAIL_*.
 */
type Apply = (c: Collector, value: string, origin: Origin, name: string) => void;

const host: Apply = (c, v, o) => void (v.trim() && c.set('host', v.trim(), o));
const port: Apply = (c, v, o) => {
  const p = parsePort(v);
  if (p !== undefined) c.set('port', p, o);
};
const user: Apply = (c, v, o) => void (v !== '' && c.set('user', v, o));
const pass: Apply = (c, v, o) => c.password(v, o);
const from: Apply = (c, v, o) => void (v.trim() && c.set('from', v.trim(), o));
const flag =
  (field: 'implicitTls' | 'starttls'): Apply =>
  (c, v, o) => {
    const b = parseBool(v);
    if (b !== undefined) c.set(field, b, o);
  };
/** ssl/smtps -> implicit TLS, tls/starttls -> STARTTLS (Laravel MAIL_ENCRYPTION, PHPMailer-style SMTP_SECURE). */
const encryption: Apply = (c, v, o) => {
  const s = v.trim().toLowerCase();
  if (s === 'ssl' || s === 'smtps' || s === 'implicit') c.set('implicitTls', true, o);
  else if (s === 'tls' || s === 'starttls') c.set('starttls', true, o);
  else {
    const b = parseBool(s);
    if (b !== undefined) c.set('implicitTls', b, o);
  }
};
const scheme: Apply = (c, v, o) => void (v.trim().toLowerCase() === 'smtps' && c.set('implicitTls', true, o));
const authMethod: Apply = (c, v, o) => void (v.trim() && c.set('authMethod', v.trim(), o));
const helo: Apply = (c, v, o) => void (v.trim() && c.set('helo', v.trim(), o));
const ignore: Apply = () => undefined;

/** In priority order: the first name present wins for a field. */
export const ENV_KEYS: ReadonlyArray<readonly [string, Apply]> = [
  ['SMTP_HOST', host],
  ['SMTP_PORT', port],
  ['SMTP_USERNAME', user],
  ['SMTP_USER', user],
  ['SMTP_PASSWORD', pass],
  ['SMTP_PASS', pass],
  ['SMTP_SENDER', from],
  ['SMTP_FROM', from],
  ['SMTP_TLS', flag('implicitTls')],
  ['SMTP_SECURE', encryption],
  ['SMTP_OPPORTUNISTIC_TLS', flag('starttls')],
  ['SMTP_CIPHER_SPEC', ignore],
  ['SMTP_AUTH_METHOD', authMethod],
  // Laravel (MAIL_SCHEME and MAIL_EHLO_DOMAIN since Laravel 11)
  ['MAIL_HOST', host],
  ['MAIL_PORT', port],
  ['MAIL_USERNAME', user],
  ['MAIL_PASSWORD', pass],
  ['MAIL_ENCRYPTION', encryption],
  ['MAIL_SCHEME', scheme],
  ['MAIL_FROM_ADDRESS', from],
  ['MAIL_EHLO_DOMAIN', helo],
  ['MAIL_MAILER', ignore],
  ['MAIL_DRIVER', ignore],
  ['MAIL_FROM_NAME', ignore],
  ['MAIL_URL', ignore],
  // Django
  ['EMAIL_HOST', host],
  ['EMAIL_PORT', port],
  ['EMAIL_HOST_USER', user],
  ['EMAIL_HOST_PASSWORD', pass],
  ['EMAIL_USE_TLS', flag('starttls')],
  ['EMAIL_USE_SSL', flag('implicitTls')],
  ['DEFAULT_FROM_EMAIL', from],
  ['EMAIL_BACKEND', ignore],
  ['EMAIL_TIMEOUT', ignore],
  ['EMAIL_SUBJECT_PREFIX', ignore],
  ['EMAIL_SSL_CERTFILE', ignore],
  ['EMAIL_SSL_KEYFILE', ignore],
  ['EMAIL_USE_LOCALTIME', ignore],
  ['EMAIL_URL', ignore],
];

export const ENV_KEY_NAMES: readonly string[] = ENV_KEYS.map(([k]) => k);
/** The generic SMTP_* names that set something (the help lists exactly these). */
export const SMTP_SETTING_NAMES: readonly string[] = ENV_KEYS.filter(([k, a]) => k.startsWith('SMTP_') && a !== ignore)
  .map(([k]) => k);
const PASSWORD_KEYS = new Set(['SMTP_PASSWORD', 'SMTP_PASS', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD']);

export function isPasswordKey(name: string): boolean {
  return PASSWORD_KEYS.has(name);
}

/** Laravel's env() reads "null" and "(null)" as null. */
function isNull(name: string, v: string): boolean {
  return name.startsWith('MAIL_') && /^\(?null\)?$/i.test(v.trim());
}

/**
 * Apply values by the shared table. `get` gives the value of a name (undefined: not set or
 * unresolvable); `origin` where it came from.
 */
export function applyEnvTable(c: Collector, get: (name: string) => string | undefined, origin: (name: string) => Origin): void {
  for (const [name, apply] of ENV_KEYS) {
    const v = get(name);
    if (v === undefined || isNull(name, v)) continue;
    apply(c, v, origin(name), name);
  }
}

/** --from-env: only the known names are read; everything else in the environment is ignored. */
export function importEnv(env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector('env');
  const has = (n: string): boolean => Object.prototype.hasOwnProperty.call(env, n) && env[n] !== undefined;
  const origin = (name: string): Origin => ({ kind: 'env', name, key: name });
  applyEnvTable(c, (n) => (has(n) ? env[n] : undefined), origin);
  const pw = c.s.password;
  if (pw?.origin.name) c.set('passwordEnv', pw.origin.name, pw.origin);
  return c.s;
}
