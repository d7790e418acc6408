import type { Duplex } from 'node:stream';

const MAX_BUFFER = 64 * 1024;

/**
 * Read complete SMTP replies (multi-line aware) from a stream, bounded in size and time.
 * Used by the small raw probes; the main session uses nodemailer.
 */
export class ReplyReader {
  #buf = '';
  #lines: string[] = [];
  #waiter?: () => void;
  #ended = false;
  #error?: Error;

  constructor(private readonly stream: Duplex) {
    stream.on('data', (chunk: Buffer) => {
      this.#buf += chunk.toString('latin1');
      if (this.#buf.length > MAX_BUFFER) {
        this.#error = Object.assign(new Error('reply too large'), { code: 'EPROTOCOL' });
        this.#buf = '';
        stream.destroy();
      }
      let i: number;
      while ((i = this.#buf.indexOf('\n')) >= 0) {
        this.#lines.push(this.#buf.slice(0, i).replace(/\r$/, ''));
        this.#buf = this.#buf.slice(i + 1);
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
      const end = this.#lines.findIndex((l) => !/^\d{3}-/.test(l));
      if (end >= 0) return this.#lines.splice(0, end + 1).join('\n');
      if (this.#error) throw this.#error;
      if (this.#ended) throw Object.assign(new Error('connection closed'), { code: 'ECONNRESET' });
      const left = deadline - Date.now();
      if (left <= 0) throw Object.assign(new Error(`no reply within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
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
