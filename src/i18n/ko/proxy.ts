/** 프록시 (--proxy, SMTP_DOCTOR_PROXY, ALL_PROXY / NO_PROXY): 옵션, 노트, 사유, 프록시 규칙. */
export const koProxy = {
  'help.proxy':
    '프록시를 거쳐 연결: socks5://[사용자[:비밀번호]@]호스트:포트 (socks5h://는 이름을 ' +
    '프록시가 조회), ' +
    'socks4://, socks4a://, http:// (CONNECT). 기본값은 SMTP_DOCTOR_PROXY, 그다음 ALL_PROXY이며 ' +
    'NO_PROXY의 호스트는 직접 연결',
  'help.no-proxy': '직접 연결: SMTP_DOCTOR_PROXY와 ALL_PROXY를 무시',
  'help.proxy-password-env': '프록시 비밀번호를 이 환경 변수에서 읽기 (명령줄에 남지 않음)',
  'err.bad-proxy':
    '{source}의 프록시 URL이 올바르지 않습니다. SCHEME://[사용자[:비밀번호]@]호스트[:포트] ' +
    '형식으로 주세요 (SCHEME: {schemes})',
  'err.proxy-password-env': '--proxy-password-env: 환경 변수 {name}이 설정되어 있지 않습니다',
  'err.proxy-and-no-proxy': '--proxy와 --no-proxy는 서로 모순됩니다. 둘 중 하나만 주세요',
  'err.proxy-password-env-no-proxy':
    '--proxy-password-env {name}: 비밀번호를 줄 프록시가 없습니다 (--proxy, SMTP_DOCTOR_PROXY, ' +
    'ALL_PROXY 모두 없음)',
  'err.proxy-password-env-no-user':
    '--proxy-password-env {name}: {source}의 프록시 URL에 사용자 이름이 없습니다. URL에 주세요. ' +
    '예: {example}',
  'warn.extra-ca-empty':
    'NODE_EXTRA_CA_CERTS가 가리키는 {path}에 PEM 인증서가 없습니다. 그 CA는 신뢰되지 않습니다.',
  'warn.extra-ca-unreadable':
    'NODE_EXTRA_CA_CERTS가 가리키는 {path}를 읽을 수 없습니다 ({reason}). 그 CA는 신뢰되지 ' +
    '않습니다.',
  'warn.proxy-password-url':
    '프록시 비밀번호가 --proxy 안에 있어서 명령줄에 남고, 같은 서버의 다른 사용자가 ' +
    '볼 수 있습니다 (ps, 셸 히스토리). ' +
    'URL에서는 비밀번호를 빼고 (socks5://user@host:port) --proxy-password-env로 주세요.',
  'note.via-proxy': '프록시 {proxy}를 거쳐 연결 ({source}에서 지정)',
  'fact.proxy': '프록시 {proxy}를 거쳐 연결 ({source}에서 지정)',
  'fact.dns-by-proxy': '프록시 {proxy}가 이름을 조회 (로컬 조회 없음)',
  'outcome.proxy': '프록시 실패',
  'probe.problem.connect-proxy': '프록시 실패',
  'param.proxy': '프록시',
  'category.PROXY_FAILURE': '프록시 실패',
  'reason.proxy-unreachable': '프록시에 연결할 수 없음',
  'reason.proxy-auth-failed': '프록시가 인증 정보를 거부함',
  'reason.proxy-refused': '프록시가 연결 요청을 거부함',
  'reason.proxy-protocol-error': '프록시 프로토콜로 응답하지 않음',
  'reason.proxy-target-refused': '연결 거부 (프록시의 네트워크에서)',
  'reason.proxy-target-unreachable': '프록시가 서버에 도달할 수 없음',
  'reason.proxy-target-failed': '프록시가 서버에 연결하지 못함 (거부, 도달 불가 또는 시간 초과)',
  'proxy.target-failed.title': '프록시가 서버에 연결하지 못함',
  'proxy.target-failed.cause':
    '프록시 {proxy}는 동작하지만 {host}의 {port}번 포트에 연결하지 못했습니다 ({code}). ' +
    '프록시의 네트워크에서 ' +
    '연결이 거부되었거나, 도달할 수 없었거나, 시간이 초과되었습니다. 프록시는 그중 ' +
    '어느 것인지 알려 주지 않습니다.',
  'proxy.target-failed.fix':
    'SMTP 호스트와 포트를 확인하세요 (제출용: 587 또는 465). 프록시와 서버 사이의 ' +
    '방화벽이 포트를 막을 수 있습니다. ' +
    '--no-proxy로 이 컴퓨터에서 직접 시도할 수 있습니다.',
  'proxy.unreachable.cause':
    '프록시 {proxy}에 연결할 수 없습니다 ({code}). SMTP 서버까지는 아무것도 도달하지 ' +
    '않았습니다.',
  'proxy.unreachable.fix':
    '--proxy, SMTP_DOCTOR_PROXY 또는 ALL_PROXY의 프록시 호스트와 포트를 확인하고 프록시가 ' +
    '실행 중인지 확인하세요. ' +
    '직접 연결하려면 --no-proxy를 주거나 NO_PROXY에 {host}를 추가하세요.',
  'proxy.auth.cause':
    '프록시 {proxy}가 로그인을 거부했습니다 ({code}). 프록시 사용자 이름이나 ' +
    '비밀번호가 틀렸거나 없습니다.',
  'proxy.auth.fix':
    '프록시 사용자는 URL에(socks5://user@host:port), 비밀번호는 --proxy-password-env VAR로 주세요 ' +
    '(또는 SMTP_DOCTOR_PROXY / ALL_PROXY의 URL에). 메일 계정이 아니라 프록시의 인증 정보입니다.',
  'proxy.refused.cause':
    '프록시 {proxy}가 {host}:{port}로의 연결을 거부했습니다 ({code}). 프록시 규칙이 ' +
    '허용하지 않거나 프록시가 실패했습니다.',
  'proxy.refused.fix':
    '프록시 관리자에게 {host}의 {port}번 포트로의 연결을 허용해 달라고 요청하거나, ' +
    '--proxy / SMTP_DOCTOR_PROXY / ' +
    'ALL_PROXY에 다른 프록시를 지정하세요 (--no-proxy는 직접 연결합니다).',
  'proxy.protocol.cause':
    '{proxy}에서 응답하는 것이 해당 프록시 프로토콜을 사용하지 않습니다 ({code}). ' +
    '포트가 틀렸거나 다른 종류의 프록시입니다.',
  'proxy.protocol.fix':
    '--proxy, SMTP_DOCTOR_PROXY 또는 ALL_PROXY의 스킴과 포트를 확인하세요. SOCKS5 프록시는 ' +
    'socks5:// 또는 ' +
    'socks5h://(보통 1080번 포트), CONNECT를 허용하는 HTTP 프록시는 http://입니다.',
  'proxy.target-refused.cause':
    '프록시 {proxy}는 동작하지만, 프록시의 네트워크에서 {host}의 {port}번 포트로 연결을 ' +
    '받는 서비스가 없습니다. ' +
    '서버가 연결을 거부했습니다 ({code}). 연결은 이 컴퓨터가 아니라 프록시의 ' +
    '네트워크에서 이루어졌습니다.',
  'proxy.target-refused.fix':
    'SMTP 호스트와 포트를 확인하세요 (제출용: 587 또는 465). 서버가 일부 네트워크만 ' +
    '받는다면 프록시의 주소를 ' +
    '허용해야 합니다. --no-proxy로 이 컴퓨터에서 직접 시도할 수 있습니다.',
  'proxy.target-unreachable.cause':
    '프록시 {proxy}는 동작하지만, 프록시의 네트워크에서 {host}의 {port}번 포트에 ' +
    '도달하지 못했습니다 ({code}).',
  'proxy.target-unreachable.fix':
    'SMTP 호스트 이름과 포트를 확인하세요. 프록시와 서버 사이의 방화벽이 연결을 ' +
    '막을 수 있습니다. socks5h://에서는 ' +
    '프록시가 이름을 조회하므로 프록시가 그 이름을 알아야 합니다.',
  // explain: 붙여 넣은 오류에는 프록시도, 흔히 서버도 나오지 않음
  'proxy.unreachable.cause.explain': '프록시에 연결할 수 없습니다. SMTP 서버까지는 아무것도 도달하지 않았습니다.',
  'proxy.auth.cause.explain':
    '프록시가 로그인을 거부했습니다. 프록시 사용자 이름이나 비밀번호가 틀렸거나 ' +
    '없습니다.',
  'proxy.refused.cause.explain':
    '프록시가 SMTP 서버로의 연결을 거부했습니다. 프록시 규칙이 허용하지 않거나 ' +
    '프록시가 실패했습니다.',
  'proxy.refused.fix.explain':
    '프록시 관리자에게 SMTP 서버의 호스트와 포트로의 연결을 허용해 달라고 ' +
    '요청하거나, 프로그램의 프록시 설정에 ' +
    '다른 프록시를 지정하세요.',
  'proxy.refused.fix.explain-app':
    '프록시 관리자에게 SMTP 서버의 호스트와 포트로의 연결을 허용해 달라고 ' +
    '요청하거나, {setting}에 다른 프록시를 ' +
    '지정하세요.',
  'proxy.unreachable.fix.explain':
    '프로그램의 프록시 설정에서 프록시 호스트와 포트를 확인하고 프록시가 실행 ' +
    '중인지 확인하세요. 직접 연결하려면 ' +
    '그 설정을 빼세요.',
  'proxy.unreachable.fix.explain-app':
    '{setting}의 프록시 호스트와 포트를 확인하고 프록시가 실행 중인지 확인하세요. ' +
    '직접 연결하려면 그 설정을 빼세요.',
  'proxy.auth.fix.explain':
    '프로그램의 프록시 설정에 프록시의 사용자 이름과 비밀번호를 주세요. 메일 ' +
    '계정이 아니라 프록시의 인증 정보입니다.',
  'proxy.auth.fix.explain-app':
    '{setting}을 설정하는 곳에 프록시의 사용자 이름과 비밀번호를 주세요. 메일 계정이 ' +
    '아니라 프록시의 인증 정보입니다.',
  'proxy.protocol.fix.explain':
    '프로그램의 프록시 설정에서 프록시 종류와 포트를 확인하세요. SOCKS5 프록시는 ' +
    '보통 1080번 포트를 쓰고, HTTP ' +
    '프록시에는 SOCKS 설정이 아니라 HTTP(CONNECT) 프록시 설정이 필요합니다.',
  'proxy.protocol.fix.explain-app':
    '{setting}의 프록시 종류와 포트를 확인하세요. SOCKS5 프록시는 보통 1080번 포트를 ' +
    '쓰고, HTTP 프록시에는 ' +
    'SOCKS 설정이 아니라 HTTP(CONNECT) 프록시 설정이 필요합니다.',
  'proxy.target-refused.fix.explain':
    'SMTP 호스트와 포트를 확인하세요 (제출용: 587 또는 465). 서버가 일부 네트워크만 ' +
    '받는다면 프록시의 주소를 ' +
    '허용해야 합니다.',
  'proxy.target-unreachable.fix.explain':
    'SMTP 호스트 이름과 포트를 확인하세요. 프록시와 서버 사이의 방화벽이 연결을 ' +
    '막을 수 있습니다. 프록시가 ' +
    '이름을 조회하는 경우(socks5h, SOCKS4a) 프록시가 그 이름을 알아야 합니다.',
  'proxy.target-failed.cause.explain':
    '프록시는 동작하지만 SMTP 서버에 연결하지 못했습니다. 프록시의 네트워크에서 ' +
    '연결이 거부되었거나, 도달할 수 ' +
    '없었거나, 시간이 초과되었습니다. 프록시는 그중 어느 것인지 알려 주지 않습니다.',
  'proxy.target-failed.fix.explain':
    'SMTP 호스트와 포트를 확인하세요 (제출용: 587 또는 465). 프록시와 서버 사이의 ' +
    '방화벽이 포트를 막을 수 있습니다.',
  'proxy-client.java':
    'JavaMail: 세션 속성에 mail.smtp.socks.host와 mail.smtp.socks.port(SOCKS) 또는 mail.smtp.proxy.host와 ' +
    'mail.smtp.proxy.port(HTTP CONNECT)를 설정하세요. -DsocksProxyHost와 -DsocksProxyPort ' +
    '(사용자: -Djava.net.socks.username)로도 설정할 수 있지만, 이 방법은 JVM의 모든 소켓에 ' +
    '적용됩니다.',
  'proxy-client.pysocks':
    'Python PySocks: socks.set_default_proxy(socks.SOCKS5, "proxy.host", 1080, username=..., password=...)를 ' +
    '호출한 뒤, smtplib.SMTP()가 연결하기 전에 socket.socket = socks.socksocket으로 바꾸세요 ' +
    '(rdns=True이면 프록시가 이름을 조회합니다).',
  'proxy-client.curl':
    'curl: --proxy socks5h://user@proxy.host:1080 (또는 --socks5-hostname proxy.host:1080) 또는 ALL_PROXY ' +
    '환경 변수를 쓰세요. --noproxy \'*\'는 직접 연결합니다.',
  'proxy-client.socks-npm':
    'socks 패키지: SocksClient.createConnection({ proxy: { host, port, type: 5, userId, password }, ' +
    'command: \'connect\', destination: { host, port } })의 proxy 옵션을 확인하세요.',
  'proxy-client.nodemailer':
    'nodemailer: createTransport({ ..., proxy: \'socks5://user@proxy.host:1080\' })와 ' +
    'transporter.set(\'proxy_socks_module\', require(\'socks\'))를 쓰세요. http:// 프록시에는 추가 ' +
    '모듈이 필요 없습니다.',
  'proxy.protocol.cause.explain':
    '프록시 주소에서 응답하는 것이 해당 프록시 프로토콜을 사용하지 않습니다. ' +
    '포트가 틀렸거나 다른 종류의 프록시입니다.',
  'proxy.target-refused.cause.explain':
    '프록시는 동작하지만, 프록시의 네트워크에서 그 호스트와 포트로 연결을 받는 ' +
    '서비스가 없습니다. 서버가 연결을 ' +
    '거부했습니다. 연결은 이 컴퓨터가 아니라 프록시의 네트워크에서 이루어졌습니다.',
  'proxy.target-unreachable.cause.explain':
    '프록시는 동작하지만, 프록시의 네트워크에서 SMTP 서버에 도달하지 못했습니다 ' +
    '(경로 없음, 알 수 없는 이름 또는 응답 없음).',
} as const;
