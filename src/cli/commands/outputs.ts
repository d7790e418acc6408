import { writeFile } from 'node:fs/promises';
import type { NamedReport } from '../../ci/types.js';
import { EXIT, EXIT_EXPECTATION } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../i18n/index.js';
import { TOOL_VERSION } from '../../version.js';
import type { Io } from '../io.js';

/** Flags that turn reports into files and annotations for CI and support desks. */
export interface OutputFlags {
  expect?: string[];
  junit?: string;
  report?: string;
  share?: boolean;
  concurrency?: string;
}

/** From least to most severe: the exit code of a set of targets is the most severe one. */
const SEVERITY = [EXIT.OK, EXIT_EXPECTATION, EXIT.SEND, EXIT.AUTH, EXIT.TLS, EXIT.CONNECTION, EXIT.DNS, EXIT.USAGE, EXIT.INTERNAL];

export function worstExit(codes: number[]): number {
  return codes.reduce((w, c) => (SEVERITY.indexOf(c) > SEVERITY.indexOf(w) ? c : w), EXIT.OK as number);
}

/** A target's exit code: the report's, which already counts unmet expectations (ci/expect withExpectationExit). */
export function targetExit(t: NamedReport): number {
  return t.report.exitCode;
}

/** The command line as typed, with every secret on it masked (each argument judged by the option it belongs to). */
export async function redactedCommandLine(argv: string[]): Promise<string> {
  const { redactArgs, shellQuote } = await import('../../core/argv.js');
  return ['smtp-doctor', ...redactArgs(argv.slice(2)).map(shellQuote)].join(' ');
}

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, { mode: 0o644 });
  } catch (err) {
    throw new UsageError('err.output-write', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

/** --junit, --report, --share and GitHub Actions annotations, for one or many targets. */
export async function writeOutputs(
  targets: NamedReport[],
  flags: OutputFlags & { json?: boolean },
  io: Io,
  lang: Lang,
  secrets: string[],
): Promise<void> {
  if (flags.junit) {
    const { renderJunit } = await import('../../render/junit.js');
    await write(flags.junit, renderJunit(targets, lang));
  }
  if (flags.report || flags.share) {
    const { renderMarkdown } = await import('../../render/markdown.js');
    const commandLine = await redactedCommandLine(io.argv);
    const md = renderMarkdown(targets, { lang, commandLine, commandRedacted: true, version: TOOL_VERSION, secrets });
    if (flags.report) await write(flags.report, md);
    // With --json, stdout holds the one JSON document: the shareable report goes to stderr.
    if (flags.share) (flags.json ? io.stderr : io.stdout).write(`\n${md}`);
  }
  // GitHub's annotations (and the renderers they use) are loaded only inside a GitHub Actions run.
  // The runner reads workflow commands from stderr as well as stdout: stderr keeps stdout for data.
  if (io.env.GITHUB_ACTIONS !== 'true') return;
  const { emitGithub } = await import('../../ci/github.js');
  emitGithub(targets, io.env, (s) => void io.stderr.write(s), lang);
}
