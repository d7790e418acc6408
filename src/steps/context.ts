import type { Address, Context } from '../core/context.js';
import type { CheckOptions } from '../core/options.js';
import type { Transcript } from '../core/transcript.js';

/**
 * What a step may use: the options (every timeout already capped by what is left of the run's
 * deadline), the system, the transcript (its notes are the dialogue, not results). Steps return
 * results; they never record or print them: the runner (./walk.ts) does.
 */
export interface StepContext {
  readonly opts: CheckOptions;
  readonly ctx: Context;
  readonly transcript: Transcript;
  /** The address the TCP step connected to (second connections go there too). */
  readonly address?: Address;
  /** The server's greeting, once it came (a provider guess may need it). */
  readonly greeting?: string;
  /** The grace before the other TLS mode is raced on a second connection (ms). */
  readonly graceMs?: number;
  /** What is left of the run's deadline (ms). */
  left?(): number;
  /** Start the fallback probe of the usual ports (once; its result is read with the diagnosis). */
  startProbe?(): void;
  /** Facts a diagnosis may quote that are no step's (what the port really speaks): written once, by the mode check. */
  readonly facts: Record<string, string | number | boolean>;
}
