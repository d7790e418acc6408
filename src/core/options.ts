import os from 'node:os';
import type { ProxySettings } from '../proxy/settings.js';
import type { Secret } from './secret.js';

export const SECURITY_MODES = ['auto', 'starttls', 'tls', 'none'] as const;
export type Security = (typeof SECURITY_MODES)[number];

export const AUTH_METHODS = ['PLAIN', 'LOGIN', 'CRAM-MD5', 'XOAUTH2', 'OAUTHBEARER'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];
/** An environment variable's name, as the settings and the emitted code may name one. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The OAuth 2.0 SASL mechanisms (a bearer token instead of a password). */
export const OAUTH_METHODS = ['XOAUTH2', 'OAUTHBEARER'] as const;
export const isOAuthMethod = (m: string | undefined): m is (typeof OAUTH_METHODS)[number] =>
  (OAUTH_METHODS as readonly (string | undefined)[]).includes(m);

export type PasswordSource = 'env' | 'stdin' | 'file' | 'prompt' | 'argv' | 'none';

/** A refresh grant smtp-doctor runs itself to get the access token (the `oauth` step). */
export interface OAuthRefresh {
  tokenUrl: string;
  clientId: string;
  clientSecret?: Secret;
  refreshToken?: Secret;
  /** space-separated scopes asked for */
  scope?: string;
  /** knowledge-base provider id whose defaults applied (gmail, microsoft) */
  provider?: string;
  /** names of the variables the refresh token and client secret came from (for --emit) */
  refreshTokenEnv?: string;
  clientSecretEnv?: string;
}

/** OAuth 2.0 login: an access token given, or a refresh grant to get one. */
export interface OAuthOptions {
  token?: Secret;
  tokenSource: PasswordSource;
  tokenEnv?: string;
  refresh?: OAuthRefresh;
}

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
  /** OAuth 2.0 (XOAUTH2 / OAUTHBEARER) instead of a password. */
  oauth?: OAuthOptions;
  /** Provider preset name when --provider was given. */
  provider?: string;
  /** On a refused, filtered or mismatched port, look for the ports that work (default on). */
  probeOnFailure?: boolean;
  /** How long a greeting may be late before the other TLS mode is raced on a second connection (ms; default 1000). */
  graceMs?: number;
  /** The bound of the whole run (ms; default 60 000): every wait is capped by what is left. */
  deadlineMs?: number;
  /** Connect through this proxy (--proxy, SMTP_DOCTOR_PROXY, ALL_PROXY), unless NO_PROXY lists the host. */
  proxy?: ProxySettings;
}

export function defaultPortFor(security: Security): number {
  return security === 'tls' ? 465 : 587;
}

/** A name for EHLO: this machine's name when it is fully qualified, else a safe literal. */
export function defaultHelo(): string {
  const h = os.hostname();
  return h.includes('.') && /^[A-Za-z0-9.-]+$/.test(h) ? h : 'localhost.localdomain';
}
