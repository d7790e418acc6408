import { randomUUID } from 'node:crypto';
import type { Facts, Msg, Reason, StepResult } from '../core/types.js';
import type { SendInfo, SmtpError, SmtpSession } from '../smtp/session.js';
import { failureFromError } from './failure.js';
import { StepClock } from './step.js';
import type { StepContext } from './context.js';

const REASON_BY_COMMAND: Record<string, Reason> = {
  'MAIL FROM': 'sender-rejected',
  'RCPT TO': 'recipient-rejected',
  DATA: 'message-rejected',
  RSET: 'rset-failed',
};

/** Build the test message with nodemailer's mail composer (loaded only when a message is sent). */
export async function composeTestMessage(from: string, to: string[], now: Date): Promise<{ raw: Buffer; messageId: string; subject: string }> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const domain = /@([^@>\s]+)$/.exec(from)?.[1] ?? 'smtp-doctor.invalid';
  const messageId = `<${randomUUID().replace(/-/g, '')}.smtp-doctor@${domain}>`;
  const subject = `smtp-doctor test message ${now.toISOString()}`;
  const mail = new MailComposer({
    from,
    to,
    subject,
    messageId,
    date: now,
    text: `This is a test message sent by smtp-doctor at ${now.toISOString()} to check that this server accepts and delivers mail.\nNo action is needed.\n`,
    headers: { 'X-Mailer': 'smtp-doctor' },
  });
  const raw = await new Promise<Buffer>((resolve, reject) => {
    mail.compile().build((err: Error | null, msg: Buffer) => (err ? reject(err) : resolve(msg)));
  });
  return { raw, messageId, subject };
}

/** "250 2.0.0 Ok: queued as 4Xyz" -> "4Xyz". */
export function queueIdOf(reply: string | undefined): string | undefined {
  if (!reply) return undefined;
  const m = /queued as\s+<?([A-Za-z0-9._@-]+)>?/i.exec(reply) ?? /\bid=([A-Za-z0-9._-]+)/i.exec(reply) ?? /\bOK\s+(?:id=)?([A-Za-z0-9._-]{6,})/i.exec(reply);
  return m?.[1];
}

export async function sendStep(state: StepContext, session: SmtpSession): Promise<StepResult> {
  const { opts, ctx, transcript } = state;
  const clock = new StepClock(ctx.now);
  const from = opts.from ?? '';
  const facts: Facts = { from, to: opts.to, dataSent: !opts.noData };
  const envelope = { from, to: opts.to };
  let info: SendInfo;
  try {
    if (opts.noData) {
      info = await session.envelopeOnly(envelope);
      transcript.note('no-data-reset');
    } else {
      const msg = await composeTestMessage(from, opts.to, new Date(ctx.now()));
      facts.messageId = msg.messageId;
      facts.subject = msg.subject;
      facts.bytes = msg.raw.length;
      transcript.note('message-summary', { bytes: msg.raw.length, messageId: msg.messageId });
      info = await session.send(envelope, msg.raw);
    }
  } catch (err) {
    const e = err as SmtpError;
    // A reply that refused the command names what was refused; no reply at all (a timeout, a close) refused nothing.
    const answered = e.response !== undefined || typeof e.responseCode === 'number';
    const failure = failureFromError(e, (answered && REASON_BY_COMMAND[e.command ?? '']) || 'send-failed');
    return clock.done('send', 'fail', facts, { failure });
  }
  facts.accepted = info.accepted ?? [];
  facts.rejected = info.rejected ?? [];
  if (info.response) {
    facts.reply = info.response;
    const q = info.serverMessageId ?? queueIdOf(info.response);
    if (q) facts.queueId = q;
  }
  const warnings: Msg[] = [];
  if ((info.rejected ?? []).length) warnings.push({ key: 'warn.some-recipients-rejected', params: { rejected: info.rejected.join(', ') } });
  return clock.done('send', warnings.length ? 'warn' : 'pass', facts, { warnings });
}
