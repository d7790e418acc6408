import type { Signature } from '../types.js';

const POSTFIX = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): the MTAs' own log
 * and reply templates (Postfix, Exim) that name a failure without a reply code of their own, or
 * whose reply code (a DSN like 4.4.1) says less than the words.
 */
export const MTA_SIGNATURES: Signature[] = [
  {
    id: 'mta-dns-not-found',
    wording: 'dns-not-found',
    pattern: /Host or domain name not found\. Name service error for name=|all relevant MX records point to non-existent hosts/,
    code: 'ENOTFOUND',
    step: 'dns',
    source: `Postfix smtp_addr.c ("Host or domain name not found. Name service error for name=%s type=%s: %s", ${POSTFIX}/smtp/smtp_addr.c); Exim deliver.c (https://github.com/Exim/exim/blob/master/src/src/deliver.c)`,
    examples: [
      'Dec  6 05:40:00 mail postfix/smtp[2345]: 4Q1abc2XyZz: to=<user@example.org>, relay=none, delay=30, ' +
      'dsn=4.4.1, status=deferred (Host or domain name not found. Name service error for name=smtp.example.com ' +
      'type=A: Host not found, try again)',
      '2026-12-06 05:40:00 1rAbCd-000123-AB ** user@example.org: all relevant MX records point to non-existent hosts',
    ],
  },
  {
    id: 'mta-cert-untrusted',
    wording: 'cert-untrusted',
    pattern: /certificate verification failed for \S{1,300}: untrusted issuer|\bServer certificate not verified\b/,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source: `Postfix tls_verify.c ("certificate verification failed for %s: untrusted issuer %s", ${POSTFIX}/tls/tls_verify.c) and smtp_proto.c ("Server certificate not verified", smtp_tls_security_level=verify/secure)`,
    examples: [
      'Dec  6 05:40:00 mail postfix/smtp[2345]: certificate verification failed for ' +
      'smtp.example.com[203.0.113.25]:587: untrusted issuer /C=US/O=Example/CN=Example Root CA',
      'Dec  6 05:40:00 mail postfix/smtp[2345]: 4Q1abc2XyZz: to=<user@example.org>, relay=none, delay=30, ' +
      'dsn=4.7.5, status=deferred (Server certificate not verified)',
    ],
  },
  {
    id: 'mta-sasl-no-mechanism',
    wording: 'auth-no-common-mechanism',
    pattern: /SASL authentication failed; cannot authenticate to server \S{1,300}: no mechanism available|No worthy mechs found/,
    reason: 'no-supported-mechanism',
    step: 'auth',
    source: `Postfix smtp_sasl_glue.c (client side: no mechanism in smtp_sasl_mechanism_filter that the server offers, Cyrus "No worthy mechs found"), ${POSTFIX}/smtp/smtp_sasl_glue.c`,
    examples: [
      'Dec  6 05:40:00 mail postfix/smtp[2345]: warning: SASL authentication failure: No worthy mechs found\nDec  6 ' +
      '05:40:00 mail postfix/smtp[2345]: 4Q1abc2XyZz: SASL authentication failed; cannot authenticate to server ' +
      'smtp.example.com[203.0.113.25]: no mechanism available',
    ],
  },
  {
    id: 'mta-auth-needs-encryption',
    wording: 'python-auth-not-offered',
    pattern: /Encryption required for requested authentication mechanism/,
    reason: 'auth-after-starttls-only',
    step: 'auth',
    source: `Postfix smtpd_sasl_glue.c / smtpd.c ("504 5.5.4 Encryption required for requested authentication mechanism": the mechanism is allowed only after STARTTLS), ${POSTFIX}/smtpd/smtpd.c`,
    examples: ['504 5.5.4 Encryption required for requested authentication mechanism'],
  },
];
