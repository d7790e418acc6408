import type { enProbe } from '../en/probe.js';

export const koProbe: Record<keyof typeof enProbe, string> = {
  'probe.title': '{host} ({addresses}) 포트 {ports} 탐색',
  'probe.col.port': '포트',
  'probe.col.ip': 'IP',
  'probe.col.mode': '방식',
  'probe.col.auth': 'AUTH (평문 → TLS)',
  'probe.col.cert': '인증서',
  'probe.col.detail': '인사말 / 문제',
  'probe.col.time': '시간',
  'probe.mode.tls': '암묵적 TLS',
  'probe.mode.starttls': 'STARTTLS',
  'probe.mode.plain': '평문만',
  'probe.mode.none': '—',
  'probe.problem.connect-refused': '거부됨: 듣고 있는 서비스 없음',
  'probe.problem.connect-timeout': '시간 초과: 차단됨',
  'probe.problem.connect-unreachable': '도달 불가',
  'probe.problem.connect-reset': '연결 끊김',
  'probe.problem.connect-error': '연결 오류',
  'probe.problem.no-smtp-greeting': '열려 있지만 SMTP 인사말이 없음 (SMTP가 아니거나 타르핏)',
  'probe.problem.greeting-rejected': '인사말 단계에서 거부',
  'probe.problem.closed-after-greeting': '인사말 직후 연결을 끊음',
  'probe.problem.starttls-failed': 'STARTTLS를 제공하지만 실패',
  'probe.recommended': '추천: {port}번 포트, {mode} ({why})',
  'probe.why.tls': '처음부터 TLS, 인증서 검증됨',
  'probe.why.starttls': 'STARTTLS, 인증서 검증됨',
  'probe.why.tls-unverified': '처음부터 TLS, 인증서 검증 안 됨, 사유: {verdict}, --insecure 옵션 때문에만 받아들임',
  'probe.why.starttls-unverified': 'STARTTLS, 인증서 검증 안 됨, 사유: {verdict}, --insecure 옵션 때문에만 받아들임',
  'probe.why.tls-untrusted':
    '처음부터 TLS는 동작하지만 인증서 검증 실패, 사유: {verdict}. 비밀번호를 보내기 ' +
    '전에 인증서를 신뢰하게 하세요',
  'probe.why.starttls-untrusted':
    'STARTTLS는 동작하지만 인증서 검증 실패, 사유: {verdict}. 비밀번호를 보내기 전에 ' +
    '인증서를 신뢰하게 하세요',
  'probe.cert-untrusted':
    '{port}번 포트에서 암호화는 동작하지만 인증서를 신뢰할 수 없어 서버의 신원이 ' +
    '증명되지 않습니다. ' +
    '발급한 CA를 --ca FILE로 지정하거나, 서버의 인증서 체인을 고치세요(공인 CA까지 ' +
    '이어지는 완전한 체인, ' +
    '올바른 이름, 만료되지 않은 인증서). 그다음 다시 확인하세요.',
  'probe.cert-insecure': '{verdict}, --insecure로 받아들임',
  'probe.unverified':
    '{port}번 포트의 인증서는 검증되지 않았습니다. 경로 중간의 누구든 이 서버를 ' +
    '사칭하여 비밀번호를 읽을 수 있습니다. ' +
    '--insecure 옵션 때문에만 동작하므로, 사용하기 전에 인증서를 고치거나 발급 CA를 ' +
    '--ca로 지정하세요.',
  'probe.why.none': '어디서도 암호화를 제공하지 않음: 인증 정보 없이 쓰는 신뢰된 릴레이에만 쓰세요',
  'probe.none-works': '여기서 동작하는 조합이 없습니다.',
  'probe.settings': '동작하는 설정:',
  'probe.command': '이 명령으로 확인하세요:',
  'probe.confirm.ok': '확인됨: {user}로 {port}번 포트({mode})에서 로그인에 성공했습니다.',
  'probe.confirm.ok-unverified':
    '로그인됨: {user}로 {port}번 포트({mode})에서 로그인했지만, 검증되지 않은 ' +
    '인증서(--insecure)를 거쳤습니다. ' +
    '서버의 신원은 확인되지 않았습니다.',
  'probe.confirm.fail': '추천한 조합에서 로그인이 실패했습니다: {category}. {cause}',
  'probe.dns-failed': '{host}의 이름을 확인할 수 없어서 어떤 포트도 시도하지 못했습니다.',
  'probe.all-filtered':
    'DNS는 되는데 모든 포트가 시간 초과입니다. 이 네트워크, 방화벽, 또는 클라우드 ' +
    '사업자가 외부로 나가는 SMTP를 막고 있을 가능성이 높습니다. 다른 네트워크에서 ' +
    '시도하거나 포트를 열어 달라고 요청하세요.',
  'probe.port25-filtered':
    '다른 포트는 응답하는데 25번만 시간 초과입니다. 네트워크나 클라우드 사업자가 ' +
    '외부로 나가는 25번 포트를 막고 있을 가능성이 높습니다 (기본으로 막는 곳이 ' +
    '많습니다). 발송에는 587이나 465를 쓰세요.',
  'probe.ipv6-broken':
    '여기서는 IPv6이 안 되고 IPv4는 됩니다. --family 4를 쓰세요 (nodemailer family: 4, Java ' +
    '-Djava.net.preferIPv4Stack=true, 또는 IPv6 경로를 고치세요).',
  'hint.probe-works': '여기서 동작하는 조합: {list}. (자세한 내용은 smtp-doctor probe {host})',
  'hint.probe-none':
    '여기서는 표준 포트 어디에서도 SMTP 응답이 없습니다. smtp-doctor probe {host}를 ' +
    '참고하세요.',
  'mx.title': '{domain}의 메일 서버(MX)',
  'mx.null': '{domain}는 null MX(RFC 7505)를 게시하고 있습니다: 이 도메인은 메일을 받지 않습니다.',
  'mx.implicit': '{domain}에는 MX 레코드가 없어서 A/AAAA 주소로 메일이 갑니다 (암묵적 MX).',
  'mx.dns-error':
    '{domain}의 MX 조회가 실패했습니다 ({code}). 리졸버가 답하지 않았으므로 레코드가 ' +
    '없다는 뜻은 아닙니다. 다시 시도하거나 --dns-server로 다른 리졸버에 물어보세요.',
  'mx.none': '{domain}에는 MX도 주소 레코드도 없어서 메일을 전달할 수 없습니다.',
  'mx.host': '{preference}  {host}',
  'mx.addresses': '주소: {list}',
  'mx.ptr': '역방향 DNS: {ptr} ({match})',
  'mx.ptr-match': '정방향과 일치',
  'mx.ptr-mismatch': '정방향과 불일치',
  'mx.ptr-none': '역방향 DNS: 없음',
  'mx.summary.ok': '연결 받음; {starttls}; 인증서 {cert}',
  'mx.summary.fail': '{problem}',
  'mx.starttls-yes': 'STARTTLS 제공',
  'mx.starttls-no': 'STARTTLS 없음',
  'mx.verdict.all-ok': '판정: 모든 MX가 연결을 받습니다.',
  'mx.verdict.primary-down':
    '판정: 주 MX({host})는 연결을 받지 않고 백업 MX가 받습니다. 메일이 늦어지거나 ' +
    '백업으로 갑니다.',
  'mx.verdict.some-down': '판정: 일부 MX가 연결을 받지 않습니다: {hosts}.',
  'mx.verdict.all-down':
    '판정: 여기서는 어떤 MX도 연결을 받지 않습니다 (이 네트워크에서 25번만 막힌 것일 ' +
    '수 있으니 다른 곳에서도 확인하세요).',
  'err.bad-ports': '--ports "{value}"가 올바르지 않습니다. 포트 번호를 쉼표로 구분해 주세요',
  'err.bad-dns-server': '--dns-server "{value}"가 올바르지 않습니다. IP 주소(필요하면 :포트)를 주세요',
  'err.missing-target': '살펴볼 호스트(또는 도메인)를 주세요',
  'help.probe': '이 네트워크에서 실제로 동작하는 포트와 TLS 방식을 찾기',
  'help.probe-host': 'SMTP 서버 호스트 이름',
  'help.ports': '이 포트만 시도, 쉼표로 구분 (지정하지 않으면: --port, 그다음 25,465,587,2525)',
  'help.dns-server': '모든 이름을 이 DNS 서버로 확인 (IP[:PORT])',
  'help.mx': '수신 메일 점검: MX 레코드와 각 MX 호스트의 25번 포트 응답',
  'help.mx-domain': '메일 도메인',
  'help.mx-port': '각 MX 호스트에서 시도할 포트 (기본 25)',
  'help.no-probe': '포트 거부, 차단, 방식 불일치일 때 동작하는 포트를 찾지 않기',
};
