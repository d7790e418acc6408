import type { StepContext } from './context.js';
import { confirmOtherMode } from './other-mode.js';
import { probeHttp } from './transport.js';

/** The grace before the other mode is tried on a second connection (--grace). */
export const DEFAULT_GRACE_MS = 1000;

/**
 * The other TLS mode, raced Happy-Eyeballs style: when the first connection has not produced
 * what it waits for after a short grace, the other mode is tried on a second connection at once
 * (and, for a silent plaintext port, whether a web server answers). Every wait of the racer ends
 * when the first wait would: the race never makes a run longer.
 */
export interface RaceWin {
  /** The other mode greeted: 'tls', 'starttls' or 'none'. */
  mode?: string;
  /** A web server answered the EHLO of a second connection: its status line. */
  http?: string;
}

export interface ModeRace {
  /** Whether the second connection was started. */
  readonly started: boolean;
  /** What the other mode found ('tls', 'starttls', 'none'), once it is done; undefined if it did not work. */
  other(): Promise<string | undefined>;
  /** The HTTP status line a web server gave, when one did. */
  http(): Promise<string | undefined>;
  /** Resolves only when the second connection decided: the other mode greeted, or a web server answered. */
  readonly won: Promise<RaceWin>;
  /** The first connection got its answer: close the second one (QUIT if it greeted). */
  cancel(): void;
}

export function raceOtherMode(
  state: StepContext,
  kind: 'tls' | 'plain',
  /** When the first wait ends (ctx.now() clock). */
  firstEndsAt: number,
  /** Still worth racing when the grace is over (no greeting yet, no bytes). */
  stillWaiting: () => boolean,
): ModeRace {
  const { ctx } = state;
  const ac = new AbortController();
  let other: Promise<string | undefined> | undefined;
  let http: Promise<string | undefined> | undefined;
  let win: (w: RaceWin) => void = () => undefined;
  const won = new Promise<RaceWin>((resolve) => (win = resolve));
  const start = (): void => {
    if (other || ac.signal.aborted) return;
    const timeoutMs = Math.max(250, Math.round(firstEndsAt - ctx.now()));
    other = confirmOtherMode(state, kind, { timeoutMs, signal: ac.signal });
    void other.then((mode) => mode && win({ mode }));
    // A silent port may be a web server waiting for a request; one that answers TLS with an HTTP error too.
    http = probeHttp(state, { timeoutMs, signal: ac.signal });
    void http.then((status) => status && win({ http: status }));
    // The first wait looks bad: the fallback probe of the usual ports starts now, in parallel.
    state.startProbe?.();
  };
  const timer = setTimeout(() => {
    if (stillWaiting()) start();
  }, state.graceMs ?? DEFAULT_GRACE_MS);
  timer.unref?.();
  return {
    get started() {
      return other !== undefined;
    },
    other: () => other ?? Promise.resolve(undefined),
    http: () => http ?? Promise.resolve(undefined),
    won,
    cancel: () => {
      clearTimeout(timer);
      ac.abort();
    },
  };
}
