import type { enServe } from '../en/serve.js';

/** 카탈로그 조각: `smtp-doctor serve` (로컬 SMTP 샌드박스). 영어 원문은 ../en/serve.ts. */
export const koServe: Record<keyof typeof enServe, string> = {
  // ---- 도움말
  'help.serve':
    '개발용 로컬 SMTP 샌드박스 실행: 메일을 받아 보여 주거나, 실제 서비스처럼 실패 ' +
    '(--persona)',
  'help.serve-listen': '대기할 주소 (기본 127.0.0.1; 다른 주소면 다른 컴퓨터에서도 접속 가능)',
  'help.serve-port': 'STARTTLS를 쓰는 SMTP 포트 (기본 2525; 0이면 빈 포트 자동 선택)',
  'help.serve-tls-port': '암묵적 TLS 포트 (기본 2465; 0이면 빈 포트 자동 선택)',
  'help.serve-auth': '이 사용자로 AUTH를 요구 (비밀번호는 --auth-password-env에서)',
  'help.serve-auth-password-env': '--auth 비밀번호가 든 환경 변수 (기본 SMTP_PASSWORD)',
  'help.serve-require-starttls': '일반 포트에서 STARTTLS 전의 MAIL FROM을 거부 (530 5.7.0)',
  'help.serve-maildir': '받은 메일을 이 디렉터리에 .eml 파일로 저장 (없으면 생성)',
  'help.serve-persona': '실패하는 서비스처럼 응답 (--list-personas 참고)',
  'help.serve-oauth2':
    'OAuth 2.0 로그인 (XOAUTH2, OAUTHBEARER)만 제공하고, 토큰은 함께 여는 로컬 토큰 ' +
    '엔드포인트에서 발급 (--auth는 메일함 이름)',
  'help.serve-oauth2-port': '그 토큰 엔드포인트의 127.0.0.1 포트 (기본 0: 빈 포트, 시작할 때 출력)',
  'help.serve-list-personas': '장애 페르소나 목록을 출력하고 종료',

  // ---- 시작
  'serve.title': 'smtp-doctor serve: 로컬 SMTP 샌드박스',
  'serve.listen-smtp': 'SMTP + STARTTLS      {address}',
  'serve.listen-smtps': 'SMTPS (암묵적 TLS)   {address}',
  'serve.ca': 'localhost, 127.0.0.1, ::1 용 인증서 (로컬 CA {caFile} 발급)',
  'serve.ca-created':
    '로컬 CA를 만들었습니다: {caFile} (키는 같은 디렉터리에 있고 본인만 읽을 수 ' +
    '있습니다)',
  'serve.trust':
    '신뢰하려면 NODE_EXTRA_CA_CERTS={caFile} (smtp-doctor: --ca {caFile}; swaks: --tls-verify --tls-ca-path ' +
    '{caFile})',
  'serve.auth-open': 'AUTH: 필수 아님; TLS 뒤에는 어떤 사용자와 비밀번호도 받아들임',
  'serve.auth-user': 'AUTH: {user}로 필수 (비밀번호는 ${var}); PLAIN LOGIN CRAM-MD5, TLS 뒤에만 제공',
  'serve.oauth2-auth':
    'AUTH: OAuth 2.0만 (XOAUTH2, OAUTHBEARER), TLS 뒤에, {user}로, 아래 토큰 엔드포인트가 발급한 ' +
    '토큰으로',
  'serve.oauth2-token-url': 'OAuth 2.0 토큰 엔드포인트 {url} (refresh grant; 클라이언트 ID {clientId})',
  'serve.oauth2-introspect': '토큰 검사 (RFC 7662) {url}',
  'serve.oauth2-values':
    '샌드박스 값입니다. 이 샌드박스가 멈출 때까지 유효합니다 (거부된 토큰에는 334 + ' +
    'JSON 챌린지, 이어서 535로 응답합니다):',
  'serve.starttls-required': 'STARTTLS: 일반 포트에서는 MAIL FROM 전에 필수',
  'serve.maildir': '메일을 {dir}에 저장합니다',
  'serve.no-maildir': '메일을 보여 주기만 하고 저장하지 않습니다 (저장하려면 --maildir DIR)',
  'serve.persona': '페르소나 {name}: {description}',
  'serve.exposed':
    '경고: 루프백이 아닌 {address}에서 대기 중입니다. 접속할 수 있는 누구나 이 ' +
    '샌드박스로 메일을 보낼 수 있습니다',
  'serve.ready': '준비 완료; 멈추려면 Ctrl-C',

  // ---- 이벤트
  'serve.message': '메일 수신: {from} -> {to}, 제목 "{subject}", {size} 바이트',
  'serve.message-saved': '저장: {file}',
  'serve.refused': '{ip}의 {stage}에 응답: {reply}',
  'serve.refused-persona': '페르소나 {persona}가 {ip}의 {stage}에 응답: {reply}',
  'serve.problem': '{ip} 연결: {message}',
  'serve.stopping': '멈추는 중',
  'serve.stopped': '멈춤',

  // ---- 오류
  'serve.err.listen': '{address}에서 대기할 수 없습니다: {reason}',
  'serve.err.EADDRINUSE':
    '포트가 이미 사용 중입니다 (--port / --tls-port로 다른 포트를 고르거나 0으로 빈 ' +
    '포트를 쓰세요)',
  'serve.err.EACCES': '권한이 없습니다 (1024 미만 포트는 관리자 권한 필요)',
  'serve.err.EADDRNOTAVAIL': '이 컴퓨터에 그런 주소가 없습니다',
  'serve.err.ENOTFOUND': '주소를 찾을 수 없습니다',
  'serve.err.bad-port': '잘못된 {flag} "{value}": 0에서 65535 사이의 포트 번호여야 합니다',
  'serve.err.same-port': '--port와 --tls-port는 서로 달라야 합니다 (둘 다 {port})',
  'serve.err.bad-listen': '잘못된 --listen "{value}": IP 주소나 호스트 이름이어야 합니다 (포트는 --port로)',
  'serve.err.bad-auth-user': '잘못된 --auth "{value}": 사용자 이름은 비어 있거나 공백을 포함할 수 없습니다',
  'serve.err.password-env-unset':
    '--auth {user}는 환경 변수 {var}에서 비밀번호를 읽는데, 이 변수가 설정되어 있지 ' +
    '않습니다',
  'serve.err.bad-env-name': '잘못된 --auth-password-env "{value}": 환경 변수 이름이어야 합니다',
  'serve.err.unknown-persona': '알 수 없는 페르소나 "{name}"; 사용 가능: {names}',
  'serve.err.maildir': '--maildir {dir}를 쓸 수 없습니다: {reason}',
  'serve.err.ca': '로컬 CA 디렉터리 {dir}를 쓸 수 없습니다: {reason}',
  'serve.err.ca-incomplete':
    '{caFile}은 있는데 키 {keyFile}가 없습니다. 새 로컬 CA를 만들려면 {caFile}을 지우세요 ' +
    '(새 CA를 다시 신뢰해야 합니다)',
  'serve.err.ca-unreadable':
    '로컬 CA 파일 {caFile} / {keyFile}이 손상되었습니다. 새 로컬 CA를 만들려면 둘 다 ' +
    '지우세요 (새 CA를 다시 신뢰해야 합니다)',

  // ---- 페르소나
  'serve.personas-header': '장애 페르소나 (smtp-doctor serve --persona 이름):',
  'serve.persona.gmail-bad-credentials': 'Gmail이 로그인을 거부: 535 5.7.8 Username and Password not accepted',
  'serve.persona.gmail-app-password': 'Gmail이 앱 비밀번호를 요구: 534 5.7.9 Application-specific password required',
  'serve.persona.m365-smtp-auth-disabled': 'SMTP AUTH가 꺼진 Microsoft 365: 535 5.7.139 SmtpClientAuthentication is disabled for the Tenant',
  'serve.persona.ses-unverified-sender': 'Amazon SES가 DATA 끝에서 메일을 거부: 554 Message rejected: Email address is not verified',
  'serve.persona.greeting-554': '인사말 대신 연결을 거부: 554 5.7.1 Client host blocked using zen.spamhaus.org',
  'serve.persona.starttls-required': 'STARTTLS 없이 접속한 587 포트의 Gmail: 530 5.7.0 Must issue a STARTTLS command first',
  'serve.persona.tarpit':
    '연결은 받지만 인사말을 보내지 않음 (클라이언트가 시간 초과; 서버는 나중에 ' +
    '연결을 닫음)',
  'serve.persona.rate-limit': 'Gmail이 DATA 끝에서 발송 속도를 제한: 421 4.7.28 unusual rate of unsolicited mail',
};
