import { format } from 'node:util';
import type tls from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { ownError } from '../core/errors.js';
import type { ConnectionInternals, Envelope, Phase, SessionOptions, SendInfo, SmtpError } from './session-types.js';

export type { Phase, SessionOptions, SmtpError, SendInfo } from './session-types.js';

const MAX_REPLY_BYTES = 256 * 1024;
const HTTP_STATUS = /^HTTP\/\d(?:\.\d)? \d{3}\b/;

/**
 * One SMTP session on nodemailer's SMTPConnection. It records every line through the
 * Transcript (masked there), tracks which phase the dialogue is in so a failure can be
 * blamed on the right step, and turns the callback API into bounded promises.
 */
export class SmtpSession {
  readonly conn: SMTPConnection;
  greeting?: string;
  ehloPlain?: string;
  ehloTls?: string;
  heloFallback = false;
  startTlsSent = false;
  phase: Phase = 'greeting';
  lastReply?: string;
  /** The reply to STARTTLS, when one came. */
  starttlsReply?: string;
  /** The first HTTP status line ("HTTP/1.1 400 Bad Request") seen: a web server answers. */
  httpStatus?: string;
  #error?: SmtpError;
  #quitReply?: string;
  #closed = false;
  readonly #opts: SessionOptions;

  constructor(opts: SessionOptions) {
    this.#opts = opts;
    const log = (level: string) => (meta: unknown, ...args: unknown[]) => this.#onLog(level, meta, args);
    const logger = { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), fatal: log('fatal') };
    this.conn = new SMTPConnection({
      connection: opts.socket,
      secure: opts.secured,
      secured: opts.secured,
      name: opts.helo,
      requireTLS: opts.mode === 'starttls',
      ignoreTLS: opts.mode === 'none' || opts.mode === 'implicit',
      tls: opts.tls,
      greetingTimeout: opts.greetingTimeout,
      socketTimeout: opts.commandTimeout,
      socketCloseTimeout: 1000,
      maxResponseSize: MAX_REPLY_BYTES,
      debug: true,
      transactionLog: true,
      logger,
    } as ConstructorParameters<typeof SMTPConnection>[0]);
    this.conn.on('error', (err: SmtpError) => {
      this.#error ??= err;
    });
    this.conn.on('end', () => {
      this.#closed = true;
    });
  }

  get secure(): boolean {
    return Boolean(this.conn.secure);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Bytes received on the connection so far (before any TLS layer). */
  get bytesRead(): number {
    return this.#opts.socket.bytesRead;
  }

  get tlsSocket(): tls.TLSSocket | undefined {
    const s = (this.conn as unknown as ConnectionInternals)._socket;
    return s && 'getPeerCertificate' in s ? (s as tls.TLSSocket) : undefined;
  }

  /** Greeting, EHLO (HELO fallback) and, when the mode says so, STARTTLS and EHLO again. */
  open(): Promise<void> {
    const budget = this.#opts.greetingTimeout + this.#opts.commandTimeout * 2 + this.#opts.greetingTimeout;
    return this.#bounded(budget, 'CONN', (done) => {
      this.conn.connect((err?: Error) => done(err as SmtpError | undefined));
    });
  }

  login(user: string, pass: string, method?: string): Promise<void> {
    this.phase = 'auth';
    return this.#bounded(this.#opts.commandTimeout * 3, 'AUTH', (done) => {
      const auth: { user: string; pass: string; method?: string } = { user, pass };
      if (method) auth.method = method;
      this.conn.login(auth, (err) => done(err as SmtpError | null));
    });
  }

  send(envelope: Envelope, raw: Buffer): Promise<SendInfo> {
    this.phase = 'mail';
    return this.#bounded(this.#opts.commandTimeout * 3 + this.#opts.dataTimeout, 'DATA', (done) => {
      this.conn.send(envelope, raw, (err, info) => done(err as SmtpError | null, info as unknown as SendInfo));
    });
  }

  /**
   * One command and its reply, the way SMTPConnection's own reset() does it (queue a reply
   * handler, write the line). Used for the envelope-only test, for which SMTPConnection has
   * no public call: its envelope routine always goes on to DATA.
   */
  command(line: string, name: string): Promise<string> {
    return this.#bounded<string>(this.#opts.commandTimeout, name, (done) => {
      const c = this.conn as unknown as ConnectionInternals;
      c._responseActions.push((reply) => done(null, reply));
      c._sendCommand(line);
    });
  }

  /**
   * MAIL FROM and RCPT TO only, then RSET: tests sender and recipient acceptance without
   * delivering anything. A refusal rejects with the same error shape nodemailer uses.
   */
  async envelopeOnly(envelope: Envelope): Promise<SendInfo> {
    const refuse = (reply: string, command: string): SmtpError =>
      ownError({ kind: 'command-failed', params: { command, reply } }, `${command} failed: ${reply}`, { code: 'EENVELOPE', command, response: reply, responseCode: Number(reply.slice(0, 3)) });
    this.phase = 'mail';
    const mail = await this.command(`MAIL FROM:<${envelope.from}>`, 'MAIL FROM');
    if (!/^2/.test(mail)) throw refuse(mail, 'MAIL FROM');
    const accepted: string[] = [];
    const rejected: string[] = [];
    let lastRejection = '';
    this.phase = 'rcpt';
    for (const to of envelope.to) {
      const reply = await this.command(`RCPT TO:<${to}>`, 'RCPT TO');
      if (/^2/.test(reply)) accepted.push(to);
      else {
        rejected.push(to);
        lastRejection = reply;
      }
    }
    this.phase = 'rset';
    const rset = await this.command('RSET', 'RSET');
    if (!accepted.length) throw refuse(lastRejection, 'RCPT TO');
    if (!/^2/.test(rset)) throw ownError({ kind: 'command-failed', params: { command: 'RSET', reply: rset } }, `RSET failed: ${rset}`, { code: 'EPROTOCOL', command: 'RSET', response: rset });
    return { accepted, rejected };
  }

  /** The reply to QUIT, when one came. */
  get quitReply(): string | undefined {
    return this.#quitReply;
  }

  /**
   * Send QUIT and return at once: the verdict does not wait for the reply. Returns whether QUIT
   * was written; lingerClose() ends the connection afterwards. Never throws.
   */
  sendQuit(): boolean {
    if (this.#closed) return false;
    this.phase = 'quit';
    try {
      this.conn.quit();
      return true;
    } catch {
      this.close();
      return false;
    }
  }

  /**
   * After QUIT: wait (bounded) for the server to close, then close. Never throws. The wait does not
   * keep a process alive (unref): a command-line run ends as soon as its report is out.
   */
  lingerClose(timeoutMs: number): Promise<void> {
    if (this.#closed) {
      this.close();
      return Promise.resolve();
    }
    this.tlsSocket?.unref();
    this.#opts.socket.unref();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.close();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      timer.unref?.();
      this.conn.once('end', done);
    });
  }

  close(): void {
    try {
      this.conn.close();
    } catch {
      /* already closed */
    }
    this.#opts.socket.destroy();
  }

  #bounded<T = void>(
    wait: number,
    command: string,
    run: (done: (err?: SmtpError | null, value?: T) => void) => void,
  ): Promise<T> {
    const { deadlineAt, now } = this.#opts;
    const ms = deadlineAt !== undefined && now ? Math.max(1, Math.min(wait, Math.round(deadlineAt - now()))) : wait;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const finish = (err?: SmtpError | null, value?: T): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.conn.removeListener('error', onError);
        this.conn.removeListener('end', onEnd);
        if (err) reject(err);
        else resolve(value as T);
      };
      const onError = (err: SmtpError): void => finish(err);
      const onEnd = (): void => {
        // The connection ended before the operation completed and nodemailer said nothing.
        setImmediate(() => finish(this.#error ?? ownError({ kind: 'closed-unexpectedly' }, 'Connection closed unexpectedly', { code: 'ECONNECTION', command })));
      };
      const timer = setTimeout(() => {
        const err: SmtpError = ownError({ kind: 'no-reply', params: { ms } }, `No reply within ${ms} ms`, { code: 'ETIMEDOUT', command });
        finish(err);
        this.close();
      }, ms);
      timer.unref?.();
      this.conn.on('error', onError);
      this.conn.once('end', onEnd);
      try {
        run(finish);
      } catch (err) {
        finish(err as SmtpError);
      }
    });
  }

  #onLog(_level: string, meta: unknown, args: unknown[]): void {
    const tnx = meta && typeof meta === 'object' ? (meta as { tnx?: unknown }).tnx : undefined;
    if (tnx !== 'client' && tnx !== 'server') return;
    const text = args.length > 1 ? format(...(args as [string, ...unknown[]])) : String(args[0] ?? '');
    if (tnx === 'client') {
      this.#trackCommand(text);
      this.#opts.transcript.sent(text, this.secure);
    } else {
      this.#trackReply(text);
      this.#opts.transcript.received(text, this.secure);
    }
  }

  #trackCommand(line: string): void {
    const before = this.phase;
    this.#phaseOf(line);
    if (this.phase !== before) this.#opts.onPhase?.(this.phase);
  }

  #phaseOf(line: string): void {
    const verb = line.split(/[\s:]/, 1)[0]?.toUpperCase() ?? '';
    if (verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO') {
      this.phase = this.startTlsSent ? 'ehlo-tls' : 'ehlo';
      if (verb === 'HELO') this.heloFallback = true;
    } else if (verb === 'STARTTLS') {
      this.startTlsSent = true;
      this.phase = 'starttls';
    } else if (verb === 'RCPT') this.phase = 'rcpt';
    else if (verb === 'DATA') this.phase = 'data';
    // AUTH, MAIL, RSET and QUIT: smtp-doctor issues them itself (login, send, envelopeOnly, sendQuit)
    // and sets the phase there; only what nodemailer sends on its own is read from its log.
  }

  #trackReply(reply: string): void {
    this.lastReply = reply;
    if (this.httpStatus === undefined && HTTP_STATUS.test(reply)) this.httpStatus = reply.split('\n')[0];
    if (this.phase === 'starttls' && this.starttlsReply === undefined) this.starttlsReply = reply;
    if (this.phase === 'quit' && this.#quitReply === undefined) this.#quitReply = reply;
    if (this.phase === 'greeting' && this.greeting === undefined) this.greeting = reply;
    else if (this.phase === 'ehlo' && /^2/.test(reply)) this.ehloPlain = reply;
    else if (this.phase === 'ehlo-tls' && /^2/.test(reply)) this.ehloTls = reply;
  }
}
