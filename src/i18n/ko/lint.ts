import type { enLint } from '../en/lint.js';

export const koLint: Record<keyof typeof enLint, string> = {
  'lint.title': '연결 전 점검',
  'lint.password-env-empty':
    '환경 변수 {name}가 없거나 비어 있어서 보낼 비밀번호가 없습니다 (MISSING_CREDENTIALS). ' +
    'export {name}=... 처럼 설정하거나 --password-file을 쓰세요.',
  'lint.password-empty': '사용자 이름은 있는데 비밀번호가 비어 있습니다 (MISSING_CREDENTIALS).',
  'lint.password-newline':
    '비밀번호에 줄바꿈이 들어 있습니다. 복사하거나 파일에서 읽을 때 줄이 하나 더 ' +
    '붙는 경우가 많습니다. 서버는 한 글자씩 그대로 비교하니 지우세요.',
  'lint.password-whitespace':
    '비밀번호 앞이나 뒤에 공백이 있습니다. 원래 비밀번호에 포함된 것이 아니라면 ' +
    '지우세요.',
  'lint.app-password-spaces':
    'Google 앱 비밀번호를 공백까지 그대로 복사한 것 같습니다 ("xxxx xxxx xxxx xxxx"). 공백 ' +
    '없이 16글자만 입력하세요.',
  'lint.user-whitespace': '사용자 이름 앞이나 뒤에 공백이 있습니다. 지우세요.',
  'lint.ses-iam-secret':
    'IAM 비밀 액세스 키(40자)로 보입니다. Amazon SES는 SMTP 자격 증명이 필요합니다. SES ' +
    '콘솔(SMTP 설정)에서 이 리전용으로 만들거나 비밀 키에서 SMTP 비밀번호를 만들어 ' +
    '쓰세요. IAM 비밀 키를 그대로 쓰면 535로 거부됩니다.',
  'lint.ses-user-shape':
    'Amazon SES의 SMTP 사용자 이름은 액세스 키 ID 형태(AKIA..., 20자)입니다. SMTP 자격 증명을 ' +
    '만들 때 표시된 사용자 이름을 쓰세요.',
  'lint.sendgrid-user':
    'SendGrid의 SMTP 사용자 이름은 "{user}"가 아니라 글자 그대로 "apikey"이고, 비밀번호는 ' +
    'API 키입니다.',
  'lint.sendgrid-key':
    'SendGrid API 키는 "SG."로 시작합니다. "Mail Send" 권한이 있는 API 키를 비밀번호로 ' +
    '쓰세요.',
  'lint.user-without-domain': '이 서비스는 사용자 이름으로 "{user}"가 아니라 전체 메일 주소를 써야 합니다.',
  'lint.bare-domain-host':
    '"{host}"는 SMTP 서버가 아니라 메일 도메인입니다. 이 서비스의 발송 서버는 {suggestion} ' +
    '(포트 {port})입니다. --provider 나 --host {suggestion}을 쓰세요.',
  'err.explain-empty':
    '설명할 내용이 없습니다. 오류 문구를 인자로 주거나 --file, 또는 표준 입력으로 ' +
    '주세요',
  'warn.explain-cut': '입력이 {size}보다 깁니다. 앞부분 {size}만 읽어서 설명했습니다.',
  'err.explain-file': '--file {path}를 읽을 수 없습니다: {reason}',
  'lint.tls-and-starttls':
    '암묵적 TLS({implicit})와 STARTTLS({starttls})가 둘 다 켜져 있습니다. 둘은 함께 쓸 수 없고 ' +
    '{port}번 포트는 둘 중 하나만 씁니다. 465는 암묵적 TLS, 587은 STARTTLS로 두고 나머지는 ' +
    '끄세요.',
  'lint.none': '이 설정에서 모순이나 자격 증명 문제를 찾지 못했습니다.',
  'lint.starttls-on-465':
    '465번 포트에 암묵적 TLS 없이 STARTTLS({starttls})만 켜져 있습니다. 465는 처음부터 ' +
    'TLS입니다. 암묵적 TLS를 켜거나(Spring mail.smtp.ssl.enable=true, nodemailer secure: true, Rails tls: ' +
    'true, Django EMAIL_USE_SSL=True) 587번 포트와 STARTTLS를 쓰세요.',
  'lint.tls-on-587':
    '{port}번 포트에 암묵적 TLS({implicit})가 켜져 있습니다. 이 포트는 평문 SMTP + ' +
    'STARTTLS입니다. 암묵적 TLS를 끄고 STARTTLS를 켜거나 465번 포트를 쓰세요.',
  'lint.source-insecure':
    '설정에서 인증서 검증이 꺼져 있습니다 ({where}). smtp-doctor는 그래도 검증하지만, ' +
    '애플리케이션은 어떤 인증서든 받아들입니다.',
  'lint.unknown-key': '알 수 없는 키 {key} ({line}번째 줄): 아무 효과가 없습니다.',
  'lint.unknown-key-suggest':
    '알 수 없는 키 {key} ({line}번째 줄): 혹시 {suggestion} 인가요? 지금 그대로는 아무 ' +
    '효과가 없습니다.',
  'lint.unknown-keys-more':
    '같은 파일에 알 수 없는 키가 {count}개 더 있습니다 (하나씩 나열하지 않습니다). ' +
    '모두 아무 효과가 없습니다.',
  'lint.missing-env': '{key} ({line}번째 줄)가 환경 변수 {name}를 참조하는데 설정되어 있지 않습니다.',
  'lint.port25-cloud':
    '클라우드 환경({env} 설정됨)에서 25번 포트로 로그인하려고 합니다. 그런 곳에서는 ' +
    '외부로 나가는 25번이 보통 막혀 있고, 25번은 서버 간 전달용입니다. 587이나 465를 ' +
    '쓰세요.',
  'lint.port25-credentials':
    '25번 포트는 서버 간 전달용입니다. 로그인해서 보내려면 발송용 포트 ' +
    '587(STARTTLS)이나 465(암묵적 TLS)를 쓰세요.',
  'preset.unknown':
    '알 수 없는 --provider "{value}"입니다. 혹시 {suggestions} 인가요? (smtp-doctor providers로 ' +
    '목록을 볼 수 있습니다)',
  'preset.list-header': '--provider로 쓸 수 있는 서비스 (호스트, 포트, 보안 방식):',
  'preset.origin-own': 'smtp-doctor에서 추가',
};
