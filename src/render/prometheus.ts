import type { NamedReport } from '../ci/types.js';
import type { Report } from '../core/report.js';
import { STEP_IDS, type StepStatus } from '../core/types.js';

/**
 * `check --format prometheus`: the text exposition format 0.0.4, as node_exporter's textfile collector
 * reads it. One series per target for every metric (labels target, host, port, security), every metric
 * family once with its HELP and TYPE, no timestamps (the collector refuses them). HELP texts are fixed
 * English: the collector rejects one metric with two different HELP texts across files.
 */
type Labels = Array<[string, string]>;
interface Family {
  name: string;
  help: string;
  samples: Array<{ labels: Labels; value: number }>;
}

const STATUSES: StepStatus[] = ['pass', 'warn', 'fail', 'skip'];
const VERDICTS = ['pass', 'warn', 'fail'] as const;

/** Label values: backslash, double quote and line feed escaped, as the format requires. */
export function labelValue(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text: backslash and line feed escaped. */
function helpText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** A sample value as Go's ParseFloat reads it. */
function value(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  return String(n);
}

const secs = (ms: number): number => Number((ms / 1000).toFixed(3));

function targetLabels(x: NamedReport): Labels {
  const t = x.report.target;
  return [['target', x.name], ['host', t.host], ['port', String(t.port)], ['security', t.security]];
}

/** notAfter of the leaf certificate as Unix seconds, when a certificate was seen. */
function certExpiry(r: Report): number | undefined {
  const v = r.steps.find((s) => s.id === 'tls')?.facts.validTo;
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

function families(): Record<string, Family> {
  const f = (name: string, help: string): Family => ({ name, help, samples: [] });
  const list = [
    f('smtp_doctor_up', 'Whether the SMTP check passed (1, also with warnings) or failed (0).'),
    f('smtp_doctor_verdict', 'The check verdict: 1 for the current one of pass, warn, fail.'),
    f('smtp_doctor_exit_code',
      'The exit code smtp-doctor check gives for this target (0 OK, 3-7 failure class, 8 expectation).'),
    f('smtp_doctor_check_duration_seconds', 'How long the whole check took.'),
    f('smtp_doctor_check_timestamp_seconds', 'When the check started, as Unix time.'),
    f('smtp_doctor_step_duration_seconds', 'How long each step that ran took.'),
    f('smtp_doctor_step_status', 'Each step\'s status: 1 for the current one of pass, warn, fail, skip.'),
    f('smtp_doctor_certificate_expiry_timestamp_seconds', 'The server certificate\'s notAfter, as Unix time.'),
    f('smtp_doctor_certificate_verified',
      'Whether the server certificate was verified (0 when accepted only with --insecure).'),
    f('smtp_doctor_failure_info', 'Why the check failed: the diagnosis category, the failed step and the reason.'),
    f('smtp_doctor_expectation_ok', 'Whether each --expect assertion held (1) or not (0).'),
  ];
  return Object.fromEntries(list.map((x) => [x.name, x]));
}

function addTarget(fam: Record<string, Family>, x: NamedReport): void {
  const r = x.report;
  const base = targetLabels(x);
  const add = (name: string, v: number, extra: Labels = []): void => {
    fam[name]!.samples.push({ labels: [...base, ...extra], value: v });
  };
  add('smtp_doctor_up', r.verdict === 'fail' ? 0 : 1);
  for (const v of VERDICTS) add('smtp_doctor_verdict', r.verdict === v ? 1 : 0, [['verdict', v]]);
  add('smtp_doctor_exit_code', r.exitCode);
  add('smtp_doctor_check_duration_seconds', secs(r.ms));
  const started = Date.parse(r.startedAt);
  if (Number.isFinite(started)) add('smtp_doctor_check_timestamp_seconds', started / 1000);
  const steps = STEP_IDS.map((id) => r.steps.find((s) => s.id === id)).filter((s) => s !== undefined);
  for (const s of steps) {
    if (s.status !== 'skip') add('smtp_doctor_step_duration_seconds', secs(s.ms), [['step', s.id]]);
    for (const st of STATUSES) {
      add('smtp_doctor_step_status', Number(s.status === st), [['step', s.id], ['status', st]]);
    }
  }
  const expiry = certExpiry(r);
  if (expiry !== undefined) add('smtp_doctor_certificate_expiry_timestamp_seconds', expiry);
  const tls = r.steps.find((s) => s.id === 'tls');
  const verified = tls?.facts.verified;
  if (typeof verified === 'boolean') add('smtp_doctor_certificate_verified', verified ? 1 : 0);
  const failed = r.steps.find((s) => s.status === 'fail');
  if (r.verdict === 'fail' && failed) {
    const category = r.diagnoses[0]?.category ?? '';
    const reason = failed.failure?.reason ?? failed.failure?.code ?? '';
    add('smtp_doctor_failure_info', 1, [['category', category], ['step', failed.id], ['reason', reason]]);
  }
  for (const e of x.expectations) add('smtp_doctor_expectation_ok', e.ok ? 1 : 0, [['expect', e.expectation.raw]]);
}

function sampleLine(name: string, labels: Labels, v: number): string {
  const l = labels.map(([k, s]) => `${k}="${labelValue(s)}"`).join(',');
  return `${name}{${l}} ${value(v)}`;
}

/** Every target's series, metric family by metric family; families with no sample are left out. */
export function renderPrometheus(targets: NamedReport[]): string {
  const fam = families();
  for (const x of targets) addTarget(fam, x);
  const out: string[] = [];
  for (const f of Object.values(fam)) {
    if (!f.samples.length) continue;
    out.push(`# HELP ${f.name} ${helpText(f.help)}`, `# TYPE ${f.name} gauge`);
    for (const s of f.samples) out.push(sampleLine(f.name, s.labels, s.value));
  }
  return `${out.join('\n')}\n`;
}
