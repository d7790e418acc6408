import fs from 'node:fs';

/** A CA bundle (a whole system store is about 200 KiB). */
const MAX_BYTES = 4 * 1024 * 1024;
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

interface ExtraCa {
  pems: string[];
  /** Why the file gives no certificate: it cannot be read (an errno code), or it holds none (''). */
  problem?: string;
}
const cache = new Map<string, ExtraCa>();

function load(path: string): ExtraCa {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, 'r');
    if (!fs.fstatSync(fd).isFile()) return { pems: [], problem: 'not a regular file' };
    const buf = Buffer.alloc(MAX_BYTES);
    const n = fs.readSync(fd, buf, 0, MAX_BYTES, 0);
    const pems = buf.subarray(0, n).toString('utf8').match(PEM) ?? [];
    return pems.length ? { pems } : { pems, problem: '' };
  } catch (err) {
    return { pems: [], problem: (err as NodeJS.ErrnoException).code ?? String((err as Error).message) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function extraCa(env: NodeJS.ProcessEnv): ExtraCa | undefined {
  const path = env.NODE_EXTRA_CA_CERTS;
  if (!path) return undefined;
  let e = cache.get(path);
  if (!e) cache.set(path, (e = load(path)));
  return e;
}

/**
 * The certificates of NODE_EXTRA_CA_CERTS (a company CA set that way). Node adds them to its default
 * store at startup, and an explicit `ca` replaces that store: so they are added again here. A file that
 * cannot be read gives none, as in Node (extraCaWarning says so). Read once per path, at most 4 MiB.
 */
export function extraCaCerts(env: NodeJS.ProcessEnv = process.env): string[] {
  return extraCa(env)?.pems ?? [];
}

/** The warning for a NODE_EXTRA_CA_CERTS file that gives no certificate: missing, unreadable or without PEM. */
export function extraCaWarning(env: NodeJS.ProcessEnv): { key: string; params: Record<string, string> } | undefined {
  const path = env.NODE_EXTRA_CA_CERTS;
  const e = extraCa(env);
  if (!path || e?.problem === undefined) return undefined;
  if (e.problem === '') return { key: 'warn.extra-ca-empty', params: { path } };
  return { key: 'warn.extra-ca-unreadable', params: { path, reason: e.problem } };
}
