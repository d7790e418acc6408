/**
 * Scripted raw TCP / TLS server for byte-exact SMTP faults (multi-line replies,
 * bare LF, truncated greetings, resets, tarpits ...). Binds 127.0.0.1:0 only.
 *
 * Every accepted connection runs `script` from the top:
 *   { send }     write exactly these bytes (write "\r\n" yourself)
 *   { expect }   wait for the next client line (CRLF/LF stripped). RegExp: tested
 *                against the line; string: case-insensitive prefix match. A line
 *                that does not match is recorded in `mismatches`, answered with
 *                "500 unexpected\r\n", and the step keeps waiting for a matching line.
 *   { wait }     sleep ms
 *   { starttls } upgrade the connection to TLS (server side) with
 *                opts.starttlsCert (default: createTestPki().good); send the
 *                "220 ..." reply to STARTTLS yourself before this step
 *   { close }    end the socket (FIN) - script stops
 *   { destroy }  reset the socket (RST where supported) - script stops
 * After the script: every further line is only recorded, except QUIT which gets
 * "221 bye\r\n" and a close. With `silent: true` nothing is ever sent (tarpit);
 * lines are still recorded and the connection stays open until close().
 */
import net from 'node:net';
import tls from 'node:tls';
import { createTestPki } from './certs.js';

export type Step =
  | { send: string }
  | { expect: RegExp | string }
  | { wait: number }
  | { starttls: true }
  | { close: true }
  | { destroy: true };

export interface RawServerOptions {
  script: Step[];
  /** implicit TLS from the first byte */
  tls?: { key: string; cert: string };
  /** certificate for { starttls: true } steps; default createTestPki().good */
  starttlsCert?: { key: string; cert: string };
  /** accept, never send anything (tarpit), keep open until closed */
  silent?: boolean;
}

export interface RawServer {
  port: number;
  host: '127.0.0.1';
  /** client lines in order (all connections), without CRLF */
  received: string[];
  /** expect steps that saw a non-matching line */
  mismatches: Array<{ expected: string; got: string }>;
  /** accepted TCP connections */
  connections: number;
  close(): Promise<void>;
}

const MAX_BUFFER = 64 * 1024;

/** Line reader over a socket that can be swapped (for STARTTLS). */
class LineReader {
  private buf: Buffer = Buffer.alloc(0);
  private queue: string[] = [];
  private queuedBytes = 0;
  private waiter: ((line: string | null) => void) | undefined;
  private ended = false;
  private socket: net.Socket;
  private readonly onData = (chunk: Buffer): void => this.push(chunk);
  private readonly onEnd = (): void => this.finish();

  constructor(
    socket: net.Socket,
    private readonly record: (line: string) => void,
  ) {
    this.socket = socket;
    this.attach(socket);
  }

  private attach(socket: net.Socket): void {
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('close', this.onEnd);
  }

  /** stop reading from the current socket (before a TLS upgrade) */
  detach(): void {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onEnd);
    // plaintext received after STARTTLS must not leak into the TLS session
    this.buf = Buffer.alloc(0);
  }

  reattach(socket: net.Socket): void {
    this.socket = socket;
    this.attach(socket);
  }

  private push(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    let nl: number;
    while ((nl = this.buf.indexOf(0x0a)) !== -1) {
      let lineBuf = this.buf.subarray(0, nl);
      this.buf = this.buf.subarray(nl + 1);
      if (lineBuf.length && lineBuf[lineBuf.length - 1] === 0x0d) lineBuf = lineBuf.subarray(0, -1);
      this.deliver(lineBuf.toString('utf8'));
    }
    // cap a partial line: keep only the first 64 KiB of it
    if (this.buf.length > MAX_BUFFER) this.buf = Buffer.from(this.buf.subarray(0, MAX_BUFFER));
  }

  private deliver(line: string): void {
    this.record(line);
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(line);
      return;
    }
    // cap lines queued for later expect steps
    if (this.queuedBytes + line.length > MAX_BUFFER) return;
    this.queue.push(line);
    this.queuedBytes += line.length;
  }

  private finish(): void {
    this.ended = true;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(null);
    }
  }

  /** next line, or null once the peer has gone */
  next(): Promise<string | null> {
    const line = this.queue.shift();
    if (line !== undefined) {
      this.queuedBytes -= line.length;
      return Promise.resolve(line);
    }
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}

function matches(expect: RegExp | string, line: string): boolean {
  if (typeof expect === 'string') return line.toUpperCase().startsWith(expect.toUpperCase());
  expect.lastIndex = 0;
  return expect.test(line);
}

type Resettable = net.Socket & { resetAndDestroy?: () => net.Socket };

/**
 * Abort with a TCP RST where Node supports it (resetAndDestroy, Node >= 16.17),
 * else a plain destroy. For TLS the RST goes to the underlying TCP socket, on
 * the next tick: resetting it synchronously from inside a TLS write callback
 * was observed to end in an orderly FIN instead.
 */
function resetSocket(socket: net.Socket): void {
  if (socket instanceof tls.TLSSocket) {
    const raw = (socket as tls.TLSSocket & { _parent?: Resettable | null })._parent;
    setTimeout(() => {
      if (raw && typeof raw.resetAndDestroy === 'function' && !raw.destroyed) raw.resetAndDestroy();
      socket.destroy();
    }, 0);
    return;
  }
  const s = socket as Resettable;
  if (typeof s.resetAndDestroy === 'function') s.resetAndDestroy();
  else socket.destroy();
}

function write(socket: net.Socket, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed || !socket.writable) return resolve();
    socket.write(data, () => resolve());
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startRawServer(opts: RawServerOptions): Promise<RawServer> {
  const received: string[] = [];
  const mismatches: Array<{ expected: string; got: string }> = [];
  const sockets = new Set<net.Socket>();
  const needsStarttls = opts.script.some((s) => 'starttls' in s);
  const starttlsCert = needsStarttls ? (opts.starttlsCert ?? (await createTestPki()).good) : undefined;
  let closed = false;

  const state: RawServer = {
    port: 0,
    host: '127.0.0.1',
    received,
    mismatches,
    connections: 0,
    close: () => Promise.resolve(),
  };

  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('error', () => {
      /* peers reset; never crash the test process */
    });
    socket.once('close', () => sockets.delete(socket));
  };

  const run = async (initial: net.Socket): Promise<void> => {
    let socket = initial;
    const reader = new LineReader(socket, (line) => received.push(line));
    if (opts.silent) return; // tarpit: record lines, never answer

    for (const step of opts.script) {
      if (closed || socket.destroyed) return;
      if ('send' in step) {
        await write(socket, step.send);
      } else if ('expect' in step) {
        for (;;) {
          const line = await reader.next();
          if (line === null) return;
          if (matches(step.expect, line)) break;
          mismatches.push({ expected: String(step.expect), got: line });
          await write(socket, '500 unexpected\r\n');
        }
      } else if ('wait' in step) {
        await sleep(step.wait);
      } else if ('starttls' in step) {
        if (!starttlsCert) throw new Error('unreachable: starttls cert missing');
        reader.detach();
        const secure = new tls.TLSSocket(socket, {
          isServer: true,
          secureContext: tls.createSecureContext({ key: starttlsCert.key, cert: starttlsCert.cert }),
        });
        track(secure);
        const ok = await new Promise<boolean>((resolve) => {
          secure.once('secure', () => resolve(true));
          secure.once('error', () => resolve(false));
          secure.once('close', () => resolve(false));
        });
        if (!ok) {
          socket.destroy();
          return;
        }
        socket = secure;
        reader.reattach(secure);
      } else if ('close' in step) {
        socket.end();
        return;
      } else if ('destroy' in step) {
        resetSocket(socket);
        return;
      }
    }

    // script finished: record everything, answer only QUIT
    for (;;) {
      const line = await reader.next();
      if (line === null) return;
      if (/^QUIT\b/i.test(line.trim())) {
        await write(socket, '221 bye\r\n');
        socket.end();
        return;
      }
    }
  };

  const onSocket = (socket: net.Socket): void => {
    track(socket);
    run(socket).catch(() => {
      socket.destroy();
    });
  };

  let server: net.Server;
  if (opts.tls) {
    const tlsServer = tls.createServer({ key: opts.tls.key, cert: opts.tls.cert }, onSocket);
    tlsServer.on('tlsClientError', () => {
      /* client rejected our certificate etc. */
    });
    server = tlsServer;
  } else {
    server = net.createServer(onSocket);
  }
  server.on('connection', (socket: net.Socket) => {
    state.connections++;
    track(socket);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('raw server did not bind a TCP port');
  state.port = address.port;

  let closing: Promise<void> | undefined;
  state.close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      closed = true;
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
      sockets.clear();
    });
    return closing;
  };

  return state;
}

/** A 127.0.0.1 port that refuses connections (was free a moment ago). */
export async function startClosedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('could not bind a TCP port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}
