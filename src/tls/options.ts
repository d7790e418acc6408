import tls from 'node:tls';
import type { CheckOptions } from '../core/options.js';
import { extraCaCerts } from './extra-ca.js';

/** Will the connection be TLS from the first byte? */
export function isImplicitTls(o: Pick<CheckOptions, 'security' | 'port'>): boolean {
  return o.security === 'tls' || (o.security === 'auto' && o.port === 465);
}

const contexts = new Map<string, tls.SecureContext>();

/**
 * System roots, NODE_EXTRA_CA_CERTS and the extra CAs (--ca): --ca adds, never replaces. Parsed
 * once per process (parsing ~150 roots costs tens of ms).
 */
function secureContextWith(ca: string[]): tls.SecureContext {
  const all = [...tls.rootCertificates, ...extraCaCerts(), ...ca];
  const key = all.slice(tls.rootCertificates.length).join('\n');
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = tls.createSecureContext({ ca: all });
    contexts.set(key, ctx);
  }
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
