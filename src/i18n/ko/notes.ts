import type { enNotes } from '../en/notes.js';

export const koNotes: Record<keyof typeof enNotes, string> = {
  'note.connected': '{address}:{port} 에 연결했습니다',
  'note.tls-starting': 'TLS 핸드셰이크를 시작합니다 (암묵적 TLS)',
  'note.tls-established': 'TLS 연결이 수립되었습니다: {protocol}, {cipher}',
  'note.certificate': '인증서: {subject}; 발급자 {issuer}; {validTo} 까지 유효 ({daysLeft}일); {verdict}',
  'note.tls-handshake-failed': 'TLS 핸드셰이크에 실패했습니다: {error}',
  'note.mode-confirming': '두 번째 연결로 확인합니다: {address}:{port} 에 {mode}',
  'note.mode-tls-established': 'TLS 연결이 수립되었습니다 ({protocol})',
  'note.mode-works': '{port}번 포트는 {mode} 로 동작합니다',
  'note.mode-other-fails': '다른 방식도 동작하지 않습니다 ({code})',
  'note.greeting-timeout': '{seconds}초 안에 인사말이 오지 않았습니다',
  'note.closed-before-greeting': '서버가 인사말을 보내기 전에 연결을 끊었습니다',
  'note.no-data-reset':
    '--no-data: RCPT TO 까지만 보내고 트랜잭션을 초기화했습니다. 아무것도 배달되지 않았습니다',
  'note.message-summary':
    '메시지 본문: {bytes}바이트, Message-ID {messageId} (본문은 표시하지 않습니다)',
  'note.transcript-limit': '(대화 기록 한도에 도달하여 이후 줄은 기록하지 않습니다)',
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
  'evidence.unknown': '세부 정보 없음',
};
