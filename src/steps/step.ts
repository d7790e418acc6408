import type { Facts, Failure, Msg, StepId, StepResult, StepStatus } from '../core/types.js';

/** Small helper so every step measures its own time the same way. */
export class StepClock {
  readonly #start: number;
  constructor(private readonly now: () => number) {
    this.#start = now();
  }
  done(id: StepId, status: StepStatus, facts: Facts, extra: { failure?: Failure; warnings?: Msg[] } = {}): StepResult {
    const r: StepResult = { id, status, ms: Math.max(0, Math.round(this.now() - this.#start)), facts };
    if (extra.failure) r.failure = extra.failure;
    if (extra.warnings && extra.warnings.length) r.warnings = extra.warnings;
    return r;
  }
}

export function skipped(id: StepId, blockedBy?: StepId): StepResult {
  const r: StepResult = { id, status: 'skip', ms: 0, facts: {} };
  if (blockedBy) r.blockedBy = blockedBy;
  return r;
}

/** OpenSSL's long error strings ("...:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/...") to their reason. */
export function shortSslMessage(message: string): string {
  const m = /error:[0-9A-Fa-f]+:SSL routines:[^:]*:([^:]+)/.exec(message);
  return m?.[1] ? m[1].trim() : message;
}

/** Pull an error's code and message without trusting its shape. */
export function errorFields(err: unknown): { code?: string; message?: string } {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown };
    const out: { code?: string; message?: string } = {};
    if (typeof e.code === 'string') out.code = e.code;
    if (typeof e.message === 'string') out.message = shortSslMessage(e.message);
    return out;
  }
  return { message: String(err) };
}
