import { t, type Lang } from '../../i18n/index.js';
import type { CheckFlags } from '../options.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';

async function promptPassword(user: string, lang: Lang): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  return password({ message: t(lang, 'prompt.password', { user }), mask: '*' });
}

/** `check`: build options, run, render, return the exit code. */
export async function runCheckCommand(flags: CheckFlags & GlobalFlags, io: Io): Promise<number> {
  // Loaded here, not at start-up: --version and --help stay light.
  const [{ runCheck }, { systemContext }, { renderJson }, { formatStep, formatSummary, formatWarnings }, { buildCheckOptions }, { liveObserver }] = await Promise.all([
    import('../../check.js'),
    import('../../core/context.js'),
    import('../../render/json.js'),
    import('../../render/human.js'),
    import('../options.js'),
    import('../live.js'),
  ]);
  const lang = langOf(io, flags);
  const canPrompt = Boolean(io.stdin.isTTY && io.stderr.isTTY) && !flags.json;
  const { options, warnings } = await buildCheckOptions(flags, {
    env: io.env,
    stdin: io.stdin,
    canPrompt,
    prompt: (user) => promptPassword(user, lang),
  });
  const ctx = systemContext(io.env);
  if (flags.json) {
    const report = await runCheck(options, ctx, {}, warnings);
    io.stdout.write(renderJson(report, lang));
    return report.exitCode;
  }
  const color = useColor(io, flags);
  const style = { lang, color };
  const write = (s: string): void => void io.stdout.write(s);
  for (const w of formatWarnings(warnings, style)) io.stderr.write(`${w}\n`);
  write(`${t(lang, 'ui.checking', { host: options.host, port: options.port, security: options.security })}\n`);
  const live = await liveObserver({ lang, color, spinner: Boolean(io.stderr.isTTY) && color && ((io.stderr as { columns?: number }).columns ?? 0) >= 20, transcript: false, write });
  let report;
  try {
    report = await runCheck(options, ctx, live, warnings);
  } finally {
    live.stop();
  }
  // Steps never reached are printed at the end, after the live ones.
  const printed = report.steps.filter((s) => s.status === 'skip');
  for (const s of printed) write(`${formatStep(s, style)}\n`);
  write(`${formatSummary(report, { ...style, transcript: Boolean(flags.transcript) })}\n`);
  return report.exitCode;
}

