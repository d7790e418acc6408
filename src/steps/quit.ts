import type { StepResult } from '../core/types.js';
import type { SmtpSession } from '../smtp/session.js';
import { StepClock } from './step.js';
import type { WalkState } from './tls.js';

/** QUIT politely; a server that does not answer it is worth a warning, not a failure. */
export async function quitStep(state: WalkState, session: SmtpSession): Promise<StepResult> {
  const clock = new StepClock(state.ctx.now);
  // Closed by the server or by a failure before it (a timed-out send): runCheck says which step blocked it.
  if (session.closed) return clock.done('quit', 'skip', { reason: 'connection-closed' });
  const { replied } = await session.quit(Math.min(state.opts.timeouts.command, 5000));
  return replied ? clock.done('quit', 'pass', { replied }) : clock.done('quit', 'warn', { replied }, { warnings: [{ key: 'warn.quit-no-reply' }] });
}
