import type net from 'node:net';
import { closeAll } from '../core/close.js';
import type { Context } from '../core/context.js';
import type { CheckOptions } from '../core/options.js';
import type { Transcript } from '../core/transcript.js';
import type { StepId, StepResult } from '../core/types.js';
import { isImplicitTls } from '../tls/options.js';
import type { Carry, WalkStep } from './carry.js';
import type { StepContext } from './context.js';
import type { QuitInFlight } from './quit.js';
import { STEPS } from './table.js';

/** Every wait capped by what is left of the run's deadline. */
export function cappedOptions(opts: CheckOptions, left: number): CheckOptions {
  const c = (v: number): number => Math.max(1, Math.min(v, Math.round(left)));
  const t = opts.timeouts;
  const timeouts = {
    dns: c(t.dns),
    connect: c(t.connect),
    greeting: c(t.greeting),
    tls: c(t.tls),
    command: c(t.command),
    data: c(t.data),
  };
  return { ...opts, timeouts };
}

export interface WalkEnv {
  ctx: Context;
  transcript: Transcript;
  graceMs?: number;
  left(): number;
  startProbe?(): void;
  /** Facts a diagnosis may quote that are no step's (what the port really speaks). */
  facts: Record<string, string | number | boolean>;
  stepStart?(id: StepId): void;
  /** The only sink of step results. */
  record(r: StepResult): void;
}

export interface WalkEnd {
  /** QUIT was sent (not awaited): its step is read and the connection closed after the report. */
  quit?: QuitInFlight;
  /** Connections to close when the run ends. */
  sockets: net.Socket[];
  /** The server's greeting, when one came (for the provider guess). */
  greeting?: string;
}

/**
 * The runner: runs the table's steps in order, each with the options capped by what is left of
 * the deadline, and records their results (nothing else does). After a failure only the steps
 * that say so (`after`) run; the runner that made the report marks the rest skipped.
 */
export async function walk(base: CheckOptions, env: WalkEnv, steps: readonly WalkStep[] = STEPS): Promise<WalkEnd> {
  let carry: Carry = { implicit: isImplicitTls(base) };
  const sockets = new Set<net.Socket>();
  let failed: StepId | undefined;
  try {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (failed && !step.after?.includes(failed)) continue;
      if (!step.requested(base, carry)) continue;
      const sc: StepContext = {
        opts: cappedOptions(base, env.left()),
        ctx: env.ctx,
        transcript: env.transcript,
        left: env.left,
        facts: env.facts,
        ...(carry.address ? { address: carry.address } : {}),
        ...(carry.opening?.session.greeting !== undefined ? { greeting: carry.opening.session.greeting } : {}),
        ...(env.graceMs !== undefined ? { graceMs: env.graceMs } : {}),
        ...(env.startProbe ? { startProbe: env.startProbe } : {}),
      };
      if (step.key !== 'starttls' || !carry.implicit) env.stepStart?.(step.id);
      const out = await step.run(sc, carry);
      if (out.carry) carry = out.carry;
      if (carry.socket) sockets.add(carry.socket);
      if (out.restartAt) {
        i = steps.findIndex((s) => s.key === out.restartAt) - 1;
        continue;
      }
      if (out.result) {
        env.record(out.result);
        if (out.result.status === 'fail') failed ??= step.id;
      }
    }
  } catch (err) {
    closeAll([...sockets]);
    throw err;
  }
  const end: WalkEnd = { sockets: [...sockets] };
  if (carry.quit) end.quit = carry.quit;
  const greeting = carry.opening?.session.greeting;
  if (greeting !== undefined) end.greeting = greeting;
  return end;
}
