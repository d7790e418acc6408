/**
 * Many checks at once, for `check --targets` and the monitoring formats: the --concurrency bound, every
 * target prepared before anything is sent, and the bounded run that records each target's expectations.
 */
import pLimit from 'p-limit';
import type { CheckObserver } from '../../check.js';
import type { NamedReport } from '../../ci/types.js';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../i18n/index.js';
import type { Io } from '../io.js';
import type { FullCheckFlags, PreparedCheck } from './check.js';
import type { Origin } from '../../config/types.js';

/** One target of a --targets file, as targets.ts loadTargets reads it. */
export interface Target {
  name: string;
  flags: FullCheckFlags;
  /** Where each setting of this target is written in the file (for the report's sources). */
  origins: Record<string, Origin>;
}

/** Checks run at once when --concurrency is not given. */
export const DEFAULT_CONCURRENCY = 4;

/** --concurrency: a whole number from 1 to 64; DEFAULT_CONCURRENCY when not given. */
export function concurrencyOf(flags: Pick<FullCheckFlags, 'concurrency'>): number {
  const n = flags.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(flags.concurrency);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('err.bad-concurrency', { value: flags.concurrency ?? '' });
  return n;
}

/** One check, prepared: its name, options and expectations. */
export interface PlannedCheck {
  name: string;
  p: PreparedCheck;
  expect: string[];
}

/** Every target of the file (targets.ts loadTargets) prepared, everything validated before anything is sent. */
export async function prepareTargets(targets: Target[], io: Io, lang: Lang): Promise<PlannedCheck[]> {
  const [{ prepareCheck }, { parseExpectations }] = await Promise.all([import('./check.js'), import('../../ci/expect.js')]);
  const out: PlannedCheck[] = [];
  for (const tg of targets) {
    parseExpectations(tg.flags.expect ?? []);
    const p = await prepareCheck(tg.flags, io, lang);
    p.extras.sources = { ...p.extras.sources, ...tg.origins };
    out.push({ name: tg.name, p, expect: tg.flags.expect ?? [] });
  }
  return out;
}

/** Run prepared checks, at most `concurrency` at once; each report's exit code counts its unmet expectations. */
export async function runPlanned(
  planned: PlannedCheck[],
  env: NodeJS.ProcessEnv,
  concurrency: number,
  observer: CheckObserver = {},
): Promise<NamedReport[]> {
  const [{ runCheck }, { systemContext }, ci] = await Promise.all([
    import('../../check.js'),
    import('../../core/context.js'),
    import('../../ci/expect.js'),
  ]);
  const ctx = systemContext(env);
  const limit = pLimit(concurrency);
  return Promise.all(
    planned.map(({ name, p, expect }) =>
      limit(async (): Promise<NamedReport> => {
        const report = await runCheck(p.options, ctx, observer, p.warnings, p.extras);
        const expectations = ci.evaluate(report, ci.parseExpectations(expect));
        return { name, report: ci.withExpectationExit(report, expectations), expectations };
      }),
    ),
  );
}
