import type { enProvidersBig } from '../en/providers-big.js';

/** 카탈로그 부분: providers-big (../en/providers-big.ts의 한국어판). */
export const koProvidersBig: Record<keyof typeof enProvidersBig, string> = {
  // ---- Gmail / Google Workspace
  'prov.gmail.web-login.cause':
    'Gmail이 이 로그인을 막고 먼저 브라우저로 로그인하라고 합니다 (534 5.7.14): "{reply}". ' +
    'Google은 이제 계정 비밀번호로 앱이 로그인하는 것을 허용하지 않습니다 ("보안 ' +
    '수준이 낮은 앱"은 개인 계정은 2022년 5월 30일, Google Workspace는 2025년 5월 1일까지 ' +
    '모두 종료).',
  'prov.gmail.web-login.fix':
    'Google 계정에 2단계 인증을 켜고 앱 비밀번호(Google 계정 > 보안 > 앱 비밀번호, ' +
    'https://myaccount.google.com/apppasswords)를 만들어 16자를 공백 없이 SMTP 비밀번호로 쓰세요. ' +
    '사용자 이름은 전체 주소입니다. 또는 OAuth 2.0(XOAUTH2; nodemailer auth.type "OAuth2")으로 ' +
    '로그인하세요. 앱 비밀번호로도 실패하면 같은 네트워크에서 ' +
    'https://accounts.google.com에 한 번 로그인해 보안 활동에서 차단된 시도를 본인 것으로 ' +
    '확인하세요.',
  'prov.gmail.auth-required.cause':
    'Gmail이 로그인 전에는 메일을 받지 않았습니다 (530 Authentication Required): "{reply}". ' +
    'smtp.gmail.com은 익명 릴레이를 하지 않는데 AUTH가 전송되지 않았습니다. 비밀번호가 ' +
    '비어 있었거나 STARTTLS 뒤에 로그인하지 않은 경우가 많습니다.',
  'prov.gmail.auth-required.fix':
    '자격 증명을 보내세요: --user에 전체 Gmail 주소, 비밀번호는 앱 비밀번호(--password-env ' +
    '...)로, 587은 --security starttls, 465는 --security tls로 연결하세요 (Gmail은 TLS 뒤에만 AUTH를 ' +
    '제공합니다). nodemailer는 auth.user/auth.pass, Spring은 mail.smtp.auth=true, Django는 ' +
    'EMAIL_HOST_USER/EMAIL_HOST_PASSWORD를 설정하고, CI 시크릿이 비어 있지 않은지도 ' +
    '확인하세요. 로그인 없이 보내려면 smtp-relay.gmail.com을 쓰고 관리 콘솔(앱 > Google ' +
    'Workspace > Gmail > 라우팅 > SMTP 릴레이 서비스)에서 이 IP 주소를 허용하세요.',
  'prov.gmail.ehlo-try-again.cause':
    'Gmail이 EHLO 단계에서 연결을 끊었습니다 ("{reply}"). Google 문서상 SMTP 릴레이의 HELO ' +
    '단계에서 나는 응답으로, 보통 Gmail이 받아들이지 않는 인사 이름(localhost 나 빈 ' +
    '이름)이나 너무 많은 동시 연결 때문에 생깁니다.',
  'prov.gmail.ehlo-try-again.fix':
    '실제 FQDN 인사 이름을 보내세요: --helo mail.yourdomain.com (nodemailer name, Spring ' +
    'mail.smtp.localhost, Python local_hostname, Rails domain). smtp-relay.gmail.com이라면 관리 콘솔의 ' +
    'SMTP 릴레이 설정에서 이 IP 주소나 로그인이 허용되어 있는지도 확인하고, 동시 ' +
    '연결 수를 줄이세요.',
  'prov.gmail.temporary.cause': 'Gmail이 일시적인 문제를 알렸습니다: "{reply}".',
  'prov.gmail.temporary.fix':
    '몇 분 뒤 간격을 늘려 가며 다시 시도하세요. 메시지는 버리지 말고 큐에 남겨 ' +
    '두세요. 몇 시간째 계속되면 https://www.google.com/appsstatus와, 대량 발송이라면 Google ' +
    'Postmaster Tools를 확인하세요.',
  'prov.gmail.sending-limit.cause': 'Gmail 계정이 발송 한도에 도달했습니다: "{reply}".',
  'prov.gmail.sending-limit.fix':
    '기다리세요. Gmail은 최근 24시간 기준으로 발송량을 세므로 오래된 발송이 빠지면 ' +
    '다시 보낼 수 있습니다. 정기적으로 많이 보낸다면 전용 발송 서비스(SES, SendGrid, ' +
    'Mailgun, Postmark, Brevo)나 Workspace의 smtp-relay.gmail.com(별도 한도)을 쓰세요 ' +
    '(https://support.google.com/a/answer/166852).',
  'prov.gmail.unsolicited-rate.cause':
    'Gmail이 이 IP 주소에서 오는 메일을 원치 않는 메일로 보고 일시적으로 속도를 ' +
    '제한하고 있습니다: "{reply}".',
  'prov.gmail.unsolicited-rate.fix':
    '발송 속도를 낮추고 나중에 다시 시도하세요 (4xx 지연입니다). 그다음 평판을 ' +
    '고치세요: From 도메인의 SPF·DKIM 통과, DMARC 레코드, 일치하는 역방향 DNS(PTR) 이름, ' +
    '대량 메일의 원클릭 수신 거부, 낮은 신고율. Google Postmaster Tools로 도메인을 ' +
    '지켜보세요.',
  'prov.gmail.unsolicited-blocked.cause': 'Gmail이 이 메시지를 스팸으로 의심해 거부했습니다: "{reply}".',
  'prov.gmail.unsolicited-blocked.fix':
    'SMTP 설정 문제가 아니라 평판과 내용의 문제입니다. From 도메인의 SPF·DKIM·DMARC, ' +
    '발송 IP 주소의 역방향 DNS와 블랙리스트 등재 여부, Google Postmaster Tools를 ' +
    '확인하세요. 메일을 원한 사람에게만 보내고, 다시 보내기 전에 단순한 내용으로 ' +
    '시험해 보세요.',

  // ---- Microsoft 365 / Outlook.com / Exchange
  'prov.microsoft.tenant-disabled.cause':
    'Microsoft 365 조직(테넌트) 전체에서 SMTP AUTH가 꺼져 있습니다: "{reply}".',
  'prov.microsoft.tenant-disabled.fix':
    '관리자가 켜야 합니다: Exchange 관리 센터 > 설정 > 메일 흐름 > "조직에 대해 SMTP AUTH ' +
    '프로토콜 해제" 선택을 해제하거나, Exchange Online PowerShell에서 Set-TransportConfig ' +
    '-SmtpClientAuthenticationDisabled $false. 테넌트는 꺼 둔 채 보내는 메일함만 켜는 편이 더 ' +
    '안전합니다 (Set-CASMailbox -Identity <메일함> -SmtpClientAuthenticationDisabled $false). 반영까지 ' +
    '최대 1시간 걸릴 수 있습니다.',
  'prov.microsoft.mailbox-disabled.cause': '이 메일함에서 SMTP AUTH가 꺼져 있습니다: "{reply}".',
  'prov.microsoft.mailbox-disabled.fix':
    'Microsoft 365 관리 센터 > 사용자 > 활성 사용자 > 해당 사용자 > 메일 > 전자 메일 앱 ' +
    '관리 > "인증된 SMTP"를 선택하거나, Set-CASMailbox -Identity <메일함> ' +
    '-SmtpClientAuthenticationDisabled $false를 실행하세요. 개인 Outlook.com/Hotmail 계정에는 이런 ' +
    '스위치가 없으니 OAuth 2.0(XOAUTH2)이나 다른 서비스를 쓰세요.',
  'prov.microsoft.basic-auth-disabled.cause':
    'Microsoft가 SMTP의 사용자 이름·비밀번호 로그인(기본 인증)을 거부했습니다: "{reply}". ' +
    '개인 Outlook.com 계정은 2024년 9월 16일에 기본 인증이 끝났고, Exchange Online도 SMTP AUTH의 ' +
    '기본 인증을 단계적으로 없애고 있습니다 (MC786329).',
  'prov.microsoft.basic-auth-disabled.fix':
    'smtp.office365.com:587에 OAuth 2.0(XOAUTH2, 범위 https://outlook.office365.com/SMTP.Send)으로 ' +
    '인증하세요 (nodemailer auth.type "OAuth2", MailKit SaslMechanismOAuth2, Spring ' +
    'mail.smtp.auth.mechanisms=XOAUTH2). 앱 비밀번호도 기본 인증이라 소용이 없습니다. ' +
    '애플리케이션이 OAuth를 못 하면 비밀번호를 받는 SMTP 릴레이(전용 발송 서비스나 IP ' +
    '주소로 허용한 Exchange 커넥터)로 보내세요.',
  'prov.microsoft.security-defaults.cause':
    'Microsoft Entra 로그인 정책이 로그인을 거부했습니다: "{reply}". 보안 기본값이나 ' +
    '조건부 액세스 정책(MFA, "레거시 인증 차단")이 비밀번호 기반 SMTP AUTH를 통과시키지 ' +
    '않습니다.',
  'prov.microsoft.security-defaults.fix':
    '관리자가 정해야 합니다: 보안 기본값을 끄고(Entra 관리 센터 > ID > 개요 > 속성 > ' +
    '보안 기본값 관리) 이 발송 계정을 제외한 조건부 액세스로 대신하거나, 차단 ' +
    '정책에서 이 계정을 제외하세요. 메일함의 "인증된 SMTP"가 켜져 있는지도 ' +
    '확인하세요. 이 정책들을 통과하는 OAuth 2.0(XOAUTH2)을 쓰는 것이 더 좋습니다.',
  'prov.microsoft.wrong-credentials.cause': 'Exchange Online이 로그인을 거부했습니다: "{reply}".',
  'prov.microsoft.wrong-credentials.fix':
    '사용자 이름(별칭이 아닌 전체 UPN, 예: name@yourtenant.com)과 비밀번호를 확인하세요. ' +
    '둘 다 맞다면, 메일함의 SMTP AUTH가 꺼져 있거나 계정에 MFA가 적용된 경우에도 같은 ' +
    '응답이 옵니다. 메일함의 "인증된 SMTP"를 켜거나(Microsoft 365 관리 센터 > 사용자 > ' +
    '해당 사용자 > 메일 > 전자 메일 앱 관리) OAuth 2.0(XOAUTH2)으로 바꾸세요.',
  'prov.microsoft.not-authenticated.cause':
    'Exchange Online이 로그인하지 않은 클라이언트의 메일을 거부했습니다: "{reply}".',
  'prov.microsoft.not-authenticated.fix':
    'MAIL FROM 전에 로그인하세요: smtp.office365.com:587에 --security starttls로 연결하고 --user와 ' +
    '비밀번호 입력 방식을 지정하세요 (nodemailer auth, .NET SmtpClient는 ' +
    'UseDefaultCredentials=false와 Credentials 지정, Spring mail.smtp.auth=true). 앞의 AUTH 단계가 ' +
    '실패했다면 그것부터 고치세요. 로그인 없이 보내려면 테넌트의 MX ' +
    '엔드포인트(<도메인>.mail.protection.outlook.com:25)와 이 IP 주소를 신뢰하는 커넥터를 ' +
    '쓰세요.',
  'prov.microsoft.send-as-denied.cause':
    'Exchange가 From 주소로 보내는 것을 거부했습니다. 로그인한 메일함에 그 주소의 ' +
    '"다른 사용자로 보내기(Send As)" 권한이 없습니다 ("{reply}").',
  'prov.microsoft.send-as-denied.fix':
    'From을 로그인한 메일함({user})과 같게 하거나, 관리자가 From에 쓸 메일함이나 그룹에 ' +
    '로그인 계정의 Send As 권한을 주게 하세요 (Microsoft 365 관리 센터 > 사용자 또는 팀 및 ' +
    '그룹 > 해당 메일함 > 메일 > 다른 사용자로 보내기, 또는 Add-RecipientPermission -Identity ' +
    '<From주소> -Trustee <로그인> -AccessRights SendAs). 답장만 그 주소로 받으면 된다면 ' +
    'Reply-To에 넣으세요.',
  'prov.microsoft.submission-quota.cause':
    '메일함이 Exchange Online 발송 한도(제출 할당량)에 도달했습니다: "{reply}".',
  'prov.microsoft.submission-quota.fix':
    '기다리세요. 수신자 한도(메일함당 하루 10,000명)는 최근 24시간 기준이고, SMTP AUTH는 ' +
    '분당 30통으로도 제한됩니다. 발송을 분산하고, 대량 메일은 사용자 메일함 대신 ' +
    '전용 발송 서비스나 Azure Communication Services를 쓰세요.',
  'prov.microsoft.ip-blocked.cause':
    'Exchange Online이 이 IP 주소나 테넌트의 트래픽을 거부하고 있습니다: "{reply}".',
  'prov.microsoft.ip-blocked.fix':
    '응답에 발송 IP 주소가 나오면 원인(탈취된 계정, 스팸, SPF/DKIM 누락)을 고친 뒤 ' +
    'https://sender.office.com에서 차단 해제를 요청하세요. 5.7.705(테넌트 임계값 초과)는 ' +
    '관리자가 테넌트를 정리한 뒤 Microsoft 지원에 해제를 요청해야 합니다. Microsoft ' +
    'Defender > 제한된 엔터티에서 차단된 사용자도 확인하세요.',
  'prov.microsoft.unregistered-domain.cause':
    'Exchange Online이 테넌트에 등록되지 않은 도메인으로 보내는 것을 막았습니다: "{reply}".',
  'prov.microsoft.unregistered-domain.fix':
    '테넌트에 추가·확인된 도메인의 주소로 보내세요 (Microsoft 365 관리 센터 > 설정 > ' +
    '도메인). {from}의 도메인을 추가해 확인하거나 --from을 바꾸세요.',
  'prov.microsoft.recipient-dbeb.cause':
    '받는 Microsoft 365 조직에 이 수신자가 없습니다. 디렉터리 기반 에지 차단(DBEB)이 ' +
    '거부했습니다: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix':
    '수신자 주소 {to}를 확인하세요. 있어야 하는 주소라면 받는 쪽 관리자가 ' +
    '메일함이나 연락처를 만들거나 Entra ID에 동기화해야 합니다. 스팸 검사 전에 ' +
    '막히는 것이라 보내는 쪽 설정으로는 바꿀 수 없습니다.',
  'prov.exchange.client-not-authenticated.cause':
    'Exchange가 익명 메일 제출을 거부했습니다: "{reply}".',
  'prov.exchange.client-not-authenticated.fix':
    '클라이언트 제출 포트 587에 --security starttls로 연결해 먼저 로그인하세요 (--user에 ' +
    'DOMAIN\\user 또는 주소, 비밀번호 입력 방식 지정). Exchange는 그 포트에서 TLS 뒤에만 ' +
    'AUTH를 제공합니다. 로그인 없이 보내려면 Exchange 관리자가 익명 릴레이 수신 ' +
    '커넥터에 이 IP 주소를 허용해야 합니다.',
  'prov.exchange.unable-to-relay.cause':
    'Exchange(또는 IIS SMTP)가 {to}로의 릴레이를 거부했습니다: "{reply}". 인증된 ' +
    '클라이언트나 허용된 IP 주소에만 릴레이합니다.',
  'prov.exchange.unable-to-relay.fix':
    '인증하거나(587 포트에 --security starttls로 --user와 비밀번호 입력 방식 지정), Exchange ' +
    '관리자에게 이 IP 주소를 릴레이 수신 커넥터에 추가해 달라고 하세요 (IIS SMTP: 기본 ' +
    'SMTP 가상 서버 > 액세스 > 릴레이). 서버 자체 도메인으로 보내는 것은 릴레이가 ' +
    '필요 없습니다.',
};
