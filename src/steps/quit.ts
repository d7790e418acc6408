import type { StepResult } from '../core/types.js';
import type { SmtpSession } from '../smtp/session.js';
import { StepClock } from './step.js';

/** A QUIT that was sent: its result is read when the report is made, the close comes after. */
export interface QuitInFlight {
  /** The QUIT step as of now: whether the reply came before the report. */
  result(): StepResult;
  /** End the connection: wait (bounded) for the server to answer and close, then close. */
  close(): Promise<void>;
}

/** How long the connection may linger after the report for QUIT's reply. */
/** How long a closing connection may wait for the server's reply to QUIT. */
export const LINGER_MS = 2000;

/**
 * QUIT without waiting for its reply: the verdict does not depend on it. The step says whether
 * the reply came before the report was made; a server that does not answer QUIT costs nothing.
 */
export function sendQuit(now: () => number, session: SmtpSession, commandTimeout: number): QuitInFlight {
  const clock = new StepClock(now);
  const wasClosed = session.closed;
  const sent = !wasClosed && session.sendQuit();
  return {
    result: () => {
      // Closed by the server or by a failure before it (a timed-out send): the runner says which step blocked it.
      if (!sent) return clock.done('quit', 'skip', { reason: 'connection-closed' });
      const replied = /^221/.test(session.quitReply ?? '');
      return clock.done('quit', 'pass', { sent: true, replied });
    },
    close: () => session.lingerClose(Math.min(commandTimeout, LINGER_MS)),
  };
}
