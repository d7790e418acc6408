import tls from 'node:tls';
import type { Facts } from '../core/types.js';

export type CertVerdict = 'trusted' | 'self-signed' | 'untrusted-issuer' | 'expired' | 'not-yet-valid' | 'wrong-name' | 'no-certificate';

export interface TlsInspection {
  verdict: CertVerdict;
  /** The verification error code (OpenSSL chain code or ERR_TLS_CERT_ALTNAME_INVALID). */
  code?: string;
  daysLeft?: number;
  facts: Facts;
}

const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const DAY = 86_400_000;

/**
 * Everything a person needs to judge the server's certificate, computed from a live
 * TLS socket. Verification is judged here (the socket is opened with
 * rejectUnauthorized false so the facts can be shown); the caller decides to stop.
 */
export function inspectTls(socket: tls.TLSSocket, servername: string, now: number): TlsInspection {
  const cert = socket.getPeerCertificate(true);
  const cipher = socket.getCipher();
  const facts: Facts = {
    protocol: socket.getProtocol() ?? null,
    cipher: cipher?.standardName ?? cipher?.name ?? null,
    servername,
  };
  if (!cert || !Object.keys(cert).length) {
    return { verdict: 'no-certificate', code: 'NO_PEER_CERTIFICATE', facts: { ...facts, verified: false } };
  }
  const sans = (cert.subjectaltname ?? '')
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const validTo = Date.parse(cert.valid_to);
  const daysLeft = Number.isFinite(validTo) ? Math.floor((validTo - now) / DAY) : undefined;
  const nameError = tls.checkServerIdentity(servername, cert);
  const matchedName = nameError ? undefined : findMatchingName(servername, sans, cert.subject?.CN);
  const selfSigned = cert.issuerCertificate === cert || sameName(cert.subject, cert.issuer);
  Object.assign(facts, {
    subject: nameString(cert.subject),
    issuer: nameString(cert.issuer),
    sans,
    validFrom: isoOrRaw(cert.valid_from),
    validTo: isoOrRaw(cert.valid_to),
    daysLeft: daysLeft ?? null,
    fingerprint256: cert.fingerprint256 ?? null,
    selfSigned,
    nameMatches: !nameError,
    matchedName: matchedName ?? null,
  });
  const authErr = socket.authorizationError as unknown;
  const authCode = typeof authErr === 'string' ? authErr : authErr instanceof Error ? ((authErr as NodeJS.ErrnoException).code ?? authErr.message) : undefined;
  const chainCode = authCode && authCode !== 'ERR_TLS_CERT_ALTNAME_INVALID' ? authCode : undefined;
  let verdict: CertVerdict = 'trusted';
  let code: string | undefined;
  if (chainCode === 'CERT_HAS_EXPIRED') verdict = 'expired';
  else if (chainCode === 'CERT_NOT_YET_VALID') verdict = 'not-yet-valid';
  else if (chainCode && SELF_SIGNED.has(chainCode)) verdict = 'self-signed';
  else if (chainCode) verdict = 'untrusted-issuer';
  else if (nameError) verdict = 'wrong-name';
  if (verdict !== 'trusted') code = chainCode ?? 'ERR_TLS_CERT_ALTNAME_INVALID';
  facts.verified = verdict === 'trusted';
  facts.verdict = verdict;
  if (code) facts.verifyError = code;
  const out: TlsInspection = { verdict, facts };
  if (code) out.code = code;
  if (daysLeft !== undefined) out.daysLeft = daysLeft;
  return out;
}

function nameString(n: tls.Certificate | undefined): string {
  if (!n) return '';
  return Object.entries(n)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

function sameName(a: tls.Certificate | undefined, b: tls.Certificate | undefined): boolean {
  return !!a && !!b && nameString(a) === nameString(b);
}

function isoOrRaw(s: string): string {
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : s;
}

/** Which SAN (or CN) entry made the name check pass, for the report. */
function findMatchingName(host: string, sans: string[], cn?: string | string[]): string | undefined {
  const h = host.toLowerCase();
  for (const san of sans) {
    const [type, value = ''] = san.split(/:(.*)/s);
    if (type === 'IP Address' && value === host) return san;
    if (type === 'DNS' && wildcardMatch(value.toLowerCase(), h)) return san;
  }
  const cns = Array.isArray(cn) ? cn : cn ? [cn] : [];
  const hit = cns.find((c) => wildcardMatch(c.toLowerCase(), h));
  return hit ? `CN=${hit}` : undefined;
}

function wildcardMatch(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const rest = pattern.slice(2);
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === rest;
}
