import type { enCore } from '../en/core.js';

import { koCoreSend } from './core-send.js';
import { koCoreConnect } from './core-connect.js';

/** 한국어 카탈로그. en.ts의 모든 키가 있어야 합니다 (컴파일러와 테스트가 확인). */
export const koCore: Record<keyof typeof enCore, string> = {
  'step.dns': 'DNS',
  'step.tcp': 'TCP 연결',
  'step.greeting': '인사말(Greeting)',
  'step.ehlo': 'EHLO',
  'step.tls': 'TLS',
  'step.auth': '인증(AUTH)',
  'step.send': '테스트 발송',
  'step.quit': 'QUIT',
  'ui.blocked-by': '{step} 단계 실패로 건너뜀',
  'ui.not-requested': '요청하지 않음',
  'ui.skip.connection-closed': '연결이 이미 끊어져 있었습니다',
  'ui.skip.security-none': '요청하지 않음 (--security none)',
  'ui.verdict.pass': '요청한 모든 단계를 통과했습니다.',
  'ui.verdict.warn': '통과했지만 경고가 있습니다.',
  'ui.verdict.fail': '실패했습니다.',
  'ui.diagnosis': '진단',
  'ui.cause': '원인',
  'ui.evidence': '근거',
  'ui.fix': '해결 방법',
  'ui.hint': '참고',
  'ui.transcript': 'SMTP 대화 기록',
  'ui.checking': '{host}:{port} ({security}) 점검 중',
  'ui.exit': '종료 코드 {code}',
  'ui.warning': '경고',

  'fact.addresses': '주소 {list}',
  'fact.mx': '주소는 없지만 MX 레코드가 있음: {list}',
  'fact.connected': '{addr}에 연결됨',
  'fact.attempt': '{address}: {outcome}',
  'fact.banner': '{code} {banner}',
  'fact.extensions': '확장 기능: {list}',
  'fact.auth-offered': '지원하는 AUTH: {list}',
  'unit.seconds': '{n}초',
  'fact.auth-none': '제공되는 AUTH 없음',
  'fact.auth-none-before-tls': 'TLS 전에는 AUTH 없음',
  'fact.tls': '{protocol}, {cipher}',
  'fact.cert': '인증서 {subject}, 발급자 {issuer}',
  'fact.cert-valid': '{validTo}까지 유효 ({daysLeft}일 남음)',
  'fact.cert-names': '인증서 이름: {list}',
  'fact.cert-verdict': '검증 결과: {verdict}',
  'fact.cert-matched': '일치한 이름: {name}',
  'fact.ehlo-changes': 'STARTTLS 이후 추가됨: {added}; TLS 전 AUTH: {before}, 후: {after}',
  'fact.mechanism': '방식 {mechanism}, 사용자 {user}',
  'fact.accepted': '수락됨; 서버 응답: {reply}',
  'fact.queue-id': '큐 ID {id}',
  'fact.message-id': 'Message-ID {id}',
  'fact.no-data': '발신자와 수신자가 수락됨; RSET 전송, 실제 발송은 하지 않음 (--no-data)',

  'verdict.trusted': '신뢰함',
  'verdict.self-signed': '자체 서명, 신뢰할 수 없음',
  'verdict.untrusted-issuer': '신뢰할 수 없는 발급자',
  'verdict.expired': '만료됨',
  'verdict.not-yet-valid': '아직 유효하지 않음',
  'verdict.wrong-name': '이름 불일치',
  'verdict.no-certificate': '인증서 없음',

  'warn.insecure-cert':
    '인증서를 검증하지 않았습니다 ({verdict}, {code}). --insecure 옵션 때문에 계속 ' +
    '진행합니다.',
  'warn.cert-expiring': '인증서가 {days}일 후 만료됩니다.',
  'warn.server-slow': '서버가 느리게 응답합니다: 응답 하나에 보통 {ms}ms가 걸립니다 (응답 {replies}개).',
  'warn.port-speaks-implicit-tls':
    '{port}번 포트는 일반 SMTP가 아니라 암묵적 TLS(연결 처음부터 TLS)로 동작합니다. ' +
    '클라이언트를 암묵적 TLS로 설정하세요 ' +
    '(--security tls, nodemailer secure: true). 대부분의 클라이언트는 465 외의 포트에서 STARTTLS를 ' +
    '가정합니다.',
  'warn.old-tls': '서버가 더 이상 안전하지 않은 {protocol}로 협상했습니다.',
  'warn.no-tls': '연결이 암호화되지 않았습니다. 서버가 STARTTLS를 제공하지 않습니다.',
  'warn.helo-fallback': '서버가 EHLO를 거부해서 HELO로 대신했습니다 (확장 기능 없음).',
  'warn.plaintext-auth': '암호화되지 않은 연결로 인증 정보를 보냈습니다 (--allow-plaintext-auth).',
  'warn.some-recipients-rejected': '일부 수신자가 거부되었습니다: {rejected}',
  'warn.password-argv':
    '--password는 비밀번호를 명령줄에 남겨서 같은 서버의 다른 사용자가 볼 수 있습니다 ' +
    '(ps, 셸 히스토리). --password-env, --password-file, --password-stdin을 쓰세요.',
  'warn.password-url':
    '비밀번호가 --url 안에 있어서 명령줄에 남고, 같은 서버의 다른 사용자가 볼 수 ' +
    '있습니다 (ps, 셸 히스토리). URL에서는 비밀번호를 빼고 (smtp://user@host:port) ' +
    '--password-env, --password-file, --password-stdin으로 주세요.',
  'warn.insecure-flag': '--insecure: 인증서 문제를 경고로만 표시하고 점검을 계속합니다.',
  'ehlo.rejected.cause': '서버가 클라이언트 인사 이름 "{helo}"를 거부했습니다: "{reply}".',
  'ehlo.rejected.fix':
    'DNS에서 조회되는 완전한 호스트 이름을 쓰세요: --helo mail.yourdomain.com (nodemailer name, ' +
    'Spring mail.smtp.localhost, Rails domain, Python local_hostname).',
  'ip.blocked.cause':
    '서버가 이 클라이언트의 IP 주소를 거부했습니다. 차단 목록에 올라 있거나 평판이 ' +
    '나쁩니다 ("{reply}").',
  'ip.blocked.fix':
    '직접 전달하지 말고 서비스의 인증 발송 서버(587/465)를 거쳐 보내거나, 응답에 적힌 ' +
    '목록(Spamhaus, Barracuda 등)에서 IP 해제를 요청하세요. 가정용·클라우드 IP는 기본으로 ' +
    '올라가 있는 경우가 많습니다.',

  'hint.gmail.app-password':
    'Gmail: 2단계 인증을 켠 뒤 앱 비밀번호(https://myaccount.google.com/apppasswords)를 쓰세요. ' +
    '"보안 수준이 낮은 앱 허용" 설정은 이제 없습니다.',
  'hint.microsoft.smtp-auth':
    'Microsoft 365: 테넌트와 메일함 모두에서 SMTP AUTH(인증된 SMTP)가 허용되어야 하고, 보안 ' +
    '기본값(security defaults)이 켜져 있으면 막힙니다. Microsoft는 SMTP AUTH의 기본 인증을 ' +
    '단계적으로 없애고 있습니다.',
  'hint.sendgrid.apikey': 'SendGrid: 사용자 이름은 글자 그대로 "apikey"이고 비밀번호는 API 키입니다.',
  'hint.ses.smtp-credentials': 'Amazon SES: IAM 액세스 키가 아니라 해당 리전에서 만든 SES SMTP 자격 증명을 쓰세요.',
  'hint.naver.enable-smtp':
    '네이버: 메일 환경설정에서 "POP3/SMTP 사용"을 켜야 하고, 2단계 인증을 쓰면 ' +
    '애플리케이션 비밀번호를 쓰세요.',
  'hint.daum.enable-smtp':
    '다음/카카오: 메일 환경설정에서 IMAP/SMTP 사용을 켜야 하고, 2단계 인증을 쓰면 앱 ' +
    '비밀번호를 쓰세요.',
  'hint.port25-blocked':
    '25번 포트는 ISP 나 클라우드에서 외부로 나가는 연결을 막는 경우가 많습니다. ' +
    '발송에는 587이나 465를 쓰세요.',
  'hint.all-addresses-failed': '{host}의 모든 주소에서 실패했습니다. 위의 시도 결과를 보세요.',

  'category.WRONG_CREDENTIALS': '사용자 이름 또는 비밀번호 오류',
  'category.APP_PASSWORD_REQUIRED': '앱 비밀번호 필요',
  'category.AUTH_DISABLED_BY_PROVIDER': '서비스에서 SMTP 인증이 꺼져 있음',
  'category.TLS_MODE_MISMATCH': 'TLS 방식과 포트 불일치',
  'category.STARTTLS_REQUIRED': '암호화(STARTTLS) 필요',
  'category.CERT_UNTRUSTED': '신뢰할 수 없는 인증서',
  'category.CERT_HOSTNAME_MISMATCH': '인증서 이름 불일치',
  'category.CERT_EXPIRED': '인증서 만료',
  'category.TLS_VERSION_OR_CIPHER': 'TLS 버전 또는 암호화 방식 불일치',
  'category.CONNECTION_REFUSED': '연결 거부',
  'category.CONNECTION_TIMEOUT': '연결 시간 초과',
  'category.DNS_FAILURE': 'DNS 조회 실패',
  'category.SENDER_NOT_AUTHORIZED': '허용되지 않은 발신자',
  'category.RELAY_DENIED': '중계(relay) 거부',
  'category.RECIPIENT_REJECTED': '수신자 거부',
  'category.MESSAGE_REJECTED_POLICY': '정책에 의한 메시지 거부',
  'category.SIZE_LIMIT': '메시지 크기 초과',
  'category.RATE_LIMITED': '발송 한도 초과',
  'category.SERVER_TEMPORARY_FAILURE': '서버 일시 오류',
  'category.HELO_REJECTED': 'HELO/EHLO 이름 거부',
  'category.AUTH_MECHANISM_UNSUPPORTED': '지원하지 않는 인증 방식',
  'category.CLIENT_IP_BLOCKED': '클라이언트 IP 차단',
  'category.PROTOCOL_ERROR': '프로토콜 오류',
  'category.MISSING_CREDENTIALS': '인증 정보 누락',

  'err.usage': '오류: {message}',
  'err.try-help': 'smtp-doctor --help 참고',
  'err.internal': 'smtp-doctor 자체에서 오류가 났습니다 (서버에 대한 진단 결과가 아닙니다): {message}',
  'err.missing-host': '--host (SMTP 서버 이름)가 없습니다',
  'err.bad-host':
    '호스트 이름 "{value}"이(가) 올바르지 않습니다: URL이나 문장이 아니라 이름이나 ' +
    '주소(smtp.example.com, 192.0.2.10)를 쓰세요',
  'err.bad-port': '--port "{value}"가 올바르지 않습니다. 1~65535 사이 숫자를 주세요',
  'err.bad-security': '--security "{value}"가 올바르지 않습니다. starttls, tls, none, auto 중 하나를 쓰세요',
  'err.bad-auth-method':
    '--auth-method "{value}"가 올바르지 않습니다. PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER 중 ' +
    '하나를 쓰세요',
  'err.bad-seconds': '{flag} "{value}"가 올바르지 않습니다. 초 단위 숫자를 주세요',
  'err.bad-timeout': '--timeout "{value}"가 올바르지 않습니다. 0보다 크고 600 이하인 초 단위 숫자를 주세요',
  'err.bad-family': '--family "{value}"가 올바르지 않습니다. 4 또는 6을 쓰세요',
  'err.to-without-from': '--to를 쓰려면 --from (테스트 메일의 발신 주소)이 필요합니다',
  'err.crlf': '{flag}에 줄바꿈 문자(CR, LF)가 들어 있으면 안 됩니다',
  'err.bad-address': '{flag} "{value}"는 메일 주소가 아닙니다',
  'err.password-env-unset': '환경 변수 {name} (--password-env)가 설정되어 있지 않습니다',
  'err.password-file': '--password-file {path}를 읽을 수 없습니다: {reason}',
  'err.password-stdin-tty': '--password-stdin은 터미널이 아니라 파이프로 비밀번호를 받아야 합니다',
  'err.password-stdin-too-long': '--password-stdin: 표준 입력이 {max}보다 깁니다. 비밀번호는 짧은 한 줄이어야 합니다',
  'err.password-needs-user': '--user 없이 비밀번호만 주어졌습니다',
  'err.several-password-sources':
    '비밀번호는 한 가지 방식으로만 주세요 (--password-env, --password-file, --password-stdin, ' +
    '--password 중 하나)',
  'err.no-password-source':
    '--user는 있는데 비밀번호를 받을 방법이 없습니다. --password-env 변수명, --password-file ' +
    '경로, --password-stdin 중 하나를 쓰세요 (입력 프롬프트는 터미널에서만 가능합니다)',
  'err.ca-file': '--ca {path}를 읽을 수 없습니다: {reason}',
  'err.ca-not-pem': '--ca {path}에 PEM 인증서가 없습니다',
  'err.bad-lang': '--lang "{value}"가 올바르지 않습니다. en 또는 ko를 쓰세요',
  'prompt.password': '{user}의 비밀번호',
  ...koCoreSend,
  ...koCoreConnect,
};
