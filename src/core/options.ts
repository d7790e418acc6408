import type { Secret } from './secret.js';

export const SECURITY_MODES = ['auto', 'starttls', 'tls', 'none'] as const;
export type Security = (typeof SECURITY_MODES)[number];

export const AUTH_METHODS = ['PLAIN', 'LOGIN', 'CRAM-MD5'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export type PasswordSource = 'env' | 'stdin' | 'file' | 'prompt' | 'argv' | 'none';

/** Per-phase timeouts in milliseconds. No network wait in smtp-doctor is unbounded. */
export interface Timeouts {
  dns: number;
  connect: number;
  greeting: number;
  tls: number;
  /** Any single SMTP reply after the greeting. */
  command: number;
  /** The final reply after the message body. */
  data: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  dns: 10_000,
  connect: 10_000,
  greeting: 10_000,
  tls: 10_000,
  command: 20_000,
  data: 60_000,
};

/**
 * What a check needs. The flag parser and the wizard both produce exactly this.
 */
export interface CheckOptions {
  host: string;
  port: number;
  security: Security;
  user?: string;
  password?: Secret;
  passwordSource: PasswordSource;
  /** Name of the environment variable the password came from (for printing commands). */
  passwordEnv?: string;
  authMethod?: AuthMethod;
  from?: string;
  to: string[];
  noData: boolean;
  helo: string;
  tlsServername?: string;
  /** Extra trusted CA certificates (PEM text) and the files they came from. */
  ca: string[];
  caFiles: string[];
  insecure: boolean;
  allowPlaintextAuth: boolean;
  family?: 4 | 6;
  timeouts: Timeouts;
  /** Provider preset name when --provider was given. */
  provider?: string;
  /** On a refused, filtered or mismatched port, look for the ports that work (default on). */
  probeOnFailure?: boolean;
  /** How long a greeting may be late before the other TLS mode is raced on a second connection (ms; default 1000). */
  graceMs?: number;
  /** The bound of the whole run (ms; default 60 000): every wait is capped by what is left. */
  deadlineMs?: number;
}

export function defaultPortFor(security: Security): number {
  return security === 'tls' ? 465 : 587;
}
