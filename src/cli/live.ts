import type { Ora } from 'ora';
import type { CheckObserver } from '../check.js';
import type { StepId, StepResult } from '../core/types.js';
import { t, type Lang } from '../i18n/index.js';
import { formatLints, formatStep, formatTranscriptLine } from '../render/human.js';

export interface LiveOptions {
  lang: Lang;
  color: boolean;
  /** Spinners only on a TTY (and never while a prompt is open: prompts happen before the check). */
  spinner: boolean;
  /** Print transcript lines as they happen. */
  transcript: boolean;
  write: (s: string) => void;
}

/** Human output while the check runs: one spinner per step on a TTY, plain lines otherwise. */
export async function liveObserver(o: LiveOptions): Promise<CheckObserver & { stop(): void }> {
  let spinner: Ora | undefined;
  if (o.spinner) {
    const { default: ora } = await import('ora');
    spinner = ora({ stream: process.stderr, isEnabled: true, discardStdin: false });
  }
  const style = { lang: o.lang, color: o.color };
  const pauseSpinner = (fn: () => void): void => {
    const spinning = spinner?.isSpinning;
    if (spinning) spinner!.stop();
    fn();
    if (spinning) spinner!.start();
  };
  return {
    lints(lints) {
      for (const l of formatLints(lints, style)) o.write(`${l}\n`);
    },
    stepStart(id: StepId) {
      if (spinner) spinner.start(t(o.lang, `step.${id}`));
    },
    stepEnd(r: StepResult) {
      spinner?.stop();
      o.write(`${formatStep(r, style)}\n`);
    },
    line(l) {
      if (o.transcript) pauseSpinner(() => o.write(`${formatTranscriptLine(l, style)}\n`));
    },
    stop() {
      spinner?.stop();
    },
  };
}
