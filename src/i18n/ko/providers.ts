import type { enProviders } from '../en/providers.js';

import { koProvidersBig } from './providers-big.js';
import { koProvidersRelays } from './providers-relays.js';

/** 카탈로그 조각: 메일 서비스별 진단. 영어 원문은 ../en/providers.ts (2026-11 확인). */
export const koProviders: Record<keyof typeof enProviders, string> = {
  'prov.unauthenticated-sender.cause':
    '받는 쪽 메일 서비스가 발신자가 인증되지 않았다며 거부했습니다. From 도메인에 ' +
    '대해 SPF도 DKIM도 통과하지 못했습니다 ("{reply}").',
  'prov.unauthenticated-sender.fix':
    '{from}의 도메인에 보내는 서버나 발송 서비스를 포함한 SPF 레코드를 게시하고, 그 ' +
    '도메인으로 DKIM 서명을 켜고(발송 서비스의 도메인 인증), DMARC 레코드를 ' +
    '추가하세요. 또는 From 도메인을 호스팅하는 서비스로 보내세요. 받은 메일의 ' +
    'Authentication-Results 헤더로 결과를 확인할 수 있습니다.',

  // ---- Zoho Mail
  'prov.zoho.auth-failed.cause': 'Zoho Mail이 로그인을 거부했습니다: "{reply}".',
  'prov.zoho.auth-failed.fix':
    '사용자 이름은 전체 이메일 주소이고, 2단계 인증을 켰다면 애플리케이션 전용 ' +
    '비밀번호(Zoho Accounts > 보안 > 앱 비밀번호)를 쓰세요. 데이터 센터에 맞는 호스트로 ' +
    '연결하세요: smtp.zoho.com, .eu, .in, .com.au ... 유료 조직(자체 도메인) 계정은 smtppro.zoho.* ' +
    '입니다.',
  'prov.zoho.relaying-disallowed.cause':
    'Zoho가 From 주소를 거부했습니다. 로그인한 계정의 주소나 별칭이 아닙니다 ("{reply}").',
  'prov.zoho.relaying-disallowed.fix':
    'From을 로그인 주소({user})나 그 별칭(Zoho Mail > 설정 > 메일 계정)으로 보내고, From ' +
    '헤더가 아예 비어 있지 않은지 확인하세요 (From이 비면 "Relaying disallowed as @"가 ' +
    '납니다).',

  // ---- Yahoo / AOL
  'prov.yahoo.app-password.cause':
    'Yahoo가 비밀번호 로그인을 거부했습니다 (#AUTH005): "{reply}". Yahoo는 SMTP에 계정 ' +
    '비밀번호를 받지 않으며, 반복해서 시도하면 한동안 잠기기도 합니다.',
  'prov.yahoo.app-password.fix':
    '앱 비밀번호를 만들고(Yahoo 계정 > 계정 보안 > 앱 비밀번호 생성, AOL도 같음) 전체 ' +
    '주소를 사용자 이름으로 해서 SMTP 비밀번호로 쓰세요. smtp.mail.yahoo.com 465(--security ' +
    'tls) 또는 587(--security starttls)입니다. 계정이 잠겼다면 한동안 재시도를 멈추세요.',

  // ---- iCloud
  'prov.icloud.app-password.cause':
    'iCloud Mail이 로그인을 거부했습니다 ({reply}). iCloud는 SMTP에 Apple 계정 비밀번호를 ' +
    '받지 않고 앱 암호가 필요합니다.',
  'prov.icloud.app-password.fix':
    'https://account.apple.com (로그인 및 보안 > 앱 암호, 이중 인증 필요)에서 앱 암호를 ' +
    '만들어 전체 iCloud Mail 주소와 함께 쓰세요. smtp.mail.me.com 587 포트에 --security starttls로 ' +
    '연결합니다.',

  // ---- QQ Mail
  'prov.qq.authorization-code.cause':
    'QQ 메일이 로그인을 거부했습니다: "{reply}". QQ 메일은 SMTP에 QQ 비밀번호가 아니라 ' +
    '인증 코드(授权码)만 받으며, SMTP 서비스가 켜져 있어야 합니다.',
  'prov.qq.authorization-code.fix':
    'QQ 메일의 设置 > 账号(설정 > 계정)에서 POP3/IMAP/SMTP 서비스를 켜고 인증 ' +
    '코드(授权码)를 만든 뒤 그 코드를 비밀번호로, 전체 QQ 주소를 사용자 이름으로 ' +
    '쓰세요. smtp.qq.com 465(--security tls) 또는 587(--security starttls)입니다.',
  'prov.qq.secure-connection.cause': 'QQ 메일은 로그인 전에 암호화된 연결을 요구합니다: "{reply}".',
  'prov.qq.secure-connection.fix':
    'smtp.qq.com 465 포트에 --security tls(Spring mail.smtp.ssl.enable=true)로, 또는 587 포트에 --security ' +
    'starttls(mail.smtp.starttls.enable=true, ssl.enable 없이)로 연결하세요. 두 방식을 섞지 마세요.',

  // ---- NetEase 163 / 126
  'prov.netease.authorization-code.cause':
    '넷이즈 메일(163/126)이 로그인을 거부했습니다: "{reply}". SMTP를 켜고 웹 비밀번호가 ' +
    '아닌 클라이언트 인증 비밀번호(授权码)를 써야 합니다.',
  'prov.netease.authorization-code.fix':
    '163/126 웹메일의 设置 > POP3/SMTP/IMAP에서 SMTP 서비스를 켜고 클라이언트 인증 ' +
    '비밀번호(授权码)를 추가한 뒤, 전체 주소를 사용자 이름으로 해서 SMTP 비밀번호로 ' +
    '쓰세요. smtp.163.com(또는 smtp.126.com) 465 포트에 --security tls입니다.',
  'prov.netease.no-permission.cause':
    '넷이즈 메일(Coremail)이 거부했습니다. 이 계정에 SMTP가 켜져 있지 않습니다 ("{reply}").',
  'prov.netease.no-permission.fix':
    '웹메일에서 SMTP 서비스를 켜고(设置 > POP3/SMTP/IMAP > 开启 SMTP服务) 클라이언트 인증 ' +
    '비밀번호(授权码)를 만들어 그것으로 로그인하세요. From도 같은 계정이어야 합니다.',

  // ---- Naver, Daum / Kakao
  'prov.naver.auth-failed.cause': '네이버 메일이 로그인을 거부했습니다 ({reply}).',
  'prov.naver.auth-failed.fix':
    '네이버 메일 환경설정 > POP3/IMAP 설정에서 "POP3/SMTP 사용" 또는 "IMAP/SMTP 사용"을 켜고 ' +
    '저장하세요. 사용자 이름은 네이버 ID(또는 전체 @naver.com 주소)이고, 2단계 인증을 ' +
    '쓰면 애플리케이션 비밀번호(네이버 내정보 > 보안설정 > 2단계 인증 > ' +
    '애플리케이션 비밀번호)를 쓰세요. smtp.naver.com 465(--security tls) 또는 587(--security ' +
    'starttls)입니다.',
  'prov.daum.auth-failed.cause': '다음/카카오 메일이 로그인을 거부했습니다 ({reply}).',
  'prov.daum.auth-failed.fix':
    'PC 웹의 다음 메일 환경설정 > IMAP/POP3에서 "IMAP/SMTP 사용"을 사용함으로 바꾸고 ' +
    '저장하세요. 카카오 계정에 2단계 인증을 쓰면 2단계 인증 설정에서 발급받은 앱 ' +
    '비밀번호를 쓰세요. smtp.daum.net 465 포트에 --security tls입니다.',

  // ---- self-hosted: Postfix, Exim, Exchange on-premises
  'prov.postfix.sasl-failed.cause':
    'Postfix에 SASL 로그인 실패가 기록되었습니다. 사용자 이름이나 비밀번호가 ' +
    '틀렸거나, SASL 백엔드(Dovecot auth, saslauthd)가 확인하지 못했습니다.',
  'prov.postfix.sasl-failed.fix':
    '메일함이 실제로 쓰는 로그인(대개 전체 주소)과 비밀번호를 확인하세요. ' +
    '서버에서는 Dovecot/saslauthd 로그에서 이유("unknown user", "password mismatch", "cannot connect to ' +
    'saslauthd")를 보세요. 모르는 주소에서 이런 줄이 많이 찍힌다면 비밀번호 대입 ' +
    '공격이니 설정을 바꾸기보다 fail2ban 등으로 막으세요.',
  'prov.postfix.unknown-client-hostname.cause':
    '이 클라이언트의 IP 주소에 올바른 역방향 DNS 이름이 없어 서버가 거부했습니다: ' +
    '"{reply}".',
  'prov.postfix.unknown-client-hostname.fix':
    'IP를 관리하는 곳(클라우드나 ISP)에서 발송 IP 주소의 PTR(역방향 DNS) 레코드를 ' +
    '설정하고, 그 이름의 A/AAAA 레코드가 같은 주소를 가리키게 하세요. 그 이름을 ' +
    '--helo로 쓰세요. 또는 직접 전달하지 말고 메일 서비스의 제출(submission) 서버로 ' +
    '보내세요.',
  'prov.exim.incorrect-auth.cause': 'Exim 서버가 로그인을 거부했습니다: "{reply}".',
  'prov.exim.incorrect-auth.fix':
    '사용자 이름은 전체 메일함 주소, 비밀번호는 그 메일함의 비밀번호입니다 (cPanel: ' +
    '이메일 계정 > 해당 계정). 확실하지 않으면 재설정하세요. 실패가 반복되면 ' +
    '클라이언트 IP 주소가 차단될 수 있으니(cPHulk, fail2ban) 확인하는 동안 재시도를 ' +
    '멈추세요.',
  'prov.exim.relay-not-permitted.cause':
    '서버가 릴레이를 거부했습니다: "{reply}". 다른 도메인으로 가는 메일은 인증된 ' +
    '클라이언트에게서만 받습니다.',
  'prov.exim.relay-not-permitted.fix':
    '보내기 전에 로그인하세요 (--user와 비밀번호 입력 방식, 587은 --security starttls, 465는 ' +
    '--security tls). cPanel/Exim이라면 From 도메인이 그 서버에 호스팅되어 있는지, "SMTP ' +
    '제한" 설정이 막고 있지 않은지도 확인하세요.',
  'prov.exim.sender-verify-failed.cause':
    '받는 서버가 발신자 주소를 확인하지 못해 메일을 거부했습니다: "{reply}".',
  'prov.exim.sender-verify-failed.fix':
    '실제로 존재하고 메일을 받을 수 있는 주소로 보내세요. MX 레코드가 있는 도메인의 ' +
    '실제 메일함이어야 하고, user@localhost 같은 로컬 이름이나 반송되는 noreply@ 주소는 ' +
    '안 됩니다. --from을 그렇게 바꾸세요 (봉투 발신자도: nodemailer envelope.from, Postfix ' +
    'myorigin).',

  // ---- hints
  'hint.gmail.smtp-relay':
    'Gmail: smtp.gmail.com은 로그인(앱 비밀번호나 OAuth)이 필요합니다. IP 주소만으로 메일을 ' +
    '받는 것은 Workspace의 smtp-relay.gmail.com 뿐이고, 관리 콘솔 > Gmail > 라우팅 > SMTP 릴레이 ' +
    '서비스에 IP를 등록해야 합니다.',
  'hint.gmail.sending-limits':
    'Gmail: 발송 한도는 최근 24시간 기준으로 셉니다 (https://support.google.com/a/answer/166852). ' +
    '대량·트랜잭션 메일은 전용 발송 서비스를 쓰세요.',
  'hint.gmail.sender-guidelines':
    'Gmail: 발신자는 SPF 나 DKIM을 통과해야 하고, 대량 발신자는 DMARC와 원클릭 수신 ' +
    '거부도 필요합니다 (https://support.google.com/mail/answer/81126). Google Postmaster Tools를 ' +
    '확인하세요.',
  'hint.microsoft.basic-auth-retirement':
    'Microsoft: Exchange Online SMTP AUTH의 기본 인증(사용자 이름·비밀번호)은 단계적으로 ' +
    '없어집니다 (MC786329, 2026-11 확인: 2026년 12월 말까지는 그대로, 그 뒤 기존 테넌트는 ' +
    '기본값이 꺼짐, 최종 제거일은 2027년에 발표). 개인 Outlook.com 계정은 2024년 9월 ' +
    '16일에 이미 끝났습니다. OAuth 2.0(XOAUTH2)을 준비하세요.',
  'hint.microsoft.send-as':
    'Microsoft 365: From은 로그인한 메일함이거나, 로그인 계정이 "다른 사용자로 ' +
    '보내기(Send As)" 권한을 가진 메일함·그룹이어야 합니다. SMTP AUTH에서는 "대리 ' +
    '보내기(Send on behalf)"로는 부족합니다.',
  'hint.microsoft.limits':
    'Microsoft 365: 메일함당 하루 수신자 10,000명, SMTP AUTH는 분당 30통까지입니다. 사용자 ' +
    '메일함은 대량 메일용이 아닙니다.',
  'hint.sendgrid.sender-identity':
    'SendGrid: 모든 From 주소는 확인된 Single Sender이거나 인증된 도메인에 속해야 합니다 ' +
    '(Settings > Sender Authentication).',
  'hint.ses.sandbox':
    'Amazon SES: ID 확인은 리전별이고, 샌드박스에서는 프로덕션 액세스를 받을 때까지 ' +
    '모든 수신자도 확인되어 있어야 합니다.',
  'hint.ses.quotas':
    'Amazon SES: 계정 대시보드에서 이 리전의 최대 발송 속도와 24시간 할당량을 볼 수 ' +
    '있습니다. 발송 속도를 그에 맞추세요.',
  'hint.mailgun.smtp-credentials':
    'Mailgun: SMTP 로그인은 발송 도메인별입니다 (postmaster@mg.yourdomain.com 또는 만든 SMTP ' +
    '사용자). EU 도메인은 smtp.eu.mailgun.org를 씁니다.',
  'hint.mailgun.sandbox':
    'Mailgun: 샌드박스 도메인은 Authorized Recipients 에게만 보냅니다. 실제 발송에는 확인된 ' +
    '자신의 도메인을 추가하세요.',
  'hint.postmark.server-token':
    'Postmark: SMTP는 서버별 Server API 토큰을 사용자 이름과 비밀번호 모두로 쓰거나 SMTP ' +
    '토큰 키 쌍으로 로그인합니다.',
  'hint.postmark.sender-signature':
    'Postmark: From 주소에는 확인된 발신자 서명(Sender Signature)이나 확인된 도메인이 ' +
    '필요합니다.',
  'hint.brevo.smtp-key':
    'Brevo: SMTP는 Settings > SMTP & API의 SMTP 로그인과 SMTP 키를 씁니다. 계정 비밀번호나 API ' +
    '키가 아닙니다.',
  'hint.brevo.senders':
    'Brevo: From 주소는 확인된 발신자이거나 인증된 도메인에 속해야 합니다 (Senders, ' +
    'Domains & Dedicated IPs).',
  'hint.zoho.account':
    'Zoho: 사용자 이름은 전체 주소, From은 그 주소나 별칭이어야 하고, 2단계 인증 ' +
    '계정은 애플리케이션 전용 비밀번호가 필요하며, 호스트는 데이터 센터에 맞아야 ' +
    '합니다 (smtp.zoho.com/.eu/.in..., 조직 계정은 smtppro.*).',
  'hint.yahoo.app-password':
    'Yahoo/AOL: SMTP에는 앱 비밀번호(계정 보안 > 앱 비밀번호 생성)와 전체 주소를 사용자 ' +
    '이름으로 씁니다.',
  'hint.icloud.app-password':
    'iCloud: SMTP에는 account.apple.com에서 만든 앱 암호, 전체 iCloud Mail 주소, smtp.mail.me.com:587 ' +
    'STARTTLS가 필요합니다.',
  'hint.qq.authorization-code':
    'QQ 메일: 설정 > 계정에서 POP3/IMAP/SMTP를 켜고 QQ 비밀번호가 아닌 인증 ' +
    '코드(授权码)로 로그인하세요.',
  'hint.netease.authorization-code':
    '넷이즈 163/126: 设置 > POP3/SMTP/IMAP에서 SMTP를 켜고 클라이언트 인증 ' +
    '비밀번호(授权码)로 로그인하세요.',
  ...koProvidersBig,
  ...koProvidersRelays,
};
