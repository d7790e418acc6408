/** The shapes of the client-stack error matrix: scenarios, servers, client settings, matrix cases. */
import type { CategoryId } from '../../src/core/types.js';
import type { PersonaName } from '../../src/sandbox/personas.js';
import type { ScriptedOptions } from './scripted-server.js';
import type { Pem } from '../helpers/certs.js';

export type Security = 'none' | 'starttls' | 'tls';

/** Certificates the scripted servers use (made at run time). */
export interface Certs {
  good: Pem;
  expired: Pem;
  wrongName: Pem;
  selfSigned: Pem;
  /** a leaf signed by an intermediate CA; the server sends the leaf alone */
  chainLeaf: Pem;
}

export type ServerSpec =
  /** the running Postfix + Dovecot (.ci/mta/setup.sh) */
  | { mta: 'plain' | 'submission' | 'smtps' }
  | { scripted: (c: Certs) => ScriptedOptions }
  /** the sandbox listener of `smtp-doctor serve` (src/sandbox), with a persona or a size limit */
  | { sandbox: { persona?: PersonaName; maxMessageBytes?: number } }
  /** a real HTTP server (node:http) that answers "408 Request Timeout" after 1 s of silence */
  | { http: true }
  /** a 127.0.0.1 port nobody listens on */
  | { closedPort: true }
  /** a name that never resolves (RFC 2606 .invalid) */
  | { unresolvable: string };

export interface ClientSettings {
  security: Security;
  user?: string;
  pass?: string;
  from?: string;
  to?: string;
  helo?: string;
  bodyBytes?: number;
  /** whose CA the client trusts: the MTA's, the test PKI's, the matrix chain's root, or the system roots */
  ca?: 'mta' | 'test' | 'chain-root' | 'system';
}

export interface Scenario {
  id: string;
  /** the category the failure belongs to; 'OK' for the control case */
  expected: CategoryId | 'OK';
  about: string;
  server: ServerSpec;
  client: ClientSettings;
}

/** One probe run against one scenario, as the matrix records it. */
export interface MatrixCase {
  stack: string;
  probe: string;
  scenario: string;
  expected: CategoryId | 'OK';
  /** exit code, or 'killed' when the runner had to stop the probe */
  exit: number | 'killed';
  /** what the probe printed, volatile parts normalised */
  text: string;
}

export interface Matrix {
  generated: string;
  probes: Array<{ id: string; stack: string; label: string }>;
  scenarios: Array<{ id: string; expected: CategoryId | 'OK'; about: string }>;
  cases: MatrixCase[];
}

/**
 * When one stack prints the very same text for failures of different categories, explain can only
 * name the most frequent real-world cause (and hint at the others). Most frequent first.
 */
export const REAL_WORLD_FREQUENCY: CategoryId[] = [
  'WRONG_CREDENTIALS',
  'TLS_MODE_MISMATCH',
  'CONNECTION_TIMEOUT',
  'CONNECTION_REFUSED',
  'DNS_FAILURE',
  'STARTTLS_REQUIRED',
  'CERT_UNTRUSTED',
  'MISSING_CREDENTIALS',
  'AUTH_MECHANISM_UNSUPPORTED',
  'CERT_HOSTNAME_MISMATCH',
  'CERT_EXPIRED',
  'RELAY_DENIED',
  'RECIPIENT_REJECTED',
  'SENDER_NOT_AUTHORIZED',
  'APP_PASSWORD_REQUIRED',
  'AUTH_DISABLED_BY_PROVIDER',
  'CLIENT_IP_BLOCKED',
  'TLS_VERSION_OR_CIPHER',
  'PROTOCOL_ERROR',
  'SERVER_TEMPORARY_FAILURE',
  'RATE_LIMITED',
  'HELO_REJECTED',
  'SIZE_LIMIT',
  'MESSAGE_REJECTED_POLICY',
];
