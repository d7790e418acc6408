import type { enLint } from '../en/lint.js';

export const koLint: Record<keyof typeof enLint, string> = {
  'lint.title': '연결 전 점검',
  'lint.password-env-empty': '환경 변수 {name} 가 없거나 비어 있어서 보낼 비밀번호가 없습니다 (MISSING_CREDENTIALS). export {name}=... 처럼 설정하거나 --password-file 을 쓰세요.',
  'lint.password-empty': '사용자 이름은 있는데 비밀번호가 비어 있습니다 (MISSING_CREDENTIALS).',
  'lint.password-newline': '비밀번호에 줄바꿈이 들어 있습니다. 복사하거나 파일에서 읽을 때 줄이 하나 더 붙는 경우가 많습니다. 서버는 한 글자씩 그대로 비교하니 지우세요.',
  'lint.password-whitespace': '비밀번호 앞이나 뒤에 공백이 있습니다. 원래 비밀번호에 포함된 것이 아니라면 지우세요.',
  'lint.app-password-spaces': 'Google 앱 비밀번호를 공백까지 그대로 복사한 것 같습니다 ("abcd efgh ijkl mnop"). 공백 없이 16글자만 입력하세요.',
  'lint.user-whitespace': '사용자 이름 앞이나 뒤에 공백이 있습니다. 지우세요.',
  'lint.ses-iam-secret': 'IAM 비밀 액세스 키(40자)로 보입니다. Amazon SES 는 SMTP 자격 증명이 필요합니다. SES 콘솔(SMTP 설정)에서 이 리전용으로 만들거나 비밀 키에서 SMTP 비밀번호를 만들어 쓰세요. IAM 비밀 키를 그대로 쓰면 535 로 거부됩니다.',
  'lint.ses-user-shape': 'Amazon SES 의 SMTP 사용자 이름은 액세스 키 ID 형태(AKIA..., 20자)입니다. SMTP 자격 증명을 만들 때 표시된 사용자 이름을 쓰세요.',
  'lint.sendgrid-user': 'SendGrid 의 SMTP 사용자 이름은 "{user}" 가 아니라 글자 그대로 "apikey" 이고, 비밀번호는 API 키입니다.',
  'lint.sendgrid-key': 'SendGrid API 키는 "SG." 로 시작합니다. "Mail Send" 권한이 있는 API 키를 비밀번호로 쓰세요.',
  'lint.user-without-domain': '이 서비스는 사용자 이름으로 "{user}" 가 아니라 전체 메일 주소를 써야 합니다.',
  'lint.bare-domain-host': '"{host}" 는 SMTP 서버가 아니라 메일 도메인입니다. 이 서비스의 발송 서버는 {suggestion} (포트 {port}) 입니다. --provider 나 --host {suggestion} 을 쓰세요.',
  'err.explain-empty': '설명할 내용이 없습니다. 오류 문구를 인자로 주거나 --file, 또는 표준 입력으로 주세요',
  'err.explain-file': '--file {path} 를 읽을 수 없습니다: {reason}',
  'preset.unknown': '알 수 없는 --provider "{value}" 입니다. 혹시 {suggestions} 인가요? (smtp-doctor providers 로 목록을 볼 수 있습니다)',
  'preset.list-header': '--provider 로 쓸 수 있는 서비스 (호스트, 포트, 보안 방식):',
  'preset.origin-own': 'smtp-doctor 에서 추가',
};
