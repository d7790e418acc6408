import type { CheckOptions, Security } from './options.js';
import type { Diagnosis, Msg, StepResult, TranscriptLine } from './types.js';
import type { Lint } from '../lint/credentials.js';
import type { Origin } from '../config/types.js';

export const REPORT_SCHEMA_VERSION = 1;

export type Verdict = 'pass' | 'warn' | 'fail';

export interface Target {
  host: string;
  port: number;
  security: Security;
  user?: string;
  authMethod?: string;
  from?: string;
  to?: string[];
  noData?: boolean;
  helo: string;
  tlsServername?: string;
  insecure: boolean;
  allowPlaintextAuth: boolean;
  provider?: string;
}

/** Everything one check found. Renderers read it; nothing else does I/O with it. */
export interface Report {
  kind: 'check';
  schemaVersion: number;
  tool: { name: string; version: string };
  target: Target;
  startedAt: string;
  ms: number;
  verdict: Verdict;
  exitCode: number;
  steps: StepResult[];
  diagnoses: Diagnosis[];
  /** Warnings about how the check was run (password on argv, --insecure ...). */
  warnings: Msg[];
  /** What looked wrong in the settings before connecting (hypotheses the check then tests). */
  lints: Lint[];
  /** Where each effective setting came from (flag, env, file:line, preset, default). */
  sources: Partial<Record<string, Origin>>;
  transcript: TranscriptLine[];
}

/**
 * Whether the certificate of the TLS session the check went on with was verified: false when it
 * was accepted only because of --insecure; undefined when no TLS session was used.
 */
export function certificateVerified(r: Pick<Report, 'steps'>): boolean | undefined {
  const s = r.steps.find((x) => x.id === 'tls');
  if (!s || (s.status !== 'pass' && s.status !== 'warn')) return undefined;
  return typeof s.facts.verified === 'boolean' ? s.facts.verified : undefined;
}

/** What was checked, as the report names it: the options without secrets or timeouts. */
export function targetOf(o: CheckOptions): Target {
  const t: Target = {
    host: o.host,
    port: o.port,
    security: o.security,
    helo: o.helo,
    insecure: o.insecure,
    allowPlaintextAuth: o.allowPlaintextAuth,
  };
  if (o.user !== undefined) t.user = o.user;
  if (o.authMethod) t.authMethod = o.authMethod;
  if (o.from) t.from = o.from;
  if (o.to.length) t.to = o.to;
  if (o.to.length) t.noData = o.noData;
  if (o.tlsServername) t.tlsServername = o.tlsServername;
  if (o.provider) t.provider = o.provider;
  return t;
}
