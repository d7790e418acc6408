import type { enProviders } from '../en/providers.js';

/** 카탈로그 조각: 메일 서비스별 진단. 영어 원문은 ../en/providers.ts (2026-11 확인). */
export const koProviders: Record<keyof typeof enProviders, string> = {
  // ---- Gmail / Google Workspace
  'prov.gmail.web-login.cause':
    'Gmail이 이 로그인을 막고 먼저 브라우저로 로그인하라고 합니다 (534 5.7.14): "{reply}". Google은 이제 계정 비밀번호로 앱이 로그인하는 것을 허용하지 않습니다 ("보안 수준이 낮은 앱"은 개인 계정은 2022년 5월 30일, Google Workspace는 2025년 5월 1일까지 모두 종료).',
  'prov.gmail.web-login.fix':
    'Google 계정에 2단계 인증을 켜고 앱 비밀번호(Google 계정 > 보안 > 앱 비밀번호, https://myaccount.google.com/apppasswords)를 만들어 16자를 공백 없이 SMTP 비밀번호로 쓰세요. 사용자 이름은 전체 주소입니다. 또는 OAuth 2.0(XOAUTH2; nodemailer auth.type "OAuth2")으로 로그인하세요. 앱 비밀번호로도 실패하면 같은 네트워크에서 https://accounts.google.com에 한 번 로그인해 보안 활동에서 차단된 시도를 본인 것으로 확인하세요.',
  'prov.gmail.auth-required.cause':
    'Gmail이 로그인 전에는 메일을 받지 않았습니다 (530 Authentication Required): "{reply}". smtp.gmail.com은 익명 릴레이를 하지 않는데 AUTH가 전송되지 않았습니다. 비밀번호가 비어 있었거나 STARTTLS 뒤에 로그인하지 않은 경우가 많습니다.',
  'prov.gmail.auth-required.fix':
    '자격 증명을 보내세요: --user에 전체 Gmail 주소, 비밀번호는 앱 비밀번호(--password-env ...)로, 587은 --security starttls, 465는 --security tls로 연결하세요 (Gmail은 TLS 뒤에만 AUTH를 제공합니다). nodemailer는 auth.user/auth.pass, Spring은 mail.smtp.auth=true, Django는 EMAIL_HOST_USER/EMAIL_HOST_PASSWORD를 설정하고, CI 시크릿이 비어 있지 않은지도 확인하세요. 로그인 없이 보내려면 smtp-relay.gmail.com을 쓰고 관리 콘솔(앱 > Google Workspace > Gmail > 라우팅 > SMTP 릴레이 서비스)에서 이 IP 주소를 허용하세요.',
  'prov.gmail.ehlo-try-again.cause':
    'Gmail이 EHLO 단계에서 연결을 끊었습니다 ("{reply}"). Google 문서상 SMTP 릴레이의 HELO 단계에서 나는 응답으로, 보통 Gmail이 받아들이지 않는 인사 이름(localhost 나 빈 이름)이나 너무 많은 동시 연결 때문에 생깁니다.',
  'prov.gmail.ehlo-try-again.fix':
    '실제 FQDN 인사 이름을 보내세요: --helo mail.yourdomain.com (nodemailer name, Spring mail.smtp.localhost, Python local_hostname, Rails domain). smtp-relay.gmail.com 이라면 관리 콘솔의 SMTP 릴레이 설정에서 이 IP 주소나 로그인이 허용되어 있는지도 확인하고, 동시 연결 수를 줄이세요.',
  'prov.gmail.temporary.cause': 'Gmail이 일시적인 문제를 알렸습니다: "{reply}".',
  'prov.gmail.temporary.fix':
    '몇 분 뒤 간격을 늘려 가며 다시 시도하세요. 메시지는 버리지 말고 큐에 남겨 두세요. 몇 시간째 계속되면 https://www.google.com/appsstatus와, 대량 발송이라면 Google Postmaster Tools를 확인하세요.',
  'prov.gmail.sending-limit.cause': 'Gmail 계정이 발송 한도에 도달했습니다: "{reply}".',
  'prov.gmail.sending-limit.fix':
    '기다리세요. Gmail은 최근 24시간 기준으로 발송량을 세므로 오래된 발송이 빠지면 다시 보낼 수 있습니다. 정기적으로 많이 보낸다면 전용 발송 서비스(SES, SendGrid, Mailgun, Postmark, Brevo)나 Workspace의 smtp-relay.gmail.com(별도 한도)을 쓰세요 (https://support.google.com/a/answer/166852).',
  'prov.gmail.unsolicited-rate.cause':
    'Gmail이 이 IP 주소에서 오는 메일을 원치 않는 메일로 보고 일시적으로 속도를 제한하고 있습니다: "{reply}".',
  'prov.gmail.unsolicited-rate.fix':
    '발송 속도를 낮추고 나중에 다시 시도하세요 (4xx 지연입니다). 그다음 평판을 고치세요: From 도메인의 SPF·DKIM 통과, DMARC 레코드, 일치하는 역방향 DNS(PTR) 이름, 대량 메일의 원클릭 수신 거부, 낮은 신고율. Google Postmaster Tools로 도메인을 지켜보세요.',
  'prov.gmail.unsolicited-blocked.cause': 'Gmail이 이 메시지를 스팸으로 의심해 거부했습니다: "{reply}".',
  'prov.gmail.unsolicited-blocked.fix':
    'SMTP 설정 문제가 아니라 평판과 내용의 문제입니다. From 도메인의 SPF·DKIM·DMARC, 발송 IP 주소의 역방향 DNS와 블랙리스트 등재 여부, Google Postmaster Tools를 확인하세요. 메일을 원한 사람에게만 보내고, 다시 보내기 전에 단순한 내용으로 시험해 보세요.',
  'prov.unauthenticated-sender.cause':
    '받는 쪽 메일 서비스가 발신자가 인증되지 않았다며 거부했습니다. From 도메인에 대해 SPF도 DKIM도 통과하지 못했습니다 ("{reply}").',
  'prov.unauthenticated-sender.fix':
    '{from}의 도메인에 보내는 서버나 발송 서비스를 포함한 SPF 레코드를 게시하고, 그 도메인으로 DKIM 서명을 켜고(발송 서비스의 도메인 인증), DMARC 레코드를 추가하세요. 또는 From 도메인을 호스팅하는 서비스로 보내세요. 받은 메일의 Authentication-Results 헤더로 결과를 확인할 수 있습니다.',

  // ---- Microsoft 365 / Outlook.com / Exchange
  'prov.microsoft.tenant-disabled.cause':
    'Microsoft 365 조직(테넌트) 전체에서 SMTP AUTH가 꺼져 있습니다: "{reply}".',
  'prov.microsoft.tenant-disabled.fix':
    '관리자가 켜야 합니다: Exchange 관리 센터 > 설정 > 메일 흐름 > "조직에 대해 SMTP AUTH 프로토콜 해제" 선택을 해제하거나, Exchange Online PowerShell에서 Set-TransportConfig -SmtpClientAuthenticationDisabled $false. 테넌트는 꺼 둔 채 보내는 메일함만 켜는 편이 더 안전합니다 (Set-CASMailbox -Identity <메일함> -SmtpClientAuthenticationDisabled $false). 반영까지 최대 1시간 걸릴 수 있습니다.',
  'prov.microsoft.mailbox-disabled.cause': '이 메일함에서 SMTP AUTH가 꺼져 있습니다: "{reply}".',
  'prov.microsoft.mailbox-disabled.fix':
    'Microsoft 365 관리 센터 > 사용자 > 활성 사용자 > 해당 사용자 > 메일 > 전자 메일 앱 관리 > "인증된 SMTP"를 선택하거나, Set-CASMailbox -Identity <메일함> -SmtpClientAuthenticationDisabled $false를 실행하세요. 개인 Outlook.com/Hotmail 계정에는 이런 스위치가 없으니 OAuth 2.0(XOAUTH2)이나 다른 서비스를 쓰세요.',
  'prov.microsoft.basic-auth-disabled.cause':
    'Microsoft가 SMTP의 사용자 이름·비밀번호 로그인(기본 인증)을 거부했습니다: "{reply}". 개인 Outlook.com 계정은 2024년 9월 16일에 기본 인증이 끝났고, Exchange Online도 SMTP AUTH의 기본 인증을 단계적으로 없애고 있습니다 (MC786329).',
  'prov.microsoft.basic-auth-disabled.fix':
    'smtp.office365.com:587에 OAuth 2.0(XOAUTH2, 범위 https://outlook.office365.com/SMTP.Send)으로 인증하세요 (nodemailer auth.type "OAuth2", MailKit SaslMechanismOAuth2, Spring mail.smtp.auth.mechanisms=XOAUTH2). 앱 비밀번호도 기본 인증이라 소용이 없습니다. 애플리케이션이 OAuth를 못 하면 비밀번호를 받는 SMTP 릴레이(전용 발송 서비스나 IP 주소로 허용한 Exchange 커넥터)로 보내세요.',
  'prov.microsoft.security-defaults.cause':
    'Microsoft Entra 로그인 정책이 로그인을 거부했습니다: "{reply}". 보안 기본값이나 조건부 액세스 정책(MFA, "레거시 인증 차단")이 비밀번호 기반 SMTP AUTH를 통과시키지 않습니다.',
  'prov.microsoft.security-defaults.fix':
    '관리자가 정해야 합니다: 보안 기본값을 끄고(Entra 관리 센터 > ID > 개요 > 속성 > 보안 기본값 관리) 이 발송 계정을 제외한 조건부 액세스로 대신하거나, 차단 정책에서 이 계정을 제외하세요. 메일함의 "인증된 SMTP"가 켜져 있는지도 확인하세요. 이 정책들을 통과하는 OAuth 2.0(XOAUTH2)을 쓰는 것이 더 좋습니다.',
  'prov.microsoft.wrong-credentials.cause': 'Exchange Online이 로그인을 거부했습니다: "{reply}".',
  'prov.microsoft.wrong-credentials.fix':
    '사용자 이름(별칭이 아닌 전체 UPN, 예: name@yourtenant.com)과 비밀번호를 확인하세요. 둘 다 맞다면, 메일함의 SMTP AUTH가 꺼져 있거나 계정에 MFA가 적용된 경우에도 같은 응답이 옵니다. 메일함의 "인증된 SMTP"를 켜거나(Microsoft 365 관리 센터 > 사용자 > 해당 사용자 > 메일 > 전자 메일 앱 관리) OAuth 2.0(XOAUTH2)으로 바꾸세요.',
  'prov.microsoft.not-authenticated.cause':
    'Exchange Online이 로그인하지 않은 클라이언트의 메일을 거부했습니다: "{reply}".',
  'prov.microsoft.not-authenticated.fix':
    'MAIL FROM 전에 로그인하세요: smtp.office365.com:587에 --security starttls로 연결하고 --user와 비밀번호 입력 방식을 지정하세요 (nodemailer auth, .NET SmtpClient는 UseDefaultCredentials=false와 Credentials 지정, Spring mail.smtp.auth=true). 앞의 AUTH 단계가 실패했다면 그것부터 고치세요. 로그인 없이 보내려면 테넌트의 MX 엔드포인트(<도메인>.mail.protection.outlook.com:25)와 이 IP 주소를 신뢰하는 커넥터를 쓰세요.',
  'prov.microsoft.send-as-denied.cause':
    'Exchange가 From 주소로 보내는 것을 거부했습니다. 로그인한 메일함에 그 주소의 "다른 사용자로 보내기(Send As)" 권한이 없습니다 ("{reply}").',
  'prov.microsoft.send-as-denied.fix':
    'From을 로그인한 메일함({user})과 같게 하거나, 관리자가 From에 쓸 메일함이나 그룹에 로그인 계정의 Send As 권한을 주게 하세요 (Microsoft 365 관리 센터 > 사용자 또는 팀 및 그룹 > 해당 메일함 > 메일 > 다른 사용자로 보내기, 또는 Add-RecipientPermission -Identity <From주소> -Trustee <로그인> -AccessRights SendAs). 답장만 그 주소로 받으면 된다면 Reply-To에 넣으세요.',
  'prov.microsoft.submission-quota.cause':
    '메일함이 Exchange Online 발송 한도(제출 할당량)에 도달했습니다: "{reply}".',
  'prov.microsoft.submission-quota.fix':
    '기다리세요. 수신자 한도(메일함당 하루 10,000명)는 최근 24시간 기준이고, SMTP AUTH는 분당 30통으로도 제한됩니다. 발송을 분산하고, 대량 메일은 사용자 메일함 대신 전용 발송 서비스나 Azure Communication Services를 쓰세요.',
  'prov.microsoft.ip-blocked.cause':
    'Exchange Online이 이 IP 주소나 테넌트의 트래픽을 거부하고 있습니다: "{reply}".',
  'prov.microsoft.ip-blocked.fix':
    '응답에 발송 IP 주소가 나오면 원인(탈취된 계정, 스팸, SPF/DKIM 누락)을 고친 뒤 https://sender.office.com에서 차단 해제를 요청하세요. 5.7.705(테넌트 임계값 초과)는 관리자가 테넌트를 정리한 뒤 Microsoft 지원에 해제를 요청해야 합니다. Microsoft Defender > 제한된 엔터티에서 차단된 사용자도 확인하세요.',
  'prov.microsoft.unregistered-domain.cause':
    'Exchange Online이 테넌트에 등록되지 않은 도메인으로 보내는 것을 막았습니다: "{reply}".',
  'prov.microsoft.unregistered-domain.fix':
    '테넌트에 추가·확인된 도메인의 주소로 보내세요 (Microsoft 365 관리 센터 > 설정 > 도메인). {from}의 도메인을 추가해 확인하거나 --from을 바꾸세요.',
  'prov.microsoft.recipient-dbeb.cause':
    '받는 Microsoft 365 조직에 이 수신자가 없습니다. 디렉터리 기반 에지 차단(DBEB)이 거부했습니다: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix':
    '수신자 주소 {to}를 확인하세요. 있어야 하는 주소라면 받는 쪽 관리자가 메일함이나 연락처를 만들거나 Entra ID에 동기화해야 합니다. 스팸 검사 전에 막히는 것이라 보내는 쪽 설정으로는 바꿀 수 없습니다.',

  // ---- Amazon SES
  'prov.ses.smtp-credentials.cause':
    'Amazon SES가 SMTP 자격 증명을 거부했습니다: "{reply}". SES SMTP 자격 증명은 IAM 액세스 키·시크릿과 다르고, 만든 AWS 리전에서만 동작합니다.',
  'prov.ses.smtp-credentials.fix':
    '보내는 리전의 SES 콘솔에서 SMTP 자격 증명을 만들고(SES > SMTP settings > Create SMTP credentials) 그 SMTP 사용자 이름과 SMTP 비밀번호를 쓰세요. 호스트도 같은 리전이어야 합니다: email-smtp.<리전>.amazonaws.com. IAM 키를 교체했다면 SMTP 비밀번호를 새로 만들어야 하고, 두 값 모두 공백 없이 복사하세요.',
  'prov.ses.identity-not-verified.cause':
    'Amazon SES가 이 리전에서 확인되지 않은 주소나 도메인이 있어 메시지를 거부했습니다: "{reply}".',
  'prov.ses.identity-not-verified.fix':
    'SMTP 호스트와 같은 리전의 SES > Identities에서 From 도메인이나 주소({from})를 확인(verify)하세요. 계정이 SES 샌드박스에 있으면 모든 수신자도 확인되어 있어야 합니다. 테스트 수신자를 확인하거나 프로덕션 액세스를 요청하세요 (SES > Account dashboard > Request production access).',
  'prov.ses.throttling.cause': 'Amazon SES가 발송 속도를 제한했습니다: "{reply}".',
  'prov.ses.throttling.fix':
    '계정의 최대 발송 속도(SES > Account dashboard)보다 빠르게 보내지 말고 24시간 할당량 안에서 보내세요. 454 응답은 버리지 말고 간격을 늘려 재시도하세요 (nodemailer pool의 rateLimit/maxMessages). 더 필요하면 SES 콘솔에서 한도 증가를 요청하세요.',
  'prov.ses.starttls.cause': 'Amazon SES는 인증 전에 TLS를 요구합니다: "{reply}".',
  'prov.ses.starttls.fix':
    '587(또는 25/2587) 포트는 --security starttls, 465(또는 2465) 포트는 --security tls로 연결하세요. nodemailer는 port 587, secure false, requireTLS true, Spring은 mail.smtp.starttls.enable=true와 mail.smtp.starttls.required=true입니다.',

  // ---- SendGrid
  'prov.sendgrid.bad-credentials.cause': 'SendGrid가 로그인을 거부했습니다: "{reply}".',
  'prov.sendgrid.bad-credentials.fix':
    '사용자 이름은 글자 그대로 apikey, 비밀번호는 "Mail Send" 권한이 있는 API 키입니다 (Settings > API Keys). SendGrid 로그인 이름이나 API 키 ID로는 안 됩니다. 키가 삭제되거나 폐기되었다면 새로 만드세요.',
  'prov.sendgrid.sender-identity.cause':
    'SendGrid가 From 주소를 거부했습니다. 확인된 발신자 ID(Sender Identity)가 아닙니다 ("{reply}").',
  'prov.sendgrid.sender-identity.fix':
    'From 주소({from})를 Single Sender로 확인하거나 그 도메인을 인증한 뒤(Settings > Sender Authentication) 정확히 그 From으로 보내세요. 로그인 사용자 "apikey"는 발신자가 아닙니다.',
  'prov.sendgrid.unauthenticated.cause': 'SendGrid는 인증 없이 메일을 받지 않습니다: "{reply}".',
  'prov.sendgrid.unauthenticated.fix':
    '--user apikey와 API 키를 비밀번호로 로그인하세요 (nodemailer auth: { user: "apikey", pass: 키 }). 예전의 사용자 이름/비밀번호 로그인은 없어졌습니다.',

  // ---- Mailgun
  'prov.mailgun.bad-credentials.cause': 'Mailgun이 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.mailgun.bad-credentials.fix':
    '발송 도메인의 SMTP 자격 증명을 쓰세요 (Sending > Domain settings > SMTP credentials). 로그인은 postmaster@mg.yourdomain.com 같은 전체 주소이고, 비밀번호는 거기서 정한 값입니다. 계정 비밀번호나 API 키가 아닙니다. EU 리전 도메인은 smtp.eu.mailgun.org를 씁니다.',
  'prov.mailgun.sandbox-recipient.cause':
    'Mailgun 샌드박스 도메인은 허용된 수신자에게만 보냅니다: "{reply}".',
  'prov.mailgun.sandbox-recipient.fix':
    '샌드박스 도메인의 Authorized Recipients에 수신자를 추가하고 확인받거나, 자신의 발송 도메인을 Mailgun에 추가·확인한 뒤 그 도메인으로 보내세요.',
  'prov.mailgun.account-not-activated.cause': 'Mailgun이 아직 이 도메인의 발송을 허용하지 않습니다: "{reply}".',
  'prov.mailgun.account-not-activated.fix':
    'Mailgun 계정을 활성화하고(활성화 메일, 요구하면 전화 인증) 다시 시도하세요. 실제 발송에는 확인된 자신의 도메인을 추가하세요.',

  // ---- Postmark
  'prov.postmark.bad-credentials.cause': 'Postmark가 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.postmark.bad-credentials.fix':
    'Server API 토큰(Servers > 해당 서버 > API Tokens)을 사용자 이름과 비밀번호 모두에 넣거나, SMTP 토큰의 Access Key를 사용자 이름, Secret Key를 비밀번호로 쓰세요. 계정 로그인이나 Account API 토큰으로는 안 됩니다. 포트는 587, 2525, 25에 STARTTLS입니다.',
  'prov.postmark.sender-signature.cause':
    'Postmark가 From 주소를 거부했습니다. 계정에서 확인된 발신자 서명(Sender Signature)이나 확인된 도메인이 아닙니다 ("{reply}").',
  'prov.postmark.sender-signature.fix':
    'Sender Signatures에서 {from}를 추가·확인하거나 그 도메인을 확인(DKIM, Return-Path DNS 레코드)한 뒤 그 주소로 보내세요.',

  // ---- Brevo (Sendinblue)
  'prov.brevo.bad-credentials.cause': 'Brevo가 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.brevo.bad-credentials.fix':
    'Brevo에 표시된 SMTP 로그인(Settings > SMTP & API > SMTP, 계정 이메일과 다를 수 있음)과 SMTP 키를 비밀번호로 쓰세요. Brevo 계정 비밀번호나 API 키(xkeysib-...)가 아닙니다. 호스트는 smtp-relay.brevo.com, 포트는 587·2525(STARTTLS) 또는 465(TLS)입니다.',
  'prov.brevo.authenticate-first.cause':
    '세션이 로그인되지 않아 Brevo가 MAIL FROM을 거부했습니다: "{reply}".',
  'prov.brevo.authenticate-first.fix':
    '클라이언트가 AUTH(SMTP 로그인과 SMTP 키)를 보내는지, AUTH 뒤에 EHLO를 다시 보내지 않는지 확인하세요. Brevo는 새 EHLO에서 로그인을 초기화합니다. Python smtplib 라면 login() 다음에 ehlo() 없이 sendmail()을 호출하세요.',

  // ---- Zoho Mail
  'prov.zoho.auth-failed.cause': 'Zoho Mail이 로그인을 거부했습니다: "{reply}".',
  'prov.zoho.auth-failed.fix':
    '사용자 이름은 전체 이메일 주소이고, 2단계 인증을 켰다면 애플리케이션 전용 비밀번호(Zoho Accounts > 보안 > 앱 비밀번호)를 쓰세요. 데이터 센터에 맞는 호스트로 연결하세요: smtp.zoho.com, .eu, .in, .com.au ... 유료 조직(자체 도메인) 계정은 smtppro.zoho.* 입니다.',
  'prov.zoho.relaying-disallowed.cause':
    'Zoho가 From 주소를 거부했습니다. 로그인한 계정의 주소나 별칭이 아닙니다 ("{reply}").',
  'prov.zoho.relaying-disallowed.fix':
    'From을 로그인 주소({user})나 그 별칭(Zoho Mail > 설정 > 메일 계정)으로 보내고, From 헤더가 아예 비어 있지 않은지 확인하세요 (From이 비면 "Relaying disallowed as @"가 납니다).',

  // ---- Yahoo / AOL
  'prov.yahoo.app-password.cause':
    'Yahoo가 비밀번호 로그인을 거부했습니다 (#AUTH005): "{reply}". Yahoo는 SMTP에 계정 비밀번호를 받지 않으며, 반복해서 시도하면 한동안 잠기기도 합니다.',
  'prov.yahoo.app-password.fix':
    '앱 비밀번호를 만들고(Yahoo 계정 > 계정 보안 > 앱 비밀번호 생성, AOL도 같음) 전체 주소를 사용자 이름으로 해서 SMTP 비밀번호로 쓰세요. smtp.mail.yahoo.com 465(--security tls) 또는 587(--security starttls)입니다. 계정이 잠겼다면 한동안 재시도를 멈추세요.',

  // ---- iCloud
  'prov.icloud.app-password.cause':
    'iCloud Mail이 로그인을 거부했습니다 ({reply}). iCloud는 SMTP에 Apple 계정 비밀번호를 받지 않고 앱 암호가 필요합니다.',
  'prov.icloud.app-password.fix':
    'https://account.apple.com (로그인 및 보안 > 앱 암호, 이중 인증 필요)에서 앱 암호를 만들어 전체 iCloud Mail 주소와 함께 쓰세요. smtp.mail.me.com 587 포트에 --security starttls로 연결합니다.',

  // ---- QQ Mail
  'prov.qq.authorization-code.cause':
    'QQ 메일이 로그인을 거부했습니다: "{reply}". QQ 메일은 SMTP에 QQ 비밀번호가 아니라 인증 코드(授权码)만 받으며, SMTP 서비스가 켜져 있어야 합니다.',
  'prov.qq.authorization-code.fix':
    'QQ 메일의 设置 > 账号(설정 > 계정)에서 POP3/IMAP/SMTP 서비스를 켜고 인증 코드(授权码)를 만든 뒤 그 코드를 비밀번호로, 전체 QQ 주소를 사용자 이름으로 쓰세요. smtp.qq.com 465(--security tls) 또는 587(--security starttls)입니다.',
  'prov.qq.secure-connection.cause': 'QQ 메일은 로그인 전에 암호화된 연결을 요구합니다: "{reply}".',
  'prov.qq.secure-connection.fix':
    'smtp.qq.com 465 포트에 --security tls(Spring mail.smtp.ssl.enable=true)로, 또는 587 포트에 --security starttls(mail.smtp.starttls.enable=true, ssl.enable 없이)로 연결하세요. 두 방식을 섞지 마세요.',

  // ---- NetEase 163 / 126
  'prov.netease.authorization-code.cause':
    '넷이즈 메일(163/126)이 로그인을 거부했습니다: "{reply}". SMTP를 켜고 웹 비밀번호가 아닌 클라이언트 인증 비밀번호(授权码)를 써야 합니다.',
  'prov.netease.authorization-code.fix':
    '163/126 웹메일의 设置 > POP3/SMTP/IMAP에서 SMTP 서비스를 켜고 클라이언트 인증 비밀번호(授权码)를 추가한 뒤, 전체 주소를 사용자 이름으로 해서 SMTP 비밀번호로 쓰세요. smtp.163.com(또는 smtp.126.com) 465 포트에 --security tls입니다.',
  'prov.netease.no-permission.cause':
    '넷이즈 메일(Coremail)이 거부했습니다. 이 계정에 SMTP가 켜져 있지 않습니다 ("{reply}").',
  'prov.netease.no-permission.fix':
    '웹메일에서 SMTP 서비스를 켜고(设置 > POP3/SMTP/IMAP > 开启 SMTP服务) 클라이언트 인증 비밀번호(授权码)를 만들어 그것으로 로그인하세요. From도 같은 계정이어야 합니다.',

  // ---- Naver, Daum / Kakao
  'prov.naver.auth-failed.cause': '네이버 메일이 로그인을 거부했습니다 ({reply}).',
  'prov.naver.auth-failed.fix':
    '네이버 메일 환경설정 > POP3/IMAP 설정에서 "POP3/SMTP 사용" 또는 "IMAP/SMTP 사용"을 켜고 저장하세요. 사용자 이름은 네이버 ID(또는 전체 @naver.com 주소)이고, 2단계 인증을 쓰면 애플리케이션 비밀번호(네이버 내정보 > 보안설정 > 2단계 인증 > 애플리케이션 비밀번호)를 쓰세요. smtp.naver.com 465(--security tls) 또는 587(--security starttls)입니다.',
  'prov.daum.auth-failed.cause': '다음/카카오 메일이 로그인을 거부했습니다 ({reply}).',
  'prov.daum.auth-failed.fix':
    'PC 웹의 다음 메일 환경설정 > IMAP/POP3에서 "IMAP/SMTP 사용"을 사용함으로 바꾸고 저장하세요. 카카오 계정에 2단계 인증을 쓰면 2단계 인증 설정에서 발급받은 앱 비밀번호를 쓰세요. smtp.daum.net 465 포트에 --security tls입니다.',

  // ---- self-hosted: Postfix, Exim, Exchange on-premises
  'prov.postfix.sasl-failed.cause':
    'Postfix에 SASL 로그인 실패가 기록되었습니다. 사용자 이름이나 비밀번호가 틀렸거나, SASL 백엔드(Dovecot auth, saslauthd)가 확인하지 못했습니다.',
  'prov.postfix.sasl-failed.fix':
    '메일함이 실제로 쓰는 로그인(대개 전체 주소)과 비밀번호를 확인하세요. 서버에서는 Dovecot/saslauthd 로그에서 이유("unknown user", "password mismatch", "cannot connect to saslauthd")를 보세요. 모르는 주소에서 이런 줄이 많이 찍힌다면 비밀번호 대입 공격이니 설정을 바꾸기보다 fail2ban 등으로 막으세요.',
  'prov.postfix.unknown-client-hostname.cause':
    '이 클라이언트의 IP 주소에 올바른 역방향 DNS 이름이 없어 서버가 거부했습니다: "{reply}".',
  'prov.postfix.unknown-client-hostname.fix':
    'IP를 관리하는 곳(클라우드나 ISP)에서 발송 IP 주소의 PTR(역방향 DNS) 레코드를 설정하고, 그 이름의 A/AAAA 레코드가 같은 주소를 가리키게 하세요. 그 이름을 --helo로 쓰세요. 또는 직접 전달하지 말고 메일 서비스의 제출(submission) 서버로 보내세요.',
  'prov.exim.incorrect-auth.cause': 'Exim 서버가 로그인을 거부했습니다: "{reply}".',
  'prov.exim.incorrect-auth.fix':
    '사용자 이름은 전체 메일함 주소, 비밀번호는 그 메일함의 비밀번호입니다 (cPanel: 이메일 계정 > 해당 계정). 확실하지 않으면 재설정하세요. 실패가 반복되면 클라이언트 IP 주소가 차단될 수 있으니(cPHulk, fail2ban) 확인하는 동안 재시도를 멈추세요.',
  'prov.exim.relay-not-permitted.cause':
    '서버가 릴레이를 거부했습니다: "{reply}". 다른 도메인으로 가는 메일은 인증된 클라이언트에게서만 받습니다.',
  'prov.exim.relay-not-permitted.fix':
    '보내기 전에 로그인하세요 (--user와 비밀번호 입력 방식, 587은 --security starttls, 465는 --security tls). cPanel/Exim 이라면 From 도메인이 그 서버에 호스팅되어 있는지, "SMTP 제한" 설정이 막고 있지 않은지도 확인하세요.',
  'prov.exim.sender-verify-failed.cause':
    '받는 서버가 발신자 주소를 확인하지 못해 메일을 거부했습니다: "{reply}".',
  'prov.exim.sender-verify-failed.fix':
    '실제로 존재하고 메일을 받을 수 있는 주소로 보내세요. MX 레코드가 있는 도메인의 실제 메일함이어야 하고, user@localhost 같은 로컬 이름이나 반송되는 noreply@ 주소는 안 됩니다. --from을 그렇게 바꾸세요 (봉투 발신자도: nodemailer envelope.from, Postfix myorigin).',
  'prov.exchange.client-not-authenticated.cause':
    'Exchange가 익명 메일 제출을 거부했습니다: "{reply}".',
  'prov.exchange.client-not-authenticated.fix':
    '클라이언트 제출 포트 587에 --security starttls로 연결해 먼저 로그인하세요 (--user에 DOMAIN\\user 또는 주소, 비밀번호 입력 방식 지정). Exchange는 그 포트에서 TLS 뒤에만 AUTH를 제공합니다. 로그인 없이 보내려면 Exchange 관리자가 익명 릴레이 수신 커넥터에 이 IP 주소를 허용해야 합니다.',
  'prov.exchange.unable-to-relay.cause':
    'Exchange(또는 IIS SMTP)가 {to}로의 릴레이를 거부했습니다: "{reply}". 인증된 클라이언트나 허용된 IP 주소에만 릴레이합니다.',
  'prov.exchange.unable-to-relay.fix':
    '인증하거나(587 포트에 --security starttls로 --user와 비밀번호 입력 방식 지정), Exchange 관리자에게 이 IP 주소를 릴레이 수신 커넥터에 추가해 달라고 하세요 (IIS SMTP: 기본 SMTP 가상 서버 > 액세스 > 릴레이). 서버 자체 도메인으로 보내는 것은 릴레이가 필요 없습니다.',

  // ---- hints
  'hint.gmail.smtp-relay':
    'Gmail: smtp.gmail.com은 로그인(앱 비밀번호나 OAuth)이 필요합니다. IP 주소만으로 메일을 받는 것은 Workspace의 smtp-relay.gmail.com 뿐이고, 관리 콘솔 > Gmail > 라우팅 > SMTP 릴레이 서비스에 IP를 등록해야 합니다.',
  'hint.gmail.sending-limits':
    'Gmail: 발송 한도는 최근 24시간 기준으로 셉니다 (https://support.google.com/a/answer/166852). 대량·트랜잭션 메일은 전용 발송 서비스를 쓰세요.',
  'hint.gmail.sender-guidelines':
    'Gmail: 발신자는 SPF 나 DKIM을 통과해야 하고, 대량 발신자는 DMARC와 원클릭 수신 거부도 필요합니다 (https://support.google.com/mail/answer/81126). Google Postmaster Tools를 확인하세요.',
  'hint.microsoft.basic-auth-retirement':
    'Microsoft: Exchange Online SMTP AUTH의 기본 인증(사용자 이름·비밀번호)은 단계적으로 없어집니다 (MC786329, 2026-11 확인: 2026년 12월 말까지는 그대로, 그 뒤 기존 테넌트는 기본값이 꺼짐, 최종 제거일은 2027년에 발표). 개인 Outlook.com 계정은 2024년 9월 16일에 이미 끝났습니다. OAuth 2.0(XOAUTH2)을 준비하세요.',
  'hint.microsoft.send-as':
    'Microsoft 365: From은 로그인한 메일함이거나, 로그인 계정이 "다른 사용자로 보내기(Send As)" 권한을 가진 메일함·그룹이어야 합니다. SMTP AUTH에서는 "대리 보내기(Send on behalf)"로는 부족합니다.',
  'hint.microsoft.limits':
    'Microsoft 365: 메일함당 하루 수신자 10,000명, SMTP AUTH는 분당 30통까지입니다. 사용자 메일함은 대량 메일용이 아닙니다.',
  'hint.sendgrid.sender-identity':
    'SendGrid: 모든 From 주소는 확인된 Single Sender 이거나 인증된 도메인에 속해야 합니다 (Settings > Sender Authentication).',
  'hint.ses.sandbox':
    'Amazon SES: ID 확인은 리전별이고, 샌드박스에서는 프로덕션 액세스를 받을 때까지 모든 수신자도 확인되어 있어야 합니다.',
  'hint.ses.quotas':
    'Amazon SES: 계정 대시보드에서 이 리전의 최대 발송 속도와 24시간 할당량을 볼 수 있습니다. 발송 속도를 그에 맞추세요.',
  'hint.mailgun.smtp-credentials':
    'Mailgun: SMTP 로그인은 발송 도메인별입니다 (postmaster@mg.yourdomain.com 또는 만든 SMTP 사용자). EU 도메인은 smtp.eu.mailgun.org를 씁니다.',
  'hint.mailgun.sandbox':
    'Mailgun: 샌드박스 도메인은 Authorized Recipients 에게만 보냅니다. 실제 발송에는 확인된 자신의 도메인을 추가하세요.',
  'hint.postmark.server-token':
    'Postmark: SMTP는 서버별 Server API 토큰을 사용자 이름과 비밀번호 모두로 쓰거나 SMTP 토큰 키 쌍으로 로그인합니다.',
  'hint.postmark.sender-signature':
    'Postmark: From 주소에는 확인된 발신자 서명(Sender Signature)이나 확인된 도메인이 필요합니다.',
  'hint.brevo.smtp-key':
    'Brevo: SMTP는 Settings > SMTP & API의 SMTP 로그인과 SMTP 키를 씁니다. 계정 비밀번호나 API 키가 아닙니다.',
  'hint.brevo.senders':
    'Brevo: From 주소는 확인된 발신자이거나 인증된 도메인에 속해야 합니다 (Senders, Domains & Dedicated IPs).',
  'hint.zoho.account':
    'Zoho: 사용자 이름은 전체 주소, From은 그 주소나 별칭이어야 하고, 2단계 인증 계정은 애플리케이션 전용 비밀번호가 필요하며, 호스트는 데이터 센터에 맞아야 합니다 (smtp.zoho.com/.eu/.in..., 조직 계정은 smtppro.*).',
  'hint.yahoo.app-password':
    'Yahoo/AOL: SMTP에는 앱 비밀번호(계정 보안 > 앱 비밀번호 생성)와 전체 주소를 사용자 이름으로 씁니다.',
  'hint.icloud.app-password':
    'iCloud: SMTP에는 account.apple.com에서 만든 앱 암호, 전체 iCloud Mail 주소, smtp.mail.me.com:587 STARTTLS가 필요합니다.',
  'hint.qq.authorization-code':
    'QQ 메일: 설정 > 계정에서 POP3/IMAP/SMTP를 켜고 QQ 비밀번호가 아닌 인증 코드(授权码)로 로그인하세요.',
  'hint.netease.authorization-code':
    '넷이즈 163/126: 设置 > POP3/SMTP/IMAP에서 SMTP를 켜고 클라이언트 인증 비밀번호(授权码)로 로그인하세요.',
};
