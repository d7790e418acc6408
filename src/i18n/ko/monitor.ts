import type { enMonitor } from '../en/monitor.js';

/**
 * 모니터링 출력(check --format nagios|prometheus|junit)용 한국어 메시지입니다. Nagios 상태 줄의
 * 첫 단어(`SMTP OK`, `SMTP CRITICAL` ...)는 모니터링 시스템이 읽으므로 번역하지 않습니다.
 */
export const koMonitor: Record<keyof typeof enMonitor, string> = {
  'help.format':
    '출력 형식: human (기본), json (--json과 같음), nagios (상태 줄 하나와 성능 데이터, 종료 ' +
    '코드 0-3), ' +
    'prometheus (node_exporter textfile collector용 텍스트 형식), junit (JUnit XML)',
  'help.warning': '--format nagios: 점검 전체가 이 초 수보다 오래 걸리면 WARNING',
  'help.critical': '--format nagios: 점검 전체가 이 초 수보다 오래 걸리면 CRITICAL',
  'help.cert-warning': '--format nagios: 인증서 만료까지 남은 날이 이 일수보다 적으면 WARNING',
  'help.cert-critical': '--format nagios: 인증서 만료까지 남은 날이 이 일수보다 적으면 CRITICAL',
  'help.output': '--format nagios, prometheus, junit 출력을 이 파일에 쓰기 (임시 파일에 쓴 뒤 이름 변경)',

  'err.bad-format': '잘못된 --format "{value}": {formats} 중 하나를 쓰세요',
  'err.format-conflict': '{option}은 --format {format}과 함께 쓸 수 없습니다',
  'err.bad-threshold': '잘못된 {option} "{value}": 0 이상의 숫자를 쓰세요',
  'err.threshold-needs-nagios': '{option}은 --format nagios에서만 쓸 수 있습니다',
  'err.output-needs-format': '--output은 --format nagios, prometheus, junit과 함께 쓰세요',

  'monitor.ok': '{target}: 모든 단계 통과, 응답 시간 {seconds}초',
  'monitor.warn': '{step} 경고: {warning}',
  'monitor.fail': '{step} 단계에서 {category} ({title})',
  'monitor.slow': '응답 시간 {seconds}초 (기준 {limit}초 초과)',
  'monitor.cert-days': '인증서 만료까지 {days}일 (기준 {limit}일 미만)',
  'monitor.expect': '충족되지 않은 기대값: {list}',
  'monitor.reasons': '{target}: {list}',
  'monitor.reasons-time': '{target}: {list}, 응답 시간 {seconds}초',
  'monitor.interrupted': '{step} 단계에서 중단됨 (Ctrl-C)',
  'monitor.interrupted-idle': '중단됨 (Ctrl-C)',
  'monitor.targets-ok': '대상 {total}개 모두 정상, 가장 느린 응답 {seconds}초',
  'monitor.targets-critical': '대상 {total}개 중 {count}개 실패: {list}',
  'monitor.targets-warning': '대상 {total}개 중 {count}개 경고: {list}',
  'monitor.targets-more': '그 밖에 {count}개 경고',
};
