/**
 * The local CA of `smtp-doctor serve`: created on first use, kept in the user's config
 * directory and reused, so a developer trusts it once (NODE_EXTRA_CA_CERTS, --ca) and every
 * later sandbox certificate is trusted too.
 *
 *   ${SMTP_DOCTOR_CONFIG_DIR:-${XDG_CONFIG_HOME:-~/.config}/smtp-doctor}/ca.pem       (0644)
 *   ${SMTP_DOCTOR_CONFIG_DIR:-${XDG_CONFIG_HOME:-~/.config}/smtp-doctor}/ca-key.pem   (0600)
 *
 * Creation is safe against two `serve` processes starting at once: each writes its pair to
 * temporary files and publishes them with link(2), key first, so whoever sees ca.pem also
 * finds its key, and the loser of the race reads the winner's pair.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCa, issueCert, type Pem } from '../tls/pki.js';

import { CA_FILE, configDir } from './paths.js';

export const CA_KEY_FILE = 'ca-key.pem';
const CA_CN = 'smtp-doctor local development CA';

/** A problem with the local CA files, with a catalog key for the one-line message. */
export class LocalCaError extends Error {
  readonly key: string;
  readonly params: Record<string, string>;
  constructor(key: string, params: Record<string, string>, detail: string) {
    super(detail);
    this.name = 'LocalCaError';
    this.key = key;
    this.params = params;
  }
}

/**
 * mkdir -p without fs.mkdir({ recursive: true }): on Node 20 that can spin forever when a
 * parent refuses with ENOENT although it exists (e.g. under /proc). Bounded by the path depth.
 */
export async function makeDirs(dir: string, mode = 0o700): Promise<void> {
  const abs = path.resolve(dir);
  try {
    await fs.mkdir(abs, { mode });
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!(await fs.stat(abs)).isDirectory()) throw Object.assign(new Error(`${abs} is not a directory`), { code: 'ENOTDIR' });
      return;
    }
    const parent = path.dirname(abs);
    if (code !== 'ENOENT' || parent === abs) throw err;
    // The parent is missing: create it, then try once more (an ENOENT now is final).
    try {
      await fs.stat(parent);
    } catch {
      await makeDirs(parent, mode);
    }
    await fs.mkdir(abs, { mode }).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST' || !(await fs.stat(abs)).isDirectory()) throw again;
    });
  }
}


export interface LocalCa {
  caPem: string;
  caFile: string;
  /** true when this call created the CA */
  created: boolean;
}

interface LocalCaWithKey extends LocalCa {
  ca: Pem;
  keyFile: string;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function looksLikePem(s: string, label: RegExp): boolean {
  return label.test(s);
}

async function load(dir: string): Promise<LocalCaWithKey | undefined> {
  const caFile = path.join(dir, CA_FILE);
  const keyFile = path.join(dir, CA_KEY_FILE);
  let cert = await readIfExists(caFile);
  let key = await readIfExists(keyFile);
  if (!cert && key) {
    // Another process may be between publishing the key and the certificate.
    for (let i = 0; i < 20 && !cert; i++) {
      await sleep(100);
      cert = await readIfExists(caFile);
    }
    if (!cert) return undefined; // a key nobody's certificate belongs to: start over
    key = await readIfExists(keyFile);
  }
  if (!cert) return undefined;
  if (!key) throw new LocalCaError('serve.err.ca-incomplete', { caFile, keyFile }, `${caFile} exists but ${keyFile} is missing`);
  if (!looksLikePem(cert, /-----BEGIN CERTIFICATE-----/) || !looksLikePem(key, /-----BEGIN PRIVATE KEY-----/)) {
    throw new LocalCaError('serve.err.ca-unreadable', { caFile, keyFile }, `${caFile} or ${keyFile} is not PEM`);
  }
  if (process.platform !== 'win32') {
    // The key signs certificates every Node process with NODE_EXTRA_CA_CERTS trusts: keep it private.
    const st = await fs.stat(keyFile);
    if ((st.mode & 0o077) !== 0) await fs.chmod(keyFile, 0o600);
  }
  return { caPem: cert, caFile, keyFile, created: false, ca: { cert, key } };
}

async function create(dir: string): Promise<LocalCaWithKey> {
  const caFile = path.join(dir, CA_FILE);
  const keyFile = path.join(dir, CA_KEY_FILE);
  const ca = await createCa({ cn: CA_CN });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmpKey = path.join(dir, `.${CA_KEY_FILE}.${tag}`);
  const tmpCert = path.join(dir, `.${CA_FILE}.${tag}`);
  try {
    await fs.writeFile(tmpKey, ca.key, { mode: 0o600, flag: 'wx' });
    await fs.writeFile(tmpCert, ca.cert, { mode: 0o644, flag: 'wx' });
    try {
      // A stale key without certificate (an interrupted first run) is replaced.
      if ((await readIfExists(keyFile)) !== undefined && (await readIfExists(caFile)) === undefined) await fs.rm(keyFile, { force: true });
      await fs.link(tmpKey, keyFile);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Someone else won the race: use theirs.
      const theirs = await load(dir);
      if (theirs) return theirs;
      throw err;
    }
    await fs.link(tmpCert, caFile);
    return { caPem: ca.cert, caFile, keyFile, created: true, ca };
  } finally {
    await fs.rm(tmpKey, { force: true });
    await fs.rm(tmpCert, { force: true });
  }
}

async function ensure(env: NodeJS.ProcessEnv): Promise<LocalCaWithKey> {
  const dir = configDir(env);
  try {
    await makeDirs(dir);
    return (await load(dir)) ?? (await create(dir));
  } catch (err) {
    if (err instanceof LocalCaError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new LocalCaError('serve.err.ca', { dir, reason: e.code ?? e.message }, `${dir}: ${e.message}`);
  }
}

/** The local CA, created on first use (created: true) and read back on every later call. */
export async function ensureLocalCa(env: NodeJS.ProcessEnv): Promise<LocalCa> {
  const { caPem, caFile, created } = await ensure(env);
  return { caPem, caFile, created };
}

/** Names the sandbox certificate is valid for, besides an explicit --listen address. */
export const LOCAL_NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] };

/**
 * The local CA and a fresh server certificate it signs for localhost, 127.0.0.1 and ::1 (plus
 * `extra` names). The leaf is made on every start (an ECDSA key takes milliseconds) and never
 * written to disk.
 */
export async function localServerCert(env: NodeJS.ProcessEnv, extra: { dns?: string[]; ips?: string[] } = {}): Promise<LocalCa & { cert: Pem }> {
  const local = await ensure(env);
  const dns = [...new Set([...LOCAL_NAMES.dns, ...(extra.dns ?? [])])];
  const ips = [...new Set([...LOCAL_NAMES.ips, ...(extra.ips ?? [])])];
  let cert: Pem;
  try {
    cert = await issueCert(local.ca, { cn: 'localhost', dns, ips, notAfter: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000) });
  } catch (err) {
    throw new LocalCaError('serve.err.ca-unreadable', { caFile: local.caFile, keyFile: local.keyFile }, (err as Error).message);
  }
  return { caPem: local.caPem, caFile: local.caFile, created: local.created, cert };
}
