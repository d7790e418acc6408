import type { enRfcSecurity } from '../en/rfc-security.js';

/** 카탈로그 부분: rfc-security (../en/rfc-security.ts의 한국어판). */
export const koRfcSecurity: Record<keyof typeof enRfcSecurity, string> = {
  'rfc.x.7.0.cause':
    '서버가 보안 또는 정책상의 이유로 거부했습니다 (X.7.x). 코드가 알려 주는 것은 ' +
    '여기까지입니다: "{reply}".',
  'rfc.x.7.0.fix':
    '응답 문구에 어떤 정책인지(로그인 필요, 스팸 필터, SPF/DKIM/DMARC, 차단 목록) 적혀 ' +
    '있습니다. 적힌 것을 고치거나 관리자에게 어떤 규칙에 걸렸는지 물어보세요.',

  // ---- X.7 보안·정책
  'rfc.x.7.1.cause':
    '서버가 허용되지 않은 배달이라며 거부했습니다 (X.7.1). 코드는 "허용 안 됨"까지만 ' +
    '알려 주고, 이유는 문구에 있습니다: "{reply}".',
  'rfc.x.7.1.fix':
    '흔한 이유는 로그인하지 않은 발송(--user), 계정이 쓸 수 없는 발신 주소(--from), ' +
    '스팸·차단 목록 규칙입니다. 문구에 적힌 것을 고치세요.',
  'rfc.x.7.2.cause':
    '이 메일링 리스트로는 보낼 권한이 없습니다 (X.7.2, 메일링 리스트 전개 금지): ' +
    '"{reply}".',
  'rfc.x.7.2.fix': '리스트 회원인 주소로 보내거나(--from) 리스트 관리자에게 허용을 요청하세요.',
  'rfc.x.7.3.cause': '메시지에 서버가 할 수 없는 보안 변환이 필요합니다 (X.7.3): "{reply}".',
  'rfc.x.7.3.fix':
    '서버가 다루지 못하는 서명·암호화 형식을 빼고 보내거나, 수신자에게 가능한 ' +
    '형식을 물어보세요.',
  'rfc.x.7.4.cause': '메시지가 서버가 지원하지 않는 보안 기능을 요구합니다 (X.7.4): "{reply}".',
  'rfc.x.7.4.fix':
    '클라이언트가 붙이는 보안 옵션(예: REQUIRETLS)을 빼거나, 그 기능을 지원하는 서버를 ' +
    '쓰세요.',
  'rfc.x.7.5.cause':
    '암호 검증이 실패했습니다. 키가 없거나 잘못된 경우입니다 (X.7.5, 암호화 실패): ' +
    '"{reply}".',
  'rfc.x.7.5.fix':
    '메시지의 서명·암호화 키(S/MIME, PGP)를 확인하세요. 서명하지 않은 테스트 메일로 ' +
    '원인을 확인할 수 있습니다.',
  'rfc.x.7.6.cause': '메시지가 서버가 지원하지 않는 암호 알고리즘을 씁니다 (X.7.6): "{reply}".',
  'rfc.x.7.6.fix': '널리 쓰이는 알고리즘(RSA + SHA-256)으로 서명·암호화하거나, 빼고 보내세요.',
  'rfc.x.7.7.cause':
    '메시지 무결성 검사에 실패했습니다. 전송 중에 손상되었거나 바뀌었습니다 (X.7.7): ' +
    '"{reply}".',
  'rfc.x.7.7.fix':
    '서명한 뒤에 메시지를 고치는 것(꼬리말, 프록시, 백신)이 있는지 찾고, 서명은 ' +
    '마지막에 하세요.',
  'rfc.x.7.8.cause': '서버가 인증 정보를 거부했습니다 (X.7.8, 잘못된 인증 정보): "{reply}".',
  'rfc.x.7.8.fix':
    '--user (보통 전체 메일 주소)와 비밀번호를 확인하세요. 많은 서비스가 앱 ' +
    '비밀번호나 API 키를 요구합니다 (nodemailer auth.user/auth.pass, Spring ' +
    'spring.mail.username/password).',
  'rfc.x.7.9.cause': '서버가 이 인증 방식을 너무 약하다고 봅니다 (X.7.9): "{reply}".',
  'rfc.x.7.9.fix':
    '서버가 지원하는 더 강한 방식을 TLS 위에서 쓰세요: --auth-method와 --security starttls ' +
    '또는 tls (nodemailer authMethod, Spring mail.smtp.auth.mechanisms).',
  'rfc.x.7.10.cause': '이 인증을 하려면 먼저 암호화된 연결이 필요합니다 (X.7.10, 암호화 필요): "{reply}".',
  'rfc.x.7.10.fix':
    'TLS를 켜세요: 587에서 --security starttls, 465에서 --security tls (nodemailer requireTLS 또는 ' +
    'secure, Spring mail.smtp.starttls.enable=true, Python은 login() 전에 starttls()).',
  'rfc.x.7.11.cause': '이 인증 방식은 암호화된 연결에서만 쓸 수 있습니다 (X.7.11): "{reply}".',
  'rfc.x.7.11.fix':
    '먼저 TLS로 연결하세요: --security starttls (587) 또는 --security tls (465). nodemailer requireTLS: ' +
    'true, Spring mail.smtp.starttls.enable=true, Django EMAIL_USE_TLS=True.',
  'rfc.x.7.12.cause':
    '이 인증 방식을 쓰기 전에 한 번 비밀번호 전환 과정이 필요합니다 (X.7.12, RFC 4954): ' +
    '"{reply}".',
  'rfc.x.7.12.fix':
    'TLS 위에서 PLAIN으로 한 번 로그인하세요 (--auth-method PLAIN --security starttls, nodemailer ' +
    'authMethod: "PLAIN"). 그 뒤에는 원래 방식이 동작해야 합니다.',
  'rfc.x.7.13.cause': '계정이 비활성화되어 있습니다 (X.7.13, 사용자 계정 비활성): "{reply}".',
  'rfc.x.7.13.fix': '서비스 관리 콘솔에서 계정이나 SMTP 접근을 다시 켜거나, 다른 계정(--user)을 쓰세요.',
  'rfc.x.7.14.cause':
    '서버가 이 로그인을 받기 전에 신뢰 관계나 추가 로그인 절차를 요구합니다 (X.7.14). ' +
    'Gmail은 "웹 브라우저로 로그인하세요"에 이 코드를 씁니다: "{reply}".',
  'rfc.x.7.14.fix':
    '브라우저로 계정에 로그인해 보안 확인을 마친 뒤 앱 비밀번호(--password-env ...)나 ' +
    'OAuth2를 쓰세요. 관리자가 SMTP 접근을 허용해야 할 수도 있습니다.',
  'rfc.x.7.15.cause': '메시지 우선순위가 낮아서 서버가 지금은 받지 않습니다 (X.7.15, RFC 6710): "{reply}".',
  'rfc.x.7.15.fix':
    '클라이언트가 보내는 MT-PRIORITY 값을 올리거나 빼고, 아니면 나중에 다시 ' +
    '시도하세요.',
  'rfc.x.7.16.cause': '요청한 우선순위에 비해 메시지가 너무 큽니다 (X.7.16, RFC 6710): "{reply}".',
  'rfc.x.7.16.fix': '메시지를 줄이거나 우선순위를 낮추세요 (MT-PRIORITY 빼기).',
  'rfc.x.7.17.cause':
    '발신자가 지정한 날짜 이후 수신 메일함의 주인이 바뀌었습니다 (X.7.17, RFC 7293): ' +
    '"{reply}".',
  'rfc.x.7.17.fix': '다시 보내기 전에 수신 주소(--to: {to})가 여전히 그 사람의 주소인지 확인하세요.',
  'rfc.x.7.18.cause':
    '발신자가 지정한 날짜 이후 수신 도메인의 주인이 바뀌었습니다 (X.7.18, RFC 7293): ' +
    '"{reply}".',
  'rfc.x.7.18.fix': '수신 주소(--to: {to})의 도메인이 여전히 그 조직의 것인지 확인하세요.',
  'rfc.x.7.19.cause':
    '발신자가 요청한 수신자 확인(RRVS)을 서버가 끝내지 못했습니다 (X.7.19, RFC 7293): ' +
    '"{reply}".',
  'rfc.x.7.19.fix': 'RRVS 파라미터 없이 보내거나, 다른 방법으로 수신 주소를 확인하세요.',
  'rfc.x.7.20.cause': '메시지에 통과한 DKIM 서명이 없습니다 (X.7.20, RFC 7372): "{reply}".',
  'rfc.x.7.20.fix':
    'From 도메인으로 DKIM 서명을 하세요 (발송 서비스나 MTA에서 설정). 셀렉터의 공개 ' +
    '키를 DNS에 게시해야 합니다.',
  'rfc.x.7.21.cause': 'DKIM 서명은 있지만 수신 측이 받아들이는 서명이 없습니다 (X.7.21): "{reply}".',
  'rfc.x.7.21.fix': 'From 도메인 자체의 1024비트 이상(2048비트 권장) 키로, From 헤더를 포함해 서명하세요.',
  'rfc.x.7.22.cause': '작성자(From) 도메인과 일치하는 유효한 DKIM 서명이 없습니다 (X.7.22): "{reply}".',
  'rfc.x.7.22.fix':
    'DKIM의 d= 도메인을 From 도메인(--from: {from})과 맞추세요. 발송 서비스에서 그 ' +
    '도메인의 DKIM을 설정하면 됩니다.',
  'rfc.x.7.23.cause':
    'SPF 검사에 실패했습니다. 발신 도메인의 SPF 레코드가 보내는 IP를 허용하지 ' +
    '않습니다 (X.7.23): "{reply}".',
  'rfc.x.7.23.fix':
    '봉투 발신자 도메인의 SPF 레코드에 발송 서비스를 추가(include:...)하거나, 레코드에 ' +
    '이미 있는 서버로 보내세요.',
  'rfc.x.7.24.cause':
    'SPF를 평가할 수 없었습니다. 발신 도메인의 SPF 레코드 조회가 실패했습니다 (X.7.24): ' +
    '"{reply}".',
  'rfc.x.7.24.fix':
    '발신 도메인의 SPF 레코드(문법, DNS 조회 10회 초과, SPF 레코드 두 개)와 DNS를 고치고 ' +
    'SPF 검사 도구로 확인하세요.',
  'rfc.x.7.25.cause':
    '보내는 IP 주소가 역방향 DNS 검사에 실패했습니다. PTR 레코드가 없거나 다시 그 IP를 ' +
    '가리키지 않습니다 (X.7.25): "{reply}".',
  'rfc.x.7.25.fix':
    '보내는 IP에 그 IP로 되돌아오는 이름의 PTR 레코드를 설정하세요 (호스팅 업체나 ' +
    'ISP에서 설정). 아니면 서비스의 발송 서버(587)를 통해 보내세요.',
  'rfc.x.7.26.cause': '메시지가 여러 인증 검사(대개 SPF, DKIM, 그래서 DMARC)에 실패했습니다 (X.7.26): "{reply}".',
  'rfc.x.7.26.fix':
    'From 도메인(--from: {from})에 SPF와 DKIM을 설정해서 DMARC가 통과하게 하거나, 그 ' +
    '도메인으로 서명해 주는 서비스로 보내세요.',
  'rfc.x.7.27.cause':
    '발신자 도메인이 "null MX"를 게시해서 메일을 받지 않는다고 밝혀 두었기 때문에 ' +
    '반송 메일이 돌아갈 수 없습니다 (X.7.27, RFC 7505): "{reply}".',
  'rfc.x.7.27.fix': '메일을 받는 도메인으로 보내거나(--from), null MX 대신 실제 MX 레코드를 설정하세요.',
  'rfc.x.7.28.cause':
    '수신 측이 비슷한 메일이 한꺼번에 몰려오는 것을 감지하고 발송을 제한하고 ' +
    '있습니다 (X.7.28, 메일 폭주 감지): "{reply}".',
  'rfc.x.7.28.fix':
    '속도를 줄이고 나중에 다시 시도하세요. 비슷한 메일을 한 번에 적게 보내고 수신 ' +
    '측의 대량 발송 가이드라인을 따르세요.',
  'rfc.x.7.29.cause': '메시지가 ARC 검증에 실패했습니다 (X.7.29, RFC 8617): "{reply}".',
  'rfc.x.7.29.fix':
    '대개 전달 서버나 메일링 리스트가 ARC 체인을 깨뜨린 경우입니다. 전달하는 ' +
    '시스템의 관리자에게 알리세요.',
  'rfc.x.7.30.cause':
    '메시지가 전 구간 TLS(REQUIRETLS)를 요구하는데 경로상의 서버가 이를 보장하지 ' +
    '못합니다 (X.7.30, RFC 8689): "{reply}".',
  'rfc.x.7.30.fix': 'REQUIRETLS 없이 보내거나 수신 측에 지원을 요청하세요.',
};
