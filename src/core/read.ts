import { open, stat } from 'node:fs/promises';

/**
 * Bounded reads for everything a user points us at (password files, CA bundles, settings, targets,
 * pasted logs). A FIFO, /dev/zero or `yes |` cannot make the tool hang or grow without limit:
 * reading stops at the limit.
 */

const CHUNK = 64 * 1024;

/** Thrown by readFileBounded past its limit; `code` is the errno name for "file too large". */
export class TooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly max: number) {
    super(`larger than ${formatBytes(max)}`);
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MiB` : `${Math.round(n / 1024)} KiB`;
}

/** Thrown for a settings file that is a FIFO, a device or a socket: opening one could wait forever. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor() {
    super('not a regular file');
  }
}

/**
 * The one-line reason for a failed read, as an id the renderers put in words (catalog `read.<code>`, the code in
 * parentheses): "ENOENT", "EISDIR", "ENOTREG", "EFBIG 1 MiB" (with the limit); a message when there is no code.
 */
export function readFailure(err: unknown): string {
  if (err instanceof TooLargeError) return `${err.code} ${formatBytes(err.max)}`;
  return (err as NodeJS.ErrnoException).code ?? String((err as Error).message ?? err);
}

/**
 * A file's text; throws TooLargeError past `max` bytes without reading further. With `regular`,
 * anything but a regular file is refused before it is opened (a FIFO without a writer would block
 * the open itself); password files and pasted logs leave it off, for `<(command)` and /dev/stdin.
 */
export async function readFileBounded(path: string, max: number, o: { regular?: boolean } = {}): Promise<string> {
  if (o.regular) {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    if (!st.isFile()) throw new NotRegularFileError();
  }
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(CHUNK, max + 1 - size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      size += bytesRead;
      if (size > max) throw new TooLargeError(max);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await fh.close();
  }
}

/** A file's first `max` bytes, and whether there was more (reading stops there, as for a stream). */
export async function readFileHead(path: string, max: number): Promise<{ text: string; truncated: boolean }> {
  const fh = await open(path, 'r');
  try {
    return await readStreamBounded(fh.createReadStream({ autoClose: false, highWaterMark: CHUNK }), max);
  } finally {
    await fh.close();
  }
}

/** A stream read until its end or past `max` bytes, whichever is first; then the stream is let go. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, max: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(b.subarray(0, max + 1 - size));
    size += Math.min(b.length, max + 1 - size);
    if (size > max) break; // leaving the loop ends the iteration: the stream is destroyed, nothing more is read
  }
  const all = Buffer.concat(chunks);
  return { text: all.subarray(0, max).toString('utf8'), truncated: size > max };
}
