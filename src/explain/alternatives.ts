import type { CategoryId, Msg } from '../core/types.js';
import type { Rule } from '../kb/rules/index.js';

/**
 * Wordings a client stack prints, word for word, for failures of different kinds (found by the
 * client-stack error matrix, test/stacks): explain names the most common cause, and this hint
 * names the others it cannot tell apart from the text alone. `covers`: the categories it names.
 */
export const ALTERNATIVES: Record<string, { key: string; covers: CategoryId[] }> = {
  // "Greeting never received", Net::ReadTimeout, Go "read tcp ...: i/o timeout", smtplib "timed out"
  'mode.suspected-implicit-tls': { key: 'hint.alt.no-greeting', covers: ['CONNECTION_TIMEOUT', 'PROTOCOL_ERROR'] },
  // OpenSSL "wrong version number", Go "first record does not look like a TLS handshake"
  'mode.suspected-plain': { key: 'hint.alt.not-tls', covers: ['PROTOCOL_ERROR'] },
  // smtplib "SMTP AUTH extension not supported by server."
  'auth.after-starttls-only': { key: 'hint.alt.no-auth', covers: ['AUTH_MECHANISM_UNSUPPORTED'] },
};

export function alternativeHints(rule: Rule, params: Record<string, string | number>): Msg[] {
  const alt = ALTERNATIVES[rule.id];
  return alt ? [{ key: alt.key, params }] : [];
}
