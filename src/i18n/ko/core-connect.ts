import type { enCoreConnect } from '../en/core-connect.js';

/** 카탈로그 부분: core-connect (../en/core-connect.ts의 한국어판). */
export const koCoreConnect: Record<keyof typeof enCoreConnect, string> = {
  'tls.unverified-note': '인증서를 검증하지 않았습니다. --insecure 옵션 때문에 받아들였습니다',
  'tcp.partial': '{failed} (IPv{family}) {outcome}; {worked}로는 연결됨.',

  'dns.mail-domain.cause':
    '"{host}"에는 주소(A/AAAA)가 없고 MX 레코드({mx})만 있습니다. SMTP 서버 이름이 아니라 ' +
    '메일 도메인을 적은 것입니다.',
  'dns.mail-domain.fix':
    '호스트를 메일 도메인이 아니라 서비스의 발송(submission) 서버 이름으로 바꾸세요 ' +
    '(예: smtp.{host}). MX 서버는 25번 포트로 수신 메일을 받는 용도라서 보통 인증 발송을 ' +
    '받지 않습니다.',
  'dns.no-such-host.cause': '호스트 이름 "{host}"가 DNS에 존재하지 않습니다.',
  'dns.no-such-host.fix':
    '호스트 설정의 철자를 확인하세요 (--host, nodemailer host, Spring spring.mail.host, Rails ' +
    'address, Django EMAIL_HOST). 서비스 문서에 있는 서버 이름을 그대로 복사해 쓰는 것이 ' +
    '안전합니다.',
  'dns.resolver.cause': 'DNS 서버가 "{host}" 조회에 응답하지 않아 이름을 확인할 수 없습니다.',
  'dns.resolver.fix':
    '이 컴퓨터의 DNS 설정(/etc/resolv.conf, VPN, 컨테이너 네트워크)을 확인한 뒤 다시 ' +
    '시도하세요. 컨테이너라면 DNS가 동작하는지 먼저 보세요.',
  'dns.family.cause': '"{host}"에는 요청한 IP 버전의 주소가 없습니다.',
  'dns.family.fix': '--family를 빼거나 다른 버전(--family 4 또는 --family 6)을 쓰세요.',
  'tcp.refused.cause': '{host}의 {port}번 포트에서 연결을 받는 서비스가 없습니다 (연결 거부).',
  'tcp.refused.fix':
    '포트를 확인하세요. 메일 발송(submission)은 587(STARTTLS) 또는 465(암묵적 TLS)를 쓰고, ' +
    '25번은 서버 간 전달용입니다. `smtp-doctor probe {host}`로 어떤 포트가 열려 있는지 ' +
    '확인할 수 있습니다.',
  'tcp.timeout.cause':
    '{host}의 {port}번 포트가 {timeout}초 안에 응답하지 않았습니다. 방화벽이나 보안 ' +
    '그룹이 패킷을 버리고 있거나 호스트가 잘못되었습니다.',
  'tcp.timeout.fix':
    '이 컴퓨터에서 {host}:{port}로 나가는 방화벽/아웃바운드 규칙과 호스트 이름을 ' +
    '확인하세요. {port}번이 막혀 있다면 587이나 465를 시도해 보세요.',
  'tcp.unreachable.cause': '{host}까지 가는 네트워크 경로가 없습니다 ({code}).',
  'tcp.unreachable.fix':
    '이 컴퓨터의 네트워크 연결을 확인하세요. IPv6만 실패한다면 --family 4로 IPv4를 ' +
    '강제하세요 (Java는 -Djava.net.preferIPv4Stack=true).',
  'tcp.reset.cause':
    '{host}:{port} 연결이 열리자마자 끊겼습니다(reset). 방화벽이나 서버가 연결을 ' +
    '거부했습니다.',
  'tcp.reset.fix':
    '이 컴퓨터의 IP가 접속 허용 목록에 있는지(IP 화이트리스트, fail2ban, 서비스 차단) ' +
    '그리고 포트가 맞는지 확인하세요.',
  'mode.expects-tls.cause':
    '{port}번 포트는 접속하자마자 TLS로 말하는 포트(암묵적 TLS)인데, 클라이언트는 평문 ' +
    '인사말을 기다렸습니다. 같은 포트에 암묵적 TLS로 다시 연결하니 동작했습니다.',
  'mode.expects-tls.fix':
    '암묵적 TLS를 쓰세요: --security tls. nodemailer는 secure: true, Spring은 mail.smtp.ssl.enable=true ' +
    '(starttls는 끄기), Python은 smtplib.SMTP_SSL, Rails는 tls: true (또는 ssl: true), Django는 ' +
    'EMAIL_USE_SSL=True, EMAIL_USE_TLS=False.',
  'mode.expects-plain.cause':
    '{port}번 포트는 평문 SMTP로 시작하는 포트인데, 클라이언트가 처음부터 TLS ' +
    '핸드셰이크를 시도했습니다 (OpenSSL: "wrong version number"). 같은 포트에 평문으로 다시 ' +
    '연결하니 동작했습니다.',
  'mode.expects-plain.fix':
    '평문으로 연결한 뒤 STARTTLS로 올리세요: --security starttls. nodemailer는 secure: false ' +
    '(requireTLS: true), Spring은 mail.smtp.starttls.enable=true, mail.smtp.starttls.required=true에 ' +
    'ssl.enable 설정 없이, Python은 smtplib.SMTP 후 starttls(), Rails는 enable_starttls_auto: true에 tls/ssl ' +
    '없이, Django는 EMAIL_USE_TLS=True, EMAIL_USE_SSL=False.',
  'greeting.timeout.cause':
    'TCP 연결은 되었지만 서버가 {timeout}초 안에 인사말(220)을 보내지 않았고, 이 ' +
    '포트에서 암묵적 TLS도 동작하지 않았습니다.',
  'greeting.timeout.fix':
    '{host}:{port}가 정말 SMTP 서비스인지 확인하세요. 일부 서버는 일부러 인사말을 늦게 ' +
    '보냅니다. --timeout을 늘려 보거나 `smtp-doctor probe {host}`로 포트별 동작을 비교하세요.',
  'greeting.too-large.cause':
    '서버가 SMTP가 허용하는 것보다 훨씬 긴 인사말을 보냈습니다 (끝없이 256 KiB 이상). ' +
    'smtp-doctor가 읽기를 멈췄습니다.',
  'greeting.too-large.fix':
    '이 포트는 메일 서버처럼 응답하지 않습니다. --host와 --port를 확인하거나 (다른 ' +
    '서비스가 열려 있을 수 있습니다), 앞단의 프록시나 로드 밸런서가 이상 ' +
    '동작하는지 확인하세요.',
  'greeting.closed.cause': '서버가 인사말을 보내기 전에 연결을 끊었습니다.',
  'greeting.closed-after.cause':
    '서버가 220 인사말을 보낸 뒤, EHLO에 응답하기 전에 인사말 직후 연결을 끊었습니다. ' +
    '거부한다는 응답은 없었습니다.',
  'greeting.closed-after.fix':
    '연결 수 제한에 걸렸거나, 인사말 전 필터(Postfix postscreen, 차단 목록, fail2ban)가 이 ' +
    '클라이언트 IP를 끊었거나, ' +
    '서비스가 세션마다 실패할 때 이렇게 됩니다. 서버 로그에서 이 시각의 이 IP를 ' +
    '확인하고, 잠시 후 또는 다른 네트워크에서 다시 시도하세요.',
  'greeting.closed.fix':
    '서버가 이 클라이언트 IP를 거부하거나 연결 수를 제한하고 있을 수 있습니다. 서버 ' +
    '로그에서 이 IP를 확인하거나 잠시 후 다시 시도하세요.',
  'greeting.blocked.cause':
    '서버가 인사말 단계에서 서비스를 거부했습니다: "{reply}". 보통 이 IP 주소가 ' +
    '차단되었거나 이 서버를 쓸 수 없는 경우입니다.',
  'greeting.blocked.fix':
    '허용된 네트워크에서 접속하거나, 메일 관리자에게 IP 허용(또는 응답에 적힌 차단 ' +
    '목록에서 해제)을 요청하세요.',
  'greeting.busy.cause': '서버가 일시적으로 연결을 받지 않고 있습니다: "{reply}".',
  'greeting.busy.fix':
    '잠시 후 다시 시도하세요. 계속되면 서버 과부하나 점검일 수 있으니 메일 ' +
    '관리자에게 문의하세요.',
  'starttls.not-offered.cause': '설정에서는 STARTTLS가 필수인데, {port}번 포트의 서버는 STARTTLS를 제공하지 않습니다.',
  'starttls.not-offered.fix':
    '서비스의 발송용 포트를 쓰세요: 587 + STARTTLS, 또는 465 + --security tls. TLS 없는 신뢰된 ' +
    '내부 릴레이라면 --security none을 쓰되 인증 정보는 보내지 마세요.',
  'starttls.rejected.cause': '서버가 STARTTLS를 제공한다고 했지만 시작을 거부했습니다: "{reply}".',
  'starttls.rejected.fix':
    '서버 쪽 TLS 설정 문제(인증서 없음, TLS 비활성화)입니다. 메일 관리자에게 ' +
    '문의하거나 465 + --security tls를 쓰세요.',
  'starttls.required.cause': '서버가 먼저 암호화된 연결을 요구합니다: "{reply}".',
  'starttls.required.fix':
    'STARTTLS를 켜세요: --security starttls (nodemailer requireTLS: true, Spring ' +
    'mail.smtp.starttls.enable=true, Python은 login 전에 server.starttls(), Rails enable_starttls_auto: true, ' +
    'Django EMAIL_USE_TLS=True).',
  'cert.self-signed.cause':
    '서버 인증서가 자체 서명(self-signed) 인증서라서({code}) 서버의 신원을 검증할 수 ' +
    '없습니다.',
  'cert.self-signed.fix':
    '서버에 신뢰할 수 있는 CA가 발급한 인증서를 설치하거나, 그 CA를 명시적으로 ' +
    '신뢰하세요: --ca ca.pem (Node는 NODE_EXTRA_CA_CERTS, Java는 keytool로 truststore에 등록, Python은 ' +
    'ssl context의 cafile). --insecure는 원인을 더 살펴볼 때만 쓰고 운영에서는 쓰지 마세요.',
  'cert.untrusted.cause':
    '인증서가 이 컴퓨터가 신뢰하는 CA로 서명되지 않았습니다({code}). 중간 인증서가 ' +
    '빠졌거나 사설 CA일 수 있습니다.',
  'cert.untrusted.fix':
    '서버에 전체 인증서 체인을 설치하거나 발급 CA를 신뢰하세요: --ca ca.pem (Java의 "PKIX ' +
    'path building failed"는 CA를 truststore에 넣으면 해결됩니다, Node는 NODE_EXTRA_CA_CERTS).',
  'cert.expired.cause':
    '서버 인증서가 만료되었거나 아직 유효 기간이 시작되지 않았습니다 ({validTo}까지 ' +
    '유효).',
  'cert.expired.fix':
    '서버 인증서를 갱신하고, 이 컴퓨터의 시계도 확인하세요. 클라이언트가 거부하는 ' +
    '것이 맞습니다.',
  'cert.hostname.cause': '인증서에 "{servername}"이라는 이름이 없습니다 (인증서의 이름: {names}).',
  'cert.hostname.fix':
    '인증서에 있는 이름({names}) 중 하나로 접속하거나 --tls-servername으로 지정하세요. IP ' +
    '주소나 별칭으로 접속하고 있다면 인증서의 이름으로 바꾸세요.',
  'tls.version.cause':
    '클라이언트와 서버가 공통으로 지원하는 TLS 버전이나 암호화 방식이 없어서 TLS ' +
    '핸드셰이크가 실패했습니다 ({code}).',
  'tls.version.fix':
    '서버가 오래된 TLS 1.0/1.1이나 약한 암호화만 지원하는 경우가 많습니다. 서버의 TLS ' +
    '설정을 올리세요. 임시로는 일부 스택에서 이전 버전을 허용할 수 있습니다 (Java ' +
    'jdk.tls.disabledAlgorithms, Node --tls-min-v1.0).',
  'tls.failed.cause': 'TLS 핸드셰이크가 실패했습니다 ({code}).',
  'tls.failed.fix':
    '보안 설정을 확인하세요: 465번은 --security tls, 587번은 --security starttls. `smtp-doctor probe ' +
    '{host}`로 포트별로 어떤 방식인지 확인할 수 있습니다.',
  'protocol.bare-lf.cause': '메시지 줄 끝이 CRLF가 아니라 LF 나 CR 하나뿐이라서 서버가 거부했습니다: "{reply}".',
  'protocol.bare-lf.fix':
    '메일 라이브러리가 메시지에 CRLF 줄 끝을 쓰도록 하세요 (직접 만든 헤더와 본문, ' +
    'Windows/Unix 줄바꿈 변환을 확인하세요). SMTP 스머글링 대응 이후 서버들은 이런 줄 ' +
    '끝을 거부합니다.',
  'protocol.sequence.cause':
    '서버가 순서에 맞지 않는 명령을 받았습니다: "{reply}". 보통은 같은 세션에서 먼저 ' +
    '난 오류의 결과입니다.',
  'protocol.sequence.fix':
    '이 오류 앞에 난 첫 번째 오류(실패한 EHLO, AUTH, RCPT)를 찾아 먼저 해결하고, ' +
    '클라이언트가 EHLO를 한 번, 그다음 AUTH, 그다음 MAIL FROM 순서로 보내는지 확인하세요.',
  'protocol.pipelining.cause':
    '클라이언트가 앞선 명령의 응답을 받기 전에 다음 명령을 보냈습니다(서버가 ' +
    '제공하거나 허용하지 않은 파이프라이닝). 그래서 서버가 세션을 중단했습니다.',
  'protocol.pipelining.fix':
    '클라이언트의 파이프라이닝을 끄거나 응답을 하나씩 기다리도록 하세요. 명령을 ' +
    '모아 보내는 프록시나 보안 장비도 원인이 될 수 있습니다.',
  'protocol.timeout.cause': '대화 도중 서버가 응답을 멈췄습니다 ({code}).',
  'protocol.timeout.fix':
    '다시 시도해 보세요. 반복되면 방화벽이나 프록시가 SMTP 세션을 방해하거나 서버가 ' +
    '과부하일 수 있습니다. --timeout을 늘려 더 기다릴 수 있습니다.',
  'protocol.closed.cause': '서버가 예기치 않게 연결을 끊었습니다 ({code}).',
  'protocol.closed.fix':
    '대화 기록에서 끊기기 직전의 응답을 확인하세요. 서버가 신뢰하지 않는 ' +
    '클라이언트를 끊는 경우가 있으니 서버 로그를 확인하세요.',
  'protocol.closed.cause.explain': '서버가 이유를 알리는 응답 없이 연결을 예기치 않게 끊었습니다.',
  'protocol.closed.fix.explain':
    '연결이 끊기기 직전에 클라이언트가 보낸 명령을 확인하세요 (SMTP 대화가 담긴 ' +
    '로그에 나오며, `smtp-doctor check`로도 단계별로 확인할 수 있습니다). 서버가 ' +
    '신뢰하지 않는 클라이언트를 끊는 경우가 있으니 서버 로그를 확인하세요.',
  'protocol.generic.cause': '서버가 예상하지 못한 응답을 보냈습니다: "{reply}" ({code}).',
  'protocol.generic.fix':
    '대화 기록(--transcript)에서 정확한 대화를 확인하세요. 응답 문구에 서버가 원하는 ' +
    '것이 대개 적혀 있습니다.',
  'protocol.generic.fix.explain':
    '오류에 담긴 서버의 응답 문구를 기준으로 판단하세요. 이 서버와의 대화 전체를 ' +
    '보려면 `smtp-doctor check --transcript`를 실행하세요.',
};
