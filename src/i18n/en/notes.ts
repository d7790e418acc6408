/**
 * smtp-doctor's own lines in the transcript (`=== ` notes, kinds in NOTE_KINDS) and the words
 * evidence is made of. Parameters are data: addresses, codes, numbers, the server's or a library's words.
 */
export const enNotes = {
  'note.connected': 'connected to {address}:{port}',
  'note.tls-starting': 'starting TLS handshake (implicit TLS)',
  'note.tls-established': 'TLS established: {protocol}, {cipher}',
  'note.certificate': 'certificate: {subject}; issuer {issuer}; valid until {validTo} ({daysLeft} days); {verdict}',
  'note.tls-handshake-failed': 'TLS handshake failed: {error}',
  'note.mode-confirming': 'confirming with a second connection: {mode} to {address}:{port}',
  'note.mode-tls-established': 'TLS established ({protocol})',
  'note.mode-works': 'port {port} works with {mode}',
  'note.mode-other-fails': 'the other mode does not work either ({code})',
  'note.greeting-timeout': 'no greeting within {seconds} s',
  'note.closed-before-greeting': 'the server closed the connection before any greeting',
  'note.no-data-reset': '--no-data: stopped after RCPT TO and reset the transaction; nothing was delivered',
  'note.message-summary': 'message body: {bytes} bytes, Message-ID {messageId} (body not shown)',
  'note.transcript-limit': '(transcript limit reached; further lines dropped)',
  'note-mode.tls': 'implicit TLS',
  'note-mode.plain': 'plain SMTP',
  'note-mode.starttls': 'plain SMTP + STARTTLS',
  'note-mode.none': 'plain SMTP (no STARTTLS offered)',
  'outcome.connected': 'connected',
  'outcome.refused': 'refused',
  'outcome.timeout': 'timed out',
  'outcome.unreachable': 'unreachable',
  'outcome.reset': 'reset',
  'outcome.error': 'error',
  'evidence.unknown': 'no details',
} as const;
