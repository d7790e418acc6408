import type { Rule } from '../../rule-types.js';
import { RFC5321, HELO_WORDING, NODE_NET, BLOCKLIST } from './shared.js';

/** A refusal that names the client: its address or host, a blocklist, a ban, an access rule. */
const CLIENT_REFUSED = new RegExp(
  [
    BLOCKLIST.source,
    '\\bblocked\\b|\\bbann?ed\\b|your (?:IP|address|host|network|server)|client (?:host|address|IP)',
    '\\bIP(?: address)?\\b.{0,40}(?:rejected|refused|denied|not allowed)|access denied',
    'not (?:allowed|permitted|authori[sz]ed) to connect',
    '\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b.{0,40}(?:rejected|refused|denied|blocked|not allowed)',
  ].join('|'),
  'i',
);

/**
 * Core rules, part of CORE_RULES (../core.ts, which keeps their order): Connecting: DNS, TCP, TLS
 * mode, the greeting and EHLO.
 */
export const CONNECT_RULES: Rule[] = [
  // ---- DNS
  {
    id: 'dns.mail-domain',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['no-address-has-mx'] },
    msg: 'dns.mail-domain',
    source: 'RFC 5321 section 5 (MX lookup); user reports of mail domains typed as SMTP hosts',
    examples: [{ step: 'dns', reason: 'no-address-has-mx', code: 'ENOTFOUND' }],
  },
  {
    id: 'dns.no-such-host',
    category: 'DNS_FAILURE',
    when: { code: ['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA'] },
    msg: 'dns.no-such-host',
    source: NODE_NET,
    examples: [{ step: 'dns', reason: 'no-address', code: 'ENOTFOUND' }, { code: 'ENOTFOUND', text: 'getaddrinfo ENOTFOUND smtp.exmaple.com' }],
  },
  {
    id: 'dns.resolver',
    category: 'DNS_FAILURE',
    when: { code: ['EAI_AGAIN', 'ESERVFAIL', 'ECONNREFUSED'], step: ['dns'] },
    msg: 'dns.resolver',
    source: NODE_NET,
    examples: [{ step: 'dns', code: 'EAI_AGAIN', reason: 'resolver-unavailable' }],
  },
  {
    id: 'dns.resolver-timeout',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['resolver-unavailable', 'resolver-error'] },
    msg: 'dns.resolver',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'dns', code: 'ETIMEDOUT', reason: 'resolver-unavailable' }],
  },
  {
    id: 'dns.family',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['no-address-in-family'] },
    msg: 'dns.family',
    source: 'smtp-doctor --family',
    examples: [{ step: 'dns', reason: 'no-address-in-family', code: 'IPV6_NONE' }],
  },
  // ---- TCP
  {
    id: 'tcp.refused',
    category: 'CONNECTION_REFUSED',
    when: { code: ['ECONNREFUSED'] },
    msg: 'tcp.refused',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ECONNREFUSED', reason: 'connect-refused' }],
  },
  {
    id: 'tcp.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { step: ['tcp'], reason: ['connect-timeout'] },
    msg: 'tcp.timeout',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ETIMEDOUT', reason: 'connect-timeout' }],
  },
  {
    id: 'tcp.unreachable',
    category: 'CONNECTION_TIMEOUT',
    when: { code: ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT'] },
    msg: 'tcp.unreachable',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ENETUNREACH', reason: 'connect-unreachable' }],
  },
  {
    id: 'tcp.reset',
    category: 'CONNECTION_REFUSED',
    when: { step: ['tcp'], reason: ['connect-reset'] },
    msg: 'tcp.reset',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ECONNRESET', reason: 'connect-reset' }],
  },
  // ---- TLS mode
  {
    id: 'mode.expects-implicit-tls',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['expects-implicit-tls'] },
    msg: 'mode.expects-tls',
    source: 'RFC 8314 section 3 (implicit TLS on 465); nodemailer "Greeting never received"',
    examples: [{ step: 'greeting', reason: 'expects-implicit-tls', code: 'ETIMEDOUT' }],
  },
  {
    id: 'mode.expects-plain',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['expects-plain'] },
    msg: 'mode.expects-plain',
    source: 'OpenSSL "wrong version number" when a TLS client meets a plaintext greeting',
    examples: [{ step: 'tls', reason: 'expects-plain', code: 'ERR_SSL_WRONG_VERSION_NUMBER' }],
  },
  // ---- TLS mode, as seen in pasted errors (explain): likely, not confirmed by a second connection
  {
    id: 'mode.suspected-implicit-tls',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['tls-mode-suspected-implicit'] },
    msg: 'mode.suspected-tls',
    source: 'nodemailer "Greeting never received" with secure:false on port 465 (nodemailer issue threads)',
    examples: [{ step: 'greeting', code: 'ETIMEDOUT', reason: 'tls-mode-suspected-implicit', text: 'Greeting never received' }],
  },
  {
    id: 'mode.suspected-plain',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['tls-mode-suspected-plain'] },
    msg: 'mode.suspected-plain',
    source:
      'OpenSSL "wrong version number", JSSE "Unrecognized SSL message, plaintext connection?", Go "first record ' +
      'does not look like a TLS handshake"',
    examples: [{ step: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', reason: 'tls-mode-suspected-plain', text: 'wrong version number' }],
  },
  // ---- greeting
  {
    id: 'greeting.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { step: ['greeting'], reason: ['greeting-timeout'] },
    msg: 'greeting.timeout',
    source: 'RFC 5321 section 4.5.3.2 (initial 220 message, 5 minutes)',
    examples: [{ step: 'greeting', reason: 'greeting-timeout', code: 'ETIMEDOUT' }],
  },
  {
    id: 'greeting.closed',
    category: 'PROTOCOL_ERROR',
    when: { step: ['greeting'], reason: ['closed-before-greeting'] },
    msg: 'greeting.closed',
    source: RFC5321,
    examples: [{ step: 'greeting', reason: 'closed-before-greeting', code: 'ECONNECTION' }],
  },
  {
    id: 'greeting.closed-after',
    category: 'PROTOCOL_ERROR',
    when: { step: ['ehlo'], reason: ['closed-after-greeting'] },
    msg: 'greeting.closed-after',
    source: RFC5321 + ' section 3.1 (a server that will not serve a client says so with 554, not a silent close)',
    examples: [
      { step: 'ehlo', reason: 'closed-after-greeting', code: 'ECONNECTION', text: 'Connection closed unexpectedly' },
    ],
  },
  {
    id: 'greeting.too-large',
    category: 'PROTOCOL_ERROR',
    when: { step: ['greeting'], reason: ['greeting-too-large'] },
    msg: 'greeting.too-large',
    source: 'RFC 5321 section 4.5.3.1.5 (reply lines at most 512 octets); nodemailer maxResponseSize',
    examples: [{ step: 'greeting', reason: 'greeting-too-large', code: 'EPROTOCOL', text: 'Server response exceeds maximum allowed size' }],
  },
  {
    id: 'greeting.blocked',
    category: 'CLIENT_IP_BLOCKED',
    when: { step: ['greeting'], responseCode: [554, 550, 521], text: CLIENT_REFUSED },
    msg: 'greeting.blocked',
    source: 'RFC 5321 section 3.1 (554 greeting); Postfix "Client host rejected" / blocklist replies',
    examples: [
      { step: 'greeting', reason: 'greeting-rejected', responseCode: 554, enhancedCode: '5.7.1', text: 'Service unavailable; Client host [203.0.113.9] rejected: access denied' },
      { step: 'greeting', responseCode: 550, enhancedCode: '5.7.1', text: 'Connection from 203.0.113.9 refused' },
    ],
  },
  {
    // A 5xx greeting that does not name the client (its address, a blocklist, a ban) is the
    // server refusing SMTP service on this port to everyone: the SMTP form of a refused connection.
    id: 'greeting.refused',
    category: 'CONNECTION_REFUSED',
    when: { step: ['greeting'], replyClass: [5] },
    // A 5xx instead of the greeting is a refusal of service on this port whatever its enhanced
    // code's RFC meaning: it outranks that meaning (more conditions in the same tier), and
    // yields to any rule about the failure itself (greeting.blocked names the client).
    tier: 'code-meaning',
    msg: 'greeting.refused',
    source: 'RFC 5321 section 3.1 ("554 No SMTP service here" instead of 220); RFC 7504 (521: no mail here)',
    examples: [
      { step: 'greeting', responseCode: 554, enhancedCode: '5.3.2', text: 'no SMTP service here' },
      { step: 'greeting', reason: 'greeting-rejected', responseCode: 554, text: 'Service unavailable' },
      { step: 'greeting', responseCode: 521, enhancedCode: '5.3.2', text: 'mx.example.com does not accept mail' },
    ],
  },
  {
    id: 'greeting.slow',
    category: 'CONNECTION_TIMEOUT',
    when: { step: ['greeting'], reason: ['greeting-slow'] },
    msg: 'greeting.slow',
    source: 'RFC 5321 section 4.5.3.2 (initial 220 message); tarpitting servers that send a byte at a time',
    examples: [{ step: 'greeting', reason: 'greeting-slow', code: 'ETIMEDOUT', text: 'Greeting never received' }],
  },
  // ---- the whole run (--deadline)
  {
    id: 'run.server-slow',
    category: 'CONNECTION_TIMEOUT',
    when: { reason: ['server-slow'] },
    msg: 'run.server-slow',
    source: 'RFC 5321 section 4.5.3.2 (per-command timeouts); servers that delay every reply (tarpits, overload)',
    examples: [{ step: 'send', reason: 'server-slow', code: 'ETIMEDOUT' }],
  },
  {
    id: 'run.deadline',
    category: 'CONNECTION_TIMEOUT',
    when: { reason: ['deadline-exceeded'] },
    msg: 'run.deadline',
    source: "smtp-doctor --deadline (the whole run's bound)",
    examples: [{ step: 'auth', reason: 'deadline-exceeded', code: 'ETIMEDOUT' }],
  },
  {
    id: 'port.http',
    category: 'PROTOCOL_ERROR',
    when: { reason: ['http-server'] },
    msg: 'port.http',
    source: 'RFC 9112 section 4 (HTTP status line); web servers answer SMTP commands with "400 Bad Request"',
    examples: [{ step: 'greeting', reason: 'http-server', code: 'EPROTOCOL', text: 'HTTP/1.1 400 Bad Request' }],
  },
  {
    id: 'greeting.busy',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { step: ['greeting'], replyClass: [4] },
    msg: 'greeting.busy',
    source: RFC5321,
    examples: [{ step: 'greeting', reason: 'greeting-rejected', responseCode: 421, text: 'mx.example.com Service not available, closing transmission channel' }],
  },
  // ---- EHLO
  {
    id: 'reply.too-large',
    category: 'PROTOCOL_ERROR',
    when: { reason: ['reply-too-large'] },
    msg: 'reply.too-large',
    source: 'RFC 5321 section 4.5.3.1.5 (reply lines at most 512 octets); nodemailer maxResponseSize',
    examples: [
      {
        step: 'ehlo',
        reason: 'reply-too-large',
        code: 'EPROTOCOL',
        text: 'Server response exceeds maximum allowed size',
      },
    ],
  },
  {
    id: 'ehlo.rejected',
    category: 'HELO_REJECTED',
    when: { step: ['ehlo'], replyClass: [5] },
    // Any 5xx to EHLO is about the HELO name, whatever the code's RFC meaning (syntax, policy).
    tier: 'failure',
    msg: 'ehlo.rejected',
    source: 'RFC 5321 section 4.1.1.1; Postfix reject_invalid_helo_hostname / reject_non_fqdn_helo_hostname',
    examples: [{ step: 'ehlo', responseCode: 501, enhancedCode: '5.5.4', text: 'Invalid domain name' }],
  },
  {
    id: 'text.helo',
    category: 'HELO_REJECTED',
    when: { text: HELO_WORDING },
    msg: 'ehlo.rejected',
    source:
      'Postfix "Helo command rejected" replies (also when delayed to RCPT), Exim "syntactically invalid ' +
      'argument(s)" for HELO, Gmail "421-4.7.0 ... (EHLO)"',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 504, enhancedCode: '5.5.2', text: '<localhost>: Helo command rejected: need fully-qualified hostname' },
      { text: 'Helo command rejected: need fully-qualified hostname' },
      { responseCode: 421, enhancedCode: '4.7.0', text: 'Try again later, closing connection. (EHLO)' },
    ],
  },
];
