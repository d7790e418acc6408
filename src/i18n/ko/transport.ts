import type { enTransport } from '../en/transport.js';

export const koTransport: Record<keyof typeof enTransport, string> = {
  'starttls.broken.cause':
    '서버의 STARTTLS가 고장 났습니다: 서버가 STARTTLS를 제공하고 220으로 응답했지만 그 ' +
    '뒤에 TLS 핸드셰이크가 이어지지 않았습니다 ({code}). 사용자 설정이 ' +
    '원인이 아닙니다.',
  'starttls.broken.fix':
    '서버 쪽에서만 고칠 수 있습니다 (서버의 TLS 설정, 또는 STARTTLS를 방해하는 앞단의 ' +
    '방화벽이나 프록시). 이 대화 기록과 함께 메일 관리자에게 알리세요. ' +
    '애플리케이션의 ' +
    'TLS 방식을 바꿔도 포트 {port}의 STARTTLS는 동작하지 않습니다. 제공자가 465 포트의 ' +
    '암묵적 TLS도 제공한다면, 다른 접속 경로라는 점을 알고 시도해 볼 수 ' +
    '있습니다: smtp-doctor check --host {host} --port 465.',
  'starttls.broken.fix.explain':
    '서버 쪽에서만 고칠 수 있습니다 (서버의 TLS 설정, 또는 STARTTLS를 방해하는 앞단의 ' +
    '방화벽이나 프록시). 이 오류 내용과 함께 메일 관리자에게 알리세요. ' +
    '애플리케이션의 ' +
    'TLS 방식을 바꿔도 포트 {port}의 STARTTLS는 동작하지 않습니다. 제공자가 465 포트의 ' +
    '암묵적 TLS도 제공한다면, 다른 접속 경로라는 점을 알고 시도해 볼 수 ' +
    '있습니다: smtp-doctor check --host {host} --port 465.',
  'port.http.cause': '{host}:{port}에서 메일 서버가 아니라 웹(HTTP) 서버가 응답합니다: "{reply}".',
  'port.http.fix':
    '--host와 --port를 확인하세요. 이 주소는 SMTP 서비스가 아니라 웹사이트나 HTTP ' +
    '프록시의 주소입니다. 제공자의 SMTP 호스트 이름과 제출 포트(587 또는 ' +
    '465)를 쓰세요. `smtp-doctor probe {host}`로 포트별 동작을 확인할 수 있습니다.',
  'reply.too-large.cause':
    'EHLO에 대한 서버 응답이 너무 컸습니다: 응답이 끝나지 않은 채 {bytes}바이트를 ' +
    '받았습니다 (EHLO 응답은 보통 수백 바이트입니다). smtp-doctor가 읽기를 ' +
    '멈췄습니다.',
  'reply.too-large.fix':
    '이 포트는 메일 서버처럼 동작하지 않습니다. --host와 --port를 확인하거나 (다른 ' +
    '서비스가 열려 있을 수 있습니다), 앞단의 프록시나 로드 밸런서가 이상 ' +
    '동작하는지 ' +
    '확인하세요. 직접 운영하는 서버라면 EHLO 뒤에 무엇을 보내는지 확인하세요.',
  'run.server-slow.cause':
    '서버가 모든 명령에 느리게 응답합니다 (응답 하나에 보통 {replyMs}ms). 이 단계가 ' +
    '끝나기 전에 검사 전체가 {deadline}초 ' +
    '제한에 도달했습니다. 개별 대기가 시간을 넘긴 것이 아니라 전체 속도가 ' +
    '문제입니다.',
  'run.server-slow.fix':
    '모든 응답을 일부러 늦추는 서버(타르핏)는 대개 이 주소의 연결을 원하지 ' +
    '않습니다. 메일 관리자에게 문의하세요. 그렇지 않다면 ' +
    '서버나 경로가 과부하 상태입니다. --deadline을 늘려 검사를 끝까지 진행해 보고, ' +
    '애플리케이션의 시간 제한을 넉넉하게 설정하세요.',
  'run.deadline.cause':
    '이 단계가 아직 기다리는 동안 검사 전체가 {deadline}초 제한(--deadline)에 도달했습니다.',
  'run.deadline.fix':
    '--deadline (그리고 --timeout)을 늘려 이 단계가 끝나는지 확인하고, {host}:{port}까지의 ' +
    '네트워크 경로를 점검하세요.',
  'greeting.slow.cause':
    '서버가 인사말을 극도로 느리게 보냈습니다: {seconds}초 동안 {bytes}바이트를 받았고, ' +
    '시간 제한 안에 첫 줄을 끝내지 못했습니다. 연결은 되지만 무언가가 바이트를 ' +
    '조금씩 흘려보내고 있습니다 (일부러 클라이언트를 지연시키는 타르핏, 과부하된 ' +
    '서버, 중간 장비).',
  'greeting.slow.fix':
    '의도적인 타르핏이라면 대개 서버가 이 주소의 연결을 원하지 않는다는 뜻입니다. ' +
    '메일 관리자에게 문의하세요. 그렇지 않다면 --timeout을 늘려 인사말이 끝나는지 ' +
    '보고, 네트워크 ' +
    '경로(VPN, 프록시, 백신의 SMTP 검사)를 확인하세요.',
  'greeting.refused.cause':
    '서버가 {host}:{port}에서 SMTP 서비스 제공을 거부합니다: 220 인사말 대신 "{reply}" ' +
    '({responseCode})가 왔습니다. 응답이 사용자의 주소를 ' +
    '언급하지 않으므로 IP 주소 차단이 아니라 이 포트의 모든 클라이언트에 대한 ' +
    '거부입니다.',
  'greeting.refused.fix':
    '--host와 --port를 확인하세요. 이 포트는 메일 서비스(또는 제출 서비스)가 아닐 수 ' +
    '있습니다. 제공자가 안내하는 SMTP 호스트와 포트(587 + STARTTLS 또는 ' +
    '465 + 암묵적 TLS)를 쓰세요. `smtp-doctor probe {host}`로 포트를 비교할 수 있습니다. ' +
    '올바른 포트라면 그곳의 서비스가 꺼져 있는 것이니 메일 ' +
    '관리자에게 문의하세요.',
  'greeting.refused.cause.explain':
    '서버가 SMTP 서비스 제공을 거부했습니다: 220 인사말 대신 "{reply}"가 왔습니다. ' +
    '응답이 클라이언트의 주소를 언급하지 않으므로 IP 주소 차단이 아니라 ' +
    '그 포트의 모든 클라이언트에 대한 거부입니다.',
  'greeting.refused.fix.explain':
    '호스트와 포트 설정을 확인하세요. 그 포트는 메일 서비스(또는 제출 서비스)가 ' +
    '아닐 수 있습니다. 제공자가 안내하는 SMTP 호스트와 포트(587 + ' +
    'STARTTLS 또는 465 + 암묵적 TLS)를 쓰세요. `smtp-doctor probe HOST`로 포트를 비교할 수 ' +
    '있습니다. 올바른 포트라면 그곳의 서비스가 꺼져 ' +
    '있는 것이니 메일 관리자에게 문의하세요.',
  'tls.old-version.cause':
    '포트 {port}의 서버는 {serverProtocol}만 지원합니다. 이는 폐기된 TLS 버전으로, ' +
    'smtp-doctor는 최신 메일 라이브러리처럼 받아들이지 않습니다 (TLS ' +
    '1.2 이상). 핸드셰이크가 {code}로 실패했습니다. 이전 버전을 허용한 확인용 ' +
    '핸드셰이크는 {serverProtocol} ({serverCipher})로 성공했으며, 이를 ' +
    '알아내는 데만 쓰고 바로 닫았습니다.',
  'tls.old-version.fix':
    '서버를 업그레이드해야 합니다. 메일 관리자에게 TLS 1.2 또는 1.3을 켜 달라고 ' +
    '요청하세요 (RFC 8996은 TLS 1.0과 1.1을 폐기했습니다). 보안이 약해진다는 점을 ' +
    '알고 임시로만, 일부 스택에서 {serverProtocol}을 허용할 수 있습니다 (Node minVersion ' +
    '\'TLSv1\', Java ' +
    'jdk.tls.disabledAlgorithms, OpenSSL CipherString DEFAULT@SECLEVEL=0).',
  'tls.no-shared-cipher.cause':
    '클라이언트와 서버가 공통으로 지원하는 암호화 방식이 없어서 TLS 핸드셰이크가 ' +
    '실패했습니다 ({code}). 모든 암호화 방식을 허용한 확인용 핸드셰이크로 ' +
    '알아낸 내용은 근거에 나와 있습니다.',
  'tls.no-shared-cipher.fix':
    '서버가 최신 클라이언트가 거부하는 (또는 이 OpenSSL에 없는) 암호화 방식만 ' +
    '제공합니다. 메일 관리자에게 최신 암호화 방식(ECDHE + AES-GCM 또는 ' +
    'ChaCha20-Poly1305)을 켜 달라고 요청하세요.',
  'warn.weak-cipher':
    'TLS 1.2에서 {cipher}를 사용합니다: 정적 RSA 키 교환(순방향 비밀성 없음)과 CBC ' +
    '모드입니다. 동작은 하지만 관리자에게 ECDHE + AES-GCM 또는 ' +
    'ChaCha20-Poly1305를 우선하도록 요청하세요.',
  'reply.too-large.cause.explain':
    'EHLO에 대한 서버 응답이 너무 컸습니다. 보통 수백 바이트인 EHLO 응답보다 훨씬 ' +
    '많이 받고도 끝나지 않아 ' +
    '클라이언트가 읽기를 멈췄습니다.',
  'run.server-slow.cause.explain':
    '서버가 모든 명령에 느리게 응답하여, 이 단계가 끝나기 전에 실행 전체가 제한 ' +
    '시간에 도달했습니다. 개별 대기가 시간을 넘긴 것이 아니라 전체 속도가 ' +
    '문제입니다.',
  'run.deadline.cause.explain': '이 단계가 아직 기다리는 동안 실행 전체가 제한 시간에 도달했습니다.',
  'greeting.slow.cause.explain':
    '서버가 인사말을 극도로 느리게 보내, 시간 제한 안에 첫 줄을 끝내지 못했습니다. ' +
    '연결은 되지만 무언가가 ' +
    '바이트를 조금씩 흘려보내고 있습니다 (일부러 클라이언트를 지연시키는 타르핏, ' +
    '과부하된 서버, 중간 장비).',
  'tls.old-version.cause.explain':
    '서버가 폐기된 TLS 버전(TLS 1.0 또는 1.1)만 지원합니다. 최신 메일 라이브러리는 이 ' +
    '버전을 받아들이지 ' +
    '않습니다 (TLS 1.2 이상).',
  'tls.old-version.fix.explain':
    '서버를 업그레이드해야 합니다. 메일 관리자에게 TLS 1.2 또는 1.3을 켜 달라고 ' +
    '요청하세요 (RFC 8996은 ' +
    'TLS 1.0과 1.1을 폐기했습니다). 보안이 약해진다는 점을 알고 임시로만, 일부 ' +
    '스택에서 이전 버전을 허용할 수 ' +
    "있습니다 (Node minVersion 'TLSv1', Java jdk.tls.disabledAlgorithms, OpenSSL CipherString DEFAULT@SECLEVEL=0).",
};
