/**
 * The documents the library returns: exactly what the CLI prints with --json (schema/*.v1.json
 * describe the same shapes). Messages come rendered in the chosen language (`text`, `cause`, `fix`)
 * and by catalog key, so code can match keys and people can read text.
 */
import type { Origin } from '../config/types.js';
import type { Address } from '../core/context.js';
import type { Security } from '../core/options.js';
import type { Target, Verdict } from '../core/report.js';
import type {
  CategoryId, EvidenceItem, Facts, Failure, StepId, StepStatus, TranscriptLine,
} from '../core/types.js';
import type { Lang } from '../i18n/index.js';
import type { Finding } from '../kb/rule-types.js';
import type { MxHost } from '../mx/mx.js';
import type { ProbeRow } from '../probe/probe.js';

export type { Lang, Security, Verdict, CategoryId, StepId, StepStatus, Failure, EvidenceItem, TranscriptLine };

/** A message by key, and as text in the report's language. */
export interface KeyedText {
  key: string;
  text: string;
}

export interface ReportStep {
  id: StepId;
  status: StepStatus;
  ms: number;
  /** For status 'skip': the step that failed before. */
  blockedBy?: StepId;
  facts: Facts;
  failure?: Failure;
  warnings?: KeyedText[];
}

export interface ReportDiagnosis {
  category: CategoryId;
  /** The category's title in the report's language. */
  title: string;
  rule: string;
  step: StepId;
  provider?: string;
  /** The evidence as text, one line each. */
  evidence: string;
  /** The evidence as data (transcript lines, notes, errors, connection attempts). */
  evidenceItems: EvidenceItem[];
  cause: string;
  fix: string;
  hints: string[];
  keys: { cause: string; fix: string; hints: string[] };
}

/** `check`: one walk from DNS to the test send (`smtp-doctor check --json`). */
export interface Report {
  kind: 'check';
  schemaVersion: number;
  tool: { name: string; version: string };
  lang: Lang;
  target: Target;
  startedAt: string;
  ms: number;
  /** 'interrupted' only from the CLI (Ctrl-C during check --json); a library call has no such verdict. */
  verdict: Verdict | 'interrupted';
  /** With verdict 'interrupted': the step that was running. */
  interruptedAt?: StepId;
  exitCode: number;
  /** Whether the certificate of the TLS session used was verified (false: only --insecure let it through). */
  certificateVerified?: boolean;
  steps: ReportStep[];
  diagnoses: ReportDiagnosis[];
  warnings: KeyedText[];
  sources: Partial<Record<string, Origin>>;
  lints: Array<{ id: string; severity: 'error' | 'warning'; field: string; category?: CategoryId } & KeyedText>;
  /** The dialogue, secrets masked; `line` is the rendered line. */
  transcript: Array<TranscriptLine & { line: string }>;
}

/** `explain`: a pasted error turned into a category, cause and fix (`smtp-doctor explain --json`). */
export interface Explanation {
  kind: 'explain';
  schemaVersion: 1;
  lang: Lang;
  match: 'specific' | 'generic' | 'none';
  category?: CategoryId;
  title?: string;
  rule?: string;
  stack?: string;
  stackName?: string;
  provider?: string;
  providerName?: string;
  reply?: { code?: number; enhanced?: string; text: string };
  evidence?: string;
  cause: string;
  fix: string;
  hints: string[];
  keys: { cause: string; fix: string; hints: string[] };
  finding: Finding;
}

/** `probe`: every port both ways, and the combination to use (`smtp-doctor probe --json`). */
export interface ProbeReport {
  kind: 'probe';
  schemaVersion: 1;
  lang: Lang;
  host: string;
  addresses: Address[];
  ports: number[];
  ms: number;
  exitCode: number;
  insecure: boolean;
  rows: ProbeRow[];
  findings: KeyedText[];
  recommendation?: {
    port: number;
    security: Exclude<Security, 'auto'>;
    family?: 4 | 6;
    why: string;
    certificateVerified?: boolean;
  };
  /** The check command for the recommendation, and its settings. */
  command?: string;
  settings?: Record<string, string>;
  /** With credentials: the one login on the recommended combination. */
  confirmation?: Report;
  /** How the probe was run that the user should know (--password on the command line …), as in check. */
  warnings: KeyedText[];
}

/** `mx`: inbound mail triage of a domain (`smtp-doctor mx --json`). */
export interface MxReport {
  kind: 'mx';
  schemaVersion: 1;
  lang: Lang;
  domain: string;
  /** mx: MX records; implicit: the A/AAAA address; null: RFC 7505 "no mail"; none: nothing. */
  mxKind: 'mx' | 'implicit' | 'null' | 'none';
  hosts: MxHost[];
  verdict: KeyedText;
  ms: number;
  dnsError?: string;
  exitCode: number;
  /** How mx was run that the user should know (a proxy password on the command line …), as in check. */
  warnings: KeyedText[];
}
