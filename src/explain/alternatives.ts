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
  // PHPMailer "SMTP Error: Could not connect to SMTP host." (no detail): any failure before the session opens
  'stack.connect-failed-tls-mode': {
    key: 'hint.alt.connect-failed',
    covers: [
      'CONNECTION_TIMEOUT', 'CONNECTION_REFUSED', 'DNS_FAILURE', 'CERT_UNTRUSTED', 'CERT_HOSTNAME_MISMATCH',
      'CERT_EXPIRED', 'CLIENT_IP_BLOCKED', 'TLS_VERSION_OR_CIPHER', 'PROTOCOL_ERROR', 'SERVER_TEMPORARY_FAILURE',
    ],
  },
  // OpenSSL "certificate verify failed" without the X509 reason (PHP streams)
  'tls.cert-verify-failed': { key: 'hint.alt.cert-verify-failed', covers: ['CERT_EXPIRED'] },
  // PHPMailer "SMTP Error: Could not authenticate.", Spring "Authentication failed": any AUTH that did not succeed
  'stack.auth-rejected': {
    key: 'hint.alt.auth-rejected',
    covers: ['STARTTLS_REQUIRED', 'AUTH_MECHANISM_UNSUPPORTED', 'APP_PASSWORD_REQUIRED', 'AUTH_DISABLED_BY_PROVIDER'],
  },
};

export function alternativeHints(rule: Rule, params: Record<string, string | number>): Msg[] {
  const alt = ALTERNATIVES[rule.id];
  return alt ? [{ key: alt.key, params }] : [];
}
