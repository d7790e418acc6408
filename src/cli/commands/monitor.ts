import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import type { NamedReport } from '../../ci/types.js';
import type { CheckObserver } from '../../check.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import type { StepId } from '../../core/types.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Io } from '../io.js';
import type { MonitorFlags, MonitorSettings } from '../monitor.js';
import { prepareCheck, type FullCheckFlags, type PreparedCheck } from './check.js';

/**
 * `check --format nagios|prometheus|junit` (one target or --targets): run the check(s) silently and
 * print one document on stdout, or into --output. Nothing else goes to stdout; no password prompt.
 * Ctrl-C: nagios prints an UNKNOWN line (exit 3); prometheus and junit print and write nothing (exit
 * 130), so a collector keeps the last complete file instead of a partial one.
 */
interface Planned {
  name: string;
  p: PreparedCheck;
  expect: string[];
}

async function plan(flags: FullCheckFlags, io: Io, lang: Lang): Promise<Planned[]> {
  const { parseExpectations } = await import('../../ci/expect.js');
  // No prompt, and no probe of other ports after a failure: its hint is not printed, its time would count.
  const quiet: FullCheckFlags = { ...flags, noPrompt: true, probe: false };
  if (flags.targets === undefined) {
    parseExpectations(flags.expect ?? []);
    const p = await prepareCheck(quiet, io, lang);
    return [{ name: `${p.options.host}:${p.options.port}`, p, expect: flags.expect ?? [] }];
  }
  const { loadTargets } = await import('./targets.js');
  const out: Planned[] = [];
  // Everything is validated before anything is sent.
  for (const tg of await loadTargets(flags.targets, quiet)) {
    parseExpectations(tg.flags.expect ?? []);
    const p = await prepareCheck(tg.flags, io, lang);
    p.extras.sources = { ...p.extras.sources, ...tg.origins };
    out.push({ name: tg.name, p, expect: tg.flags.expect ?? [] });
  }
  return out;
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
  const concurrency = flags.concurrency === undefined ? 4 : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError('err.bad-concurrency', { value: flags.concurrency ?? '' });
  }
  const planned = await plan(flags, io, lang);
  const [{ runCheck }, { systemContext }, ci, { onInterrupt }] = await Promise.all([
    import('../../check.js'),
    import('../../core/context.js'),
    import('../../ci/expect.js'),
    import('../interrupt.js'),
  ]);
  const ctx = systemContext(io.env);
  const limit = pLimit(concurrency);
  let current: StepId | undefined;
  const observer: CheckObserver = planned.length === 1
    ? { stepStart: (id) => void (current = id), stepEnd: () => void (current = undefined) }
    : {};
  const stop = onInterrupt();
  const run = Promise.all(
    planned.map(({ name, p, expect }) =>
      limit(async (): Promise<NamedReport> => {
        const report = await runCheck(p.options, ctx, observer, p.warnings, p.extras);
        const expectations = ci.evaluate(report, ci.parseExpectations(expect));
        return { name, report: ci.withExpectationExit(report, expectations), expectations };
      }),
    ),
  );
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
