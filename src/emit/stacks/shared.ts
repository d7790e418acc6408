import type { OAuthCtx, WorkingSettings } from '../types.js';

/** Everything an emitter needs, cleaned once (built by `context` in ../emitters.ts). */
export interface Ctx {
  host: string;
  port: number;
  security: WorkingSettings['security'];
  implicit: boolean;
  starttls: boolean;
  none: boolean;
  user: string | undefined;
  /** Name of the environment variable holding the password. */
  env: string;
  from: string | undefined;
  helo: string | undefined;
  /** Upper-cased SASL mechanism, when one was given. */
  auth: string | undefined;
  family: 4 | 6 | undefined;
  /** Only set when there is TLS to verify. */
  insecure: boolean;
  ca: string | undefined;
  /** OAuth 2.0 (XOAUTH2) instead of a password: the token's environment references. */
  oauth?: OAuthCtx;
}

// ------------------------------------------------------------------------------ quoting

/** Single-quoted string literal for JS, Python, Ruby and PHP (all accept \\ and \' inside '…'). */
export function sq(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** Double-quoted Java string literal. */
export function javaStr(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/** POSIX shell single-quoted word. */
export function sh(v: string): string {
  return /^[A-Za-z0-9_.,:@%+=/-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
/** .env value: bare when obviously safe, otherwise double-quoted with \\, \" and \$ escaped. */
export function envVal(v: string): string {
  return /^[A-Za-z0-9_.@:/+-]*$/.test(v) ? v : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`;
}
/** java.util.Properties value: backslash is the escape character. */
export function propVal(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/^ /, '\\ ');
}

/** Where an address is needed to send a test message and none was given. */
export function sender(c: Ctx): string | undefined {
  return c.from ?? (c.user?.includes('@') ? c.user : undefined);
}

// ------------------------------------------------------------------------------ comments shared by JavaMail and Spring

/** The warning put before the two insecure keys (javaInsecure), as comment text without the comment marker. */
export const JAVA_INSECURE_NOTE = 'UNSAFE: trusts every certificate and skips the host-name check (the check ran with --insecure)';

/** How to pin the address family when JavaMail itself cannot (comment text, without the marker). */
export function javaFamilyNote(c: Ctx): string | undefined {
  if (!c.family) return undefined;
  return c.family === 4
    ? 'JavaMail has no address-family property: start the JVM with -Djava.net.preferIPv4Stack=true to stay on IPv4'
    : 'JavaMail has no address-family property: start the JVM with -Djava.net.preferIPv6Addresses=true to prefer IPv6';
}
