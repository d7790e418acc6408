import type { CategoryId, Msg } from '../core/types.js';
import type { Rule } from '../kb/rules/index.js';
import type { StackId } from './types.js';
import { hasKey } from '../i18n/index.js';

/**
 * Where to change the setting in the stack the error came from: the catalog message
 * `stack.<stack>.<topic>` when it exists (src/i18n/en/stacks.ts); topics group categories
 * that share the same setting.
 */
const TOPIC_OF: Partial<Record<CategoryId, string>> = {
  TLS_MODE_MISMATCH: 'tls-mode',
  STARTTLS_REQUIRED: 'starttls',
  CERT_UNTRUSTED: 'ca',
  CERT_HOSTNAME_MISMATCH: 'ca',
  CERT_EXPIRED: 'ca',
  WRONG_CREDENTIALS: 'credentials',
  APP_PASSWORD_REQUIRED: 'credentials',
  AUTH_DISABLED_BY_PROVIDER: 'credentials',
  MISSING_CREDENTIALS: 'credentials',
  CONNECTION_REFUSED: 'host-port',
  CONNECTION_TIMEOUT: 'host-port',
  DNS_FAILURE: 'host-port',
  SENDER_NOT_AUTHORIZED: 'from',
};

/** Rules whose stack advice is narrower than their category's (a closed connection is not every protocol error). */
const TOPIC_OF_RULE: Record<string, string> = {
  'protocol.closed': 'closed',
};

export function stackHints(stack: StackId | undefined, rule: Rule, params: Record<string, string | number>): Msg[] {
  if (!stack) return [];
  const topic = TOPIC_OF_RULE[rule.id] ?? TOPIC_OF[rule.category];
  if (!topic) return [];
  const key = `stack.${stack}.${topic}`;
  return hasKey(key) ? [{ key, params }] : [];
}

export { TOPIC_OF };
