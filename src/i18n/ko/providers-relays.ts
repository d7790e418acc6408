import type { enProvidersRelays } from '../en/providers-relays.js';

/** 카탈로그 부분: providers-relays (../en/providers-relays.ts의 한국어판). */
export const koProvidersRelays: Record<keyof typeof enProvidersRelays, string> = {

  // ---- Amazon SES
  'prov.ses.smtp-credentials.cause':
    'Amazon SES가 SMTP 자격 증명을 거부했습니다: "{reply}". SES SMTP 자격 증명은 IAM 액세스 ' +
    '키·시크릿과 다르고, 만든 AWS 리전에서만 동작합니다.',
  'prov.ses.smtp-credentials.fix':
    '보내는 리전의 SES 콘솔에서 SMTP 자격 증명을 만들고(SES > SMTP settings > Create SMTP ' +
    'credentials) 그 SMTP 사용자 이름과 SMTP 비밀번호를 쓰세요. 호스트도 같은 리전이어야 ' +
    '합니다: email-smtp.<리전>.amazonaws.com. IAM 키를 교체했다면 SMTP 비밀번호를 새로 ' +
    '만들어야 하고, 두 값 모두 공백 없이 복사하세요.',
  'prov.ses.identity-not-verified.cause':
    'Amazon SES가 이 리전에서 확인되지 않은 주소나 도메인이 있어 메시지를 ' +
    '거부했습니다: "{reply}".',
  'prov.ses.identity-not-verified.fix':
    'SMTP 호스트와 같은 리전의 SES > Identities에서 From 도메인이나 주소({from})를 ' +
    '확인(verify)하세요. 계정이 SES 샌드박스에 있으면 모든 수신자도 확인되어 있어야 ' +
    '합니다. 테스트 수신자를 확인하거나 프로덕션 액세스를 요청하세요 (SES > Account ' +
    'dashboard > Request production access).',
  'prov.ses.throttling.cause': 'Amazon SES가 발송 속도를 제한했습니다: "{reply}".',
  'prov.ses.throttling.fix':
    '계정의 최대 발송 속도(SES > Account dashboard)보다 빠르게 보내지 말고 24시간 할당량 ' +
    '안에서 보내세요. 454 응답은 버리지 말고 간격을 늘려 재시도하세요 (nodemailer pool의 ' +
    'rateLimit/maxMessages). 더 필요하면 SES 콘솔에서 한도 증가를 요청하세요.',
  'prov.ses.starttls.cause': 'Amazon SES는 인증 전에 TLS를 요구합니다: "{reply}".',
  'prov.ses.starttls.fix':
    '587(또는 25/2587) 포트는 --security starttls, 465(또는 2465) 포트는 --security tls로 ' +
    '연결하세요. nodemailer는 port 587, secure false, requireTLS true, Spring은 ' +
    'mail.smtp.starttls.enable=true와 mail.smtp.starttls.required=true입니다.',

  // ---- SendGrid
  'prov.sendgrid.bad-credentials.cause': 'SendGrid가 로그인을 거부했습니다: "{reply}".',
  'prov.sendgrid.bad-credentials.fix':
    '사용자 이름은 글자 그대로 apikey, 비밀번호는 "Mail Send" 권한이 있는 API 키입니다 ' +
    '(Settings > API Keys). SendGrid 로그인 이름이나 API 키 ID로는 안 됩니다. 키가 삭제되거나 ' +
    '폐기되었다면 새로 만드세요.',
  'prov.sendgrid.sender-identity.cause':
    'SendGrid가 From 주소를 거부했습니다. 확인된 발신자 ID(Sender Identity)가 아닙니다 ' +
    '("{reply}").',
  'prov.sendgrid.sender-identity.fix':
    'From 주소({from})를 Single Sender로 확인하거나 그 도메인을 인증한 뒤(Settings > Sender ' +
    'Authentication) 정확히 그 From으로 보내세요. 로그인 사용자 "apikey"는 발신자가 ' +
    '아닙니다.',
  'prov.sendgrid.unauthenticated.cause': 'SendGrid는 인증 없이 메일을 받지 않습니다: "{reply}".',
  'prov.sendgrid.unauthenticated.fix':
    '--user apikey와 API 키를 비밀번호로 로그인하세요 (nodemailer auth: { user: "apikey", pass: 키 ' +
    '}). 예전의 사용자 이름/비밀번호 로그인은 없어졌습니다.',

  // ---- Mailgun
  'prov.mailgun.bad-credentials.cause': 'Mailgun이 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.mailgun.bad-credentials.fix':
    '발송 도메인의 SMTP 자격 증명을 쓰세요 (Sending > Domain settings > SMTP credentials). ' +
    '로그인은 postmaster@mg.yourdomain.com 같은 전체 주소이고, 비밀번호는 거기서 정한 ' +
    '값입니다. 계정 비밀번호나 API 키가 아닙니다. EU 리전 도메인은 smtp.eu.mailgun.org를 ' +
    '씁니다.',
  'prov.mailgun.sandbox-recipient.cause':
    'Mailgun 샌드박스 도메인은 허용된 수신자에게만 보냅니다: "{reply}".',
  'prov.mailgun.sandbox-recipient.fix':
    '샌드박스 도메인의 Authorized Recipients에 수신자를 추가하고 확인받거나, 자신의 발송 ' +
    '도메인을 Mailgun에 추가·확인한 뒤 그 도메인으로 보내세요.',
  'prov.mailgun.account-not-activated.cause': 'Mailgun이 아직 이 도메인의 발송을 허용하지 않습니다: "{reply}".',
  'prov.mailgun.account-not-activated.fix':
    'Mailgun 계정을 활성화하고(활성화 메일, 요구하면 전화 인증) 다시 시도하세요. 실제 ' +
    '발송에는 확인된 자신의 도메인을 추가하세요.',

  // ---- Postmark
  'prov.postmark.bad-credentials.cause': 'Postmark가 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.postmark.bad-credentials.fix':
    'Server API 토큰(Servers > 해당 서버 > API Tokens)을 사용자 이름과 비밀번호 모두에 ' +
    '넣거나, SMTP 토큰의 Access Key를 사용자 이름, Secret Key를 비밀번호로 쓰세요. 계정 ' +
    '로그인이나 Account API 토큰으로는 안 됩니다. 포트는 587, 2525, 25에 STARTTLS입니다.',
  'prov.postmark.sender-signature.cause':
    'Postmark가 From 주소를 거부했습니다. 계정에서 확인된 발신자 서명(Sender Signature)이나 ' +
    '확인된 도메인이 아닙니다 ("{reply}").',
  'prov.postmark.sender-signature.fix':
    'Sender Signatures에서 {from}를 추가·확인하거나 그 도메인을 확인(DKIM, Return-Path DNS ' +
    '레코드)한 뒤 그 주소로 보내세요.',

  // ---- Brevo (Sendinblue)
  'prov.brevo.bad-credentials.cause': 'Brevo가 SMTP 로그인을 거부했습니다: "{reply}".',
  'prov.brevo.bad-credentials.fix':
    'Brevo에 표시된 SMTP 로그인(Settings > SMTP & API > SMTP, 계정 이메일과 다를 수 있음)과 SMTP ' +
    '키를 비밀번호로 쓰세요. Brevo 계정 비밀번호나 API 키(xkeysib-...)가 아닙니다. ' +
    '호스트는 smtp-relay.brevo.com, 포트는 587·2525(STARTTLS) 또는 465(TLS)입니다.',
  'prov.brevo.authenticate-first.cause':
    '세션이 로그인되지 않아 Brevo가 MAIL FROM을 거부했습니다: "{reply}".',
  'prov.brevo.authenticate-first.fix':
    '클라이언트가 AUTH(SMTP 로그인과 SMTP 키)를 보내는지, AUTH 뒤에 EHLO를 다시 보내지 ' +
    '않는지 확인하세요. Brevo는 새 EHLO에서 로그인을 초기화합니다. Python smtplib 라면 ' +
    'login() 다음에 ehlo() 없이 sendmail()을 호출하세요.',
};
