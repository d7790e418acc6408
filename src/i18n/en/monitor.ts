/**
 * English messages for monitoring output: `check --format nagios|prometheus|junit`, its thresholds and
 * the Nagios status line. Every key has a Korean twin in ../ko/monitor.ts. The keyword that starts a
 * Nagios line (`SMTP OK`, `SMTP CRITICAL` ...) is never translated: monitoring systems match on it.
 */
export const enMonitor = {
  'help.format':
    'output: human (default), json (same as --json), nagios (one status line and perfdata, exit 0-3), ' +
    'prometheus (text exposition for the node_exporter textfile collector), junit (JUnit XML)',
  'help.warning': '--format nagios: WARNING when the whole check takes more than this many seconds',
  'help.critical': '--format nagios: CRITICAL when the whole check takes more than this many seconds',
  'help.cert-warning': '--format nagios: WARNING when the certificate expires in fewer than this many days',
  'help.cert-critical': '--format nagios: CRITICAL when the certificate expires in fewer than this many days',
  'help.output': 'write the --format nagios, prometheus or junit output to this file (a temporary file, then renamed)',

  'err.bad-format': 'invalid --format "{value}": use one of {formats}',
  'err.format-conflict': '{option} cannot be combined with --format {format}',
  'err.bad-threshold': 'invalid {option} "{value}": use a number, 0 or more',
  'err.threshold-needs-nagios': '{option} applies to --format nagios only',
  'err.output-needs-format': '--output needs --format nagios, prometheus or junit',

  // The words after `SMTP OK - ` ... {target} is host:port (or the --targets name), {seconds} the total time.
  'monitor.ok': '{target}: all steps passed, {seconds} s response time',
  'monitor.warn': '{step} warning: {warning}',
  'monitor.fail': '{category} at {step} ({title})',
  'monitor.slow': 'response time {seconds} s is over {limit} s',
  'monitor.cert-days': 'the certificate expires in {days} days (threshold {limit})',
  'monitor.expect': 'expectation not met: {list}',
  // {list}: the reasons above, the worst state's first, joined by "; ".
  'monitor.reasons': '{target}: {list}',
  'monitor.reasons-time': '{target}: {list}, {seconds} s response time',
  'monitor.interrupted': 'interrupted (Ctrl-C) during {step}',
  'monitor.interrupted-idle': 'interrupted (Ctrl-C)',
  'monitor.targets-ok': 'all {total} targets OK, slowest {seconds} s',
  'monitor.targets-critical': '{count} of {total} targets failing: {list}',
  'monitor.targets-warning': '{count} of {total} targets with warnings: {list}',
  'monitor.targets-more': '{count} more with warnings',
} as const;
