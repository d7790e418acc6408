/**
 * The live adapter of the human renderer: a CheckObserver that prints each step as it ends and,
 * on a terminal, an ora spinner (on stderr) naming the step under way. finish() prints the rest:
 * the steps never reached, QUIT (held back so it comes last), the summary and the --expect results.
 */
import type { Ora } from 'ora';
import type { CheckObserver } from '../check.js';
import type { ExpectationResult } from '../ci/types.js';
import type { Report } from '../core/report.js';
import type { StepId, StepResult } from '../core/types.js';
import { t } from '../i18n/index.js';
import { formatLints, formatStep, renderRest, type ReportStyle } from './human.js';

export interface LiveOptions extends ReportStyle {
  /** A spinner on stderr while a step runs: only on a terminal that can redraw a line. */
  spinner: boolean;
  /** Where the lines go (stdout). */
  write: (s: string) => void;
}

export interface HumanLive extends CheckObserver {
  /** Stop the spinner (also when the check threw). */
  stop(): void;
  /** Everything after the live steps, once the report is done. */
  finish(report: Report, expectations?: ExpectationResult[]): void;
}

export async function humanLive(o: LiveOptions): Promise<HumanLive> {
  let spinner: Ora | undefined;
  if (o.spinner) {
    const { default: ora } = await import('ora');
    spinner = ora({ stream: process.stderr, isEnabled: true, discardStdin: false });
  }
  const printed = new Set<StepId>();
  return {
    lints(lints) {
      for (const l of formatLints(lints, o)) o.write(`${l}\n`);
    },
    stepStart(id: StepId) {
      spinner?.start(t(o.lang, `step.${id}`));
    },
    stepEnd(r: StepResult) {
      spinner?.stop();
      if (r.id === 'quit') return; // QUIT is the walk's last step: printed after the steps never reached
      printed.add(r.id);
      o.write(`${formatStep(r, o)}\n`);
    },
    stop() {
      spinner?.stop();
    },
    finish(report, expectations = []) {
      spinner?.stop();
      o.write(renderRest(report, printed, { ...o, expectations }));
    },
  };
}
