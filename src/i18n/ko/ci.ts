import type { enCi } from '../en/ci.js';

/** CI 출력(--expect 검사, JUnit, Markdown 보고서, GitHub Actions)용 한국어 메시지입니다. */
export const koCi: Record<keyof typeof enCi, string> = {
  'err.bad-expect':
    '잘못된 --expect "{value}": KEY=VALUE 형식으로 지정하세요. 사용할 수 있는 값: ' +
    'tls=starttls|tls|none|any, auth=ok|fail|skip, send=ok|fail|skip, cert-days=N, cert=trusted, ' +
    'verdict=pass|warn|fail, category=CATEGORY, port=N, starttls=offered|absent, auth-methods=PLAIN,LOGIN, max-ms=N',

  'ci.expect.tls': 'TLS 방식: 기대값 {expected}, 실제 {actual}',
  'ci.expect.auth': '인증(AUTH): 기대값 {expected}, 실제 {actual}',
  'ci.expect.send': '테스트 발송: 기대값 {expected}, 실제 {actual}',
  'ci.expect.cert-days': '인증서: 유효 기간이 최소 {expected}일 남아 있어야 합니다. 실제 {actual}',
  'ci.expect.cert': '인증서: 기대값 {expected}, 실제 {actual}',
  'ci.expect.verdict': '판정: 기대값 {expected}, 실제 {actual}',
  'ci.expect.category': '진단: 기대값 {expected}, 실제 {actual}',
  'ci.expect.port': '포트: 기대값 {expected}, 실제 {actual}',
  'ci.expect.starttls': 'TLS 이전의 STARTTLS 제공 여부: 기대값 {expected}, 실제 {actual}',
  'ci.expect.auth-methods': '인증 방식: {expected}가 모두 제공되어야 합니다. 실제 {actual}',
  'ci.expect.max-ms': '소요 시간: 최대 {expected} ms여야 합니다. 실제 {actual}',
  'ci.expect.met': '충족',
  'ci.expect.not-met': '미충족',

  'ci.verdict.pass': '통과',
  'ci.verdict.warn': '통과(경고 있음)',
  'ci.verdict.fail': '실패',

  'ci.md.title': 'smtp-doctor 점검 보고서: {verdict}',
  'ci.md.tool': '도구',
  'ci.md.command': '실행 명령',
  'ci.md.started': '시작 시각',
  'ci.md.duration': '소요 시간',
  'ci.md.exit': '종료 코드',
  'ci.md.target': '대상 {name}: {verdict}',
  'ci.md.settings': '설정',
  'ci.md.setting': '항목',
  'ci.md.value': '값',
  'ci.md.source': '출처',
  'ci.md.steps': '단계',
  'ci.md.status': '상태',
  'ci.md.step': '단계',
  'ci.md.details': '세부 정보',
  'ci.md.no-diagnosis': '발견된 문제가 없습니다.',
  'ci.md.expectations': '기대 조건(--expect)',
  'ci.md.expectation': '조건',
  'ci.md.result': '결과',
  'ci.md.warnings': '경고',
  'ci.md.none': '(없음)',

  'ci.junit.expect-failed': '기대 조건을 충족하지 못했습니다: {raw}',

  'ci.gh.summary-title': 'smtp-doctor',
  'ci.gh.target': '대상',
  'ci.gh.verdict': '판정',
  'ci.gh.category': '분류',
  'ci.gh.expectations': '기대 조건',
  'ci.gh.expectation-title': '기대 조건 {raw}',
  'ci.gh.summary-write-failed': '작업 요약을 {path}에 추가하지 못했습니다: {reason}',
};
