import type { StepResult, TranscriptLine } from '../core/types.js';

/** The whole run's bound (--deadline), in ms. */
export const DEFAULT_DEADLINE_MS = 60_000;

/** Replies at least this slow, typically, make a server "slow" (a tarpit, an overloaded host). */
const SLOW_MS = 1000;
/** Fewer replies than this say nothing about a server's pace. */
const MIN_REPLIES = 3;

export interface Slowness {
  /** The typical (median) time from a command to its reply, ms. */
  ms: number;
  replies: number;
}

/**
 * How long the server takes per reply, from the transcript: the time from each command smtp-doctor
 * sent to the first line that came back. Undefined unless the typical reply is slow.
 */
export function slowReplies(lines: readonly TranscriptLine[], commandTimeoutMs: number): Slowness | undefined {
  const waits: number[] = [];
  let sentAt: number | undefined;
  for (const l of lines) {
    if (l.dir === 'send') sentAt ??= l.t;
    else if (l.dir === 'recv' && sentAt !== undefined) {
      waits.push(l.t - sentAt);
      sentAt = undefined;
    }
  }
  if (waits.length < MIN_REPLIES) return undefined;
  const sorted = [...waits].sort((a, b) => a - b);
  const ms = Math.round(sorted[Math.floor(sorted.length / 2)]!);
  return ms >= Math.min(SLOW_MS, commandTimeoutMs / 2) ? { ms, replies: waits.length } : undefined;
}

const TIMED_OUT = /timeout|slow/;

/**
 * A step that failed when the run's deadline ran out failed because of the deadline (its own wait
 * was cut to what was left): 'deadline-exceeded', or 'server-slow' when every reply came slowly.
 */
export function deadlineReason(r: StepResult, slow: Slowness | undefined, deadlineMs: number): void {
  const f = r.failure;
  if (!f) return;
  const timedOut =
    f.code === 'ETIMEDOUT' || f.code === 'ETIMEOUT' || TIMED_OUT.test(f.reason ?? '') || f.reason === 'send-failed';
  if (!timedOut) return;
  f.reason = slow ? 'server-slow' : 'deadline-exceeded';
  r.facts.deadlineSeconds = Math.round(deadlineMs / 100) / 10;
  if (slow) {
    r.facts.replyMs = slow.ms;
    r.facts.replies = slow.replies;
  }
}
