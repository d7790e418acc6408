import type { Duplex } from 'node:stream';
import { ownError } from '../core/errors.js';

/** A hostile server cannot make a probe hold more than this, however it splits its lines. */
export const MAX_PENDING_BYTES = 256 * 1024;

/**
 * Read complete SMTP replies (multi-line aware) from a stream, bounded in size and time.
 * Used by the small raw probes; the main session uses nodemailer.
 */
export class ReplyReader {
  #buf = '';
  #lines: string[] = [];
  /** Bytes each held line took on the wire, so taking it gives back exactly what it cost. */
  #wire: number[] = [];
  /** Bytes held: the partial line plus complete lines not yet taken by reply(). */
  #pending = 0;
  /** How many leading lines are known continuation lines ("250-..."). */
  #scanned = 0;
  #waiter?: () => void;
  #ended = false;
  #error?: Error;

  constructor(private readonly stream: Duplex) {
    stream.on('data', (chunk: Buffer) => {
      if (this.#error) return;
      this.#pending += chunk.length;
      if (this.#pending > MAX_PENDING_BYTES) {
        this.#error = ownError({ kind: 'reply-too-large' }, 'reply too large', { code: 'EPROTOCOL' });
        this.#buf = '';
        this.#lines = [];
        this.#wire = [];
        stream.destroy();
        this.#wake();
        return;
      }
      // One split per chunk: linear in what arrives, however many lines it holds.
      const parts = (this.#buf + chunk.toString('latin1')).split('\n');
      this.#buf = parts.pop() ?? '';
      for (const line of parts) {
        // Bytes are split as latin1 (one char a byte, so counts stay exact); each whole line is then read as
        // UTF-8, the way the main session (nodemailer) reads replies: a Hangul banner reads as Hangul.
        const text = Buffer.from(line.endsWith('\r') ? line.slice(0, -1) : line, 'latin1').toString('utf8');
        this.#lines.push(text);
        this.#wire.push(line.length + 1); // what the line took on the wire, "\r\n" or "\n" included
      }
      this.#wake();
    });
    stream.on('end', () => {
      this.#ended = true;
      this.#wake();
    });
    stream.on('close', () => {
      this.#ended = true;
      this.#wake();
    });
    stream.on('error', (err: Error) => {
      this.#error ??= err;
      this.#ended = true;
      this.#wake();
    });
    // A socket that came through a proxy handshake is handed over paused, early bytes put back.
    stream.resume();
  }

  /** Bytes received and not yet taken by reply() (0 once every complete reply is taken). */
  get held(): number {
    return this.#pending;
  }

  #wake(): void {
    const w = this.#waiter;
    this.#waiter = undefined;
    w?.();
  }

  /** The next full reply (lines joined by "\n"), or throws on timeout, close or error. */
  async reply(timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Lines already seen to be continuations are not scanned again (linear, not quadratic).
      while (this.#scanned < this.#lines.length && /^\d{3}-/.test(this.#lines[this.#scanned] ?? '')) this.#scanned++;
      if (this.#scanned < this.#lines.length) {
        const taken = this.#lines.splice(0, this.#scanned + 1);
        this.#scanned = 0;
        const wire = this.#wire.splice(0, taken.length);
        for (const n of wire) this.#pending -= n;
        return taken.join('\n');
      }
      if (this.#error) throw this.#error;
      if (this.#ended) throw ownError({ kind: 'connection-closed' }, 'connection closed', { code: 'ECONNRESET' });
      const left = deadline - Date.now();
      if (left <= 0) throw ownError({ kind: 'no-reply', params: { ms: timeoutMs } }, `no reply within ${timeoutMs} ms`, { code: 'ETIMEDOUT' });
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        t.unref?.();
        this.#waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }
}
