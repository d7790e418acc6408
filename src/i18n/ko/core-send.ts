import type { enCoreSend } from '../en/core-send.js';

/** 카탈로그 부분: core-send (../en/core-send.ts의 한국어판). */
export const koCoreSend: Record<keyof typeof enCoreSend, string> = {
  'auth.plaintext-refused.cause': '{host}:{port} 연결이 암호화되지 않아서 smtp-doctor가 인증 정보를 보내지 않았습니다.',
  'auth.plaintext-refused.fix':
    '암호화된 연결을 쓰세요: 587에서 --security starttls, 또는 465에서 --security tls. 직접 ' +
    '관리하는 서버와 신뢰된 네트워크에서만 --allow-plaintext-auth로 그대로 보낼 수 ' +
    '있습니다.',
  'auth.after-starttls-only.cause': '서버는 STARTTLS 이후에만 AUTH를 제공하는데, 이 연결은 TLS로 올리지 않았습니다.',
  'auth.after-starttls-only.fix':
    '--security starttls를 쓰세요 (nodemailer requireTLS: true, Spring mail.smtp.starttls.enable=true, ' +
    'Python은 login() 전에 starttls()).',
  'auth.missing.cause': '사용자 이름은 있지만 비밀번호가 없습니다.',
  'auth.missing.fix':
    '--password-env 변수명, --password-file 경로, --password-stdin 중 하나로 비밀번호를 주세요 ' +
    '(환경 변수가 설정되어 있고 비어 있지 않은지 확인하세요).',
  'auth.not-offered.cause':
    '이 포트는 로그인을 받지 않습니다. 서버가 이 연결에서 AUTH를 제공하지 ' +
    '않으므로(TLS 전에도, 후에도) 인증 정보를 확인할 수 없습니다.',
  'auth.not-offered.fix':
    '{port}번 포트는 서버 간 전달용일 수 있습니다. 발송용 포트(587 + --security starttls, ' +
    '또는 465 + --security tls)를 쓰거나, IP로 허용하는 릴레이라면 --user를 빼세요.',
  'auth.mechanism.cause': '인증 방식 {mechanism}을 서버가 지원하지 않습니다 (지원: {offered}).',
  'auth.mechanism.fix':
    '서버가 지원하는 방식을 쓰세요: --auth-method로 {offered} 중 하나 (nodemailer authMethod, ' +
    'Spring mail.smtp.auth.mechanisms).',
  'auth.wrong.cause': '서버가 사용자 이름이나 비밀번호를 거부했습니다: "{reply}".',
  'auth.wrong.fix':
    '사용자 이름(보통 전체 메일 주소, 예: {address})과 비밀번호를 확인하세요. 많은 ' +
    '서비스가 계정 비밀번호 대신 앱 비밀번호나 API 키를 요구합니다.',
  'gmail.bad-credentials.cause':
    'Gmail이 사용자 이름이나 비밀번호를 거부했습니다 (535 5.7.8 BadCredentials). Gmail은 이제 ' +
    'SMTP에 일반 계정 비밀번호를 받지 않습니다.',
  'gmail.bad-credentials.fix':
    'Google 계정에서 2단계 인증을 켜고, 앱 비밀번호(Google 계정 > 보안 > 앱 비밀번호)를 ' +
    '만들어 그 16자리를 공백 없이 비밀번호로 쓰세요. 사용자 이름은 전체 메일 ' +
    '주소입니다.',
  'gmail.app-password.cause': '이 계정은 2단계 인증이 켜져 있어서 Gmail이 앱 비밀번호를 요구합니다 (534 5.7.9).',
  'gmail.app-password.fix':
    '앱 비밀번호(Google 계정 > 보안 > 앱 비밀번호)를 만들어 계정 비밀번호 대신 공백 ' +
    '없이 쓰세요.',
  'auth.temporary.cause': '서버 쪽에서 인증이 일시적으로 실패했습니다: "{reply}".',
  'auth.temporary.fix':
    '잠시 후 다시 시도하세요. 계속되면 서버의 인증 시스템 문제이니 메일 관리자에게 ' +
    '문의하세요.',
  'send.sender.cause': '서버가 발신 주소 {from}을 거부했습니다: "{reply}".',
  'send.sender.fix':
    '이 계정이 쓸 수 있는 주소로 보내세요 (보통 로그인 주소 {user}, 또는 인증된 ' +
    '발신자/별칭). --from을 바꾸세요 (nodemailer from, Rails default from).',
  
  
  'auth.required.cause':
    '서버는 메일을 받기 전에 로그인을 요구하는데, 이 클라이언트는 로그인하지 ' +
    '않았습니다: "{reply}".',
  'auth.required.fix':
    '인증을 켜고 자격 증명을 주세요: --user와 --password-env (nodemailer auth: {user, pass}, Spring ' +
    'spring.mail.username/password와 mail.smtp.auth=true, PHPMailer SMTPAuth = true, .NET UseDefaultCredentials = ' +
    'false와 Credentials = new NetworkCredential(...)).',
  'auth.web-login.cause':
    '계정 주인이 브라우저에서 허용할 때까지 서비스가 이 로그인을 막았습니다: ' +
    '"{reply}".',
  'auth.web-login.fix':
    '브라우저로 계정에 로그인해서 차단된 시도를 확인한 뒤, 계정 비밀번호 대신 앱 ' +
    '비밀번호(Google: 2단계 인증 + https://myaccount.google.com/apppasswords)나 OAuth2를 쓰세요.',
  'auth.disabled-139.cause':
    'Microsoft 365가 이 계정의 SMTP AUTH를 허용하지 않아 로그인을 거부했습니다 (5.7.139): ' +
    '"{reply}". 테넌트나 메일함에서 SMTP AUTH가 꺼져 있거나, 보안 기본값, MFA/조건부 ' +
    '액세스가 흔한 원인입니다.',
  'auth.disabled-139.fix':
    'Microsoft 365 관리 센터에서 해당 메일함의 "인증된 SMTP"를 켜고 (Set-CASMailbox ' +
    '-SmtpClientAuthenticationDisabled $false) 테넌트가 SMTP AUTH를 허용하며 보안 기본값이 막지 ' +
    '않는지 확인하세요. 또는 OAuth2(XOAUTH2)나 Microsoft Graph로 옮기세요.',
  'send.recipient.cause': '서버가 수신자 {to}를 거부했습니다: "{reply}".',
  'send.recipient.fix':
    '수신 주소에 오타가 없는지 확인하세요. 주소가 맞다면 그 메일함이 없거나 메일을 ' +
    '받지 않는 상태입니다. 다른 수신자로 시험해 보세요.',
  'send.mailbox-unknown.cause': '수신자 {to}의 메일함이 서버에 없습니다(잘못된 수신 메일함 주소): "{reply}".',
  'send.mailbox-unknown.cause.explain': '수신자의 메일함이 서버에 없습니다(잘못된 수신 메일함 주소): "{reply}".',
  'send.mailbox-unknown.fix':
    '수신 주소에 오타가 없는지 확인하세요. 주소가 맞다면 그 메일함은 삭제되었거나 ' +
    '그 서버에 처음부터 없는 것입니다. 수신자에게 현재 주소를 확인하세요.',
  'send.relay.cause':
    '서버가 {to}로의 중계(relay)를 거부했습니다: "{reply}". 인증한 사용자나 자기 ' +
    '도메인에 대해서만 중계합니다.',
  'send.relay.fix':
    '발송용 포트(587/465)에서 인증(--user와 비밀번호)을 하거나, 서버 자신의 도메인 ' +
    '주소로 보내세요.',
  'send.size.cause': '메시지가 서버가 받는 크기보다 큽니다: "{reply}".',
  'send.size.fix':
    '더 작은 메시지를 보내거나(EHLO 응답의 SIZE 제한 확인) 제한을 올려 달라고 ' +
    '요청하세요.',
  'send.policy.cause': '서버가 정책상 메시지를 거부했습니다: "{reply}".',
  'send.policy.fix':
    '응답 문구를 읽어 보세요. 스팸 필터, 발신 도메인의 SPF/DKIM/DMARC 실패, 내용 규칙이 ' +
    '흔한 원인입니다. 발신 도메인의 DNS 레코드를 고치거나 관리자에게 문의하세요.',
  'limits.rate.cause': '발송 또는 연결 한도에 걸렸습니다: "{reply}".',
  'limits.rate.fix':
    '잠시 기다렸다가 다시 시도하고, 발송 빈도나 묶음 크기를 줄이세요. 이 계정의 ' +
    '발송 한도를 서비스 문서에서 확인하세요.',
  'server.temporary.cause': '서버가 일시적인 오류를 알렸습니다: "{reply}".',
  'server.temporary.fix':
    '잠시 후 다시 시도하세요. 일시적 오류(4xx)는 대개 저절로 풀립니다. 계속되면 메일 ' +
    '관리자에게 문의하세요.',
};
