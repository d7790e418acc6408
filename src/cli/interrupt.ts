/**
 * Ctrl-C during `check --json`: stdout still gets one document, the report of the steps done so
 * far with the verdict `interrupted` (exit 130). Built from what the check's observer has seen:
 * steps and transcript lines are already redacted when the observer gets them.
 */
import type { CheckObserver } from '../check.js';
import type { CheckOptions } from '../core/options.js';
import { REPORT_SCHEMA_VERSION, targetOf, type Report } from '../core/report.js';
import { EXIT } from '../core/exit-codes.js';
import { STEP_IDS, type Msg, type StepId, type StepResult, type TranscriptLine } from '../core/types.js';
import type { Lint } from '../lint/credentials.js';
import type { Lang } from '../i18n/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface Recorder {
  observer: CheckObserver;
  /** The JSON document of what was done until now. */
  partial(lang: Lang, o: CheckOptions, warnings: Msg[], sources: Report['sources']): Promise<Record<string, unknown>>;
}


/** An observer that keeps the steps, lines and lints, and makes the partial report from them. */
export function recorder(): Recorder {
  const started = Date.now();
  const steps: StepResult[] = [];
  const lines: TranscriptLine[] = [];
  let lints: Lint[] = [];
  let current: StepId | undefined;
  return {
    observer: {
      lints: (l) => void (lints = l),
      stepStart: (id) => void (current = id),
      stepEnd: (r) => void (steps.push(r), (current = undefined)),
      line: (l) => void lines.push(l),
    },
    async partial(lang, o, warnings, sources) {
      const { toJson } = await import('../render/json.js');
      // Every step in order: the ones done as they ended, the others skipped (oauth only when asked for).
      const listed = (id: StepId): boolean =>
        id !== 'oauth' || Boolean(o.oauth?.refresh) || steps.some((s) => s.id === id);
      const skip = (id: StepId): StepResult => ({ id, status: 'skip', ms: 0, facts: {} });
      const all = STEP_IDS.filter(listed).map((id) => steps.find((s) => s.id === id) ?? skip(id));
      const report: Report = {
        kind: 'check', schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: TOOL_NAME, version: TOOL_VERSION },
        target: targetOf(o), startedAt: new Date(started).toISOString(), ms: Date.now() - started, verdict: 'fail',
        exitCode: EXIT.INTERRUPTED, steps: all, diagnoses: [], warnings, lints, sources, transcript: [...lines],
      };
      return { ...toJson(report, lang), verdict: 'interrupted', ...(current ? { interruptedAt: current } : {}) };
    },
  };
}

/** Resolves when SIGINT arrives (instead of Node's default exit), until disposed. */
export function onInterrupt(): { signal: Promise<'interrupted'>; dispose(): void } {
  let handler: (() => void) | undefined;
  const signal = new Promise<'interrupted'>((resolve) => {
    handler = () => resolve('interrupted');
    process.once('SIGINT', handler);
  });
  return { signal, dispose: () => void (handler && process.removeListener('SIGINT', handler)) };
}
