import type { enExplain } from '../en/explain.js';

export const koExplain: Record<keyof typeof enExplain, string> = {
  'explain.none.cause':
    '이 오류는 smtp-doctor가 알아보지 못했습니다. SMTP 응답 코드, 확장 상태 코드, 알려진 ' +
    '오류 문구를 찾지 못했습니다.',
  'explain.none.fix':
    '서버 응답 줄(535, 550 같은 세 자리 코드)이 포함된 오류 전체를 붙여 넣어 주세요. ' +
    '또는 `smtp-doctor check`로 서버와의 대화 전체를 확인하세요.',
  'explain.title': '설명',
  'explain.stack': '스택',
  'explain.provider': '서비스',
  'explain.reply': '서버 응답',
  'explain.generic-note':
    '여기서는 응답 코드의 종류만 알 수 있습니다. 위에 있는 서버의 응답 문구가 가장 ' +
    '좋은 단서입니다.',
  'mode.suspected-tls.cause':
    '클라이언트가 평문으로 연결해서 인사말을 기다렸지만 오지 않았습니다. 서버가 ' +
    '접속하자마자 TLS를 요구하는 포트(암묵적 TLS, 보통 465)일 가능성이 높습니다.',
  'mode.suspected-tls.fix':
    '465번 포트에서는 암묵적 TLS를 쓰세요: nodemailer secure: true, Spring mail.smtp.ssl.enable=true, ' +
    'Python smtplib.SMTP_SSL, Rails tls: true, Django EMAIL_USE_SSL=True. 평문 + STARTTLS를 유지하려면 ' +
    '587번 포트를 쓰세요. `smtp-doctor check`로 확인할 수 있습니다.',
  'mode.suspected-plain.cause':
    '클라이언트가 TLS 핸드셰이크를 시작했는데 서버가 평문(SMTP 인사말)으로 ' +
    '답했습니다. 이 포트는 처음부터 TLS가 아니라 평문 SMTP + STARTTLS 방식입니다.',
  'mode.suspected-plain.fix':
    '587(또는 25)번 포트에서는 암묵적 TLS 대신 STARTTLS를 쓰세요: nodemailer secure: false ' +
    '(requireTLS: true), Spring mail.smtp.starttls.enable=true (ssl.enable 없이), Python smtplib.SMTP + ' +
    'starttls(), Rails enable_starttls_auto: true (tls/ssl 없이), Django EMAIL_USE_TLS=True, EMAIL_USE_SSL=False, ' +
    '.NET은 587과 EnableSsl. 암묵적 TLS는 465번입니다.',
  'hint.alt.no-greeting':
    '연결은 받아 주지만 아무 응답도 하지 않는 서버에서도 같은 문구가 나옵니다. ' +
    '방화벽이나 타르핏, 과부하 상태의 서버, 또는 STARTTLS를 수락한 뒤 TLS를 시작하지 ' +
    '않는 경우입니다. 이 포트에 맞는 TLS 방식을 쓰고 있다면 네트워크 경로와 서버를 ' +
    '확인하세요.',
  'hint.alt.not-tls':
    'STARTTLS에 220으로 답한 뒤 TLS를 보내지 않는 서버(중간의 잘못된 프록시나 백신 검사 ' +
    '프로그램)나, 이 포트에서 SMTP가 아닌 다른 서비스가 동작하는 경우에도 같은 ' +
    '오류가 나옵니다.',
  'hint.alt.no-auth':
    'STARTTLS 뒤에도 AUTH를 전혀 제공하지 않는 서버(25번 같은 중계 전용 포트)에서도 ' +
    '같은 문구가 나옵니다. 이 경우 제출용 포트(587 또는 465)에서 로그인하거나, 서버가 ' +
    '중계해 준다면 로그인 없이 보내세요.',
  'hint.alt.cert-verify-failed':
    'OpenSSL은 만료되었거나 아직 유효 기간이 시작되지 않은 인증서, 자체 서명 인증서, ' +
    '중간 인증서가 빠진 체인에 대해 이유 없이 똑같이 "certificate verify failed"를 ' +
    '출력합니다. 같은 호스트와 포트로 `smtp-doctor check`를 실행하면 인증서의 유효 ' +
    '기간과 발급자를 볼 수 있습니다.',
  'hint.alt.connect-failed':
    'PHPMailer는 세션이 열리기 전의 모든 실패에 이 문구를 똑같이 출력합니다. 호스트 ' +
    '이름을 찾을 수 없는 경우, 포트가 연결을 거부하거나 버리는 경우(방화벽, SMTP를 ' +
    '막는 호스팅 업체), 인증서를 신뢰할 수 없거나 만료되었거나 다른 이름으로 ' +
    '발급된 경우, 양쪽이 함께 쓸 수 있는 TLS 버전이 없는 경우, 서버가 인사말에서 ' +
    '클라이언트를 돌려보내는 경우(421, 또는 차단된 IP에 대한 554), 그 포트에서 SMTP가 ' +
    '아닌 다른 서비스가 동작하는 경우입니다. 같은 호스트, 포트, 암호화 방식으로 ' +
    '`smtp-doctor check`를 실행하면 어느 단계에서 실패하는지 알 수 있습니다.',
  'hint.alt.auth-rejected':
    '비밀번호 확인까지 가지 못한 로그인에서도 같은 문구가 나옵니다. 이 연결에서 ' +
    '서버가 AUTH를 제공하지 않는 경우(아직 STARTTLS를 하지 않았거나 중계 전용 포트), ' +
    '양쪽이 함께 지원하는 AUTH 방식이 없는 경우, Gmail이 앱 비밀번호를 요구하는 경우, ' +
    'Microsoft 365에서 그 메일함의 SMTP AUTH가 꺼져 있는 경우입니다. 같은 설정으로 ' +
    '`smtp-doctor check --user ...`를 실행하면 서버가 보낸 응답을 볼 수 있습니다.',
  'param.host': '서버',
  'param.port': '설정한 포트',
  'param.user': '사용자 이름',
  'param.from': '발신 주소',
  'param.to': '수신자',
  'param.helo': 'EHLO 이름',
  'param.servername': '서버 이름',
  'param.names': '인증서에 적힌 이름',
  'param.validTo': '만료일',
  'param.mx': '`dig MX` 참고',
  'param.offered': '서버가 EHLO 응답에 적은 방식',
  'param.mechanism': '이 방식',
  'param.code': '오류',
  'param.reply': '(응답 문구 없음)',
  'param.provider': '해당 서비스',
  'param.timeout': '제한 시간',
  'param.issuer': '알 수 없는 발급자',
  'param.daysLeft': '?',
  'param.otherMode': '다른 방식',
};
