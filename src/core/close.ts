import type { Socket } from 'node:net';

/**
 * Destroy a stack of streams, the outermost first (the TLS socket, then the raw socket under it).
 * The other order crashes Node 20.20 outright (a segmentation fault, not an exception) when the raw
 * socket under a live TLS 1.0 session is destroyed first: `test/live-transport.test.ts` ("old TLS
 * versions and ciphers") is the case.
 */
export function closeAll(streams: readonly Socket[]): void {
  for (let i = streams.length - 1; i >= 0; i--) streams[i]!.destroy();
}
