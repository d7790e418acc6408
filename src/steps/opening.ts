import type net from 'node:net';
import type tls from 'node:tls';
import { SmtpSession, type Phase, type SmtpError } from '../smtp/session.js';
import { tlsOptions } from '../tls/options.js';
import type { StepContext } from './context.js';
import { servernameOf } from './other-mode.js';
import { inspectTls, noteTls } from './tls.js';

/** When each part of the opening dialogue began (ctx.now() clock), and bytes read at the EHLOs. */
export interface OpeningMarks {
  greeting: number;
  ehlo?: number;
  ehloBytes?: number;
  tls?: number;
  end?: number;
}

/**
 * The opening dialogue of one SMTP session: greeting, EHLO and (when the mode says so) STARTTLS
 * and EHLO again, run by nodemailer as one call. The greeting, EHLO and TLS steps each wait for
 * their part of it (`reach`) and judge it; this class records nothing.
 */
export class Opening {
  readonly session: SmtpSession;
  readonly marks: OpeningMarks;
  /** Settles when the opening ended: undefined when it worked, else nodemailer's error. */
  readonly done: Promise<SmtpError | undefined>;
  /** The TLS handshake was noted in the transcript (where it happened, before the EHLO under TLS). */
  tlsNoted = false;
  #ended = false;
  #error?: SmtpError;
  readonly #waiters: Array<{ phase: Phase; resolve: () => void }> = [];
  readonly #reached = new Set<Phase>();

  constructor(sc: StepContext, stream: net.Socket | tls.TLSSocket, readonly implicit: boolean) {
    const { opts, ctx, transcript } = sc;
    const marks: OpeningMarks = { greeting: ctx.now() };
    this.marks = marks;
    const mode = implicit ? 'implicit' : opts.security === 'tls' ? 'implicit' : opts.security;
    const left = sc.left?.();
    const session = new SmtpSession({
      socket: stream,
      secured: implicit,
      helo: opts.helo,
      mode,
      tls: tlsOptions(opts),
      greetingTimeout: opts.timeouts.greeting,
      commandTimeout: opts.timeouts.command,
      dataTimeout: opts.timeouts.data,
      transcript,
      now: ctx.now,
      ...(left !== undefined ? { deadlineAt: ctx.now() + left } : {}),
      onPhase: (p) => {
        if (p === 'ehlo' && marks.ehlo === undefined) {
          marks.ehlo = ctx.now();
          marks.ehloBytes = session.bytesRead;
        } else if (p === 'starttls' && marks.tls === undefined) {
          marks.tls = ctx.now();
        } else if (p === 'ehlo-tls' && !this.tlsNoted) {
          marks.ehloBytes = session.bytesRead;
          const s = session.tlsSocket;
          if (s) {
            noteTls(transcript, inspectTls(s, servernameOf(opts), ctx.now()));
            this.tlsNoted = true;
          }
        }
        this.#reach(p);
      },
    });
    this.session = session;
    this.done = session.open().then(
      () => this.#end(ctx.now()),
      (err: unknown) => this.#end(ctx.now(), err as SmtpError),
    );
  }

  get ended(): boolean {
    return this.#ended;
  }

  get error(): SmtpError | undefined {
    return this.#error;
  }

  /** Resolves when the dialogue reached `phase` (its command was sent) or the opening ended. */
  reach(phase: Phase): Promise<void> {
    if (this.#ended || this.#reached.has(phase)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ phase, resolve }));
  }

  /** Milliseconds between two marks (a missing mark is the end). */
  span(from: number | undefined, to: number | undefined): number {
    const end = this.marks.end ?? from ?? 0;
    return Math.max(0, Math.round((to ?? end) - (from ?? end)));
  }

  #reach(p: Phase): void {
    this.#reached.add(p);
    for (const w of this.#waiters.filter((x) => x.phase === p)) w.resolve();
  }

  #end(at: number, err?: SmtpError): SmtpError | undefined {
    this.marks.end = at;
    this.#ended = true;
    this.#error = err;
    for (const w of this.#waiters) w.resolve();
    return err;
  }
}
