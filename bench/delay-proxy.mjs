#!/usr/bin/env node
// A TCP proxy on 127.0.0.1 that adds a fixed delay to each chunk, per direction: a slow network, on loopback.
//
//   node bench/delay-proxy.mjs --to HOST:PORT [--delay MS] [--listen PORT] [--stats FILE] [--lifetime S]
//
// --delay MS      delay of every chunk in each direction (default 25: 50 ms round-trip time)
// --listen PORT   port on 127.0.0.1 (default 0: any free port)
// --stats FILE    one JSON line per closed connection: client flights, bytes each way, duration
// --lifetime S    the proxy exits by itself after S seconds (default 600, at most 3600)
//
// Prints the bound port on stdout, one line, once listening. Order is kept: the delay is the same for every
// chunk of one direction, and chunks leave in the order they arrived. The upstream connection is opened
// after one one-way delay, so the greeting reaches the client one round trip after its connect (the TCP
// handshake with the proxy itself is not delayed).
//
// Round trips: a client "flight" is data from the client after the server last spoke (or after connect).
// Each flight waits for the server's answer, so flights + 1 (the greeting) is the number of round trips the
// client waited for. A TLS handshake is two flights (ClientHello; Finished, usually with the next command).
import { appendFileSync } from 'node:fs';
import net from 'node:net';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
function fail(msg) {
  process.stderr.write(`delay-proxy: ${msg}\n`);
  process.exit(2);
}

const to = arg('to');
const delay = Number(arg('delay', '25'));
const listenPort = Number(arg('listen', '0'));
const statsFile = arg('stats');
const lifetime = Number(arg('lifetime', '600'));
if (!to || !/^[^:]+:\d+$/.test(to)) fail('--to HOST:PORT is required');
if (!Number.isFinite(delay) || delay < 0 || delay > 10_000) fail('--delay must be 0..10000 ms');
if (!Number.isInteger(listenPort) || listenPort < 0 || listenPort > 65535) fail('--listen must be a port');
if (!Number.isFinite(lifetime) || lifetime <= 0 || lifetime > 3600) fail('--lifetime must be 1..3600 s');
const [toHost, toPort] = [to.slice(0, to.lastIndexOf(':')), Number(to.slice(to.lastIndexOf(':') + 1))];

/** At most this many bytes may wait in one direction's delay line before the reader is paused. */
const MAX_QUEUED = 4 * 1024 * 1024;
const MAX_CONNECTIONS = 256;
const open = new Set();

/** Forward src -> dst, each chunk `delay` ms late, in order; paused while too much is in flight. */
function delayLine(src, dst, onChunk) {
  let queued = 0;
  src.on('data', (chunk) => {
    onChunk(chunk);
    queued += chunk.length;
    if (queued > MAX_QUEUED) src.pause();
    setTimeout(() => {
      queued -= chunk.length;
      if (!dst.destroyed) dst.write(chunk);
      if (queued <= MAX_QUEUED && src.isPaused()) src.resume();
    }, delay);
  });
  // The end of the stream travels as late as the data did.
  src.on('end', () => setTimeout(() => dst.end(), delay));
}

const server = net.createServer((client) => {
  if (open.size >= MAX_CONNECTIONS) return client.destroy();
  open.add(client);
  const started = Date.now();
  const s = { flights: 0, up: 0, down: 0 };
  let last = 'server'; // the greeting is awaited first
  client.pause();
  let upstream;
  const closeBoth = () => {
    client.destroy();
    upstream?.destroy();
  };
  client.on('error', closeBoth);
  client.on('close', () => {
    open.delete(client);
    upstream?.destroy();
    if (statsFile) appendFileSync(statsFile, `${JSON.stringify({ ...s, ms: Date.now() - started })}\n`);
  });
  setTimeout(() => {
    if (client.destroyed) return;
    upstream = net.connect({ host: toHost, port: toPort });
    upstream.on('error', closeBoth);
    upstream.on('close', () => setTimeout(() => client.destroy(), delay));
    delayLine(client, upstream, (c) => {
      s.up += c.length;
      if (last === 'server') s.flights += 1;
      last = 'client';
    });
    delayLine(upstream, client, (c) => {
      s.down += c.length;
      last = 'server';
    });
    client.resume();
  }, delay);
});

server.on('error', (err) => fail(err.message));
server.listen(listenPort, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
// Bounded: it stops by itself.
setTimeout(() => {
  for (const c of open) c.destroy();
  server.close();
  process.exit(0);
}, lifetime * 1000).unref();
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
