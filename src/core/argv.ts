import { MASK } from '../core/secret.js';

/**
 * The options of `check` that take a value, as the program declares them (test/hostile-secrets.test.ts
 * keeps this list equal to the declared one): the argument after one of these is its value, whatever it
 * looks like, exactly as commander reads it.
 */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '--host', '--provider', '--port', '--security', '--user', '--password-env', '--password-file', '--password',
  '--auth-method', '--from', '--to', '--helo', '--tls-servername', '--ca', '--family', '--timeout',
  '--config', '--env-file', '--url', '--emit', '--lang', '--targets', '--expect', '--junit', '--report',
  '--concurrency', '--oauth2-token-env', '--oauth2-token-file', '--oauth2-token-url', '--oauth2-tenant',
  '--oauth2-client-id', '--oauth2-client-secret-env', '--oauth2-client-secret-file', '--oauth2-refresh-token-env',
  '--oauth2-refresh-token-file', '--oauth2-scope',
  '--grace', '--deadline', '--proxy', '--proxy-password-env',
  '--format', '--warning', '--critical', '--cert-warning', '--cert-critical', '--output',
]);
/** Variadic options: they also take every following argument that does not look like an option. */
export const VARIADIC_OPTIONS: ReadonlySet<string> = new Set(['--to', '--ca', '--expect']);

/** commander's own test for "this argument is an option, not a value of a variadic one". */
const looksLikeOption = (a: string): boolean => a.length > 1 && a.startsWith('-');

/**
 * A URL with its password masked. The authority runs from "//" to the first "/", "?" or "#"; the user
 * info inside it runs to the LAST "@" (a password may hold "@"), and the password starts at its first ":".
 * TABs and newlines stay where they were typed: the URL parser drops them, so the masked span must be
 * found here, in the text as typed, not by looking for the parsed password.
 */
export function redactUrl(v: string): string {
  const m = /^([^:/?#@]*:\/\/)([^/?#]*)([\s\S]*)$/.exec(v);
  if (!m) return v.includes('@') ? MASK : v;
  const [, scheme = '', authority = '', rest = ''] = m;
  const at = authority.lastIndexOf('@');
  if (at < 0) return v;
  const colon = authority.slice(0, at).indexOf(':');
  if (colon < 0) return v;
  return `${scheme}${authority.slice(0, colon)}:${MASK}${authority.slice(at)}${rest}`;
}

/** Options whose value is a secret or holds one, and how to mask it. */
const SECRET_VALUES: Record<string, (v: string) => string> = {
  '--password': () => MASK,
  '--url': redactUrl,
  '--oauth2-token-url': redactUrl,
  '--proxy': redactUrl,
};

/**
 * The arguments (after the program name) with every secret masked, read the way the option parser
 * reads them: each value is judged by the option it belongs to, never by re-scanning the joined text.
 */
export function redactArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  let operands = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (operands || !looksLikeOption(a)) {
      out.push(a);
      continue;
    }
    if (a === '--') {
      operands = true;
      out.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const mask = SECRET_VALUES[name];
    if (eq > 0) {
      out.push(mask ? `${name}=${mask(a.slice(eq + 1))}` : a);
    } else {
      out.push(a);
      if (VALUE_OPTIONS.has(name) && i + 1 < args.length) {
        const v = args[++i]!;
        out.push(mask ? mask(v) : v);
      }
    }
    if (VARIADIC_OPTIONS.has(name)) while (i + 1 < args.length && !looksLikeOption(args[i + 1]!)) out.push(args[++i]!);
  }
  return out;
}

/** Shell quoting, so the command can be pasted back (a mask alone is left bare, as users read it). */
export function shellQuote(a: string): string {
  const special = /[\s"'$`\\|&;<>()*?#~!{}[\]]/.test(a.split(MASK).join(''));
  return special || a === '' ? `'${a.replace(/'/g, `'\\''`)}'` : a;
}
