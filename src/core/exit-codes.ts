import type { CategoryId, StepId } from './types.js';

/** Stable, documented exit codes. Never renumber. */
export const EXIT = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  DNS: 3,
  CONNECTION: 4,
  TLS: 5,
  AUTH: 6,
  SEND: 7,
  /** Ctrl-C at a prompt. */
  INTERRUPTED: 130,
} as const;

const BY_CATEGORY: Partial<Record<CategoryId, number>> = {
  DNS_FAILURE: EXIT.DNS,
  CONNECTION_REFUSED: EXIT.CONNECTION,
  CONNECTION_TIMEOUT: EXIT.CONNECTION,
  CLIENT_IP_BLOCKED: EXIT.CONNECTION,
  PROXY_FAILURE: EXIT.CONNECTION,
  HELO_REJECTED: EXIT.CONNECTION,
  TLS_MODE_MISMATCH: EXIT.TLS,
  STARTTLS_REQUIRED: EXIT.TLS,
  CERT_UNTRUSTED: EXIT.TLS,
  CERT_HOSTNAME_MISMATCH: EXIT.TLS,
  CERT_EXPIRED: EXIT.TLS,
  TLS_VERSION_OR_CIPHER: EXIT.TLS,
  WRONG_CREDENTIALS: EXIT.AUTH,
  APP_PASSWORD_REQUIRED: EXIT.AUTH,
  AUTH_DISABLED_BY_PROVIDER: EXIT.AUTH,
  AUTH_MECHANISM_UNSUPPORTED: EXIT.AUTH,
  MISSING_CREDENTIALS: EXIT.AUTH,
  SENDER_NOT_AUTHORIZED: EXIT.SEND,
  RELAY_DENIED: EXIT.SEND,
  RECIPIENT_REJECTED: EXIT.SEND,
  MESSAGE_REJECTED_POLICY: EXIT.SEND,
  SIZE_LIMIT: EXIT.SEND,
};

const BY_STEP: Record<StepId, number> = {
  oauth: EXIT.AUTH,
  dns: EXIT.DNS,
  tcp: EXIT.CONNECTION,
  greeting: EXIT.CONNECTION,
  ehlo: EXIT.CONNECTION,
  tls: EXIT.TLS,
  auth: EXIT.AUTH,
  send: EXIT.SEND,
  quit: EXIT.SEND,
};

/** The category decides the class; categories that can happen anywhere fall back to the step. */
export function exitCodeFor(category: CategoryId | undefined, step: StepId): number {
  return (category && BY_CATEGORY[category]) ?? BY_STEP[step];
}

/** An --expect assertion did not hold although the check itself passed. */
export const EXIT_EXPECTATION = 8;

/** `check --format nagios` exits as monitoring plugins do (monitoring-plugins' guidelines), not with EXIT. */
export const NAGIOS = { OK: 0, WARNING: 1, CRITICAL: 2, UNKNOWN: 3 } as const;
export type NagiosState = keyof typeof NAGIOS;
