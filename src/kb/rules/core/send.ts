import type { Rule } from '../../rule-types.js';
import { RFC5321, AUTH_REQUIRED } from './shared.js';

/**
 * Core rules, part of CORE_RULES (../core.ts, which keeps their order): Sending: command-aware
 * rules, login required, blocklists, envelope and message.
 */
/** Words servers use for a mailbox that does not exist (bounded runs only). */
const MAILBOX_UNKNOWN =
  /\bUser unknown\b|\bUnknown user\b|\bNo such (?:user|mailbox|recipient)\b|\b(?:mailbox|account|recipient|user) (?:that you tried to reach )?(?:does not|doesn't) exist/i;

export const SEND_RULES: Rule[] = [
  // ---- the command answering tells whose fault an ambiguous code is (X.7.1 at MAIL FROM is the sender)
  {
    id: 'send.sender-policy',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { command: ['MAIL FROM'], enhanced: ['5.7.*', '5.1.*'] },
    msg: 'send.sender',
    source: 'RFC 3463 X.7.1 / X.1.x answered to MAIL FROM; Postfix reject_sender_login_mismatch (553 5.7.1)',
    generic: true,
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 553, enhancedCode: '5.7.1', text: '<ceo@example.com>: Sender address rejected: not owned by user app@example.com' },
      { step: 'send', command: 'MAIL FROM', responseCode: 553, enhancedCode: '5.1.3', text: 'The sender address is not a valid RFC-5321 address' },
    ],
  },
  {
    id: 'send.recipient-address',
    category: 'RECIPIENT_REJECTED',
    when: { command: ['RCPT TO'], enhanced: ['5.1.*', '5.2.*'] },
    msg: 'send.recipient',
    source: 'RFC 3463 X.1.x / X.2.x answered to RCPT TO',
    generic: true,
    examples: [{ step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.1.1', text: '<nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table' }],
  },
  // ---- the mailbox does not exist: an exact meaning, not only a reply class
  {
    id: 'send.mailbox-unknown',
    category: 'RECIPIENT_REJECTED',
    // X.1.1 names the destination mailbox; X.1.0 ("other address status") only at RCPT TO.
    when: { enhanced: ['5.1.1'] },
    msg: 'send.mailbox-unknown',
    source: 'RFC 3463 X.1.1 (bad destination mailbox address)',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.1.1', text: '<nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table' },
      { responseCode: 550, enhancedCode: '5.1.1', text: 'The email account that you tried to reach does not exist.' },
    ],
  },
  {
    id: 'send.mailbox-unknown-rcpt',
    category: 'RECIPIENT_REJECTED',
    when: { command: ['RCPT TO'], enhanced: ['5.1.0'] },
    msg: 'send.mailbox-unknown',
    source: 'RFC 3463 X.1.0 answered to RCPT TO (Exchange "550 5.1.0 Recipient rejected")',
    examples: [{ step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.1.0', text: 'Recipient rejected' }],
  },
  {
    id: 'send.mailbox-unknown-text',
    category: 'RECIPIENT_REJECTED',
    when: { replyClass: [5], text: MAILBOX_UNKNOWN },
    msg: 'send.mailbox-unknown',
    source:
      'Postfix "User unknown in local/virtual recipient table", Exim "Unknown user", Sendmail "User unknown", Gmail ' +
      '"does not exist"',
    examples: [{ step: 'send', command: 'RCPT TO', responseCode: 550, text: '<nobody@example.com>: Recipient address rejected: User unknown in local recipient table' }],
  },
  {
    id: 'send.content-policy',
    category: 'MESSAGE_REJECTED_POLICY',
    when: { command: ['DATA'], enhanced: ['5.7.*', '5.6.*'] },
    msg: 'send.policy',
    source: 'RFC 3463 X.7.x / X.6.x answered after DATA',
    generic: true,
    examples: [{ step: 'send', command: 'DATA', responseCode: 550, enhancedCode: '5.7.1', text: 'Message rejected as spam by Content Filtering.' }],
  },
  // ---- not logged in at all (the client never sent AUTH)
  {
    id: 'auth.required',
    category: 'MISSING_CREDENTIALS',
    when: { replyClass: [5], text: AUTH_REQUIRED },
    msg: 'auth.required',
    source:
      'RFC 4954 section 6 (530 5.7.0 Authentication required); Postfix reject_sender_login_mismatch for an ' +
      'unauthenticated client: "553 5.7.1 <x>: Sender address rejected: not logged in"; Gmail 530-5.5.1 ' +
      'WantAuthError; Microsoft 530 5.7.57; .NET SmtpException "The server response was: 5.7.57 ... Client was not ' +
      'authenticated to send anonymous mail"',
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 530, text: 'Authentication required' },
      { step: 'send', command: 'MAIL FROM', responseCode: 503, text: 'Error: authentication required' },
      // Postfix submission (smtpd_client_restrictions = permit_sasl_authenticated, reject) to a client that did not log in
      { step: 'send', command: 'RCPT TO', responseCode: 554, enhancedCode: '5.7.1', text: '<unknown[203.0.113.9]>: Client host rejected: Access denied' },
      { enhancedCode: '5.7.57', text: 'Client was not authenticated to send anonymous mail during MAIL FROM' },
      { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.5.1', text: 'Authentication Required. Learn more at\nhttps://support.google.com/mail/?p=WantAuthError - gsmtp' },
      { step: 'send', command: 'RCPT TO', responseCode: 553, enhancedCode: '5.7.1', text: '<app@example.com>: Sender address rejected: not logged in' },
    ],
  },
  {
    id: 'starttls.required-text',
    category: 'STARTTLS_REQUIRED',
    when: { text: /must issue a STARTTLS|STARTTLS (?:is )?required|send STARTTLS first|TLS (?:is )?required|encryption required|requires? (?:an )?encrypted/i },
    msg: 'starttls.required',
    source: 'RFC 3207 section 4, as quoted by clients without the reply code',
    examples: [{ text: 'Must issue a STARTTLS command first' }],
  },
  // ---- envelope and message
  {
    id: 'send.sender-rejected',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { command: ['MAIL FROM'], replyClass: [5] },
    msg: 'send.sender',
    source: 'RFC 5321 section 4.2.3; Postfix reject_sender_login_mismatch (553 5.7.1)',
    generic: true,
    examples: [{ step: 'send', command: 'MAIL FROM', responseCode: 550, text: 'Access denied' }],
  },
  {
    id: 'send.recipient-unknown',
    category: 'RECIPIENT_REJECTED',
    when: { command: ['RCPT TO'], replyClass: [5] },
    msg: 'send.recipient',
    source: 'RFC 3463 X.1.1 (bad destination mailbox address)',
    generic: true,
    examples: [{ step: 'send', command: 'RCPT TO', responseCode: 550, text: '<nobody@example.com>: Recipient address rejected: User unknown in local recipient table' }],
  },
  {
    id: 'send.size',
    category: 'SIZE_LIMIT',
    when: { enhanced: ['5.3.4', '5.2.3', '4.3.4'] },
    msg: 'send.size',
    source: 'RFC 3463 X.3.4 / X.2.3; RFC 1870 (SIZE)',
    examples: [{ step: 'send', command: 'DATA', responseCode: 552, enhancedCode: '5.3.4', text: 'Message size exceeds fixed limit' }],
  },
  {
    id: 'send.size-552',
    category: 'SIZE_LIMIT',
    when: { responseCode: [552], text: /size|too (big|large)|exceed/i },
    msg: 'send.size',
    source: 'RFC 5321 (552 exceeded storage allocation); RFC 1870',
    examples: [{ step: 'send', command: 'DATA', responseCode: 552, text: 'Message size exceeds maximum permitted' }],
  },
  {
    id: 'send.policy',
    category: 'MESSAGE_REJECTED_POLICY',
    when: { command: ['DATA'], replyClass: [5] },
    msg: 'send.policy',
    source: 'RFC 3463 X.7.x (security or policy status)',
    generic: true,
    examples: [{ step: 'send', command: 'DATA', responseCode: 554, text: 'Transaction failed' }],
  },
  {
    id: 'limits.5.4.5',
    category: 'RATE_LIMITED',
    when: { enhanced: ['5.4.5'] },
    msg: 'limits.rate',
    source: 'Gmail sending limits (https://support.google.com/a/answer/166852)',
    examples: [
      { step: 'send', responseCode: 550, enhancedCode: '5.4.5', text: 'Daily sending quota exceeded' },
      { step: 'send', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.4.5', text: 'Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 - gsmtp' },
    ],
  },
  {
    id: 'server.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { replyClass: [4] },
    msg: 'server.temporary',
    source: RFC5321,
    generic: true,
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 451, enhancedCode: '4.3.0', text: 'Temporary lookup failure' },
      { step: 'send', command: 'RCPT TO', responseCode: 421, enhancedCode: '4.4.2', text: 'mx.example.com Error: timeout exceeded' },
    ],
  },
];
