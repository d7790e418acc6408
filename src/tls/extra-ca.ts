import fs from 'node:fs';

/** A CA bundle (a whole system store is about 200 KiB). */
const MAX_BYTES = 4 * 1024 * 1024;
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const cache = new Map<string, string[]>();

/**
 * The certificates of NODE_EXTRA_CA_CERTS (a company CA set that way). Node adds them to its default
 * store at startup, and an explicit `ca` replaces that store: so they are added again here. A file that
 * cannot be read gives none, as Node itself only warns about it. Read once per path, at most 4 MiB.
 */
export function extraCaCerts(env: NodeJS.ProcessEnv = process.env): string[] {
  const path = env.NODE_EXTRA_CA_CERTS;
  if (!path) return [];
  let pems = cache.get(path);
  if (!pems) {
    pems = [];
    let fd: number | undefined;
    try {
      fd = fs.openSync(path, 'r');
      if (fs.fstatSync(fd).isFile()) {
        const buf = Buffer.alloc(MAX_BYTES);
        const n = fs.readSync(fd, buf, 0, MAX_BYTES, 0);
        pems = buf.subarray(0, n).toString('utf8').match(PEM) ?? [];
      }
    } catch {
      pems = [];
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
    cache.set(path, pems);
  }
  return pems;
}
