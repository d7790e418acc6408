import type { enWizard } from '../en/wizard.js';

export const koWizard: Record<keyof typeof enWizard, string> = {
  'wizard.provider': '어떤 서비스를 쓰나요?',
  'wizard.provider-other': '기타 (서버 이름 직접 입력)',
  'wizard.host': 'SMTP 서버 (호스트 이름)',
  'wizard.port': '포트',
  'wizard.security': '암호화 방식',
  'wizard.security.starttls': 'STARTTLS',
  'wizard.security.starttls.desc': '평문으로 연결한 뒤 로그인 전에 STARTTLS로 암호화합니다 (보통 587번).',
  'wizard.security.tls': '암묵적 TLS',
  'wizard.security.tls.desc': '접속하자마자 TLS입니다. 많은 설정에서 SSL이라고 부릅니다 (보통 465번).',
  'wizard.security.none': '없음',
  'wizard.security.none.desc': '암호화 없음: 신뢰된 내부 릴레이에만 쓰세요. 인증 정보는 보내지 않습니다.',
  'wizard.security.auto': '자동',
  'wizard.security.auto.desc': '465번이면 암묵적 TLS, 아니면 서버가 제공할 때 STARTTLS를 씁니다.',
  'wizard.user': '사용자 이름 (비우면 로그인하지 않음)',
  'wizard.send': '테스트 메일을 보낼까요?',
  'wizard.from': '발신 주소 (From)',
  'wizard.to': '수신 주소 (To)',
  'wizard.emit': '동작한 설정을 쓰는 스택 형식으로 출력할까요?',
  'wizard.emit-none': '아니요',
  'wizard.command': '질문 없이 같은 점검을 하는 명령 (CI 용, SMTP_PASSWORD는 환경 변수로 설정):',
  'err.wizard-needs-tty':
    '마법사는 터미널에서만 동작합니다. 대신 옵션으로 설정을 주세요 (smtp-doctor check ' +
    '--help 참고)',
  'ui.sources': '설정',
  'emit.header': '{target} 형식의 동작한 설정:',
  'emit.not-after-failure': '--emit은 점검이 통과했을 때만 설정을 출력합니다.',
  'err.bad-emit': '--emit "{value}"가 올바르지 않습니다. {targets} 중 하나를 쓰세요',
  'err.config-read': '{path}를 읽을 수 없습니다: {reason}',
  'config.too-large': '{path}는 설정 파일로 보기에는 너무 큽니다 ({size} 바이트, 한도 {limit})',
  'config.binary': '{path}는 텍스트 파일이 아닙니다',
  'config.empty': '{path}가 비어 있습니다',
  'config.unrecognised':
    '{path}: smtp-doctor가 읽는 설정 형식이 아닙니다 (application.yml/.properties, Rails 환경 파일, ' +
    'settings.py, nodemailer JSON, JavaMail 속성, .env)',
  'config.syntax': '{path}: {format} 형식으로 읽을 수 없습니다 ({line}번째 줄)',
  'config.no-settings': '{path}: {format} 파일이지만 메일 설정이 없습니다',
  'config.url-invalid': '--url이 올바르지 않습니다. smtp://host:port 또는 smtps://user@host:465 형식으로 주세요',
  'config.url-scheme': '--url 스킴 "{scheme}"이 올바르지 않습니다. smtp:// 또는 smtps:// 를 쓰세요',
  'ui.expect': '기대값',
  'err.targets-file': '대상 파일 {path}를 쓸 수 없습니다: {reason}',
  'err.targets-secret':
    '{path}: 대상 "{target}"에 비밀번호가 들어 있습니다. 대신 password_env (환경 변수 ' +
    '이름)를 쓰세요. 비밀 정보는 파일에 두지 않습니다',
  'err.targets-key': '{path}: 대상 "{target}": 알 수 없거나 잘못된 키 "{key}"',
  'err.targets-duplicate': '{path}: 같은 이름 "{target}"의 대상이 둘 있습니다',
  'err.bad-concurrency': '--concurrency "{value}"가 올바르지 않습니다. 1~64 사이 숫자를 주세요',
  'err.output-write': '{path}에 쓸 수 없습니다: {reason}',
  'help.expect': '스모크 점검용 기대값, 예: tls=starttls auth=ok cert-days=30 (여러 번 가능)',
  'help.junit': '이 파일에 JUnit XML 보고서 쓰기 (단계마다 테스트 케이스 하나)',
  'help.report': '이 파일에 지원 요청용 마크다운 보고서 쓰기 (비밀 정보 가림)',
  'help.share': '지원 요청에 붙여 넣을 마크다운 보고서 출력 (비밀 정보 가림)',
  'help.targets': '이 YAML 파일에 적힌 모든 대상을 점검',
  'help.concurrency': '동시에 점검할 대상 수 (기본 4)',
  'note.local-ca': '이 루프백 서버에 대해 smtp-doctor 로컬 샌드박스 CA({path})를 신뢰합니다.',
  'ui.note': '참고',
  'help.wizard': '몇 가지 질문에 답하고 점검 (터미널에서 인자 없이 실행하면 기본)',
  'help.config':
    '파일에서 설정 읽기: application.yml/.properties, Rails 환경 파일, settings.py, nodemailer JSON, ' +
    'JavaMail 속성, .env',
  'help.env-file': '이 .env 파일에서 SMTP_*, MAIL_*, EMAIL_* 설정 읽기',
  'help.from-env': '환경 변수에서 SMTP_*, MAIL_*, EMAIL_* 설정 읽기',
  'help.url':
    'URL 형식의 설정: smtps://user@host:465 또는 smtp://host:587 (비밀번호는 URL이 아니라 ' +
    '--password-env로)',
  'help.emit':
    '점검이 통과하면 동작한 설정을 출력: nodemailer, spring-yaml, spring-properties, javamail, ' +
    'rails, python, django, laravel, phpmailer, dotenv, swaks',
  'help.lint-only': '설정의 모순만 찾고 어디에도 연결하지 않기',
};
