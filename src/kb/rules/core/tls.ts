import type { Rule } from '../../rule-types.js';
import { RFC3207, RFC4954, NODE_NET } from './shared.js';

/**
 * Core rules, part of CORE_RULES (../core.ts, which keeps their order): STARTTLS, TLS handshakes
 * and certificates.
 */
export const TLS_RULES: Rule[] = [
  // ---- STARTTLS / TLS
  {
    id: 'starttls.not-offered',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['starttls-not-offered'] },
    msg: 'starttls.not-offered',
    source: RFC3207,
    examples: [{ step: 'tls', reason: 'starttls-not-offered', command: 'STARTTLS', responseCode: 502, enhancedCode: '5.5.1', text: 'Command not implemented' }],
  },
  {
    id: 'starttls.rejected',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { reason: ['starttls-rejected'] },
    msg: 'starttls.rejected',
    source: RFC3207,
    examples: [{ step: 'tls', reason: 'starttls-rejected', command: 'STARTTLS', responseCode: 454, enhancedCode: '4.7.0', text: 'TLS not available due to local problem' }],
  },
  {
    id: 'starttls.broken',
    category: 'PROTOCOL_ERROR',
    when: { step: ['tls'], reason: ['starttls-broken'] },
    msg: 'starttls.broken',
    source: 'RFC 3207 section 4 (after "220 Ready to start TLS" the client begins the TLS negotiation)',
    examples: [
      { step: 'tls', reason: 'starttls-broken', code: 'ETIMEDOUT', text: 'TLS handshake timed out' },
      { step: 'tls', reason: 'starttls-broken', code: 'ERR_SSL_WRONG_VERSION_NUMBER', text: 'wrong version number' },
    ],
  },
  {
    id: 'starttls.must-issue',
    category: 'STARTTLS_REQUIRED',
    when: { responseCode: [530, 523, 550, 554], text: /STARTTLS|must issue|encryption required|TLS required|secure connection/i },
    msg: 'starttls.required',
    source: 'RFC 3207 section 4 ("530 Must issue a STARTTLS command first")',
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.0', text: 'Must issue a STARTTLS command first' },
      { step: 'send', command: 'MAIL FROM', responseCode: 530, text: 'Must issue a STARTTLS command first' },
    ],
  },
  {
    id: 'starttls.encryption-required-538',
    category: 'STARTTLS_REQUIRED',
    when: { responseCode: [538] },
    msg: 'starttls.required',
    source: RFC4954,
    examples: [{ step: 'auth', command: 'AUTH PLAIN', responseCode: 538, enhancedCode: '5.7.11', text: 'Encryption required for requested authentication mechanism' }],
  },
  {
    id: 'auth.plaintext-refused',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['plaintext-auth-refused'] },
    msg: 'auth.plaintext-refused',
    source: 'RFC 8314 section 3; smtp-doctor never sends credentials unencrypted unless --allow-plaintext-auth',
    examples: [{ step: 'auth', reason: 'plaintext-auth-refused' }],
  },
  {
    id: 'auth.after-starttls-only',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['auth-after-starttls-only'] },
    msg: 'auth.after-starttls-only',
    source: 'RFC 4954 section 4; Postfix smtpd_tls_auth_only',
    examples: [{ step: 'auth', reason: 'auth-after-starttls-only' }],
  },
  {
    id: 'tls.cert-expired',
    category: 'CERT_EXPIRED',
    when: { code: ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'] },
    msg: 'cert.expired',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-expired', code: 'CERT_HAS_EXPIRED' }],
  },
  {
    id: 'tls.cert-self-signed',
    category: 'CERT_UNTRUSTED',
    when: { code: ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN'] },
    msg: 'cert.self-signed',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-self-signed', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }],
  },
  {
    id: 'tls.cert-untrusted',
    category: 'CERT_UNTRUSTED',
    when: { code: ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED'] },
    msg: 'cert.untrusted',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-untrusted-issuer', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }],
  },
  {
    id: 'tls.cert-untrusted-reason',
    category: 'CERT_UNTRUSTED',
    when: { reason: ['cert-untrusted-issuer', 'cert-no-certificate'] },
    msg: 'cert.untrusted',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'tls', reason: 'cert-untrusted-issuer', code: 'X509_V_ERR_SOMETHING_NEW' }],
  },
  {
    id: 'tls.cert-hostname',
    category: 'CERT_HOSTNAME_MISMATCH',
    when: { code: ['ERR_TLS_CERT_ALTNAME_INVALID'] },
    msg: 'cert.hostname',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-wrong-name', code: 'ERR_TLS_CERT_ALTNAME_INVALID' }],
  },
  {
    id: 'tls.version-or-cipher',
    category: 'TLS_VERSION_OR_CIPHER',
    when: {
      text: /TLS ?1\.[01]\b.{0,40}not supported|not supported.{0,40}TLS ?1\.[01]|SSL\/TLS handshake|no common algorithm|unsupported protocol|protocol version|no (shared )?cipher|handshake failure|dh key too small|sslv3 alert|no protocols available|wrong signature type|legacy|insufficient security|ee key too small|ca md too weak/i,
    },
    msg: 'tls.version',
    source: 'OpenSSL alert texts as reported by Node.js',
    examples: [
      { step: 'tls', code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', reason: 'tls-handshake-failed', text: 'error:0A000102:SSL routines::unsupported protocol' },
      { step: 'tls', code: 'ERR_SSL_DH_KEY_TOO_SMALL', reason: 'tls-handshake-failed', text: 'error:0A00018A:SSL routines::dh key too small' },
    ],
  },
  {
    id: 'tls.old-version',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { step: ['tls'], reason: ['tls-old-version'] },
    msg: 'tls.old-version',
    source: 'RFC 8996 (TLS 1.0 and 1.1 deprecated); OpenSSL "tlsv1 alert protocol version"',
    examples: [
      {
        step: 'tls',
        reason: 'tls-old-version',
        code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
        text: 'tlsv1 alert protocol version',
      },
    ],
  },
  {
    id: 'tls.version-mismatch',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { step: ['tls'], reason: ['tls-version-mismatch'] },
    msg: 'tls.version',
    source: 'OpenSSL "unsupported protocol" / "alert protocol version" / "no protocols available"',
    examples: [
      {
        step: 'tls',
        reason: 'tls-version-mismatch',
        code: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
        text: 'unsupported protocol',
      },
    ],
  },
  {
    id: 'tls.no-shared-cipher',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { step: ['tls'], reason: ['tls-cipher-mismatch'] },
    msg: 'tls.no-shared-cipher',
    source: 'OpenSSL "no shared cipher" (server) / "sslv3 alert handshake failure" (client)',
    examples: [
      {
        step: 'tls',
        reason: 'tls-cipher-mismatch',
        code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
        text: 'sslv3 alert handshake failure',
      },
    ],
  },
  {
    // STARTTLS was accepted (or the TLS port answered), then the handshake never finished: a broken
    // TLS proxy or middlebox, or a server that never starts TLS. A fact, not a catch-all, so a
    // generic "timed out" wording (ETIMEDOUT) does not turn it into a connect timeout.
    id: 'tls.handshake-timeout',
    category: 'PROTOCOL_ERROR',
    when: { step: ['tls'], reason: ['tls-handshake-timeout'] },
    msg: 'tls.failed',
    source: `${NODE_NET}; test/stacks/matrix.json scenario starttls-silent (220 to STARTTLS, then no handshake)`,
    examples: [{ step: 'tls', reason: 'tls-handshake-timeout', code: 'ETIMEDOUT', text: 'TLS handshake timed out' }],
  },
  {
    id: 'tls.not-tls',
    category: 'PROTOCOL_ERROR',
    when: { step: ['tls'], reason: ['tls-handshake-failed', 'tls-handshake-timeout'] },
    msg: 'tls.failed',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'tls', reason: 'tls-handshake-failed', code: 'ECONNRESET' }],
  },
];
