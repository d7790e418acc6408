import type { enAuthLive } from '../en/auth-live.js';

export const koAuthLive: Record<keyof typeof enAuthLive, string> = {
  'warn.auth-before-tls':
    '서버가 STARTTLS 전에 AUTH 를 제공합니다 ({offered}). 이번 검사는 먼저 TLS 로 올렸지만, 다른 클라이언트는 비밀번호를 평문으로 보낼 수 있습니다. AUTH 는 TLS 이후에만 제공하세요 (Postfix smtpd_tls_auth_only = yes).',
  'auth.reply-timeout.cause':
    '서버가 AUTH 명령에 {timeout}초 안에 답하지 않았습니다. 로그인에 실패하면 많은 서버가 다음 AUTH 응답을 일부러 늦춥니다 (Dovecot 의 인증 지연은 최대 15초). 이 주소에서 앞서 틀린 비밀번호를 보낸 것이 원인일 수 있습니다.',
  'auth.reply-timeout.fix':
    '1분쯤 기다린 뒤 올바른 비밀번호로 다시 시도하거나, --timeout 을 늘려(예: --timeout 30) 서버의 응답을 확인하세요. 계속 느리면 서버의 인증 시스템을 확인하세요.',
  'auth.reply-timeout.cause.explain':
    '서버가 AUTH 명령에 제때 답하지 않았습니다. 로그인에 실패하면 많은 서버가 다음 AUTH 응답을 일부러 늦춥니다 (Dovecot 의 인증 지연은 최대 15초). 이 주소에서 앞서 틀린 비밀번호를 보낸 것이 원인일 수 있습니다.',
  'lint.rails-tls-wins':
    'Rails(mail gem)는 {implicit} 설정이 true 이면 암묵적 TLS 를 쓰고 {starttls} 설정은 무시합니다. smtp-doctor 도 같은 방식으로 검사합니다.',
  'mx.address-lookup-failed':
    '{domain} 도메인에는 MX 레코드가 없고, 주소 조회도 실패했습니다 ({code}). 리졸버가 답하지 않았으므로 메일을 받을 수 있는지는 알 수 없습니다. 다시 시도하거나 --dns-server 로 다른 리졸버에 물어보세요.',
  'mx.verdict.lookup-failed':
    '판정: 모든 MX 호스트의 주소 조회가 실패했습니다 ({codes}). 호스트 자체의 상태는 알 수 없습니다. 다시 시도하거나 --dns-server 로 다른 리졸버에 물어보세요.',
  'param.address': 'name@example.com',
};
