/**
 * English messages for CI outputs: --expect assertions, JUnit, Markdown reports and
 * GitHub Actions annotations / job summaries. Every key has a Korean twin in ../ko/ci.ts.
 */
export const enCi = {
  'err.bad-expect':
    'invalid --expect "{value}": use KEY=VALUE, one of tls=starttls|tls|none|any, auth=ok|fail|skip, ' +
    'send=ok|fail|skip, cert-days=N, cert=trusted, verdict=pass|warn|fail, category=CATEGORY, port=N, ' +
    'starttls=offered|absent, auth-methods=PLAIN,LOGIN, max-ms=N',

  // --expect results: {expected} is what the user asked for, {actual} what the check observed
  'ci.expect.tls': 'TLS mode: expected {expected}, observed {actual}',
  'ci.expect.auth': 'AUTH: expected {expected}, observed {actual}',
  'ci.expect.send': 'test send: expected {expected}, observed {actual}',
  'ci.expect.cert-days': 'certificate: expected at least {expected} more days of validity, observed {actual}',
  'ci.expect.cert': 'certificate: expected {expected}, observed {actual}',
  'ci.expect.verdict': 'verdict: expected {expected}, observed {actual}',
  'ci.expect.category': 'diagnosis: expected {expected}, observed {actual}',
  'ci.expect.port': 'port: expected {expected}, observed {actual}',
  'ci.expect.starttls': 'STARTTLS before TLS: expected {expected}, observed {actual}',
  'ci.expect.auth-methods': 'AUTH mechanisms: expected {expected} to be offered, observed {actual}',
  'ci.expect.max-ms': 'duration: expected at most {expected} ms, observed {actual}',
  'ci.expect.met': 'met',
  'ci.expect.not-met': 'not met',

  // verdict words (titles, tables)
  'ci.verdict.pass': 'passed',
  'ci.verdict.warn': 'passed with warnings',
  'ci.verdict.fail': 'failed',

  // Markdown report (support ticket)
  'ci.md.title': 'smtp-doctor report: {verdict}',
  'ci.md.tool': 'Tool',
  'ci.md.command': 'Command',
  'ci.md.started': 'Started',
  'ci.md.duration': 'Duration',
  'ci.md.exit': 'Exit code',
  'ci.md.target': 'Target {name}: {verdict}',
  'ci.md.settings': 'Settings',
  'ci.md.setting': 'Setting',
  'ci.md.value': 'Value',
  'ci.md.source': 'Source',
  'ci.md.steps': 'Steps',
  'ci.md.status': 'Status',
  'ci.md.step': 'Step',
  'ci.md.details': 'Details',
  'ci.md.no-diagnosis': 'No problem found.',
  'ci.md.expectations': 'Expectations',
  'ci.md.expectation': 'Expectation',
  'ci.md.result': 'Result',
  'ci.md.warnings': 'Warnings',
  'ci.md.none': '(none)',

  // JUnit
  'ci.junit.expect-failed': 'expectation {raw} not met',

  // GitHub Actions
  'ci.gh.summary-title': 'smtp-doctor',
  'ci.gh.target': 'Target',
  'ci.gh.verdict': 'Verdict',
  'ci.gh.category': 'Category',
  'ci.gh.expectations': 'Expectations',
  'ci.gh.expectation-title': 'expectation {raw}',
  'ci.gh.summary-write-failed': 'could not append the job summary to {path}: {reason}',
} as const;
