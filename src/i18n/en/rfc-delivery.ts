/** Catalog part: what RFC 3463 says an X.4.x (network), X.5.x (protocol) or X.6.x (content) code means. Korean twin in ../ko/rfc-delivery.ts. */
export const enRfcDelivery = {
  'rfc.x.4.0.cause':
    'The server could not route or pass on the message (X.4.x, network and routing). The code gives no detail: ' +
    '"{reply}".',
  'rfc.x.4.0.fix':
    'This happens beyond the server you talk to: check the recipient\'s domain (--to), retry later, and tell the ' +
    'mail administrator if it persists.',
  'rfc.x.5.0.cause': 'The server objected to the SMTP dialogue itself (X.5.x, protocol). The code gives no detail: "{reply}".',
  'rfc.x.5.0.fix':
    'See the refused command with `smtp-doctor check --transcript`; an old SMTP library or a proxy or antivirus in ' +
    'between is the usual cause.',
  'rfc.x.6.0.cause': 'The server refused the message content or its encoding (X.6.x, media). The code gives no detail: "{reply}".',
  'rfc.x.6.0.fix':
    'Send a plain test message with `smtp-doctor check --from ... --to ...`; if it passes, look at your message\'s ' +
    'attachments, charset and MIME structure.',

  // ---- X.4 network and routing
  'rfc.x.4.1.cause': 'A server further along got no answer from the next host (X.4.1, no answer from host): "{reply}".',
  'rfc.x.4.1.fix':
    'Not your connection: the recipient\'s server is unreachable from theirs. Check the domain in --to and retry ' +
    'later.',
  'rfc.x.4.2.cause': 'A connection further along broke off (X.4.2, bad connection): "{reply}".',
  'rfc.x.4.2.fix': 'Retry later; if it repeats, send the reply to the mail administrator.',
  'rfc.x.4.3.cause': 'A directory server, usually DNS, failed on the server\'s side (X.4.3): "{reply}".',
  'rfc.x.4.3.fix':
    'Check that the domains in --from and --to resolve, then retry; if it persists, tell the server\'s ' +
    'administrator.',
  'rfc.x.4.4.cause': 'The server found no route to the recipient\'s domain (X.4.4, unable to route): "{reply}".',
  'rfc.x.4.4.fix': 'Check the recipient\'s domain (--to: {to}) with `dig MX <domain>`: it may not exist or not receive mail.',
  'rfc.x.4.6.cause': 'The message went round in a loop (X.4.6, routing loop detected): "{reply}".',
  'rfc.x.4.6.fix':
    'Usually forwarding rules or MX records on the recipient\'s side that point at each other; tell the ' +
    'recipient\'s administrator.',
  'rfc.x.4.7.cause': 'The message expired before it could be delivered (X.4.7, delivery time expired): "{reply}".',
  'rfc.x.4.7.fix':
    'Delivery kept failing until it gave up; retry, and if it repeats ask the administrator why delivery to the ' +
    'recipient (--to: {to}) fails.',

  // ---- X.5 protocol
  'rfc.x.5.1.cause': 'The server did not accept that command at this point (X.5.1, invalid command): "{reply}".',
  'rfc.x.5.1.fix':
    'See which command it refused with `smtp-doctor check --transcript`: often AUTH on a port without AUTH, or ' +
    'commands in the wrong order.',
  'rfc.x.5.2.cause': 'The server could not parse a command (X.5.2, syntax error): "{reply}".',
  'rfc.x.5.2.fix':
    'Look at the refused line with --transcript: a malformed address (--from, --to), a bad EHLO name (--helo) or a ' +
    'proxy changing the traffic.',
  'rfc.x.5.3.cause': 'The message has more recipients than the server takes at once (X.5.3, too many recipients): "{reply}".',
  'rfc.x.5.3.fix':
    'Send in smaller batches (fewer --to per message; in nodemailer split the to/cc/bcc lists) and check the ' +
    'provider\'s recipient limit.',
  'rfc.x.5.4.cause': 'A command had an argument the server rejects (X.5.4, invalid command arguments): "{reply}".',
  'rfc.x.5.4.fix':
    'Check the refused line with --transcript: usually an address format, an unsupported MAIL FROM parameter or a ' +
    'bad --helo name.',
  'rfc.x.5.5.cause': 'Client and server disagree on the protocol version (X.5.5, wrong protocol version): "{reply}".',
  'rfc.x.5.5.fix': 'Make sure you speak SMTP to an SMTP port (--port, --security), not LMTP or another service.',
  'rfc.x.5.6.cause': 'An AUTH line was longer than the server accepts (X.5.6, RFC 4954): "{reply}".',
  'rfc.x.5.6.fix':
    'Use a mechanism with short lines (--auth-method PLAIN or LOGIN; nodemailer authMethod), and check the token or ' +
    'password is not oversized.',

  // ---- X.6 content and media
  'rfc.x.6.1.cause': 'The server does not accept this kind of content (X.6.1, media not supported): "{reply}".',
  'rfc.x.6.1.fix':
    'Check the attachments and their MIME types; a plain-text test from smtp-doctor shows whether the content is ' +
    'the problem.',
  'rfc.x.6.2.cause': 'The message needed converting, but conversion was not allowed (X.6.2): "{reply}".',
  'rfc.x.6.2.fix':
    'Send content the server can take as it is: quoted-printable or base64 instead of raw 8-bit (nodemailer ' +
    'textEncoding).',
  'rfc.x.6.3.cause':
    'The message needed a conversion the server cannot make (X.6.3), typically 8-bit data to a server without ' +
    '8BITMIME: "{reply}".',
  'rfc.x.6.3.fix':
    'Encode the body as quoted-printable or base64 (nodemailer textEncoding: "quoted-printable"; Python email ' +
    'policy with cte_type="7bit").',
  'rfc.x.6.4.cause':
    'X.6.4 ("conversion with loss performed") normally reports a lossy but successful conversion; here it came with ' +
    'a failure: "{reply}".',
  'rfc.x.6.4.fix': 'Go by the reply text, and send content that needs no conversion (7-bit safe encodings).',
  'rfc.x.6.5.cause': 'The server tried to convert the message and failed (X.6.5, conversion failed): "{reply}".',
  'rfc.x.6.5.fix': 'Simplify the message: standard MIME structure, quoted-printable or base64, UTF-8 charset.',
  'rfc.x.6.6.cause': 'The message content could not be fetched by reference (X.6.6, RFC 4468 BURL): "{reply}".',
  'rfc.x.6.6.fix': 'Send the message data directly with DATA instead of BURL, or check the IMAP URL the client gave.',
  'rfc.x.6.7.cause': 'An address contains non-ASCII characters the server does not accept (X.6.7, RFC 6531): "{reply}".',
  'rfc.x.6.7.fix': 'Use ASCII addresses (--from, --to), or a server that offers SMTPUTF8 in its EHLO reply.',
  'rfc.x.6.8.cause': 'The server would need to answer in UTF-8, but the client did not ask for SMTPUTF8 (X.6.8, RFC 6531): "{reply}".',
  'rfc.x.6.8.fix': 'Use ASCII addresses, or a client and server that both support SMTPUTF8.',
  'rfc.x.6.9.cause': 'The message has UTF-8 headers that cannot be passed on to a recipient (X.6.9, RFC 6531): "{reply}".',
  'rfc.x.6.9.fix': 'Use ASCII addresses and MIME-encoded (RFC 2047) headers when a recipient\'s server has no SMTPUTF8.',
} as const;
