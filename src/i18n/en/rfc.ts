import { enRfcReplies } from './rfc-replies.js';
import { enRfcSecurity } from './rfc-security.js';
import { enRfcDelivery } from './rfc-delivery.js';

/**
 * Catalog part: rfc. What RFC 3463 / RFC 5321 say a code means, for the generated rules in
 * src/kb/rules/rfc.ts (rfc.x.<subject>.<detail> for enhanced codes, rfc.reply.<code> for reply
 * codes). Korean twin in ../ko/rfc.ts.
 */
export const enRfc = {
  // ---- subjects (X.Y.0, and any detail nobody registered)
  'rfc.x.0.0.cause': 'The server gave only the class of the failure (X.0.0, no detail), so the code explains nothing here: "{reply}".',
  'rfc.x.0.0.fix': 'Go by the server\'s own words; `smtp-doctor check --transcript` shows which command it refused.',
  'rfc.x.1.0.cause': 'The server refused an address (X.1.x, addressing). The code does not say which address or why: "{reply}".',
  'rfc.x.1.0.fix':
    'Check the recipient (--to) and sender (--from) for typos and for a domain that exists; the reply text usually ' +
    'names the address it refused.',
  'rfc.x.2.0.cause': 'The recipient\'s mailbox has a problem (X.2.x, mailbox status). The code gives no detail: "{reply}".',
  'rfc.x.2.0.fix': 'The recipient\'s mailbox is the issue, not your settings: check the address (--to: {to}) or ask the recipient.',
  'rfc.x.3.0.cause':
    'The receiving mail system has a problem of its own (X.3.x, mail system status). The code gives no detail: ' +
    '"{reply}".',
  'rfc.x.3.0.fix': 'Nothing to change in your client: retry later, and if it persists send the reply to the mail administrator.',

  // ---- X.1 addressing
  'rfc.x.1.2.cause': 'The recipient\'s domain does not exist or takes no mail (X.1.2, bad destination system address): "{reply}".',
  'rfc.x.1.2.fix':
    'Check the domain after @ in the recipient address (--to: {to}); `dig MX <domain>` shows whether it receives ' +
    'mail.',
  'rfc.x.1.3.cause': 'The recipient address is not valid syntax (X.1.3): "{reply}".',
  'rfc.x.1.3.fix':
    'Fix the recipient address (--to: {to}): one plain address per --to, without spaces or a display name in the ' +
    'envelope (nodemailer envelope.to; Spring setTo).',
  'rfc.x.1.4.cause': 'The recipient address is ambiguous on that server: it matches more than one mailbox (X.1.4): "{reply}".',
  'rfc.x.1.4.fix': 'Use the recipient\'s full, exact address in --to, not a short name or an alias.',
  'rfc.x.1.5.cause': 'The server sent X.1.5 ("destination address valid"), which normally reports success, with a failure: "{reply}".',
  'rfc.x.1.5.fix': 'Go by the reply code and text; `smtp-doctor check --transcript` shows which command it answered.',
  'rfc.x.1.6.cause': 'The recipient mailbox has moved and left no forwarding address (X.1.6): "{reply}".',
  'rfc.x.1.6.fix': 'Ask the recipient for the new address and change --to (and your address book or database).',
  'rfc.x.1.7.cause': 'The sender address is not valid syntax (X.1.7, bad sender mailbox address syntax): "{reply}".',
  'rfc.x.1.7.fix':
    'Fix the sender address (--from: {from}): a plain address only (nodemailer from or envelope.from; Spring ' +
    'mail.smtp.from; Django DEFAULT_FROM_EMAIL).',
  'rfc.x.1.8.cause': 'The sender\'s domain does not exist or cannot receive replies (X.1.8, bad sender system address): "{reply}".',
  'rfc.x.1.8.fix': 'Send from a domain that resolves and has MX records: change --from ({from}), or add DNS records for its domain.',
  'rfc.x.1.9.cause':
    'X.1.9 says the message went on to a system that reports no further status (RFC 3886); with a failure, the ' +
    'reply text is all there is: "{reply}".',
  'rfc.x.1.9.fix': 'Go by the reply text, and ask the recipient\'s administrator if the message did not arrive.',
  'rfc.x.1.10.cause':
    'The recipient\'s domain publishes a "null MX": it declares that it never accepts mail (X.1.10, RFC 7505): ' +
    '"{reply}".',
  'rfc.x.1.10.fix':
    'Mail to that domain cannot work: check the recipient\'s domain for a typo (--to: {to}) and use an address that ' +
    'receives mail.',

  // ---- X.2 mailbox
  'rfc.x.2.1.cause': 'The recipient mailbox exists but is disabled and takes no mail (X.2.1): "{reply}".',
  'rfc.x.2.1.fix': 'Nothing to change in your settings; reach the recipient another way or use another address (--to).',
  'rfc.x.2.2.cause': 'The recipient mailbox is full (X.2.2): "{reply}".',
  'rfc.x.2.2.fix': 'The recipient must free space; retry later or tell them another way. Nothing in your client causes this.',
  'rfc.x.2.4.cause': 'The server could not expand the mailing list you wrote to (X.2.4): "{reply}".',
  'rfc.x.2.4.fix': 'Check the list address in --to and tell the list owner.',

  // ---- X.3 mail system
  'rfc.x.3.1.cause': 'The receiving mail system is out of storage (X.3.1, mail system full): "{reply}".',
  'rfc.x.3.1.fix': 'A server-side problem: retry later and tell the mail administrator.',
  'rfc.x.3.2.cause': 'That host does not accept mail, at all or for now (X.3.2, system not accepting network messages): "{reply}".',
  'rfc.x.3.2.fix':
    'Check --host and --port: it may not be a mail server you can use. If it is the right one, it is shut down or ' +
    'in maintenance; retry later.',
  'rfc.x.3.3.cause':
    'The server cannot do something the message or the client asked for (X.3.3, system not capable of selected ' +
    'features): "{reply}".',
  'rfc.x.3.3.fix':
    'Drop the extra feature (DSN options, BODY=8BITMIME or BINARYMIME, SMTPUTF8) or send a plain test with ' +
    'smtp-doctor first.',
  'rfc.x.3.5.cause': 'The receiving system is misconfigured (X.3.5, system incorrectly configured): "{reply}".',
  'rfc.x.3.5.fix': 'Nothing to change on your side; send the reply to the mail administrator.',
  'rfc.x.3.6.cause':
    'X.3.6 ("requested priority was changed", RFC 6710) normally comes with success; here it came with a failure: ' +
    '"{reply}".',
  'rfc.x.3.6.fix': 'Go by the reply text, and drop the MT-PRIORITY parameter if your client sets one.',
  ...enRfcReplies,
  ...enRfcSecurity,
  ...enRfcDelivery,
} as const;
