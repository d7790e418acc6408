import { UsageError } from '../../core/errors.js';
import { langOf, type Io } from '../io.js';
import { executeCheck, prepareCheck, type FullCheckFlags } from './check.js';

/** `check`: build options, run, render, return the exit code. */
export async function runCheckCommand(flags: FullCheckFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  // --format nagios|prometheus|junit: their own runner (one document on stdout); --format json is --json.
  const monitor = (await import('../monitor.js')).monitorSettings(flags);
  if (monitor) return (await import('./monitor.js')).runMonitor(monitor, flags, io, lang);
  if (flags.targets !== undefined) {
    const { runTargets } = await import('./targets.js');
    return runTargets(flags, io, lang);
  }
  if (flags.emit !== undefined) {
    const { EMIT_TARGETS } = await import('../../emit/emitters.js');
    if (!(EMIT_TARGETS as readonly string[]).includes(flags.emit)) throw new UsageError('err.bad-emit', { value: flags.emit, targets: EMIT_TARGETS.join(', ') });
  }
  const { parseExpectations } = await import('../../ci/expect.js');
  parseExpectations(flags.expect ?? []); // bad input fails before anything is sent
  const prepared = await prepareCheck(flags, io, lang);
  const { code, report, expectations } = await executeCheck(prepared, flags, io, lang);
  if (!report) return code;
  const { writeOutputs, targetExit } = await import('./outputs.js');
  const named = { name: `${prepared.options.host}:${prepared.options.port}`, report, expectations: expectations ?? [] };
  await writeOutputs([named], flags, io, lang, prepared.options.password?.forms(prepared.options.user) ?? []);
  return targetExit(named);
}
