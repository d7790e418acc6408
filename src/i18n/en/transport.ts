/** Transport-level findings: broken STARTTLS, a web server on the port, oversized or dripping replies, old TLS. */
export const enTransport = {
  'starttls.broken.cause':
    'STARTTLS is broken on the server: it offered STARTTLS and answered 220 to it, but no TLS handshake ' +
    'followed ({code}). Your settings are not the cause.',
  'starttls.broken.fix':
    'Only the server side can fix this (its TLS setup, or a firewall or proxy in front of it that ' +
    'interferes with STARTTLS): report it to the mail administrator with this transcript. Changing the ' +
    'TLS mode in your application will not make STARTTLS on port {port} work. If the provider also offers ' +
    'implicit TLS on port 465, you may try that entry point knowingly: smtp-doctor check --host {host} ' +
    '--port 465.',
  'starttls.broken.fix.explain':
    'Only the server side can fix this (its TLS setup, or a firewall or proxy in front of it that ' +
    'interferes with STARTTLS): report it to the mail administrator with this error. Changing the ' +
    'TLS mode in your application will not make STARTTLS on port {port} work. If the provider also offers ' +
    'implicit TLS on port 465, you may try that entry point knowingly: smtp-doctor check --host {host} ' +
    '--port 465.',
  'port.http.cause': 'A web (HTTP) server answers on {host}:{port}, not a mail server: "{reply}".',
  'port.http.fix':
    'Check --host and --port: this is the address of a website or an HTTP proxy, not of the SMTP service. ' +
    'Use the provider\'s SMTP host name and its submission port (587 or 465); `smtp-doctor probe {host}` ' +
    'shows what each port speaks.',
  'reply.too-large.cause':
    'The server\'s reply to EHLO was too large: {bytes} bytes received without the reply ending (an EHLO ' +
    'reply is normally a few hundred bytes); smtp-doctor stopped reading.',
  'reply.too-large.fix':
    'This port does not behave like a mail server: check --host and --port (another service may listen ' +
    'here), or whether a proxy or load balancer in front of it misbehaves. If it is your server, look at ' +
    'what it sends after EHLO.',
  'run.server-slow.cause':
    'The server answers every command slowly (typically {replyMs} ms per reply), and the whole check ran ' +
    'into its {deadline} s deadline before this step ended: no single wait timed out, the pace did.',
  'run.server-slow.fix':
    'A server that delays every reply on purpose (tarpitting) usually does not want connections from your ' +
    'address: ask the mail administrator. Otherwise the server or the path to it is overloaded; raise ' +
    '--deadline to see the check through, and give your application generous timeouts.',
  'run.deadline.cause':
    'The whole check ran into its {deadline} s deadline (--deadline) while this step was still waiting.',
  'run.deadline.fix':
    'Raise --deadline (and --timeout) to see whether the step completes, and check the network path to ' +
    '{host}:{port}.',
  'greeting.slow.cause':
    'The server sent its greeting extremely slowly: {bytes} bytes in {seconds} s, without completing the ' +
    'first line before the timeout. The connection works, but something is dripping the bytes (a tarpit ' +
    'that delays clients on purpose, an overloaded server, or a middlebox).',
  'greeting.slow.fix':
    'Deliberate tarpitting usually means the server does not want connections from your address: ask the ' +
    'mail administrator. Otherwise raise --timeout to see whether the greeting completes, and check the ' +
    'network path (VPN, proxy, antivirus scanning of SMTP).',
  'greeting.refused.cause':
    'The server refuses to provide SMTP service on {host}:{port}: "{reply}" ({responseCode}) came instead ' +
    'of a 220 greeting. The reply does not name your address, so this is a refusal for every client on ' +
    'this port, not a block of your IP address.',
  'greeting.refused.fix':
    'Check --host and --port: this port may not be the mail service (or not the submission service). Use ' +
    'the provider\'s documented SMTP host and port (587 with STARTTLS or 465 with implicit TLS); ' +
    '`smtp-doctor probe {host}` compares the ports. If it is the right one, the service is switched off ' +
    'there: ask the mail administrator.',
  'greeting.refused.cause.explain':
    'The server refused to provide SMTP service: "{reply}" came instead of a 220 greeting. The reply does ' +
    'not name the client\'s address, so this is a refusal for every client on that port, not a block of an IP ' +
    'address.',
  'greeting.refused.fix.explain':
    'Check the host and port settings: that port may not be the mail service (or not the submission ' +
    'service). Use the provider\'s documented SMTP host and port (587 with STARTTLS or 465 with implicit ' +
    'TLS); `smtp-doctor probe HOST` compares the ports. If it is the right one, the service is switched off ' +
    'there: ask the mail administrator.',
  'tls.old-version.cause':
    'The server on port {port} speaks only {serverProtocol}, an obsolete TLS version that smtp-doctor, ' +
    'like current mail libraries, does not accept (TLS 1.2 or newer); the handshake failed with {code}. A ' +
    'probe handshake that allowed old versions worked with {serverProtocol} ({serverCipher}); it only ' +
    'served to learn this and was closed at once.',
  'tls.old-version.fix':
    'The server must be upgraded: ask the mail administrator to enable TLS 1.2 or 1.3 (RFC 8996 ' +
    'deprecates TLS 1.0 and 1.1). Only as a stopgap, and knowing that it weakens security, some stacks ' +
    'can allow {serverProtocol} (Node minVersion \'TLSv1\'; Java jdk.tls.disabledAlgorithms; OpenSSL ' +
    'CipherString DEFAULT@SECLEVEL=0).',
  'tls.no-shared-cipher.cause':
    'The TLS handshake failed because the client and the server have no cipher in common ({code}). The ' +
    'evidence shows what a probe handshake allowing every cipher could learn.',
  'tls.no-shared-cipher.fix':
    'The server offers only ciphers current clients refuse (or ones this OpenSSL lacks). Ask the mail ' +
    'administrator to enable modern ciphers (ECDHE with AES-GCM or ChaCha20-Poly1305).',
  'warn.weak-cipher':
    'TLS 1.2 with {cipher}: static RSA key exchange (no forward secrecy) and CBC mode. It works, but ask ' +
    'the administrator to prefer ECDHE with AES-GCM or ChaCha20-Poly1305.',
  // Pasted text has no byte counts or learned versions: the same facts, said without them.
  'reply.too-large.cause.explain':
    "The server's reply to EHLO was too large: it did not end after far more than an EHLO reply's usual " +
    'few hundred bytes, and the client stopped reading.',
  'run.server-slow.cause.explain':
    'The server answers every command slowly, and the whole run ran into its deadline before this step ' +
    'ended: no single wait timed out, the pace did.',
  'run.deadline.cause.explain': 'The whole run ran into its deadline while this step was still waiting.',
  'greeting.slow.cause.explain':
    'The server sent its greeting extremely slowly, without completing the first line before the timeout. ' +
    'The connection works, but something is dripping the bytes (a tarpit that delays clients on purpose, ' +
    'an overloaded server, or a middlebox).',
  'tls.old-version.cause.explain':
    'The server speaks only an obsolete TLS version (TLS 1.0 or 1.1) that current mail libraries do not ' +
    'accept (TLS 1.2 or newer).',
  'tls.old-version.fix.explain':
    'The server must be upgraded: ask the mail administrator to enable TLS 1.2 or 1.3 (RFC 8996 deprecates ' +
    'TLS 1.0 and 1.1). Only as a stopgap, and knowing that it weakens security, some stacks can allow the old ' +
    "version (Node minVersion 'TLSv1'; Java jdk.tls.disabledAlgorithms; OpenSSL CipherString DEFAULT@SECLEVEL=0).",
} as const;
