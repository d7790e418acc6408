/** Catalog part: what RFC 5321 says a basic reply code means (rfc.reply.<code>). Korean twin in ../ko/rfc-replies.ts. */
export const enRfcReplies = {

  // ---- reply codes alone (RFC 5321, RFC 4954, RFC 7504)
  'rfc.reply.500.cause':
    'The server answered 500 (command not recognised, or too long); the code alone does not say which command: ' +
    '"{reply}".',
  'rfc.reply.500.fix':
    'See the refused command with `smtp-doctor check --transcript`; a proxy or antivirus, or plain text sent to a ' +
    'TLS port, can garble commands.',
  'rfc.reply.501.cause': 'The server answered 501 (syntax error in parameters); the code alone does not say which one: "{reply}".',
  'rfc.reply.501.fix':
    'Check the addresses (--from, --to) and the EHLO name (--helo) for bad syntax; --transcript shows the refused ' +
    'line.',
  'rfc.reply.502.cause': 'The server answered 502 (command not implemented): "{reply}".',
  'rfc.reply.502.fix':
    'The server lacks that command: for AUTH use the submission port (587 or 465); for STARTTLS try --security tls ' +
    'on 465.',
  'rfc.reply.503.cause': 'The server answered 503 (bad sequence of commands): "{reply}".',
  'rfc.reply.503.fix':
    'Usually AUTH before EHLO or STARTTLS, MAIL before logging in, or DATA without an accepted recipient; ' +
    '--transcript shows the order.',
  'rfc.reply.504.cause': 'The server answered 504 (command parameter not implemented): "{reply}".',
  'rfc.reply.504.fix':
    'Often an AUTH mechanism the server lacks: pick one it lists (--auth-method; nodemailer authMethod; Spring ' +
    'mail.smtp.auth.mechanisms).',
  'rfc.reply.521.cause': 'The server answered 521: this host does not accept mail (RFC 7504): "{reply}".',
  'rfc.reply.521.fix': 'Check --host and --port: this host takes no mail. Use your provider\'s submission server.',
  'rfc.reply.530.cause': 'The server answered 530: it wants you to log in (or encrypt) first (RFC 4954): "{reply}".',
  'rfc.reply.530.fix':
    'Log in: --user with a password source (--password-env ...); if the text mentions STARTTLS, add --security ' +
    'starttls.',
  'rfc.reply.534.cause':
    'The server answered 534: the authentication mechanism is too weak for this account (RFC 4954); providers also ' +
    'use it to ask for an app password or a browser sign-in: "{reply}".',
  'rfc.reply.534.fix':
    'Read the reply text: choose a mechanism the server lists over TLS (--auth-method), or use an app password or ' +
    'OAuth2 as the provider asks.',
  'rfc.reply.550.cause':
    'The server answered 550 (action not taken, mailbox unavailable). The code covers many reasons, from an unknown ' +
    'recipient to a policy block: "{reply}".',
  'rfc.reply.550.fix': 'Go by the server\'s words: check --to first, then whether the reply names a policy or a blocklist.',
  'rfc.reply.551.cause': 'The server answered 551 (user not local; it will not forward): "{reply}".',
  'rfc.reply.551.fix': 'Send to the address the reply suggests (--to), or through your own provider\'s submission server.',
  'rfc.reply.552.cause':
    'The server answered 552 (storage allocation exceeded): the message is too big or a mailbox is out of space: ' +
    '"{reply}".',
  'rfc.reply.552.fix':
    'Send a smaller message (SIZE in the EHLO reply shows the limit, see --transcript); if the text says the ' +
    'mailbox is full, the recipient must free space.',
  'rfc.reply.553.cause':
    'The server answered 553 (mailbox name not allowed); the code does not say whether the sender or a recipient: ' +
    '"{reply}".',
  'rfc.reply.553.fix': 'Check --from first: it must be an address your login (--user: {user}) may send as. Then check --to for syntax.',
  'rfc.reply.554.cause': 'The server answered 554 (transaction failed); the code alone gives no reason: "{reply}".',
  'rfc.reply.554.fix': 'Go by the server\'s words: a spam filter, a blocklist for your IP or content rules are the usual reasons.',
  'rfc.reply.555.cause': 'The server answered 555: a MAIL FROM or RCPT TO parameter is not recognised: "{reply}".',
  'rfc.reply.555.fix':
    'Drop the extra parameter (SIZE, BODY=8BITMIME, SMTPUTF8, DSN options), or use a client that sends only what ' +
    'the EHLO reply lists.',
  'rfc.reply.556.cause': 'The server answered 556: the recipient\'s domain does not accept mail (RFC 7504, null MX): "{reply}".',
  'rfc.reply.556.fix': 'Check the recipient\'s domain (--to: {to}) and use an address at a domain that receives mail.',
} as const;
