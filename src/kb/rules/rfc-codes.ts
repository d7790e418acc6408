import type { CategoryId } from '../../core/types.js';

/**
 * What the standards say the codes mean: every enhanced status code of RFC 3463 and of the
 * IANA "SMTP Enhanced Status Codes" registry (RFC 5248), and the RFC 5321 / 4954 / 7504 reply
 * codes. These two tables are the single source; ./rfc.ts generates the rules from them.
 */

const RFC3463 = 'RFC 3463 section';
const REGISTRY = 'IANA SMTP Enhanced Status Codes registry (https://www.iana.org/assignments/smtp-enhanced-status-codes, RFC 5248)';

/** A real reply seen with this code, and where. */
export interface Seen {
  reply: number;
  text: string;
  url: string;
}

export interface EnhancedCode {
  /** Subject and detail, as the registry writes them after "X.": '1.1', '7.26'. Detail 0 is the subject's own rule. */
  code: string;
  /** The registry's title. */
  title: string;
  /** Where the code is defined. */
  ref: string;
  /** Category of the permanent code (5.<code>). */
  category: CategoryId;
  /** Basic reply code it usually comes with (the registry's or the defining RFC's). */
  reply?: number;
  /** A core rule answers 5.<code> by itself, so no rule is generated. */
  by?: string;
  /** Class 4, when it is not plain SERVER_TEMPORARY_FAILURE through core's server.temporary. */
  transient?: { category: CategoryId; reply: number; by?: string; seen?: Seen[] };
  /** Catalog prefix, when the code shares another one's messages (a registered duplicate). */
  msg?: string;
  seen?: Seen[];
}

const S = (n: number, name: string): string => `${RFC3463} 3.${n} (${name})`;
const ADDR = S(2, 'address status');
const MBOX = S(3, 'mailbox status');
const SYS = S(4, 'mail system status');
const NET = S(5, 'network and routing status');
const PROTO = S(6, 'mail delivery protocol status');
const MEDIA = S(7, 'message content or media status');
const SEC = S(8, 'security or policy status');

export const ENHANCED_CODES: EnhancedCode[] = [
  { code: '0.0', title: 'Other undefined Status', ref: `${RFC3463} 3.1 (other or undefined status)`, category: 'PROTOCOL_ERROR' },

  { code: '1.0', title: 'Other address status', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.1', title: 'Bad destination mailbox address', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550, by: 'send.mailbox-unknown' },
  { code: '1.2', title: 'Bad destination system address', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.3', title: 'Bad destination mailbox address syntax', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 501 },
  { code: '1.4', title: 'Destination mailbox address ambiguous', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.5', title: 'Destination address valid', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.6', title: 'Destination mailbox has moved, No forwarding address', ref: ADDR, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.7', title: "Bad sender's mailbox address syntax", ref: ADDR, category: 'SENDER_NOT_AUTHORIZED', reply: 501 },
  { code: '1.8', title: "Bad sender's system address", ref: ADDR, category: 'SENDER_NOT_AUTHORIZED', reply: 550 },
  { code: '1.9', title: 'Message relayed to non-compliant mailer', ref: 'RFC 3886 section 3.3', category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '1.10', title: 'Recipient address has null MX', ref: 'RFC 7505 section 5', category: 'RECIPIENT_REJECTED', reply: 556 },

  { code: '2.0', title: 'Other or undefined mailbox status', ref: MBOX, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '2.1', title: 'Mailbox disabled, not accepting messages', ref: MBOX, category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '2.2', title: 'Mailbox full', ref: MBOX, category: 'RECIPIENT_REJECTED', reply: 552 },
  { code: '2.3', title: 'Message length exceeds administrative limit', ref: MBOX, category: 'SIZE_LIMIT', reply: 552, by: 'send.size' },
  { code: '2.4', title: 'Mailing list expansion problem', ref: MBOX, category: 'RECIPIENT_REJECTED', reply: 550 },

  { code: '3.0', title: 'Other or undefined mail system status', ref: SYS, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '3.1', title: 'Mail system full', ref: SYS, category: 'SERVER_TEMPORARY_FAILURE', reply: 552 },
  { code: '3.2', title: 'System not accepting network messages', ref: `${SYS}; RFC 7504 section 3 (521 5.3.2)`, category: 'CONNECTION_REFUSED', reply: 521 },
  { code: '3.3', title: 'System not capable of selected features', ref: SYS, category: 'PROTOCOL_ERROR', reply: 554 },
  {
    code: '3.4',
    title: 'Message too big for system',
    ref: SYS,
    category: 'SIZE_LIMIT',
    reply: 552,
    by: 'send.size',
    transient: { category: 'SIZE_LIMIT', reply: 452, by: 'send.size' },
  },
  { code: '3.5', title: 'System incorrectly configured', ref: SYS, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '3.6', title: 'Requested priority was changed', ref: 'RFC 6710 section 6', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },

  { code: '4.0', title: 'Other or undefined network or routing status', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '4.1', title: 'No answer from host', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '4.2', title: 'Bad connection', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '4.3', title: 'Directory server failure', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '4.4', title: 'Unable to route', ref: NET, category: 'RECIPIENT_REJECTED', reply: 550 },
  {
    code: '4.5',
    title: 'Mail system congestion',
    ref: NET,
    category: 'RATE_LIMITED',
    reply: 550,
    by: 'limits.5.4.5',
    // 4.4.5 is congestion ("421 4.4.5 Server busy, try again later"), not a limit of yours.
    transient: { category: 'SERVER_TEMPORARY_FAILURE', reply: 451, by: 'server.temporary' },
  },
  { code: '4.6', title: 'Routing loop detected', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },
  { code: '4.7', title: 'Delivery time expired', ref: NET, category: 'SERVER_TEMPORARY_FAILURE', reply: 554 },

  { code: '5.0', title: 'Other or undefined protocol status', ref: PROTO, category: 'PROTOCOL_ERROR', reply: 554 },
  { code: '5.1', title: 'Invalid command', ref: PROTO, category: 'PROTOCOL_ERROR', reply: 503 },
  { code: '5.2', title: 'Syntax error', ref: PROTO, category: 'PROTOCOL_ERROR', reply: 500 },
  { code: '5.3', title: 'Too many recipients', ref: PROTO, category: 'RATE_LIMITED', reply: 552 },
  { code: '5.4', title: 'Invalid command arguments', ref: PROTO, category: 'PROTOCOL_ERROR', reply: 501 },
  { code: '5.5', title: 'Wrong protocol version', ref: PROTO, category: 'PROTOCOL_ERROR', reply: 554 },
  { code: '5.6', title: 'Authentication Exchange line is too long', ref: 'RFC 4954 section 4', category: 'PROTOCOL_ERROR', reply: 500 },

  { code: '6.0', title: 'Other or undefined media error', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.1', title: 'Media not supported', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.2', title: 'Conversion required and prohibited', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.3', title: 'Conversion required but not supported', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.4', title: 'Conversion with loss performed', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.5', title: 'Conversion Failed', ref: MEDIA, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.6', title: 'Message content not available', ref: 'RFC 4468 section 6', category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '6.7', title: 'Non-ASCII addresses not permitted for that sender/recipient', ref: 'RFC 6531 section 3.7.4', category: 'MESSAGE_REJECTED_POLICY', reply: 553 },
  { code: '6.8', title: 'UTF-8 string reply is required, but not permitted by the SMTP client', ref: 'RFC 6531 section 3.7.4', category: 'MESSAGE_REJECTED_POLICY', reply: 553 },
  { code: '6.9', title: 'UTF-8 header message cannot be transferred to one or more recipients', ref: 'RFC 6531 section 3.7.4', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  {
    code: '6.10',
    title: 'UTF-8 string reply is required, but not permitted by the SMTP client (duplicate of X.6.8, deprecated)',
    ref: `RFC 6531; ${REGISTRY}`,
    category: 'MESSAGE_REJECTED_POLICY',
    reply: 553,
    msg: 'rfc.x.6.8',
  },

  { code: '7.0', title: 'Other or undefined security status', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.1', title: 'Delivery not authorized, message refused', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.2', title: 'Mailing list expansion prohibited', ref: SEC, category: 'SENDER_NOT_AUTHORIZED', reply: 550 },
  { code: '7.3', title: 'Security conversion required but not possible', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.4', title: 'Security features not supported', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.5', title: 'Cryptographic failure', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.6', title: 'Cryptographic algorithm not supported', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.7', title: 'Message integrity failure', ref: SEC, category: 'MESSAGE_REJECTED_POLICY', reply: 554 },
  { code: '7.8', title: 'Authentication credentials invalid', ref: 'RFC 4954 section 6', category: 'WRONG_CREDENTIALS', reply: 535 },
  { code: '7.9', title: 'Authentication mechanism is too weak', ref: 'RFC 4954 section 6', category: 'AUTH_MECHANISM_UNSUPPORTED', reply: 534 },
  { code: '7.10', title: 'Encryption Needed', ref: 'RFC 5248 section 2.4', category: 'STARTTLS_REQUIRED', reply: 523 },
  { code: '7.11', title: 'Encryption required for requested authentication mechanism', ref: 'RFC 4954 section 6', category: 'STARTTLS_REQUIRED', reply: 538 },
  {
    code: '7.12',
    title: 'A password transition is needed',
    ref: 'RFC 4954 section 6 (432 4.7.12)',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    reply: 534,
    transient: { category: 'AUTH_MECHANISM_UNSUPPORTED', reply: 432 },
  },
  { code: '7.13', title: 'User Account Disabled', ref: 'RFC 5248 section 2.4', category: 'AUTH_DISABLED_BY_PROVIDER', reply: 525 },
  {
    code: '7.14',
    title: 'Trust relationship required',
    ref: 'RFC 5248 section 2.4',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    reply: 534,
    seen: [
      {
        reply: 534,
        text:
          '<https://accounts.google.com/ContinueSignIn?sarp=1&scc=1&plt=AKgnsbs...> Please log in via your web ' +
          'browser and\nthen try again.\nLearn more at\nhttps://support.google.com/mail/answer/78754 ' +
          'o77sm3457946qgd.15 - gsmtp',
        url: 'https://github.com/nodemailer/nodemailer/issues/508',
      },
    ],
  },
  { code: '7.15', title: 'Priority Level is too low', ref: 'RFC 6710 section 6', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.16', title: 'Message is too big for the specified priority', ref: 'RFC 6710 section 6', category: 'SIZE_LIMIT', reply: 552 },
  { code: '7.17', title: 'Mailbox owner has changed', ref: 'RFC 7293 section 6', category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '7.18', title: 'Domain owner has changed', ref: 'RFC 7293 section 6', category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '7.19', title: 'RRVS test cannot be completed', ref: 'RFC 7293 section 6', category: 'RECIPIENT_REJECTED', reply: 550 },
  { code: '7.20', title: 'No passing DKIM signature found', ref: 'RFC 7372 section 3.1', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.21', title: 'No acceptable DKIM signature found', ref: 'RFC 7372 section 3.1', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.22', title: 'No valid author-matched DKIM signature found', ref: 'RFC 7372 section 3.1', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.23', title: 'SPF validation failed', ref: 'RFC 7372 section 3.2', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.24', title: 'SPF validation error', ref: 'RFC 7372 section 3.2', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  {
    code: '7.25',
    title: 'Reverse DNS validation failed',
    ref: 'RFC 7372 section 3.3',
    category: 'CLIENT_IP_BLOCKED',
    reply: 550,
    seen: [
      {
        reply: 550,
        text:
          '[84.46.242.76] The IP address sending this message does not have a\nPTR record setup, or the ' +
          'corresponding forward DNS entry does not\npoint to the sending IP. As a policy, Gmail does not accept ' +
          'messages\nfrom IPs with missing PTR records. Please ' +
          'visit\nhttps://support.google.com/mail/answer/81126#ip-practices for more information. ' +
          'du14-20020a17090772ce00b00780ec98afafsi1640581ejc.113 - gsmtp',
        url: 'https://github.com/mail-in-a-box/mailinabox/issues/2211',
      },
      {
        reply: 550,
        text: 'IP name lookup failed. No valid PTR record found for the given IP address. - ImprovMX v2024.06.06',
        url: 'https://github.com/NixOS/SC-election-2024/issues/61',
      },
    ],
  },
  {
    code: '7.26',
    title: 'Multiple authentication checks failed',
    ref: 'RFC 7372 section 3.4',
    category: 'MESSAGE_REJECTED_POLICY',
    reply: 550,
    seen: [
      {
        reply: 550,
        text:
          "Unauthenticated email from branan.org is not accepted due to domain's DMARC policy. Please contact the " +
          "administrator of branan.org domain if this was a legitimate mail. To learn about the DMARC initiative, " +
          "go to https://support.google.com/mail/?p=DmarcRejection 38308e7fff4ca-389f2f1fdd7sor3282081fa.1 - gsmtp",
        url: 'https://github.com/Purelymail/purelymail-issues/issues/394',
      },
    ],
  },
  { code: '7.27', title: 'Sender address has null MX', ref: 'RFC 7505 section 5', category: 'SENDER_NOT_AUTHORIZED', reply: 550 },
  {
    code: '7.28',
    title: 'Mail flood detected',
    ref: REGISTRY,
    category: 'RATE_LIMITED',
    reply: 550,
    transient: {
      category: 'RATE_LIMITED',
      reply: 421,
      seen: [
        {
          reply: 421,
          text:
            '[xxx.59.88.xxx       4] Our system has detected an unusual rate of\nunsolicited mail originating from ' +
            'your IP address. To protect our\nusers from spam, mail sent from your IP address has been ' +
            'temporarily\nrate limited. Please visit\nhttps://support.google.com/mail/?p=UnsolicitedRateLimitError ' +
            'to\nreview our Bulk Email Senders Guidelines. z1si9679476pln.401 - gsmtp',
          url: 'https://github.com/mail-in-a-box/mailinabox/issues/1771',
        },
      ],
    },
  },
  { code: '7.29', title: 'ARC validation failure', ref: 'RFC 8617 section 7.2.2', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
  { code: '7.30', title: 'REQUIRETLS support required', ref: 'RFC 8689 section 7.3', category: 'MESSAGE_REJECTED_POLICY', reply: 550 },
];

export interface ReplyCode {
  code: number;
  title: string;
  ref: string;
  category: CategoryId;
  /** One meaning only (it outranks an enhanced subject); the broad ones (550-554) do not. */
  precise?: boolean;
  /** A core rule answers this reply code by itself, so no rule is generated. */
  by?: string;
}

const R5321 = 'RFC 5321 section 4.2.2';
const R4954 = 'RFC 4954 section 6';
const R7504 = 'RFC 7504 section 3';

export const REPLY_CODES: ReplyCode[] = [
  { code: 421, title: 'Service not available, closing transmission channel', ref: R5321, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 450, title: 'Requested mail action not taken: mailbox unavailable', ref: R5321, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 451, title: 'Requested action aborted: local error in processing', ref: R5321, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 452, title: 'Requested action not taken: insufficient system storage', ref: R5321, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 454, title: 'Temporary authentication failure', ref: R4954, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 455, title: 'Server unable to accommodate parameters', ref: R5321, category: 'SERVER_TEMPORARY_FAILURE', by: 'server.temporary' },
  { code: 500, title: 'Syntax error, command unrecognized', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 501, title: 'Syntax error in parameters or arguments', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 502, title: 'Command not implemented', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 503, title: 'Bad sequence of commands', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 504, title: 'Command parameter not implemented', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 521, title: 'Host does not accept mail', ref: R7504, category: 'CONNECTION_REFUSED', precise: true },
  { code: 530, title: 'Authentication required', ref: R4954, category: 'RELAY_DENIED', precise: true },
  { code: 534, title: 'Authentication mechanism is too weak', ref: R4954, category: 'AUTH_MECHANISM_UNSUPPORTED', precise: true },
  { code: 535, title: 'Authentication credentials invalid', ref: R4954, category: 'WRONG_CREDENTIALS', by: 'auth.535' },
  { code: 538, title: 'Encryption required for requested authentication mechanism', ref: R4954, category: 'STARTTLS_REQUIRED', by: 'starttls.encryption-required-538' },
  { code: 550, title: 'Requested action not taken: mailbox unavailable', ref: R5321, category: 'RECIPIENT_REJECTED' },
  { code: 551, title: 'User not local; please try <forward-path>', ref: R5321, category: 'RECIPIENT_REJECTED' },
  { code: 552, title: 'Requested mail action aborted: exceeded storage allocation', ref: R5321, category: 'SIZE_LIMIT' },
  { code: 553, title: 'Requested action not taken: mailbox name not allowed', ref: R5321, category: 'SENDER_NOT_AUTHORIZED' },
  { code: 554, title: 'Transaction failed', ref: R5321, category: 'MESSAGE_REJECTED_POLICY' },
  { code: 555, title: 'MAIL FROM/RCPT TO parameters not recognized or not implemented', ref: R5321, category: 'PROTOCOL_ERROR', precise: true },
  { code: 556, title: 'Domain does not accept mail', ref: R7504, category: 'RECIPIENT_REJECTED', precise: true },
];
