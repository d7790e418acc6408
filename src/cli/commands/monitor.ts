import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { NamedReport } from '../../ci/types.js';
import type { CheckObserver } from '../../check.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import type { StepId } from '../../core/types.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Io } from '../io.js';
import type { MonitorFlags, MonitorSettings } from '../monitor.js';
import { prepareCheck, type FullCheckFlags } from './check.js';
import type { PlannedCheck } from './planned.js';

/**
 * `check --format nagios|prometheus|junit` (one target or --targets): run the check(s) silently and
 * print one document on stdout, or into --output. Nothing else goes to stdout; no password prompt.
 * Ctrl-C: nagios prints an UNKNOWN line (exit 3); prometheus and junit print and write nothing (exit
 * 130), so a collector keeps the last complete file instead of a partial one.
 */
async function plan(flags: FullCheckFlags, io: Io, lang: Lang): Promise<PlannedCheck[]> {
  const { parseExpectations } = await import('../../ci/expect.js');
  // No prompt, and no probe of other ports after a failure: its hint is not printed, its time would count.
  const quiet: FullCheckFlags = { ...flags, noPrompt: true, probe: false };
  if (flags.targets === undefined) {
    parseExpectations(flags.expect ?? []);
    const p = await prepareCheck(quiet, io, lang);
    return [{ name: `${p.options.host}:${p.options.port}`, p, expect: flags.expect ?? [] }];
  }
  const [{ loadTargets }, { prepareTargets }] = await Promise.all([import('./targets.js'), import('./planned.js')]);
  return prepareTargets(await loadTargets(flags.targets, quiet), io, lang);
}

/** Write next to the file, then rename over it: a reader (the textfile collector) never sees half a file. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, { mode: 0o644 });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new UsageError('err.output-write', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

export async function runMonitor(
  settings: MonitorSettings,
  flags: FullCheckFlags & MonitorFlags,
  io: Io,
  lang: Lang,
): Promise<number> {
  const { concurrencyOf, runPlanned } = await import('./planned.js');
  const concurrency = concurrencyOf(flags);
  const planned = await plan(flags, io, lang);
  const { onInterrupt } = await import('../interrupt.js');
  let current: StepId | undefined;
  const observer: CheckObserver = planned.length === 1
    ? { stepStart: (id) => void (current = id), stepEnd: () => void (current = undefined) }
    : {};
  const stop = onInterrupt();
  const run = runPlanned(planned, io.env, concurrency, observer);
  const done = await Promise.race([run, stop.signal]).finally(stop.dispose);
  if (done === 'interrupted') {
    if (settings.format !== 'nagios') return EXIT.INTERRUPTED;
    const { renderNagiosUnknown } = await import('../../render/nagios.js');
    const words = current
      ? t(lang, 'monitor.interrupted', { step: t(lang, `step.${current}`) })
      : t(lang, 'monitor.interrupted-idle');
    const out = renderNagiosUnknown(words);
    io.stdout.write(out.text);
    return out.code;
  }
  const results = done;
  const outputs = await import('./outputs.js');
  // --junit, --report, --share and GitHub annotations first (never on stdout), so that a failure there
  // is the one line printed.
  const secrets = planned.flatMap(({ p }) => p.options.password?.forms(p.options.user) ?? []);
  await outputs.writeOutputs(results, { ...flags, json: true }, io, lang, secrets);
  const exit = outputs.worstExit(results.map(outputs.targetExit));
  const { text, code } = await render(settings, results, lang, exit, flags.targets !== undefined);
  if (flags.output !== undefined) await writeAtomic(flags.output, text);
  else io.stdout.write(text);
  return code;
}

type Rendered = { text: string; code: number };
async function render(
  s: MonitorSettings, results: NamedReport[], lang: Lang, exit: number, many: boolean,
): Promise<Rendered> {
  if (s.format === 'nagios') {
    const { renderNagios, renderNagiosTargets } = await import('../../render/nagios.js');
    return many ? renderNagiosTargets(results, s.thresholds, lang) : renderNagios(results[0]!, s.thresholds, lang);
  }
  if (s.format === 'prometheus') {
    const { renderPrometheus } = await import('../../render/prometheus.js');
    return { text: renderPrometheus(results), code: exit };
  }
  const { renderJunit } = await import('../../render/junit.js');
  return { text: renderJunit(results, lang), code: exit };
}
