import type { enRfcReplies } from '../en/rfc-replies.js';

/** 카탈로그 부분: rfc-replies (../en/rfc-replies.ts의 한국어판). */
export const koRfcReplies: Record<keyof typeof enRfcReplies, string> = {

  // ---- 응답 코드만 있을 때 (RFC 5321, RFC 4954, RFC 7504)
  'rfc.reply.500.cause':
    '서버가 500 (알 수 없거나 너무 긴 명령)으로 응답했습니다. 코드만으로는 어떤 ' +
    '명령인지 알 수 없습니다: "{reply}".',
  'rfc.reply.500.fix':
    '`smtp-doctor check --transcript`로 거부된 명령을 확인하세요. 프록시나 백신, 또는 TLS ' +
    '포트에 평문을 보낸 경우 명령이 깨질 수 있습니다.',
  'rfc.reply.501.cause':
    '서버가 501 (파라미터 구문 오류)로 응답했습니다. 코드만으로는 어떤 파라미터인지 ' +
    '알 수 없습니다: "{reply}".',
  'rfc.reply.501.fix':
    '주소(--from, --to)와 EHLO 이름(--helo)의 형식을 확인하세요. --transcript로 거부된 줄을 볼 ' +
    '수 있습니다.',
  'rfc.reply.502.cause': '서버가 502 (구현되지 않은 명령)로 응답했습니다: "{reply}".',
  'rfc.reply.502.fix':
    '서버에 그 명령이 없습니다. AUTH 라면 발송용 포트(587 또는 465)를, STARTTLS 라면 465 + ' +
    '--security tls를 쓰세요.',
  'rfc.reply.503.cause': '서버가 503 (명령 순서가 잘못됨)으로 응답했습니다: "{reply}".',
  'rfc.reply.503.fix':
    '대개 EHLO·STARTTLS 전에 AUTH, 로그인 전에 MAIL, 수락된 수신자 없이 DATA를 보낸 ' +
    '경우입니다. --transcript로 순서를 확인하세요.',
  'rfc.reply.504.cause': '서버가 504 (구현되지 않은 명령 파라미터)로 응답했습니다: "{reply}".',
  'rfc.reply.504.fix':
    '서버가 지원하지 않는 AUTH 방식인 경우가 많습니다. 서버가 제시한 방식 중 하나를 ' +
    '쓰세요 (--auth-method, nodemailer authMethod, Spring mail.smtp.auth.mechanisms).',
  'rfc.reply.521.cause': '서버가 521로 응답했습니다. 이 호스트는 메일을 받지 않습니다 (RFC 7504): "{reply}".',
  'rfc.reply.521.fix':
    '--host와 --port를 확인하세요. 메일을 받지 않는 호스트입니다. 서비스의 ' +
    '발송(submission) 서버를 쓰세요.',
  'rfc.reply.530.cause':
    '서버가 530으로 응답했습니다. 먼저 로그인(또는 암호화)하라는 뜻입니다 (RFC 4954): ' +
    '"{reply}".',
  'rfc.reply.530.fix':
    '로그인하세요: --user와 비밀번호 입력 방식(--password-env ...). 문구에 STARTTLS가 있으면 ' +
    '--security starttls도 주세요.',
  'rfc.reply.534.cause':
    '서버가 534로 응답했습니다. 이 계정에는 인증 방식이 너무 약하다는 뜻이고 (RFC ' +
    '4954), 서비스에 따라 앱 비밀번호나 브라우저 로그인을 요구할 때도 씁니다: "{reply}".',
  'rfc.reply.534.fix':
    '응답 문구를 읽어 보세요. 서버가 제시한 방식을 TLS 위에서 쓰거나(--auth-method), ' +
    '서비스가 요구하는 대로 앱 비밀번호나 OAuth2를 쓰세요.',
  'rfc.reply.550.cause':
    '서버가 550 (요청 거부, 메일함 사용 불가)으로 응답했습니다. 없는 수신자부터 정책 ' +
    '차단까지 여러 이유에 쓰이는 코드입니다: "{reply}".',
  'rfc.reply.550.fix':
    '서버 문구를 기준으로 판단하세요. 먼저 --to를 확인하고, 문구에 정책이나 차단 ' +
    '목록이 언급되는지 보세요.',
  'rfc.reply.551.cause': '서버가 551 (이 서버의 사용자가 아니며 전달하지 않음)로 응답했습니다: "{reply}".',
  'rfc.reply.551.fix':
    '응답이 알려 주는 주소로 보내거나(--to), 자신이 쓰는 서비스의 발송 서버를 통해 ' +
    '보내세요.',
  'rfc.reply.552.cause':
    '서버가 552 (저장 공간 초과)로 응답했습니다. 메시지가 너무 크거나 메일함 공간이 ' +
    '부족합니다: "{reply}".',
  'rfc.reply.552.fix':
    '더 작게 보내세요 (EHLO 응답의 SIZE가 제한이며 --transcript로 볼 수 있습니다). ' +
    '메일함이 가득 찼다는 문구라면 수신자가 공간을 비워야 합니다.',
  'rfc.reply.553.cause':
    '서버가 553 (허용되지 않는 메일함 이름)으로 응답했습니다. 코드만으로는 ' +
    '발신자인지 수신자인지 알 수 없습니다: "{reply}".',
  'rfc.reply.553.fix':
    '먼저 --from을 확인하세요. 로그인한 계정(--user: {user})이 쓸 수 있는 주소여야 ' +
    '합니다. 그다음 --to의 형식을 확인하세요.',
  'rfc.reply.554.cause':
    '서버가 554 (처리 실패)로 응답했습니다. 코드만으로는 이유를 알 수 없습니다: ' +
    '"{reply}".',
  'rfc.reply.554.fix':
    '서버 문구를 기준으로 판단하세요. 스팸 필터, 내 IP의 차단 목록 등재, 내용 규칙이 ' +
    '흔한 이유입니다.',
  'rfc.reply.555.cause':
    '서버가 555로 응답했습니다. MAIL FROM이나 RCPT TO의 파라미터를 인식하지 못했습니다: ' +
    '"{reply}".',
  'rfc.reply.555.fix':
    '추가 파라미터(SIZE, BODY=8BITMIME, SMTPUTF8, DSN 옵션)를 빼거나, EHLO 응답에 있는 것만 ' +
    '보내는 클라이언트를 쓰세요.',
  'rfc.reply.556.cause':
    '서버가 556으로 응답했습니다. 수신자 도메인이 메일을 받지 않습니다 (RFC 7504, null ' +
    'MX): "{reply}".',
  'rfc.reply.556.fix': '수신 주소(--to: {to})의 도메인을 확인하고, 메일을 받는 도메인의 주소를 쓰세요.',
};
