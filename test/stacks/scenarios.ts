/**
 * The failure scenarios of the client-stack error matrix (issue 11). Each one is ground truth:
 * the server and client settings make one known failure happen, and `expected` is the category
 * smtp-doctor must name for whatever text a client stack prints about it.
 */
import type { Scenario } from './types.js';

export const MTA_USER = 'tester@smtp-doctor.test';
export const MTA_PASS = 'Correct-Horse-9';
const SANDBOX_USER = 'app@example.org';
const login = { user: MTA_USER, pass: MTA_PASS };
const wrong = { user: MTA_USER, pass: 'Wrong-Horse-1' };
const sandboxLogin = { user: SANDBOX_USER, pass: 'Some-Password-1', ca: 'test' as const };
const STARTTLS_OFFERED = ['PIPELINING', 'STARTTLS', '8BITMIME'];
const TLS10_ONLY = { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' } as const;
const MX = 'mx.smtp-doctor.test';
const CLOSING = 'Service not available, closing transmission channel';

export const SCENARIOS: Scenario[] = [
  {
    id: 'ok-submission', expected: 'OK',
    about: 'control: correct login on 10587 with STARTTLS',
    server: { mta: 'submission' },
    client: { security: 'starttls', ...login },
  },
  // ---- credentials and AUTH
  {
    id: 'wrong-password-starttls', expected: 'WRONG_CREDENTIALS',
    about: 'Postfix/Dovecot 535 on 10587 after STARTTLS',
    server: { mta: 'submission' },
    client: { security: 'starttls', ...wrong },
  },
  {
    id: 'wrong-password-tls', expected: 'WRONG_CREDENTIALS',
    about: 'Postfix/Dovecot 535 on 10465 (implicit TLS)',
    server: { mta: 'smtps' },
    client: { security: 'tls', ...wrong },
  },
  {
    id: 'auth-before-starttls', expected: 'STARTTLS_REQUIRED',
    about: 'login without TLS on 10587: AUTH is only offered after STARTTLS',
    server: { mta: 'submission' },
    client: { security: 'none', ...login },
  },
  {
    id: 'no-auth-offered', expected: 'AUTH_MECHANISM_UNSUPPORTED',
    about: 'login on 10025, which offers no AUTH at all',
    server: { mta: 'plain' },
    client: { security: 'none', ...login },
  },
  {
    id: 'send-without-auth-postfix', expected: 'MISSING_CREDENTIALS',
    about: 'no login on 10587: Postfix submission refuses the unauthenticated client',
    server: { mta: 'submission' },
    client: { security: 'starttls' },
  },
  {
    id: 'send-without-auth-530', expected: 'MISSING_CREDENTIALS',
    about: 'no login at a Gmail-like server: 530 5.7.0 Authentication Required',
    server: { sandbox: { persona: 'gmail-bad-credentials' } },
    client: { security: 'starttls', ca: 'test' },
  },
  // ---- TLS mode
  {
    id: 'starttls-client-on-tls-port', expected: 'TLS_MODE_MISMATCH',
    about: 'STARTTLS client on 10465: both sides wait (server for a ClientHello)',
    server: { mta: 'smtps' },
    client: { security: 'starttls', ...login },
  },
  {
    id: 'tls-client-on-starttls-port', expected: 'TLS_MODE_MISMATCH',
    about: 'implicit-TLS client on 10587: the 220 greeting is not a TLS record',
    server: { mta: 'submission' },
    client: { security: 'tls', ...login },
  },
  {
    id: 'tls-client-on-plain-port', expected: 'TLS_MODE_MISMATCH',
    about: 'implicit-TLS client on 10025',
    server: { mta: 'plain' },
    client: { security: 'tls' },
  },
  // ---- certificates (scripted implicit-TLS servers with test-made certificates)
  {
    id: 'cert-self-signed', expected: 'CERT_UNTRUSTED',
    about: 'self-signed server certificate',
    server: { scripted: (c) => ({ tls: { cert: c.selfSigned } }) },
    client: { security: 'tls', ca: 'test' },
  },
  {
    id: 'cert-self-signed-starttls', expected: 'CERT_UNTRUSTED',
    about: 'self-signed certificate after STARTTLS',
    server: { scripted: (c) => ({ extensions: STARTTLS_OFFERED, starttlsCert: c.selfSigned }) },
    client: { security: 'starttls', ca: 'test' },
  },
  {
    id: 'cert-expired', expected: 'CERT_EXPIRED',
    about: 'certificate expired yesterday (trusted CA)',
    server: { scripted: (c) => ({ tls: { cert: c.expired } }) },
    client: { security: 'tls', ca: 'test' },
  },
  {
    id: 'cert-wrong-name', expected: 'CERT_HOSTNAME_MISMATCH',
    about: 'certificate for mail.other-host.test only (trusted CA)',
    server: { scripted: (c) => ({ tls: { cert: c.wrongName } }) },
    client: { security: 'tls', ca: 'test' },
  },
  {
    id: 'cert-missing-intermediate', expected: 'CERT_UNTRUSTED',
    about: 'leaf signed by an intermediate the server does not send',
    server: { scripted: (c) => ({ tls: { cert: c.chainLeaf } }) },
    client: { security: 'tls', ca: 'chain-root' },
  },
  {
    id: 'tls10-only', expected: 'TLS_VERSION_OR_CIPHER',
    about: 'server speaks TLS 1.0 only',
    server: { scripted: (c) => ({ tls: { cert: c.good, extra: TLS10_ONLY } }) },
    client: { security: 'tls', ca: 'test' },
  },
  // ---- STARTTLS faults
  {
    id: 'starttls-454', expected: 'TLS_VERSION_OR_CIPHER',
    about: 'STARTTLS offered, then refused: 454 4.7.0 TLS not available',
    server: {
      scripted: () => ({ extensions: STARTTLS_OFFERED, starttls: '454 4.7.0 TLS not available due to local problem' }),
    },
    client: { security: 'starttls', ca: 'test' },
  },
  {
    id: 'starttls-garbage', expected: 'PROTOCOL_ERROR',
    about: 'STARTTLS answered 220, then plain text instead of a TLS handshake',
    server: { scripted: () => ({ extensions: STARTTLS_OFFERED, starttls: 'garbage' }) },
    client: { security: 'starttls', ca: 'test' },
  },
  {
    id: 'starttls-silent', expected: 'PROTOCOL_ERROR',
    about: 'STARTTLS answered 220, then no handshake at all',
    server: { scripted: () => ({ extensions: STARTTLS_OFFERED, starttls: 'silent' }) },
    client: { security: 'starttls', ca: 'test' },
  },
  // ---- connection
  {
    id: 'connection-refused', expected: 'CONNECTION_REFUSED',
    about: 'nothing listens on the port',
    server: { closedPort: true },
    client: { security: 'none' },
  },
  {
    id: 'unknown-host', expected: 'DNS_FAILURE',
    about: 'a host name that never resolves',
    server: { unresolvable: 'smtp.no-such-host.invalid' },
    client: { security: 'none' },
  },
  {
    id: 'tarpit', expected: 'CONNECTION_TIMEOUT',
    about: 'TCP accepted, never a greeting',
    server: { scripted: () => ({ greeting: null }) },
    client: { security: 'none' },
  },
  {
    id: 'http-server', expected: 'PROTOCOL_ERROR',
    about: 'an HTTP server on the port (it answers 408 after 1 s)',
    server: { http: true },
    client: { security: 'none' },
  },
  // ---- greetings
  {
    id: 'greeting-421', expected: 'SERVER_TEMPORARY_FAILURE',
    about: '421 greeting, then close',
    server: { scripted: () => ({ greeting: `421 4.3.2 ${MX} ${CLOSING}`, closeAfterGreeting: true }) },
    client: { security: 'none' },
  },
  {
    id: 'greeting-554', expected: 'CONNECTION_REFUSED',
    about: '554 greeting that names no client (RFC 5321 3.1: no SMTP service here), then close',
    server: {
      scripted: () => ({ greeting: `554 5.7.1 ${MX} ESMTP not accepting connections`, closeAfterGreeting: true }),
    },
    client: { security: 'none' },
  },
  {
    id: 'greeting-554-blocklisted', expected: 'CLIENT_IP_BLOCKED',
    about: 'persona greeting-554: client host blocked using a DNSBL',
    server: { sandbox: { persona: 'greeting-554' } },
    client: { security: 'none' },
  },
  {
    id: 'helo-rejected', expected: 'HELO_REJECTED',
    about: 'Postfix reject_invalid_helo_hostname: 501 to EHLO and HELO',
    server: { scripted: () => ({ helo: '501 5.5.2 <localhost>: Helo command rejected: Invalid name' }) },
    client: { security: 'none' },
  },
  {
    id: 'helo-rejected-rcpt', expected: 'HELO_REJECTED',
    about: 'Postfix delayed HELO check: 504 at RCPT TO',
    server: {
      scripted: () => ({ rcpt: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname' }),
    },
    client: { security: 'none' },
  },
  // ---- envelope and message
  {
    id: 'relay-denied', expected: 'RELAY_DENIED',
    about: 'Postfix 10025 without AUTH, RCPT to another domain',
    server: { mta: 'plain' },
    client: { security: 'none', to: 'someone@example.com' },
  },
  {
    id: 'unknown-recipient', expected: 'RECIPIENT_REJECTED',
    about: 'Postfix: nobody@smtp-doctor.test does not exist',
    server: { mta: 'plain' },
    client: { security: 'none', to: 'nobody@smtp-doctor.test' },
  },
  {
    id: 'size-limit', expected: 'SIZE_LIMIT',
    about: 'sandbox with a 2000-byte limit, 8000-byte message',
    server: { sandbox: { maxMessageBytes: 2000 } },
    client: { security: 'none', bodyBytes: 8000 },
  },
  // ---- provider personas (src/sandbox/personas.ts)
  {
    id: 'persona-gmail-bad-credentials', expected: 'WRONG_CREDENTIALS',
    about: 'Gmail 535 5.7.8 BadCredentials',
    server: { sandbox: { persona: 'gmail-bad-credentials' } },
    client: { security: 'starttls', ...sandboxLogin },
  },
  {
    id: 'persona-gmail-app-password', expected: 'APP_PASSWORD_REQUIRED',
    about: 'Gmail 534 5.7.9 application-specific password required',
    server: { sandbox: { persona: 'gmail-app-password' } },
    client: { security: 'starttls', ...sandboxLogin },
  },
  {
    id: 'persona-m365-smtp-auth-disabled', expected: 'AUTH_DISABLED_BY_PROVIDER',
    about: 'Microsoft 365 535 5.7.139 SmtpClientAuthentication is disabled',
    server: { sandbox: { persona: 'm365-smtp-auth-disabled' } },
    client: { security: 'starttls', ...sandboxLogin },
  },
  {
    id: 'persona-ses-unverified-sender', expected: 'SENDER_NOT_AUTHORIZED',
    about: 'Amazon SES 554 Email address is not verified (end of DATA)',
    server: { sandbox: { persona: 'ses-unverified-sender' } },
    client: { security: 'starttls', ...sandboxLogin },
  },
  {
    id: 'persona-starttls-required', expected: 'STARTTLS_REQUIRED',
    about: 'Gmail 530 5.7.0 Must issue a STARTTLS command first (client stays plain)',
    server: { sandbox: { persona: 'starttls-required' } },
    client: { security: 'none' },
  },
  {
    id: 'persona-rate-limit', expected: 'RATE_LIMITED',
    about: 'Gmail 421 4.7.28 unusual rate (end of DATA)',
    server: { sandbox: { persona: 'rate-limit' } },
    client: { security: 'starttls', ca: 'test' },
  },
  {
    id: 'persona-tarpit', expected: 'CONNECTION_TIMEOUT',
    about: 'sandbox tarpit persona: never greets',
    server: { sandbox: { persona: 'tarpit' } },
    client: { security: 'none' },
  },
];
