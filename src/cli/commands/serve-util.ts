/** Small helpers of `smtp-doctor serve`: flag parsing and safe, short output. */
import net from 'node:net';
import { UsageError } from '../../core/errors.js';
import { t, type Lang } from '../../i18n/index.js';

const SUBJECT_MAX = 200;

export function parsePort(flag: string, value: string): number {
  if (!/^\d{1,5}$/.test(value.trim()) || Number(value) > 65535) throw new UsageError('serve.err.bad-port', { flag, value });
  return Number(value);
}

export function parseListen(value: string): string {
  let v = value.trim();
  if (/^\[.*\]$/.test(v)) v = v.slice(1, -1);
  if (net.isIP(v)) return v;
  // A host name (localhost, a name in /etc/hosts); "host:port" is not an address.
  if (/^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/.test(v)) return v;
  throw new UsageError('serve.err.bad-listen', { value });
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host) || /^::ffff:127\./i.test(host);
}

export function hostPort(host: string, port: number): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Text a client chose (subject, addresses), made safe for a terminal: no control characters, bounded. */
export function printable(s: string, max = SUBJECT_MAX): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function clock(d = new Date()): string {
  return d.toTimeString().slice(0, 8);
}

/** A listen error in the user's language when the catalog knows its code (EADDRINUSE ...), else the code. */
export function listenReason(lang: Lang, e: NodeJS.ErrnoException): string {
  const key = `serve.err.${e.code ?? ''}`;
  return e.code && t(lang, key) !== key ? t(lang, key) : (e.code ?? e.message);
}

/** The --auth user: one word, not empty. */
export function parseAuthUser(auth: string): string {
  if (!auth || /\s/.test(auth)) throw new UsageError('serve.err.bad-auth-user', { value: auth });
  return auth;
}
