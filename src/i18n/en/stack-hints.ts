/** Catalog part: where each setting lives in each stack (stack.<stack>.<topic>, src/explain/stack-hints.ts). Korean twin in ../ko/stack-hints.ts. */
export const enStackHints = {
  'stack.nodemailer.tls-mode':
    'In nodemailer: port 465 needs secure: true; port 587 (or 25) needs secure: false, with requireTLS: true to ' +
    'insist on STARTTLS.',
  'stack.nodemailer.starttls':
    'In nodemailer: keep secure: false on port 587 and set requireTLS: true, so STARTTLS runs before AUTH; do not ' +
    'set ignoreTLS: true.',
  'stack.nodemailer.ca':
    'In nodemailer: trust a private CA with tls: { ca: [fs.readFileSync(\'ca.pem\')] } (or NODE_EXTRA_CA_CERTS); ' +
    'when connecting by IP or alias, set tls: { servername: \'<name on the certificate>\' }.',
  'stack.nodemailer.credentials':
    'In nodemailer: credentials go in auth: { user, pass } (the key is pass, not password); check that the ' +
    'environment variables behind them are set.',
  'stack.nodemailer.host-port':
    'In nodemailer: check host and port in createTransport() (service: \'gmail\' sets them for you); ' +
    'connectionTimeout only changes how long it waits.',
  'stack.nodemailer.from': 'In nodemailer: the sender is the message from (or envelope.from); use the login address or a verified alias.',
  'stack.node.tls-mode':
    'In Node.js: port 465 needs tls.connect() from the first byte; port 587 needs net.connect() and a TLS upgrade ' +
    'after STARTTLS.',
  'stack.node.starttls':
    'In Node.js: after EHLO send STARTTLS, then wrap the socket with tls.connect({ socket, servername }) before ' +
    'AUTH.',
  'stack.node.ca':
    'In Node.js: add a private CA with NODE_EXTRA_CA_CERTS=/path/ca.pem or the ca option of tls.connect(); set ' +
    'servername when connecting by IP.',
  'stack.node.credentials':
    'In Node.js: check that the user and password your code sends (process.env...) are set and not empty in the ' +
    'process that sends.',
  'stack.node.host-port':
    'In Node.js: check the host and port given to net.connect()/tls.connect(); ECONNREFUSED, ETIMEDOUT and ' +
    'ENOTFOUND name the address that failed.',
  'stack.node.from': 'In Node.js: the MAIL FROM address your code sends must be the login address or a verified alias.',
  'stack.python.tls-mode':
    'In Python smtplib: port 465 needs smtplib.SMTP_SSL(host, 465); port 587 needs smtplib.SMTP(host, 587) followed ' +
    'by starttls().',
  'stack.python.starttls':
    'In Python smtplib: call server.starttls(context=ssl.create_default_context()) and server.ehlo() before ' +
    'server.login().',
  'stack.python.ca':
    'In Python: pass ssl.create_default_context(cafile=\'ca.pem\') as context= to SMTP_SSL() or starttls(); connect ' +
    'with a host name the certificate covers.',
  'stack.python.credentials':
    'In Python smtplib: check the arguments of server.login(user, password) (usually the full address and an app ' +
    'password).',
  'stack.python.host-port':
    'In Python smtplib: check the host and port given to SMTP()/SMTP_SSL(), and pass timeout= so a blocked port ' +
    'fails fast.',
  'stack.python.from':
    'In Python smtplib: from_addr of sendmail()/send_message() is the envelope sender; use the login address or a ' +
    'verified alias.',
  'stack.django.tls-mode':
    'In Django: port 465 needs EMAIL_USE_SSL = True (EMAIL_USE_TLS = False); port 587 needs EMAIL_USE_TLS = True ' +
    '(EMAIL_USE_SSL = False).',
  'stack.django.starttls': 'In Django: set EMAIL_USE_TLS = True with EMAIL_PORT = 587, so the SMTP backend runs STARTTLS before logging in.',
  'stack.django.ca':
    'In Django: the SMTP backend trusts the system CA store; install the server\'s CA there (or point SSL_CERT_FILE ' +
    'to a bundle with it) and use an EMAIL_HOST the certificate covers.',
  'stack.django.credentials': 'In Django: check EMAIL_HOST_USER and EMAIL_HOST_PASSWORD in the settings the server actually loads.',
  'stack.django.host-port': 'In Django: check EMAIL_HOST and EMAIL_PORT, and set EMAIL_TIMEOUT so a blocked port fails fast.',
  'stack.django.from': 'In Django: DEFAULT_FROM_EMAIL (or from_email) is the sender; use EMAIL_HOST_USER or a verified alias.',
  'stack.java.tls-mode':
    'In JavaMail: port 465 needs mail.smtp.ssl.enable=true; port 587 needs mail.smtp.starttls.enable=true and ' +
    'mail.smtp.starttls.required=true, without ssl.enable.',
  'stack.java.starttls':
    'In JavaMail: set mail.smtp.starttls.enable=true and mail.smtp.starttls.required=true (old JavaMail also needs ' +
    'mail.smtp.ssl.protocols=TLSv1.2).',
  'stack.java.ca':
    'In Java: import the server\'s CA into the truststore (keytool -importcert -cacerts) or point ' +
    '-Djavax.net.ssl.trustStore to one with it; mail.smtp.ssl.trust only skips checks for the hosts it lists.',
  'stack.java.credentials':
    'In JavaMail: set mail.smtp.auth=true and pass user and password to Transport.connect()/Transport.send() or a ' +
    'Session Authenticator.',
  'stack.java.host-port':
    'In JavaMail: check mail.smtp.host and mail.smtp.port, and set mail.smtp.connectiontimeout and ' +
    'mail.smtp.timeout (the default waits forever: "timeout -1").',
  'stack.java.from':
    'In JavaMail: the envelope sender is mail.smtp.from or the message From; use the login address or a verified ' +
    'alias.',
  'stack.spring.tls-mode':
    'In Spring Boot: port 465 needs spring.mail.properties.mail.smtp.ssl.enable=true; port 587 needs ' +
    'spring.mail.properties.mail.smtp.starttls.enable=true and ...starttls.required=true.',
  'stack.spring.starttls':
    'In Spring Boot: set spring.mail.properties.mail.smtp.starttls.enable=true and ' +
    'spring.mail.properties.mail.smtp.starttls.required=true with spring.mail.port=587.',
  'stack.spring.ca':
    'In Spring Boot: import the CA into the JVM truststore (keytool) or set -Djavax.net.ssl.trustStore; ' +
    'spring.mail.properties.mail.smtp.ssl.trust only skips checks for the listed host.',
  'stack.spring.credentials':
    'In Spring Boot: set spring.mail.username and spring.mail.password (check the active profile and environment ' +
    'variables) and spring.mail.properties.mail.smtp.auth=true.',
  'stack.spring.host-port':
    'In Spring Boot: check spring.mail.host and spring.mail.port, and set ' +
    'spring.mail.properties.mail.smtp.connectiontimeout and ...timeout.',
  'stack.spring.from':
    'In Spring Boot: the message\'s setFrom() (or spring.mail.properties.mail.smtp.from) must be the login address ' +
    'or a verified alias.',
  'stack.ruby.tls-mode':
    'In Ruby Net::SMTP: port 465 needs smtp.enable_tls (Net::SMTP.start(..., tls: true)); port 587 needs ' +
    'enable_starttls (starttls: :always).',
  'stack.ruby.starttls': 'In Ruby Net::SMTP: call smtp.enable_starttls (or start with starttls: :always) before start/authenticate.',
  'stack.ruby.ca':
    'In Ruby: give enable_tls/enable_starttls an OpenSSL::SSL::SSLContext with ca_file (net-smtp 0.4+: ca_file:), ' +
    'or set SSL_CERT_FILE; keep VERIFY_PEER.',
  'stack.ruby.credentials':
    'In Ruby Net::SMTP: check the user and secret given to Net::SMTP.start/authenticate, and the auth type (:plain, ' +
    ':login).',
  'stack.ruby.host-port':
    'In Ruby Net::SMTP: check the address and port given to Net::SMTP.new/start; open_timeout and read_timeout set ' +
    'the waits.',
  'stack.ruby.from': 'In Ruby Net::SMTP: from_addr of send_message is the envelope sender; use the login address or a verified alias.',
  'stack.rails.tls-mode':
    'In Rails: port 465 needs smtp_settings tls: true (or ssl: true); port 587 needs enable_starttls_auto: true ' +
    '(Rails 7+: enable_starttls: true) and no tls/ssl.',
  'stack.rails.starttls':
    'In Rails: set enable_starttls_auto: true (enable_starttls: true to require it) with port: 587 in ' +
    'config.action_mailer.smtp_settings.',
  'stack.rails.ca':
    'In Rails: keep openssl_verify_mode: \'peer\' and give the CA with ca_file: in smtp_settings (or ' +
    'SSL_CERT_FILE); connect to a name the certificate covers.',
  'stack.rails.credentials':
    'In Rails: check user_name, password and authentication (:plain, :login) in config.action_mailer.smtp_settings, ' +
    'usually read from credentials or ENV.',
  'stack.rails.host-port':
    'In Rails: check address and port in config.action_mailer.smtp_settings; open_timeout and read_timeout set the ' +
    'waits.',
  'stack.rails.from':
    'In Rails: the default from: in ApplicationMailer (or mail(from: ...)) must be the login address or a verified ' +
    'alias.',
  'stack.php.tls-mode':
    'In PHP: port 465 needs an ssl:// stream from the start; port 587 needs a tcp:// stream upgraded with ' +
    'stream_socket_enable_crypto() after STARTTLS.',
  'stack.php.starttls':
    'In PHP: after EHLO send STARTTLS, then call stream_socket_enable_crypto($fp, true, ' +
    'STREAM_CRYPTO_METHOD_TLS_CLIENT) before AUTH.',
  'stack.php.ca':
    'In PHP: set openssl.cafile in php.ini or the ssl context option cafile; peer_name must match the certificate; ' +
    'do not turn off verify_peer.',
  'stack.php.credentials': 'In PHP: check the user and password your code sends in AUTH, and the config or environment they come from.',
  'stack.php.host-port':
    'In PHP: check host and port in stream_socket_client(); shared hosting often blocks outgoing SMTP, so ask the ' +
    'host which relay to use.',
  'stack.php.from':
    'In PHP: the MAIL FROM your code sends (or sendmail -f for mail()) must be the login address or a verified ' +
    'alias.',
  'stack.phpmailer.tls-mode':
    'In PHPMailer: port 465 needs SMTPSecure = PHPMailer::ENCRYPTION_SMTPS; port 587 needs ' +
    'PHPMailer::ENCRYPTION_STARTTLS.',
  'stack.phpmailer.starttls':
    'In PHPMailer: set SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS with Port = 587 (SMTPAutoTLS upgrades only when ' +
    'the server offers it).',
  'stack.phpmailer.ca':
    'In PHPMailer: set SMTPOptions = [\'ssl\' => [\'cafile\' => \'/path/ca.pem\']] or fix openssl.cafile in ' +
    'php.ini; Host must be a name on the certificate.',
  'stack.phpmailer.credentials':
    'In PHPMailer: set SMTPAuth = true with Username and Password; SMTPDebug = SMTP::DEBUG_SERVER shows the ' +
    'server\'s answer.',
  'stack.phpmailer.host-port':
    'In PHPMailer: check Host and Port; SMTPDebug = SMTP::DEBUG_CONNECTION shows where the connection fails (shared ' +
    'hosts often block outgoing SMTP).',
  'stack.phpmailer.from': 'In PHPMailer: setFrom() (and Sender for the envelope) must be the login address or a verified alias.',
  'stack.symfony.tls-mode':
    'In Symfony Mailer: port 465 uses smtps:// in MAILER_DSN; port 587 uses smtp:// (STARTTLS runs when the server ' +
    'offers it).',
  'stack.symfony.starttls':
    'In Symfony Mailer: use smtp://user:pass@host:587 in MAILER_DSN; add ?require_tls=true (Symfony 7.1+) to refuse ' +
    'a connection without STARTTLS.',
  'stack.symfony.ca':
    'In Symfony Mailer: install the server\'s CA for PHP (openssl.cafile) and put a name the certificate covers in ' +
    'MAILER_DSN; ?verify_peer=0 turns the check off and is for tests only.',
  'stack.symfony.credentials': 'In Symfony Mailer: user and password in MAILER_DSN must be URL-encoded (@ becomes %40).',
  'stack.symfony.host-port': 'In Symfony Mailer: check host and port in MAILER_DSN (smtp://user:pass@host:port).',
  'stack.symfony.from': 'In Symfony Mailer: the From address (or the Envelope sender) must be the login address or a verified alias.',
  'stack.laravel.tls-mode':
    'In Laravel: port 465 needs MAIL_SCHEME=smtps (before Laravel 11: MAIL_ENCRYPTION=ssl); port 587 uses ' +
    'MAIL_SCHEME=smtp (MAIL_ENCRYPTION=tls).',
  'stack.laravel.starttls':
    'In Laravel: use MAIL_PORT=587 with MAIL_SCHEME=smtp (before Laravel 11: MAIL_ENCRYPTION=tls); STARTTLS runs ' +
    'when the server offers it.',
  'stack.laravel.ca':
    'In Laravel: install the server\'s CA for PHP (openssl.cafile) and set MAIL_HOST to a name the certificate ' +
    'covers.',
  'stack.laravel.credentials':
    'In Laravel: check MAIL_USERNAME and MAIL_PASSWORD in .env, then run php artisan config:clear (a cached config ' +
    'keeps old values).',
  'stack.laravel.host-port': 'In Laravel: check MAIL_HOST and MAIL_PORT in .env, then run php artisan config:clear.',
  'stack.laravel.from': 'In Laravel: MAIL_FROM_ADDRESS must be the login address or a verified alias.',
  'stack.dotnet.tls-mode':
    'In .NET: System.Net.Mail.SmtpClient cannot do implicit TLS on 465; use 587 with EnableSsl = true, or MailKit ' +
    'with SecureSocketOptions.SslOnConnect (465) or StartTls (587).',
  'stack.dotnet.starttls':
    'In .NET: set EnableSsl = true with Port = 587 (SmtpClient); in MailKit connect with ' +
    'SecureSocketOptions.StartTls.',
  'stack.dotnet.ca':
    'In .NET: install the CA in the machine\'s trusted root store; a MailKit ServerCertificateValidationCallback ' +
    'should check the certificate, not return true.',
  'stack.dotnet.credentials':
    'In .NET SmtpClient: set UseDefaultCredentials = false before Credentials = new NetworkCredential(user, ' +
    'password); in MailKit call Authenticate(user, password).',
  'stack.dotnet.host-port': 'In .NET: check Host and Port (SmtpClient) or Connect(host, port, options) (MailKit), and the Timeout.',
  'stack.dotnet.from': 'In .NET: MailMessage.From (MimeMessage.From in MailKit) must be the login address or a verified alias.',
  'stack.dotnet.closed':
    'In .NET: System.Net.Mail.SmtpClient has no implicit TLS, so against port 465 the server closes the connection ' +
    '(net_io_connectionclosed); use port 587 with EnableSsl = true, or MailKit with ' +
    'SecureSocketOptions.SslOnConnect for 465.',
  'stack.go.tls-mode':
    'In Go: port 465 needs tls.Dial then smtp.NewClient (gomail: d.SSL = true); port 587 uses smtp.Dial/SendMail, ' +
    'which upgrades with STARTTLS.',
  'stack.go.starttls':
    'In Go: smtp.SendMail runs STARTTLS when offered; with a Client, call c.StartTLS(&tls.Config{ServerName: host}) ' +
    'before c.Auth().',
  'stack.go.ca':
    'In Go: add the CA to tls.Config.RootCAs and set ServerName to a name on the certificate; InsecureSkipVerify is ' +
    'for tests only.',
  'stack.go.credentials': 'In Go: check smtp.PlainAuth("", user, password, host); host must be the server name you dial.',
  'stack.go.host-port':
    'In Go: check the "host:port" given to smtp.Dial/SendMail (gomail: NewDialer(host, port, ...)); dial with a ' +
    'net.Dialer that has a Timeout.',
  'stack.go.from':
    'In Go: the from argument of SendMail (or c.Mail(from)) is the envelope sender; use the login address or a ' +
    'verified alias.',
} as const;
