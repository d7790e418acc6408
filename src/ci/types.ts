import type { Report } from '../core/report.js';
import type { Msg } from '../core/types.js';

/** One checked endpoint: a name (from --targets, or host:port) and its report. */
export interface NamedReport {
  name: string;
  report: Report;
  /** Results of --expect assertions for this target (empty when none were given). */
  expectations: ExpectationResult[];
}

/** `--expect tls=starttls`, `--expect auth=ok`, `--expect cert-days=30` ... */
export interface Expectation {
  /** As the user wrote it, for messages. */
  raw: string;
  key: 'tls' | 'auth' | 'send' | 'cert-days' | 'cert' | 'verdict' | 'category' | 'port' | 'starttls' | 'auth-methods' | 'max-ms';
  value: string;
}

export interface ExpectationResult {
  expectation: Expectation;
  ok: boolean;
  /** What was observed, as text ("starttls", "535 WRONG_CREDENTIALS", "12 days"). */
  actual: string;
  msg: Msg;
}
