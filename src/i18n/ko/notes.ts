import type { enNotes } from '../en/notes.js';

export const koNotes: Record<keyof typeof enNotes, string> = {
  'note.connected': '{address}:{port}에 연결했습니다',
  'note.tls-starting': 'TLS 핸드셰이크를 시작합니다 (암묵적 TLS)',
  'note.tls-established': 'TLS 연결이 수립되었습니다: {protocol}, {cipher}',
  'note.certificate': '인증서: {subject}; 발급자 {issuer}; {validTo}까지 유효 ({daysLeft}일); {verdict}',
  'note.tls-handshake-failed': 'TLS 핸드셰이크에 실패했습니다: {error}',
  'note.mode-confirming': '두 번째 연결로 확인합니다: {mode}로 {address}:{port}에 연결',
  'note.mode-tls-established': 'TLS 연결이 수립되었습니다 ({protocol})',
  'note.mode-works': '{port}번 포트는 {mode}로 동작합니다',
  'note.mode-other-fails': '다른 방식도 동작하지 않습니다 ({code})',
  'note.greeting-timeout': '{seconds}초 안에 인사말이 오지 않았습니다',
  'note.closed-before-greeting': '서버가 인사말을 보내기 전에 연결을 끊었습니다',
  'note.no-data-reset':
    '--no-data: RCPT TO까지만 보내고 트랜잭션을 초기화했습니다. 아무것도 배달되지 ' +
    '않았습니다',
  'note.message-summary':
    '메시지 본문: {bytes}바이트, Message-ID {messageId} (본문은 표시하지 않습니다)',
  'note.transcript-limit': '(대화 기록 한도에 도달하여 이후 줄은 기록하지 않습니다)',
  'note.greeting-slow': '{seconds}초 동안 인사말이 {bytes}바이트만 왔습니다',
  'note.starttls-no-handshake': '서버가 STARTTLS를 수락(220)했지만 TLS 핸드셰이크가 이어지지 않았습니다',
  'note.version-probe-worked':
    'TLS 1.0과 모든 암호 스위트를 허용한 확인용 핸드셰이크는 성공했습니다: {protocol}, ' +
    '{cipher} (바로 닫았으며 사용하지 않음)',
  'note.version-probe-failed': 'TLS 1.0과 모든 암호 스위트를 허용한 확인용 핸드셰이크도 실패했습니다 ({code})',
  'note.tls-no-answer': '{seconds}초 안에 TLS 핸드셰이크 응답이 없었습니다',
  'note.mode-switch': '{port}번 포트는 암묵적 TLS로 동작합니다: 그 방식으로 다시 검사합니다 (--security auto)',
  'note.http-answer':
    '두 번째 연결에서 인사말을 기다리지 않고 EHLO를 보냈더니 HTTP 응답이 왔습니다: ' +
    '{status}',
  'note-mode.tls': '암묵적 TLS',
  'note-mode.plain': '평문 SMTP',
  'note-mode.starttls': '평문 SMTP + STARTTLS',
  'note-mode.none': '평문 SMTP (STARTTLS 제공 안 함)',
  'outcome.connected': '연결됨',
  'outcome.refused': '거부됨',
  'outcome.timeout': '시간 초과',
  'outcome.unreachable': '도달할 수 없음',
  'outcome.reset': '연결 재설정됨',
  'outcome.error': '오류',
  'error.no-reply': '{ms}ms 안에 응답이 없었습니다',
  'error.closed-unexpectedly': '연결이 예기치 않게 끊겼습니다',
  'error.reply-too-large': '응답이 너무 컸습니다',
  'error.connection-closed': '연결이 닫혔습니다',
  'error.tls-handshake-timeout': 'TLS 핸드셰이크 시간이 초과되었습니다',
  'error.no-address': '{host}의 주소가 없습니다',
  'error.not-an-ip': 'IP 주소가 아닙니다: {address}',
  'error.timed-out': '{ms}ms 후 시간이 초과되었습니다',
  'error.command-failed': '{command} 실패: {reply}',
  'evidence.unknown': '세부 정보 없음',
  'hint.combo.tls': '{port} 암묵적 TLS',
  'hint.combo.starttls': '{port} STARTTLS',
  'hint.combo.plain': '{port} 평문',
  'hint.combo-cert': '{combo} ({verdict})',
};
