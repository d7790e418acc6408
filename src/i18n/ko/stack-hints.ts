import type { enStackHints } from '../en/stack-hints.js';

/** 카탈로그 부분: stack-hints (../en/stack-hints.ts의 한국어판). */
export const koStackHints: Record<keyof typeof enStackHints, string> = {
  'stack.nodemailer.tls-mode':
    'nodemailer: 465 포트는 secure: true, 587(또는 25) 포트는 secure: false로 하고 STARTTLS를 ' +
    '강제하려면 requireTLS: true를 더하세요.',
  'stack.nodemailer.starttls':
    'nodemailer: 587 포트에서 secure: false를 유지하고 requireTLS: true를 설정해 AUTH 전에 ' +
    'STARTTLS가 돌게 하세요. ignoreTLS: true는 쓰지 마세요.',
  'stack.nodemailer.ca':
    'nodemailer: 사설 CA는 tls: { ca: [fs.readFileSync(\'ca.pem\')] }(또는 NODE_EXTRA_CA_CERTS)로 ' +
    '신뢰시키고, IP나 별칭으로 접속한다면 tls: { servername: \'<인증서의 이름>\' }을 ' +
    '지정하세요.',
  'stack.nodemailer.credentials':
    'nodemailer: 자격 증명은 auth: { user, pass }에 넣습니다(키 이름은 password가 아니라 pass). ' +
    '그 값을 채우는 환경 변수가 설정돼 있는지 확인하세요.',
  'stack.nodemailer.host-port':
    'nodemailer: createTransport()의 host와 port를 확인하세요(service: \'gmail\'을 쓰면 자동으로 ' +
    '채워집니다). connectionTimeout은 기다리는 시간만 바꿉니다.',
  'stack.nodemailer.from':
    'nodemailer: 보내는 사람은 메시지의 from(또는 envelope.from)입니다. 로그인 주소나 ' +
    '인증된 별칭을 쓰세요.',
  'stack.node.tls-mode':
    'Node.js: 465 포트는 처음부터 tls.connect()로, 587 포트는 net.connect()로 연결한 뒤 STARTTLS ' +
    '다음에 TLS로 올려야 합니다.',
  'stack.node.starttls':
    'Node.js: EHLO 뒤 STARTTLS를 보내고, AUTH 전에 tls.connect({ socket, servername })으로 소켓을 ' +
    '감싸세요.',
  'stack.node.ca':
    'Node.js: 사설 CA는 NODE_EXTRA_CA_CERTS=/path/ca.pem이나 tls.connect()의 ca 옵션으로 추가하고, ' +
    'IP로 접속하면 servername을 지정하세요.',
  'stack.node.credentials':
    'Node.js: 코드가 보내는 사용자 이름과 비밀번호(process.env...)가 메일을 보내는 ' +
    '프로세스에서 비어 있지 않은지 확인하세요.',
  'stack.node.host-port':
    'Node.js: net.connect()/tls.connect()에 넘긴 호스트와 포트를 확인하세요. ECONNREFUSED, ' +
    'ETIMEDOUT, ENOTFOUND 메시지에 실패한 주소가 나옵니다.',
  'stack.node.from': 'Node.js: 코드가 보내는 MAIL FROM 주소는 로그인 주소나 인증된 별칭이어야 합니다.',
  'stack.python.tls-mode':
    'Python smtplib: 465 포트는 smtplib.SMTP_SSL(host, 465), 587 포트는 smtplib.SMTP(host, 587) 뒤 ' +
    'starttls()가 필요합니다.',
  'stack.python.starttls':
    'Python smtplib: server.login() 전에 server.starttls(context=ssl.create_default_context())와 ' +
    'server.ehlo()를 호출하세요.',
  'stack.python.ca':
    'Python: ssl.create_default_context(cafile=\'ca.pem\')을 SMTP_SSL()이나 starttls()의 context=로 넘기고, ' +
    '인증서에 있는 호스트 이름으로 접속하세요.',
  'stack.python.credentials':
    'Python smtplib: server.login(user, password)의 인자를 확인하세요(보통 전체 메일 주소와 앱 ' +
    '비밀번호입니다).',
  'stack.python.host-port':
    'Python smtplib: SMTP()/SMTP_SSL()에 넘긴 호스트와 포트를 확인하고, 막힌 포트에서 빨리 ' +
    '실패하도록 timeout=을 주세요.',
  'stack.python.from':
    'Python smtplib: sendmail()/send_message()의 from_addr가 봉투 발신자입니다. 로그인 주소나 ' +
    '인증된 별칭을 쓰세요.',
  'stack.django.tls-mode':
    'Django: 465 포트는 EMAIL_USE_SSL = True(EMAIL_USE_TLS = False), 587 포트는 EMAIL_USE_TLS = ' +
    'True(EMAIL_USE_SSL = False)입니다.',
  'stack.django.starttls':
    'Django: EMAIL_PORT = 587과 함께 EMAIL_USE_TLS = True로 설정하면 SMTP 백엔드가 로그인 전에 ' +
    'STARTTLS를 실행합니다.',
  'stack.django.ca':
    'Django: SMTP 백엔드는 시스템 CA 저장소를 믿습니다. 서버의 CA를 거기에 ' +
    '설치하거나(또는 SSL_CERT_FILE을 그 CA가 든 번들로 지정) 인증서에 있는 이름을 ' +
    'EMAIL_HOST로 쓰세요.',
  'stack.django.credentials': 'Django: 서버가 실제로 읽는 설정에서 EMAIL_HOST_USER와 EMAIL_HOST_PASSWORD를 확인하세요.',
  'stack.django.host-port':
    'Django: EMAIL_HOST와 EMAIL_PORT를 확인하고, 막힌 포트에서 빨리 실패하도록 EMAIL_TIMEOUT을 ' +
    '설정하세요.',
  'stack.django.from':
    'Django: DEFAULT_FROM_EMAIL(또는 from_email)이 발신자입니다. EMAIL_HOST_USER나 인증된 별칭을 ' +
    '쓰세요.',
  'stack.java.tls-mode':
    'JavaMail: 465 포트는 mail.smtp.ssl.enable=true, 587 포트는 ssl.enable 없이 ' +
    'mail.smtp.starttls.enable=true와 mail.smtp.starttls.required=true가 필요합니다.',
  'stack.java.starttls':
    'JavaMail: mail.smtp.starttls.enable=true와 mail.smtp.starttls.required=true를 설정하세요(오래된 ' +
    'JavaMail은 mail.smtp.ssl.protocols=TLSv1.2도 필요합니다).',
  'stack.java.ca':
    'Java: 서버의 CA를 트러스트스토어에 넣거나(keytool -importcert -cacerts) 그 CA가 든 ' +
    '저장소를 -Djavax.net.ssl.trustStore로 지정하세요. mail.smtp.ssl.trust는 적힌 호스트의 ' +
    '검사를 건너뛸 뿐입니다.',
  'stack.java.credentials':
    'JavaMail: mail.smtp.auth=true로 하고 사용자 이름과 비밀번호를 ' +
    'Transport.connect()/Transport.send()나 Session Authenticator로 넘기세요.',
  'stack.java.host-port':
    'JavaMail: mail.smtp.host와 mail.smtp.port를 확인하고 mail.smtp.connectiontimeout과 mail.smtp.timeout을 ' +
    '설정하세요(기본값은 무한 대기 "timeout -1"입니다).',
  'stack.java.from':
    'JavaMail: 봉투 발신자는 mail.smtp.from이나 메시지의 From입니다. 로그인 주소나 인증된 ' +
    '별칭을 쓰세요.',
  'stack.spring.tls-mode':
    'Spring Boot: 465 포트는 spring.mail.properties.mail.smtp.ssl.enable=true, 587 포트는 ' +
    'spring.mail.properties.mail.smtp.starttls.enable=true와 ...starttls.required=true가 필요합니다.',
  'stack.spring.starttls':
    'Spring Boot: spring.mail.port=587과 함께 spring.mail.properties.mail.smtp.starttls.enable=true, ' +
    'spring.mail.properties.mail.smtp.starttls.required=true를 설정하세요.',
  'stack.spring.ca':
    'Spring Boot: CA를 JVM 트러스트스토어에 넣거나(keytool) -Djavax.net.ssl.trustStore를 ' +
    '지정하세요. spring.mail.properties.mail.smtp.ssl.trust는 적힌 호스트의 검사를 건너뛸 ' +
    '뿐입니다.',
  'stack.spring.credentials':
    'Spring Boot: spring.mail.username과 spring.mail.password(활성 프로필과 환경 변수 확인), ' +
    'spring.mail.properties.mail.smtp.auth=true를 설정하세요.',
  'stack.spring.host-port':
    'Spring Boot: spring.mail.host와 spring.mail.port를 확인하고 ' +
    'spring.mail.properties.mail.smtp.connectiontimeout과 ...timeout을 설정하세요.',
  'stack.spring.from':
    'Spring Boot: 메시지의 setFrom()(또는 spring.mail.properties.mail.smtp.from)은 로그인 주소나 ' +
    '인증된 별칭이어야 합니다.',
  'stack.ruby.tls-mode':
    'Ruby Net::SMTP: 465 포트는 smtp.enable_tls(Net::SMTP.start(..., tls: true)), 587 포트는 ' +
    'enable_starttls(starttls: :always)가 필요합니다.',
  'stack.ruby.starttls':
    'Ruby Net::SMTP: start/authenticate 전에 smtp.enable_starttls를 호출하세요(또는 starttls: :always로 ' +
    '시작).',
  'stack.ruby.ca':
    'Ruby: enable_tls/enable_starttls에 ca_file을 지정한 OpenSSL::SSL::SSLContext를 넘기거나(net-smtp 0.4 ' +
    '이상은 ca_file:) SSL_CERT_FILE을 설정하세요. VERIFY_PEER는 유지하세요.',
  'stack.ruby.credentials':
    'Ruby Net::SMTP: Net::SMTP.start/authenticate에 넘긴 사용자 이름과 secret, 인증 방식(:plain, ' +
    ':login)을 확인하세요.',
  'stack.ruby.host-port':
    'Ruby Net::SMTP: Net::SMTP.new/start에 넘긴 주소와 포트를 확인하세요. 대기 시간은 ' +
    'open_timeout과 read_timeout으로 정합니다.',
  'stack.ruby.from':
    'Ruby Net::SMTP: send_message의 from_addr가 봉투 발신자입니다. 로그인 주소나 인증된 ' +
    '별칭을 쓰세요.',
  'stack.rails.tls-mode':
    'Rails: 465 포트는 smtp_settings에 tls: true(또는 ssl: true), 587 포트는 tls/ssl 없이 ' +
    'enable_starttls_auto: true(Rails 7 이상은 enable_starttls: true)가 필요합니다.',
  'stack.rails.starttls':
    'Rails: config.action_mailer.smtp_settings에 port: 587과 enable_starttls_auto: true(필수로 하려면 ' +
    'enable_starttls: true)를 설정하세요.',
  'stack.rails.ca':
    'Rails: openssl_verify_mode: \'peer\'를 유지하고 smtp_settings의 ca_file:(또는 SSL_CERT_FILE)로 CA를 ' +
    '지정하세요. 인증서에 있는 이름으로 접속하세요.',
  'stack.rails.credentials':
    'Rails: config.action_mailer.smtp_settings의 user_name, password, authentication(:plain, :login)을 ' +
    '확인하세요. 보통 credentials나 ENV에서 읽습니다.',
  'stack.rails.host-port':
    'Rails: config.action_mailer.smtp_settings의 address와 port를 확인하세요. 대기 시간은 ' +
    'open_timeout과 read_timeout으로 정합니다.',
  'stack.rails.from':
    'Rails: ApplicationMailer의 default from:(또는 mail(from: ...))은 로그인 주소나 인증된 ' +
    '별칭이어야 합니다.',
  'stack.php.tls-mode':
    'PHP: 465 포트는 처음부터 ssl:// 스트림, 587 포트는 tcp:// 스트림을 연 뒤 STARTTLS 다음에 ' +
    'stream_socket_enable_crypto()로 올려야 합니다.',
  'stack.php.starttls':
    'PHP: EHLO 뒤 STARTTLS를 보내고 AUTH 전에 stream_socket_enable_crypto($fp, true, ' +
    'STREAM_CRYPTO_METHOD_TLS_CLIENT)를 호출하세요.',
  'stack.php.ca':
    'PHP: php.ini의 openssl.cafile이나 ssl 컨텍스트 옵션 cafile을 설정하세요. peer_name이 ' +
    '인증서와 맞아야 하고, verify_peer는 끄지 마세요.',
  'stack.php.credentials':
    'PHP: 코드가 AUTH로 보내는 사용자 이름과 비밀번호, 그리고 그 값을 가져오는 ' +
    '설정이나 환경 변수를 확인하세요.',
  'stack.php.host-port':
    'PHP: stream_socket_client()의 호스트와 포트를 확인하세요. 공유 호스팅은 외부 SMTP를 ' +
    '막는 경우가 많으니 어떤 릴레이를 써야 하는지 호스팅 업체에 물어보세요.',
  'stack.php.from':
    'PHP: 코드가 보내는 MAIL FROM(mail()이라면 sendmail -f)은 로그인 주소나 인증된 ' +
    '별칭이어야 합니다.',
  'stack.phpmailer.tls-mode':
    'PHPMailer: 465 포트는 SMTPSecure = PHPMailer::ENCRYPTION_SMTPS, 587 포트는 ' +
    'PHPMailer::ENCRYPTION_STARTTLS가 필요합니다.',
  'stack.phpmailer.starttls':
    'PHPMailer: Port = 587과 함께 SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS를 설정하세요(SMTPAutoTLS는 ' +
    '서버가 제공할 때만 올립니다).',
  'stack.phpmailer.ca':
    'PHPMailer: SMTPOptions = [\'ssl\' => [\'cafile\' => \'/path/ca.pem\']]를 주거나 php.ini의 ' +
    'openssl.cafile을 고치세요. Host는 인증서에 있는 이름이어야 합니다.',
  'stack.phpmailer.credentials':
    'PHPMailer: SMTPAuth = true와 Username, Password를 설정하세요. SMTPDebug = SMTP::DEBUG_SERVER로 ' +
    '서버의 응답을 볼 수 있습니다.',
  'stack.phpmailer.host-port':
    'PHPMailer: Host와 Port를 확인하세요. SMTPDebug = SMTP::DEBUG_CONNECTION으로 어디서 연결이 ' +
    '실패하는지 보입니다(공유 호스팅은 외부 SMTP를 막는 경우가 많습니다).',
  'stack.phpmailer.from': 'PHPMailer: setFrom()(봉투 발신자는 Sender)은 로그인 주소나 인증된 별칭이어야 합니다.',
  'stack.symfony.tls-mode':
    'Symfony Mailer: 465 포트는 MAILER_DSN에 smtps://, 587 포트는 smtp://를 씁니다(서버가 ' +
    '제공하면 STARTTLS가 실행됩니다).',
  'stack.symfony.starttls':
    'Symfony Mailer: MAILER_DSN에 smtp://user:pass@host:587을 쓰고, STARTTLS 없는 연결을 거부하려면 ' +
    '?require_tls=true(Symfony 7.1 이상)를 붙이세요.',
  'stack.symfony.ca':
    'Symfony Mailer: 서버의 CA를 PHP에 설치하고(openssl.cafile) MAILER_DSN에는 인증서에 있는 ' +
    '이름을 쓰세요. ?verify_peer=0은 검사를 끄므로 테스트에서만 쓰세요.',
  'stack.symfony.credentials': 'Symfony Mailer: MAILER_DSN의 사용자 이름과 비밀번호는 URL 인코딩해야 합니다(@는 %40).',
  'stack.symfony.host-port': 'Symfony Mailer: MAILER_DSN(smtp://user:pass@host:port)의 호스트와 포트를 확인하세요.',
  'stack.symfony.from':
    'Symfony Mailer: From 주소(또는 Envelope 발신자)는 로그인 주소나 인증된 별칭이어야 ' +
    '합니다.',
  'stack.laravel.tls-mode':
    'Laravel: 465 포트는 MAIL_SCHEME=smtps(Laravel 11 이전은 MAIL_ENCRYPTION=ssl), 587 포트는 ' +
    'MAIL_SCHEME=smtp(MAIL_ENCRYPTION=tls)입니다.',
  'stack.laravel.starttls':
    'Laravel: MAIL_PORT=587과 MAIL_SCHEME=smtp(Laravel 11 이전은 MAIL_ENCRYPTION=tls)를 쓰세요. 서버가 ' +
    '제공하면 STARTTLS가 실행됩니다.',
  'stack.laravel.ca':
    'Laravel: 서버의 CA를 PHP에 설치하고(openssl.cafile) MAIL_HOST에는 인증서에 있는 이름을 ' +
    '쓰세요.',
  'stack.laravel.credentials':
    'Laravel: .env의 MAIL_USERNAME과 MAIL_PASSWORD를 확인한 뒤 php artisan config:clear를 ' +
    '실행하세요(캐시된 설정은 예전 값을 유지합니다).',
  'stack.laravel.host-port': 'Laravel: .env의 MAIL_HOST와 MAIL_PORT를 확인한 뒤 php artisan config:clear를 실행하세요.',
  'stack.laravel.from': 'Laravel: MAIL_FROM_ADDRESS는 로그인 주소나 인증된 별칭이어야 합니다.',
  'stack.dotnet.tls-mode':
    '.NET: System.Net.Mail.SmtpClient는 465 포트의 암묵적 TLS를 지원하지 않습니다. 587 포트에 ' +
    'EnableSsl = true를 쓰거나, MailKit에서 SecureSocketOptions.SslOnConnect(465) 또는 StartTls(587)를 ' +
    '쓰세요.',
  'stack.dotnet.starttls': '.NET: SmtpClient는 Port = 587과 EnableSsl = true, MailKit은 SecureSocketOptions.StartTls로 연결하세요.',
  'stack.dotnet.ca':
    '.NET: CA를 컴퓨터의 신뢰할 수 있는 루트 저장소에 설치하세요. MailKit의 ' +
    'ServerCertificateValidationCallback은 true만 돌려주지 말고 인증서를 검사해야 합니다.',
  'stack.dotnet.credentials':
    '.NET SmtpClient: Credentials = new NetworkCredential(user, password)보다 먼저 UseDefaultCredentials = ' +
    'false를 설정하세요. MailKit은 Authenticate(user, password)를 호출하세요.',
  'stack.dotnet.host-port':
    '.NET: Host와 Port(SmtpClient) 또는 Connect(host, port, options)(MailKit), 그리고 Timeout을 ' +
    '확인하세요.',
  'stack.dotnet.from': '.NET: MailMessage.From(MailKit은 MimeMessage.From)은 로그인 주소나 인증된 별칭이어야 합니다.',
  'stack.dotnet.closed':
    '.NET: System.Net.Mail.SmtpClient는 암묵적 TLS를 지원하지 않아 포트 465에서는 서버가 ' +
    '연결을 끊습니다 (net_io_connectionclosed). 포트 587과 EnableSsl = true를 쓰거나, 465에는 ' +
    'MailKit의 SecureSocketOptions.SslOnConnect를 쓰세요.',
  'stack.go.tls-mode':
    'Go: 465 포트는 tls.Dial 뒤 smtp.NewClient(gomail은 d.SSL = true), 587 포트는 STARTTLS로 올리는 ' +
    'smtp.Dial/SendMail을 씁니다.',
  'stack.go.starttls':
    'Go: smtp.SendMail은 서버가 제공하면 STARTTLS를 실행합니다. Client를 직접 쓴다면 c.Auth() ' +
    '전에 c.StartTLS(&tls.Config{ServerName: host})를 호출하세요.',
  'stack.go.ca':
    'Go: CA를 tls.Config.RootCAs에 넣고 ServerName을 인증서에 있는 이름으로 지정하세요. ' +
    'InsecureSkipVerify는 테스트에서만 쓰세요.',
  'stack.go.credentials':
    'Go: smtp.PlainAuth("", user, password, host)를 확인하세요. host는 접속하는 서버 이름과 ' +
    '같아야 합니다.',
  'stack.go.host-port':
    'Go: smtp.Dial/SendMail에 넘긴 "host:port"(gomail은 NewDialer(host, port, ...))를 확인하고, Timeout이 ' +
    '있는 net.Dialer로 접속하세요.',
  'stack.go.from':
    'Go: SendMail의 from 인자(또는 c.Mail(from))가 봉투 발신자입니다. 로그인 주소나 인증된 ' +
    '별칭을 쓰세요.',
};
