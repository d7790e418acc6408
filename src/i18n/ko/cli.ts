import type { enCli } from '../en/cli.js';

export const koCli: Record<keyof typeof enCli, string> = {
  'help.program':
    'SMTP 경로 전체(DNS, TCP, 인사말, EHLO, TLS, AUTH, 테스트 발송)를 직접 거치며 대화 ' +
    '내용을 보여 주고, 실패마다 원인과 해결 방법을 설명합니다.',
  'help.version': '버전 출력',
  'help.help': '도움말 보기',
  'help.check': 'SMTP 서버를 처음부터 끝까지 점검',
  'help.explain': '로그에 남은 오류(어떤 스택이든)를 붙여 넣으면 오프라인으로 설명',
  'help.explain-text': '오류 문구 (또는 --file, 표준 입력으로 전달)',
  'help.explain-file': '이 파일에서 오류 문구(로그 일부, 스택 트레이스)를 읽기',
  'help.providers': '--provider로 쓸 수 있는 서비스 목록 (호스트, 포트, 보안 방식)',
  'help.demo': '내장 샌드박스 서버를 띄워 점검 예시 실행 (네트워크 불필요)',
  'help.host': 'SMTP 서버 호스트 이름 또는 IP 주소',
  'help.provider': '알려진 서비스의 호스트, 포트, 보안 방식을 채우기 (smtp-doctor providers 참고)',
  'help.port': '포트 (--security tls이면 기본 465, 아니면 587)',
  'help.security': 'starttls | tls (암묵적 TLS) | none | auto (기본: auto 또는 서비스 설정)',
  'help.user': 'AUTH에 쓸 사용자 이름',
  'help.password-env': '이 환경 변수에서 비밀번호 읽기',
  'help.password-file': '이 파일에서 비밀번호 읽기',
  'help.password-stdin': '표준 입력에서 비밀번호 읽기',
  'help.password': '비밀번호를 직접 지정 (권장하지 않음: 같은 서버의 다른 사용자에게 보임)',
  'help.auth-method':
    'PLAIN, LOGIN, CRAM-MD5 또는 XOAUTH2 / OAUTHBEARER (OAuth 2.0, 기본값: 서버가 제공하는 것) 중 ' +
    '하나로 고정',
  'help.from': '테스트 메일의 발신 주소',
  'help.to': '테스트 메일의 수신 주소 (지정하면 발송 단계까지 진행)',
  'help.no-data': 'RCPT TO까지만 확인하고 RSET (실제 발송 없음)',
  'help.helo': 'EHLO/HELO에 보낼 이름',
  'help.tls-servername': 'SNI와 인증서 검증에 쓸 이름 (기본: --host)',
  'help.ca': '추가로 신뢰할 CA 인증서 (PEM, 시스템 루트와 NODE_EXTRA_CA_CERTS에 추가)',
  'help.insecure': '인증서 오류가 있어도 계속 진행 (경고로 표시)',
  'help.allow-plaintext-auth': '암호화되지 않은 연결에서도 인증 정보 전송',
  'help.family': 'IPv4 또는 IPv6 주소만 사용',
  'help.grace':
    '인사말이 이 초 수만큼 늦으면 두 번째 연결로 다른 TLS 방식을 시도 (기본 1초)',
  'help.deadline': '점검 전체의 상한, 초 단위 (기본 60초). 모든 대기를 남은 시간 안으로 제한',
  'help.timeout': '모든 네트워크 대기의 상한, 초 단위 (기본: 단계마다 10초, 응답마다 20초)',
  'help.transcript': 'SMTP 대화 원문 출력 (비밀 정보는 가림)',
  'help.json': 'JSON 문서 하나로 출력 (스키마는 README 참고)',
  'help.lang': '메시지 언어 (기본: LC_ALL / LC_MESSAGES / LANG)',
  'help.no-color': '색상 없이 출력',
  'demo.intro':
    '127.0.0.1:{port}에 샌드박스 SMTP 서버 실행 (STARTTLS, TLS 이후 AUTH, 임시 CA로 만든 인증서, ' +
    '데모가 실행되는 동안 아래 명령을 위해 {caFile}에 저장)',
  'demo.healthy': '정상: STARTTLS + AUTH + 테스트 발송',
  'demo.wrong-mode': '오류: STARTTLS 포트에 암묵적 TLS로 접속 (--security tls)',
  'demo.wrong-password': '오류: 잘못된 비밀번호',
  'demo.oauth':
    '정상: OAuth 2.0 (토큰 엔드포인트에서 리프레시 토큰을 교환한 뒤 XOAUTH2) + 테스트 ' +
    '발송',
  'demo.oauth-expired': '오류: 만료된 OAuth 2.0 액세스 토큰',
  'demo.received': '샌드박스가 받은 메일: {from} → {to}, "{subject}", {size} 바이트',
  'demo.done': '데모 완료: 정상 점검은 통과했고, 잘못된 설정은 원인을 진단했습니다.',
  'demo.unexpected': '데모가 예상대로 동작하지 않았습니다.',
  'err.unknown-option': '알 수 없는 옵션 {name}',
  'err.unknown-command': '알 수 없는 명령 {name}',
  'err.missing-argument': '빠진 인자 {name}: {usage}',
  'err.option-missing-argument': '{name}에 값이 필요합니다',
  'err.excess-arguments': '인자가 너무 많습니다',
  'err.did-you-mean': '({suggestion}을 쓰려던 건가요?)',
  'err.api-unknown-option-suggest': '알 수 없는 옵션 {name} ({suggestion}을 쓰려던 건가요?)',
  'err.api-unknown-option': '알 수 없는 옵션 {name}',
  'err.api-secret-type': '비밀번호나 토큰은 문자열이거나 문자열을 돌려주는 함수여야 합니다',
};
