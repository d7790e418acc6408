import type { Msg, StepResult } from '../core/types.js';

/** smtp-doctor's local sandbox CA, trusted for loopback hosts: its file and subject (X509Certificate.subject). */
export interface LocalCa {
  path: string;
  subject: string;
}

/** A distinguished name as a sorted list of its RDNs: "O=a, CN=b" and "CN=b\nO=a" are the same name. */
const rdns = (parts: string[]): string => parts.map((p) => p.trim()).filter(Boolean).sort().join('\n');

/**
 * The note "Trusting smtp-doctor's local sandbox CA", only when it mattered: a TLS step ran and verified a
 * leaf certificate issued by that CA (the issuer named in the step's facts is the CA's subject).
 */
export function localCaNote(ca: LocalCa | undefined, steps: readonly StepResult[]): Msg | undefined {
  const f = steps.find((s) => s.id === 'tls')?.facts;
  if (!ca || !f || f.verified !== true || typeof f.issuer !== 'string') return undefined;
  if (rdns(f.issuer.split(', ')) !== rdns(ca.subject.split('\n'))) return undefined;
  return { key: 'note.local-ca', params: { path: ca.path } };
}
