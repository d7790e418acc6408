import type { enAuthLive } from '../en/auth-live.js';

export const koAuthLive: Record<keyof typeof enAuthLive, string> = {
  'warn.auth-before-tls':
    '서버가 STARTTLS 전에 AUTH를 제공합니다 ({offered}). 이번 검사는 먼저 TLS로 올렸지만, ' +
    '다른 클라이언트는 비밀번호를 평문으로 보낼 수 있습니다. ' +
    'AUTH는 TLS 이후에만 제공하세요 (Postfix smtpd_tls_auth_only = yes).',
  'auth.reply-timeout.cause':
    '서버가 AUTH 명령에 {timeout}초 안에 답하지 않았습니다. 로그인에 실패하면 많은 ' +
    '서버가 다음 AUTH 응답을 일부러 늦춥니다 (Dovecot의 인증 지연은 최대 ' +
    '15초). 이 주소에서 앞서 틀린 비밀번호를 보낸 것이 원인일 수 있습니다.',
  'auth.reply-timeout.fix':
    '1분쯤 기다린 뒤 올바른 비밀번호로 다시 시도하거나, --timeout을 늘려(예: --timeout 30) ' +
    '서버의 응답을 확인하세요. 계속 느리면 서버의 인증 시스템을 ' +
    '확인하세요.',
  'auth.reply-timeout.cause.explain':
    '서버가 AUTH 명령에 제때 답하지 않았습니다. 로그인에 실패하면 많은 서버가 다음 ' +
    'AUTH 응답을 일부러 늦춥니다 (Dovecot의 인증 지연은 최대 15초). 이 주소에서 ' +
    '앞서 틀린 비밀번호를 보낸 것이 원인일 수 있습니다.',
  'lint.rails-tls-wins':
    'Rails(mail gem)는 {implicit} 설정이 true이면 암묵적 TLS를 쓰고 {starttls} 설정은 ' +
    '무시합니다. smtp-doctor도 같은 방식으로 ' +
    '검사합니다.',
  'mx.address-lookup-failed':
    '{domain} 도메인에는 MX 레코드가 없고, 주소 조회도 실패했습니다 ({code}). 리졸버가 ' +
    '답하지 않았으므로 메일을 받을 수 있는지는 알 수 없습니다. 다시 시도하거나 ' +
    '--dns-server로 다른 리졸버에 물어보세요.',
  'mx.verdict.lookup-failed':
    '판정: 모든 MX 호스트의 주소 조회가 실패했습니다 ({codes}). 호스트 자체의 상태는 ' +
    '알 수 없습니다. 다시 시도하거나 --dns-server로 다른 리졸버에 ' +
    '물어보세요.',
  'param.address': 'name@example.com',
  'dns.mail-domain.cause.explain':
    '이 호스트 이름에는 주소(A/AAAA)가 없고 MX 레코드({mx})만 있습니다. SMTP 서버 이름이 ' +
    '아니라 메일 도메인을 적은 것입니다.',
  'dns.mail-domain.fix.explain':
    '호스트를 메일 도메인이 아니라 서비스의 발송(submission) 서버 이름으로 바꾸세요 ' +
    '(흔히 smtp. 뒤에 메일 도메인). MX 서버는 25번 포트로 수신 메일을 받는 ' +
    '용도라서 보통 인증 발송을 받지 않습니다.',
  'dns.no-such-host.cause.explain': '호스트 이름이 DNS에 존재하지 않습니다.',
  'dns.resolver.cause.explain': 'DNS 서버가 응답하지 않아 호스트 이름을 확인할 수 없습니다.',
  'dns.family.cause.explain': '호스트 이름에 요청한 IP 버전의 주소가 없습니다.',
  'tcp.refused.cause.explain': '그 호스트와 포트에서 연결을 받는 서비스가 없습니다 (연결 거부).',
  'tcp.timeout.cause.explain':
    '호스트와 포트가 제한 시간 안에 응답하지 않았습니다. 방화벽이나 보안 그룹이 ' +
    '패킷을 버리고 있거나 호스트가 잘못되었습니다.',
  'tcp.timeout.fix.explain':
    '이 컴퓨터에서 서버로 나가는 방화벽/아웃바운드 규칙과 호스트 이름을 ' +
    '확인하세요. ' +
    '이 포트가 막혀 있다면 587이나 465를 시도해 보세요.',
  'tcp.reset.cause.explain': '연결이 열리자마자 끊겼습니다(reset). 방화벽이나 서버가 연결을 거부했습니다.',
  'mode.expects-tls.cause.explain':
    '이 포트는 접속하자마자 TLS로 말하는 포트(암묵적 TLS)인데, 클라이언트는 평문 ' +
    '인사말을 기다렸습니다.',
  'mode.expects-plain.cause.explain':
    '이 포트는 평문 SMTP로 시작하는 포트인데, 클라이언트가 처음부터 TLS 핸드셰이크를 ' +
    '시도했습니다 (OpenSSL: "wrong version number").',
  'greeting.timeout.cause.explain': 'TCP 연결은 되었지만 서버가 제한 시간 안에 인사말(220)을 보내지 않았습니다.',
  'greeting.timeout.fix.explain':
    '그 호스트와 포트가 정말 SMTP 서비스인지 확인하세요. 일부 서버는 일부러 ' +
    '인사말을 늦게 보냅니다. 제한 시간을 늘려 보거나 `smtp-doctor probe {host}`로 ' +
    '포트별 동작을 비교하세요.',
  'ehlo.rejected.cause.explain': '서버가 클라이언트가 EHLO/HELO에 적은 이름을 거부했습니다: "{reply}".',
  'starttls.not-offered.cause.explain':
    '클라이언트 설정에서는 STARTTLS가 필수인데, 서버가 이 포트에서 STARTTLS를 제공하지 ' +
    '않습니다.',
  'auth.plaintext-refused.cause.explain': '서버와의 연결이 암호화되지 않아서 클라이언트가 인증 정보를 보내지 않았습니다.',
  'cert.expired.cause.explain': '서버 인증서가 만료되었거나 아직 유효 기간이 시작되지 않았습니다.',
  'cert.hostname.cause.explain': '클라이언트가 접속한 호스트 이름이 인증서에 없습니다.',
  'cert.hostname.fix.explain':
    '인증서에 있는 이름 중 하나로 접속하거나 TLS 서버 이름(SNI)을 그 이름으로 ' +
    '지정하세요. IP 주소나 별칭으로 접속하고 있다면 인증서의 이름으로 바꾸세요.',
  'auth.mechanism.cause.explain': '클라이언트가 쓴 인증 방식({mechanism})을 서버가 지원하지 않습니다.',
  'auth.not-offered.fix.explain':
    '이 포트는 서버 간 전달용일 수 있습니다. 발송용 포트(587 + STARTTLS, 또는 465 + ' +
    '암묵적 TLS)를 쓰거나, IP로 허용하는 릴레이라면 로그인하지 마세요.',
  'send.sender.cause.explain': '서버가 발신 주소를 거부했습니다: "{reply}".',
  'send.sender.fix.explain':
    '이 계정이 쓸 수 있는 주소로 보내세요 (보통 로그인 주소, 또는 인증된 ' +
    '발신자/별칭). From 주소를 바꾸세요 (nodemailer from, Rails default ' +
    'from).',
  'send.recipient.cause.explain': '서버가 수신자를 거부했습니다: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix.explain':
    '수신자 주소를 확인하세요. 있어야 하는 주소라면 받는 쪽 관리자가 메일함이나 ' +
    '연락처를 만들거나 Entra ID에 동기화해야 합니다. 스팸 검사 전에 막히는 것이라 ' +
    '보내는 쪽 ' +
    '설정으로는 바꿀 수 없습니다.',
};
