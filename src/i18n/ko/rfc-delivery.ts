import type { enRfcDelivery } from '../en/rfc-delivery.js';

/** 카탈로그 부분: rfc-delivery (../en/rfc-delivery.ts의 한국어판). */
export const koRfcDelivery: Record<keyof typeof enRfcDelivery, string> = {
  'rfc.x.4.0.cause':
    '서버가 메시지를 다음 서버로 보내지 못했습니다 (X.4.x, 네트워크·라우팅). 코드에 ' +
    '세부 정보는 없습니다: "{reply}".',
  'rfc.x.4.0.fix':
    '지금 연결한 서버 너머에서 생긴 문제입니다. 수신자 도메인(--to)을 확인하고 잠시 ' +
    '후 다시 시도하세요. 계속되면 메일 관리자에게 알리세요.',
  'rfc.x.5.0.cause':
    '서버가 SMTP 대화 자체를 문제 삼았습니다 (X.5.x, 프로토콜). 코드에 세부 정보는 ' +
    '없습니다: "{reply}".',
  'rfc.x.5.0.fix':
    '`smtp-doctor check --transcript`로 거부된 명령을 확인하세요. 오래된 SMTP 라이브러리나 ' +
    '중간의 프록시·백신 프로그램이 흔한 원인입니다.',
  'rfc.x.6.0.cause':
    '서버가 메시지 내용이나 인코딩을 거부했습니다 (X.6.x, 미디어). 코드에 세부 ' +
    '정보는 없습니다: "{reply}".',
  'rfc.x.6.0.fix':
    '`smtp-doctor check --from ... --to ...`로 단순한 테스트 메일을 먼저 보내 보세요. 그게 ' +
    '통과하면 첨부 파일, 문자셋, MIME 구조를 살펴보세요.',

  // ---- X.4 네트워크·라우팅
  'rfc.x.4.1.cause':
    '중간 서버가 다음 호스트로부터 응답을 받지 못했습니다 (X.4.1, 호스트 응답 없음): ' +
    '"{reply}".',
  'rfc.x.4.1.fix':
    '내 연결 문제가 아니라 그쪽 서버에서 수신 서버에 닿지 못한 것입니다. --to의 ' +
    '도메인을 확인하고 나중에 다시 시도하세요.',
  'rfc.x.4.2.cause': '중간 구간의 연결이 끊겼습니다 (X.4.2, 연결 불량): "{reply}".',
  'rfc.x.4.2.fix': '나중에 다시 시도하세요. 반복되면 응답을 메일 관리자에게 전달하세요.',
  'rfc.x.4.3.cause': '서버 쪽 디렉터리 서버(대개 DNS)가 실패했습니다 (X.4.3): "{reply}".',
  'rfc.x.4.3.fix':
    '--from과 --to의 도메인이 조회되는지 확인한 뒤 다시 시도하세요. 계속되면 서버 ' +
    '관리자에게 알리세요.',
  'rfc.x.4.4.cause':
    '서버가 수신자 도메인까지 가는 경로를 찾지 못했습니다 (X.4.4, 라우팅 불가): ' +
    '"{reply}".',
  'rfc.x.4.4.fix':
    '`dig MX <도메인>`으로 수신 주소(--to: {to})의 도메인을 확인하세요. 없는 ' +
    '도메인이거나 메일을 받지 않는 도메인일 수 있습니다.',
  'rfc.x.4.6.cause': '메시지가 서버 사이를 빙빙 돌았습니다 (X.4.6, 라우팅 루프 감지): "{reply}".',
  'rfc.x.4.6.fix':
    '대개 수신 측의 전달 규칙이나 MX 레코드가 서로를 가리키는 경우입니다. 수신 측 ' +
    '관리자에게 알리세요.',
  'rfc.x.4.7.cause': '배달되기 전에 메시지 유효 시간이 지났습니다 (X.4.7, 배달 시간 만료): "{reply}".',
  'rfc.x.4.7.fix':
    '배달이 계속 실패하다가 포기한 것입니다. 다시 보내 보고, 반복되면 수신 ' +
    '주소(--to: {to})로의 배달이 왜 실패하는지 관리자에게 물어보세요.',

  // ---- X.5 프로토콜
  'rfc.x.5.1.cause': '서버가 지금 시점에 그 명령을 받지 않았습니다 (X.5.1, 잘못된 명령): "{reply}".',
  'rfc.x.5.1.fix':
    '`smtp-doctor check --transcript`로 거부된 명령을 확인하세요. AUTH가 없는 포트에서 AUTH를 ' +
    '보냈거나 명령 순서가 틀린 경우가 많습니다.',
  'rfc.x.5.2.cause': '서버가 명령을 해석하지 못했습니다 (X.5.2, 구문 오류): "{reply}".',
  'rfc.x.5.2.fix':
    '--transcript로 거부된 줄을 보세요. 잘못된 주소(--from, --to), 잘못된 EHLO 이름(--helo), ' +
    '트래픽을 바꾸는 프록시가 흔한 원인입니다.',
  'rfc.x.5.3.cause': '한 번에 받을 수 있는 것보다 수신자가 많습니다 (X.5.3, 수신자 수 초과): "{reply}".',
  'rfc.x.5.3.fix':
    '나눠서 보내세요 (메시지당 --to 수를 줄이기, nodemailer는 to/cc/bcc 목록 나누기). ' +
    '서비스의 메시지당 수신자 제한도 확인하세요.',
  'rfc.x.5.4.cause': '서버가 명령의 인자를 거부했습니다 (X.5.4, 잘못된 명령 인자): "{reply}".',
  'rfc.x.5.4.fix':
    '--transcript로 거부된 줄을 확인하세요. 대개 주소 형식, 지원하지 않는 MAIL FROM ' +
    '파라미터, 잘못된 --helo 이름 때문입니다.',
  'rfc.x.5.5.cause': '클라이언트와 서버의 프로토콜 버전이 맞지 않습니다 (X.5.5): "{reply}".',
  'rfc.x.5.5.fix':
    'SMTP 포트에 SMTP로 접속하는지 확인하세요 (--port, --security). LMTP 나 다른 서비스 ' +
    '포트일 수 있습니다.',
  'rfc.x.5.6.cause': 'AUTH 한 줄이 서버가 받는 길이보다 깁니다 (X.5.6, RFC 4954): "{reply}".',
  'rfc.x.5.6.fix':
    '줄이 짧은 방식을 쓰세요 (--auth-method PLAIN 또는 LOGIN, nodemailer authMethod). 토큰이나 ' +
    '비밀번호가 지나치게 길지 않은지도 확인하세요.',

  // ---- X.6 내용·미디어
  'rfc.x.6.1.cause': '서버가 이런 종류의 내용을 받지 않습니다 (X.6.1, 지원하지 않는 미디어): "{reply}".',
  'rfc.x.6.1.fix':
    '첨부 파일과 MIME 타입을 확인하세요. smtp-doctor로 텍스트만 있는 테스트 메일을 보내 ' +
    '보면 내용이 원인인지 알 수 있습니다.',
  'rfc.x.6.2.cause': '메시지를 변환해야 하는데 변환이 허용되지 않았습니다 (X.6.2): "{reply}".',
  'rfc.x.6.2.fix':
    '서버가 그대로 받을 수 있는 형태로 보내세요. 8비트 원문 대신 quoted-printable이나 ' +
    'base64를 쓰세요 (nodemailer textEncoding).',
  'rfc.x.6.3.cause':
    '서버가 할 수 없는 변환이 필요합니다 (X.6.3). 대개 8BITMIME을 지원하지 않는 서버에 ' +
    '8비트 데이터를 보낸 경우입니다: "{reply}".',
  'rfc.x.6.3.fix':
    '본문을 quoted-printable이나 base64로 인코딩하세요 (nodemailer textEncoding: "quoted-printable", ' +
    'Python email 정책의 cte_type="7bit").',
  'rfc.x.6.4.cause':
    'X.6.4 ("손실 있는 변환 수행")는 원래 변환은 했지만 일부가 손실된 성공을 알리는 ' +
    '코드인데 실패와 함께 왔습니다: "{reply}".',
  'rfc.x.6.4.fix':
    '응답 문구를 기준으로 판단하고, 변환이 필요 없는 내용(7비트 안전 인코딩)으로 ' +
    '보내세요.',
  'rfc.x.6.5.cause': '서버가 메시지를 변환하다가 실패했습니다 (X.6.5, 변환 실패): "{reply}".',
  'rfc.x.6.5.fix':
    '메시지를 단순하게 만드세요. 표준 MIME 구조, quoted-printable이나 base64, UTF-8 문자셋을 ' +
    '쓰세요.',
  'rfc.x.6.6.cause': '참조로 지정한 메시지 내용을 가져올 수 없었습니다 (X.6.6, RFC 4468 BURL): "{reply}".',
  'rfc.x.6.6.fix': 'BURL 대신 DATA로 메시지를 직접 보내거나, 클라이언트가 준 IMAP URL을 확인하세요.',
  'rfc.x.6.7.cause': '서버가 받지 않는 비 ASCII 문자가 주소에 들어 있습니다 (X.6.7, RFC 6531): "{reply}".',
  'rfc.x.6.7.fix': 'ASCII 주소(--from, --to)를 쓰거나, EHLO 응답에 SMTPUTF8이 있는 서버를 쓰세요.',
  'rfc.x.6.8.cause':
    '서버가 UTF-8로 응답해야 하는데 클라이언트가 SMTPUTF8을 요청하지 않았습니다 (X.6.8, ' +
    'RFC 6531): "{reply}".',
  'rfc.x.6.8.fix': 'ASCII 주소를 쓰거나, 클라이언트와 서버가 모두 SMTPUTF8을 지원하게 하세요.',
  'rfc.x.6.9.cause': '메시지의 UTF-8 헤더를 어떤 수신자에게는 전달할 수 없습니다 (X.6.9, RFC 6531): "{reply}".',
  'rfc.x.6.9.fix':
    '수신 서버가 SMTPUTF8을 지원하지 않으면 ASCII 주소와 MIME 인코딩(RFC 2047)된 헤더를 ' +
    '쓰세요.',
};
