import type { Rule } from '../../rule-types.js';
import { RELAY, SENDER_WORDING, RATE, BLOCKLIST, acronyms } from './shared.js';

/**
 * Core rules, part of CORE_RULES (../core.ts, which keeps their order): Relay and not-logged-in
 * wordings, then wordings that name the failure on their own (pasted errors).
 */
export const WORDINGS_RULES: Rule[] = [
  // ---- relay wording beats login-required wording ("relay access denied - please authenticate")
  {
    id: 'send.relay-denied',
    category: 'RELAY_DENIED',
    when: { replyClass: [5, 4], text: RELAY },
    msg: 'send.relay',
    source: 'Postfix "Relay access denied" (554 5.7.1); Exchange "550 5.7.54 Unable to relay"',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 554, enhancedCode: '5.7.1', text: '<someone@example.org>: Relay access denied' },
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.54', text: 'SMTP; Unable to relay recipient in non-accepted domain' },
    ],
  },
  {
    // The same refusal logged with no reply of its own
    id: 'text.relay-denied-log',
    category: 'RELAY_DENIED',
    when: { text: /rejected RCPT <[^>\s]{0,300}>: relay not permitted/ },
    msg: 'send.relay',
    source:
      'Exim smtp_in.c rejectlog "rejected RCPT <%s>: relay not permitted" ' +
      '(https://github.com/Exim/exim/blob/master/src/src/smtp_in.c)',
    examples: [{ text: 'H=(client.example.com) [203.0.113.5] F=<app@example.com> rejected RCPT <user@example.org>: relay not permitted' }],
  },
  {
    id: 'text.missing-password',
    category: 'MISSING_CREDENTIALS',
    when: { text: /missing (?:password|credentials)|no password (?:specified|given|set|provided)|password (?:is )?(?:empty|missing|not set)|empty password/i },
    msg: 'auth.missing',
    source:
      'Go net/smtp and Alertmanager "missing password for PLAIN auth mechanism"; nodemailer "Missing credentials ' +
      'for PLAIN"; JavaMail "no password specified?"',
    examples: [{ text: 'missing password for PLAIN auth mechanism' }],
  },
  // ---- wordings that name the failure on their own, with or without a reply code (pasted errors)
  {
    id: 'limits.rate',
    category: 'RATE_LIMITED',
    when: { text: RATE },
    msg: 'limits.rate',
    source:
      'Rate-limit replies at any step: Gmail "454 4.7.0 Too many login attempts" and 4.7.0/5.4.5 sending limits, ' +
      'Postfix anvil "450 4.7.1 too many recipients" and smtpd_client_connection_count_limit "421 too many ' +
      'connections", Microsoft 4.5.127 / 5.2.2, policy daemons ("5.7.1 <DATA>: Data command rejected: only N ' +
      'messages per day", "421 4.3.2 too many connections")',
    examples: [
      { responseCode: 432, enhancedCode: '4.3.2', text: 'STOREDRV.ClientSubmit; sender thread limit exceeded' },
      { command: 'DATA', responseCode: 550, enhancedCode: '5.7.1', text: '<DATA>: Data command rejected: only 100 messages per day allowed' },
      { step: 'auth', command: 'AUTH PLAIN', responseCode: 454, enhancedCode: '4.7.0', text: 'Too many login attempts, please try again later. - gsmtp' },
      { step: 'greeting', responseCode: 421, enhancedCode: '4.7.0', text: 'mx.example.com Error: too many connections from 198.51.100.7' },
      { step: 'send', command: 'RCPT TO', responseCode: 452, enhancedCode: '4.5.3', text: 'Too many recipients' },
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.1', text: 'Error: too many recipients from 198.51.100.7' },
    ],
  },
  {
    id: 'ip.blocklisted',
    category: 'CLIENT_IP_BLOCKED',
    when: { text: BLOCKLIST },
    msg: 'ip.blocked',
    source:
      'Spamhaus / Barracuda / SpamCop rejection texts, as relayed by Postfix, Exim and Exchange or quoted without ' +
      'the reply code, whatever command the server chose to answer',
    examples: [
      { responseCode: 550, enhancedCode: '5.7.501', text: 'Service unavailable. Spam abuse detected from IP range.' },
      { text: 'Client host [198.51.100.23] blocked using zen.spamhaus.org' },
      { step: 'send', command: 'RCPT TO', responseCode: 554, text: 'Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7' },
      { step: 'send', command: 'DATA', responseCode: 550, enhancedCode: '5.7.1', text: 'JunkMail rejected - [203.0.113.5] is in an RBL, see https://www.spamhaus.org/query/ip/203.0.113.5' },
    ],
  },
  {
    id: 'text.mechanism',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { text: /no form of authori[sz]ation supported|no (?:supported |suitable )?authentication (?:method|type)|AUTH not supported|does not support (?:SMTP )?AUTH|does not support authentication|(?:not|doesn'?t) advertise AUTH|AUTH (?:command )?not (?:supported|available|enabled)|authentication not (?:enabled|supported|available)|invalid authentication mechanism|unrecognized authentication (?:type|mechanism)|authentication mechanism (?:is )?(?:not supported|unavailable|not available)|no (?:compatible|suitable|supported) authentication mechanism|mechanism (?:is )?too weak|unsupported authentication mechanism|AUTH mechanism .{0,20}not (?:supported|available)/i },
    // Its words name the failure more precisely than the reply code (535) it comes with.
    tier: 'failure',
    msg: 'auth.mechanism',
    source:
      'RFC 4954 504 "Unrecognized authentication type"; Dovecot "Invalid authentication mechanism"; MailKit "No ' +
      'compatible authentication mechanisms found"',
    examples: [
      { responseCode: 535, enhancedCode: '5.7.8', text: 'Error: authentication failed: Invalid authentication mechanism' },
      { text: 'No compatible authentication mechanisms found' },
    ],
  },
  {
    id: 'microsoft.5.7.139',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { enhanced: ['5.7.139'] },
    msg: 'auth.disabled-139',
    source:
      'Microsoft 365 "535 5.7.139 Authentication unsuccessful ..." (SMTP AUTH disabled, security defaults, ' +
      'MFA/conditional access); learn.microsoft.com smtp-auth troubleshooting (checked 2026-11)',
    examples: [{ responseCode: 535, enhancedCode: '5.7.139', text: 'Autenticação malsucedida, a solicitação não atendeu aos critérios para ser autenticada com sucesso.' }],
  },
  {
    id: 'microsoft.5.7.139-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { enhanced: ['5.7.139'], text: /credentials were incorrect/i },
    msg: 'auth.wrong',
    source:
      'Microsoft 365 "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect" (checked ' +
      '2026-11)',
    examples: [{ responseCode: 535, enhancedCode: '5.7.139', text: 'Authentication unsuccessful, the user credentials were incorrect. [DB8PR04CA0001.eurprd04.prod.outlook.com]' }],
  },
  {
    id: 'text.app-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { text: /enter your authori[sz]ation|#AUTH005|application-specific password|app(?:lication)? password required|InvalidSecondFactor|not allowed with 2FA|authorization code|授权码/i },
    // Its words name the failure more precisely than the reply code (535, 534) it comes with.
    tier: 'failure',
    msg: 'gmail.app-password',
    source:
      'Gmail 534 5.7.9 "Application-specific password required" ' +
      '(https://support.google.com/mail/?p=InvalidSecondFactor; https://support.google.com/accounts/answer/185833); ' +
      'Yahoo "(#AUTH005) Too many bad auth attempts" (Yahoo requires an app password for SMTP, help.yahoo.com, ' +
      'checked 2026-11); SendGrid "Basic authentication is not allowed with 2FA enabled"; QQ / 163 authorization ' +
      'codes (授权码)',
    examples: [
      { enhancedCode: '5.7.0', text: '(#AUTH005) Too many bad auth attempts.' },
      { text: 'Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor' },
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        responseCode: 534,
        enhancedCode: '5.7.9',
        text:
          'Application-specific password required. For more information, go ' +
          'to\nhttps://support.google.com/mail/?p=InvalidSecondFactor - gsmtp',
      },
    ],
  },
  {
    id: 'text.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { text: /(?:connection|connect|connecting)\b.{0,40}tim(?:ed ?)?out|timed out.{0,40}connect|ETIMEDOUT|connection timeout/i },
    msg: 'tcp.timeout',
    generic: true,
    source: 'Connect timeouts as worded by Node, Java, Go and mail libraries',
    examples: [{ text: 'The connection to the mail server has timed out : Timeout connecting to mail-exchanger' }],
  },
  {
    id: 'text.sender',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { text: SENDER_WORDING },
    msg: 'send.sender',
    source:
      'Postfix "Sender address rejected: not owned by user" (also when delayed to RCPT), Microsoft SendAsDenied, ' +
      'sender/login mismatch wordings quoted without a reply code (e.g. "Mail from must equal authorized user")',
    examples: [
      { text: 'Mail from must equal authorized user' },
      { step: 'send', command: 'RCPT TO', responseCode: 553, enhancedCode: '5.7.1', text: '<ceo@example.com>: Sender address rejected: not owned by user app@example.com' },
    ],
  },
  {
    id: 'text.size',
    category: 'SIZE_LIMIT',
    when: { text: /exceeds the (?:global )?size limit|message size exceeds|size exceeds|exceeds (?:the )?(?:fixed |maximum )?(?:message )?size|max(?:imum)? message size|message (?:is )?too (?:big|large)|too large|MaxSubmissionExceeded|more than \d+ bytes|exceeded storage allocation|message length exceeds|message size larger than allowed/i },
    msg: 'send.size',
    source:
      'Postfix "Message size exceeds fixed limit"; Exchange "MapiExceptionMaxSubmissionExceeded"; Haraka "Message ' +
      'too big!"; ' +
      'nodemailer lib/smtp-connection "Message size larger than allowed " + maxAllowedSize (its own check against ' +
      'SIZE)',
    examples: [
      { text: 'Message size exceeds fixed limit' },
      { command: 'DATA', responseCode: 550, text: 'Message too big!' },
      { command: 'MAIL FROM', text: 'Error: Message size larger than allowed 10485760' },
    ],
  },
  {
    id: 'text.web-login',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { text: /log in (?:via|with) your web browser|WebLoginRequired|answer\/78754|sign-in attempt was blocked/i },
    msg: 'auth.web-login',
    source:
      'Gmail 534 5.7.14 / 5.7.9 "Please log in via your web browser and then try again" ' +
      '(support.google.com/mail/answer/78754)',
    examples: [{ responseCode: 534, enhancedCode: '5.7.9', text: 'Please log in with your web browser and then try again. Learn more at' }],
  },
  {
    id: 'text.wrong-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { text: /authentication unsuccessful|(?<!SASL \w+ )authentication failed|username and password not accepted|invalid login|incorrect authentication data|bad username|invalid (?:user ?name|credentials|password)|(?:user ?name|password) (?:is )?incorrect|login (?:failed|incorrect)|credentials? (?:are |were )?(?:invalid|rejected)|authentication credentials invalid|could not authenticate/i },
    msg: 'auth.wrong',
    source:
      'Gmail "Username and Password not accepted", Microsoft "5.7.3 Authentication unsuccessful", Exim "Incorrect ' +
      'authentication data", SendGrid "Bad username / password"',
    examples: [
      { text: 'Username and Password not accepted. Learn more at http://support.google.com/mail/bin/answer.py?answer=14257' },
      { enhancedCode: '5.7.3', text: 'Authentication unsuccessful [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]' },
      { text: 'Authentication failed: Bad username / password' },
    ],
  },
  {
    id: 'text.dns',
    category: 'DNS_FAILURE',
    when: { text: /getaddrinfo fail|\[Errno -?\d+\] getaddrinfo|Error 11001|failed to lookup address information|lookup \S+ on \S+: no such host|host lookup did not complete|name or service not known|nodename nor servname|temporary failure in name resolution|no such host|unknown ?host|could not resolve|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|NXDOMAIN|Name does not resolve/i },
    msg: 'dns.no-such-host',
    source: 'getaddrinfo/resolver wordings (glibc, musl, Go, Java UnknownHostException, Exim)',
    examples: [{ text: 'R=dnslookup defer (-1): host lookup did not complete' }],
  },
  {
    id: 'text.bare-lf',
    category: 'PROTOCOL_ERROR',
    when: { text: /bare <?(?:LF|CR)>?|bare (?:line ?feed|carriage return)|smtplf|822\.bis|invalid line ending/i },
    msg: 'protocol.bare-lf',
    source:
      'qmail "smtplf" (cr.yp.to/docs/smtplf.html), Exchange Online 5.6.11 bare line feeds, Postfix ' +
      'smtpd_forbid_bare_newline (SMTP smuggling hardening)',
    examples: [{ responseCode: 554, text: 'Rejected - Message containing bare LF\'s.' }],
  },
  {
    id: 'text.command-sequence',
    category: 'PROTOCOL_ERROR',
    when: { responseCode: [503], text: /bad sequence|wrong state|out of sequence|must precede|send (?:HELO|EHLO) first/i },
    msg: 'protocol.sequence',
    source: 'RFC 5321 503 "Bad sequence of commands"',
    examples: [{ responseCode: 503, text: 'bad sequence of commands' }],
  },
  {
    id: 'text.pipelining',
    category: 'PROTOCOL_ERROR',
    when: { text: /Improper use of SMTP command pipelining|SMTP protocol synchronization|improper command pipelining/i },
    msg: 'protocol.pipelining',
    source:
      'Postfix smtpd "554 5.5.0 Error: SMTP protocol synchronization" and reject_unauth_pipelining "Improper use of ' +
      'SMTP command pipelining" (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c)',
    examples: [
      { responseCode: 554, enhancedCode: '5.5.0', text: 'Error: SMTP protocol synchronization' },
      { command: 'DATA', responseCode: 554, enhancedCode: '5.5.0', text: '<DATA>: Data command rejected: Improper use of SMTP command pipelining' },
    ],
  },
  {
    id: 'text.policy',
    category: 'MESSAGE_REJECTED_POLICY',
    when: {
      text: new RegExp(
        `${acronyms('DMARC', 'SPF', 'DKIM', 'spam')}|virus|malware|phish|content filter|message content rejected|unsolicited|SpamAssassin|mail content denied|not accepted for policy reasons`,
        'i',
      ),
    },
    msg: 'send.policy',
    source:
      'Gmail 5.7.26 DMARC, Microsoft 5.7.509/5.7.23 SPF, SpamAssassin and content-filter rejections; ' +
      'Exim rejectlog "rejected after DATA: Your message scored N SpamAssassin point"',
    examples: [
      { text: 'Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy.' },
      { responseCode: 554, enhancedCode: '5.7.9', text: 'Message not accepted for policy reasons.' },
    ],
  },
  {
    id: 'text.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { text: /temporary local problem|temporar(?:y|ily) (?:failure|unavailable|rejected|deferred)|try again later|service (?:temporarily )?unavailable|local error in processing/i },
    msg: 'server.temporary',
    source: 'Exim "Temporary local problem - please try later", RFC 5321 451/421 wordings',
    generic: true,
    examples: [{ text: 'Temporary local problem - please try later' }],
  },
];
