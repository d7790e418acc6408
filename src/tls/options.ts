import tls from 'node:tls';
import type { CheckOptions } from '../core/options.js';
import { extraCaCerts } from './extra-ca.js';

/** Will the connection be TLS from the first byte? */
export function isImplicitTls(o: Pick<CheckOptions, 'security' | 'port'>): boolean {
  return o.security === 'tls' || (o.security === 'auto' && o.port === 465);
}

const contexts = new Map<string, tls.SecureContext>();

/**
 * System roots, NODE_EXTRA_CA_CERTS and the extra CAs (--ca): --ca adds, never replaces. One context per
 * set of extra CAs, made once per process.
 */
function secureContextWith(ca: string[]): tls.SecureContext {
  const extra = [...extraCaCerts(), ...ca];
  const key = extra.join('\n');
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = withExtraCas(extra);
    contexts.set(key, ctx);
  }
  return ctx;
}

type NativeContext = { addCACert?: (pem: string) => void };

/**
 * Node's default trust store plus `extra`. A context made without `ca` uses the process's shared root
 * store (Node's bundled roots, parsed once); adding a CA to it first gives that context a copy of its own
 * (Node's SecureContext::SetCACert), so nothing else comes to trust these CAs. That costs about 1 ms,
 * where `ca: [...tls.rootCertificates, ...extra]` parses the ~150 roots from PEM again: about 20 ms, on
 * every check with --ca. The copy holds the bundled roots only, hence NODE_EXTRA_CA_CERTS's CAs in `extra`.
 * Where the native handle is not there (another runtime), the documented, slower way.
 */
function withExtraCas(extra: string[]): tls.SecureContext {
  const ctx = tls.createSecureContext();
  const native = (ctx as unknown as { context?: NativeContext }).context;
  if (typeof native?.addCACert !== 'function') {
    return tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra] });
  }
  for (const pem of extra) native.addCACert(pem);
  return ctx;
}

/** TLS options for both implicit TLS and STARTTLS: verification is judged by smtp-doctor itself. */
export function tlsOptions(o: Pick<CheckOptions, 'ca' | 'tlsServername' | 'host'>): tls.ConnectionOptions {
  const opts: tls.ConnectionOptions = { rejectUnauthorized: false };
  if (o.ca.length) opts.secureContext = secureContextWith(o.ca);
  const sni = o.tlsServername ?? o.host;
  if (sni && !/^[\d.]+$|:/.test(sni)) opts.servername = sni;
  return opts;
}
