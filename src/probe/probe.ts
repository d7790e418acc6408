import net from 'node:net';
import pLimit from 'p-limit';
import type { Address, Context } from '../core/context.js';
import { withTimeout } from '../core/context.js';
import type { CheckOptions, Security } from '../core/options.js';
import type { Msg } from '../core/types.js';
import { probeMode, type ModeProbeResult } from '../smtp/mode-probe.js';
import { tlsOptions } from '../tls/options.js';
import { errorFields } from '../steps/step.js';
import { oneLine } from '../core/text.js';
import { routeFor } from '../proxy/settings.js';

export const STANDARD_PORTS = [25, 465, 587, 2525];
/**
 * At most this many connections at once. The pool is sized to the work up to this cap, so the
 * usual probe (5 ports, both modes, both families = 20 connections) finishes in one timeout.
 */
export const PROBE_CONCURRENCY = 32;

export type RowMode = 'tls' | 'starttls' | 'plain' | 'none';

/** One port on one address family: what it speaks and how well. */
export interface ProbeRow {
  port: number;
  family: 4 | 6;
  address: string;
  /** tls = implicit TLS; starttls = plain SMTP + STARTTLS; plain = no TLS offered; none = no SMTP answered. */
  mode: RowMode;
  /** connected, refused, timeout, unreachable, reset, error (how the TCP connection went). */
  connect: string;
  banner?: string;
  authBeforeTls: string[];
  authAfterTls: string[];
  certVerdict?: string;
  certCode?: string;
  certDaysLeft?: number;
  tlsProtocol?: string;
  /** Why the row does not work, when it does not. */
  problem?: string;
  ms: number;
}

export interface Recommendation {
  port: number;
  security: Exclude<Security, 'auto'>;
  family?: 4 | 6;
  /** Why this one (message key). */
  why: Msg;
  /** TLS modes only: false when the certificate did not verify (accepted by --insecure, or trustNeeded). */
  certificateVerified?: boolean;
  /** TLS works but its certificate is not trusted (without --insecure): trust it (--ca) before relying on it. */
  trustNeeded?: boolean;
}

export interface ProbeResult {
  host: string;
  addresses: Address[];
  rows: ProbeRow[];
  recommendation?: Recommendation;
  /** What the pattern of results says about the network this runs from. */
  findings: Msg[];
  ms: number;
  dnsError?: string;
  /** Probed with --insecure: untrusted certificates were accepted (and say so). */
  insecure?: boolean;
}

export interface ProbeOptions
  extends Pick<CheckOptions, 'host' | 'helo' | 'tlsServername' | 'ca' | 'family' | 'timeouts' | 'insecure' | 'proxy'> {
  ports: number[];
  /** Credentials were given: the recommendation must offer AUTH over TLS. */
  wantAuth: boolean;
}

/**
 * The ports to try: exactly `only` when the user listed ports (--ports), otherwise the user's
 * port first and then the standard ones; without repeats.
 */
export function candidatePorts(userPorts: number[], only?: number[]): number[] {
  return [...new Set(only?.length ? [...userPorts, ...only] : [...userPorts, ...STANDARD_PORTS])];
}

/**
 * Try every port, both ways (implicit TLS and plain SMTP with STARTTLS), on each address
 * family, all at once through a bounded pool: the whole probe takes about one timeout.
 */
export async function probe(ctx: Context, o: ProbeOptions): Promise<ProbeResult> {
  const started = ctx.now();
  ctx = routeFor(ctx, o.host, o.proxy);
  let all: Address[];
  try {
    // A proxy that resolves names (socks5h, socks4a, http) is given the name itself.
    all = ctx.proxy?.remoteDns && !net.isIP(o.host)
      ? [{ address: o.host, family: 4 }]
      : await withTimeout(ctx.resolver.lookup(o.host), o.timeouts.dns);
  } catch (err) {
    return { host: o.host, addresses: [], rows: [], findings: [{ key: 'probe.dns-failed', params: { host: o.host } }], ms: Math.round(ctx.now() - started), dnsError: errorFields(err).code ?? 'DNS' };
  }
  // One address per family: enough to tell "IPv6 broken, IPv4 works" without a connection storm.
  const perFamily: Address[] = [];
  for (const fam of [4, 6] as const) {
    if (o.family && o.family !== fam) continue;
    const a = all.find((x) => x.family === fam);
    if (a) perFamily.push(a);
  }
  const limit = pLimit(Math.min(PROBE_CONCURRENCY, Math.max(1, 2 * perFamily.length * o.ports.length)));
  const tlsOpts = tlsOptions(o);
  const timeoutMs = Math.min(o.timeouts.connect, o.timeouts.greeting, o.timeouts.tls);
  const jobs: Array<Promise<ProbeRow>> = [];
  for (const address of perFamily) {
    for (const port of o.ports) {
      const base = { address, port, servername: o.tlsServername ?? o.host, helo: o.helo, timeoutMs, tls: tlsOpts };
      // A port that greets in implicit TLS is that row (TLS wins in toRow): the plaintext try,
      // which can only wait for a greeting that never comes, is stopped then.
      const stopPlain = new AbortController();
      const tls = limit(() => probeMode(ctx, 'tls', base)).then((r) => {
        if (r.works) stopPlain.abort();
        return r;
      });
      const plain = limit(() => probeMode(ctx, 'plain', { ...base, upgrade: true, signal: stopPlain.signal }));
      jobs.push(Promise.all([tls, plain]).then(([t, p]) => toRow(port, address, t, p)));
    }
  }
  const rows = await Promise.all(jobs);
  const findings = vantage(rows);
  const recommendation = recommend(rows, o);
  const ms = Math.round(ctx.now() - started);
  const result: ProbeResult = { host: o.host, addresses: all, rows, findings, ms, insecure: Boolean(o.insecure) };
  if (recommendation) result.recommendation = recommendation;
  return result;
}

function toRow(port: number, address: Address, t: ModeProbeResult, p: ModeProbeResult): ProbeRow {
  const base = { port, family: address.family, address: address.address, authBeforeTls: [] as string[], authAfterTls: [] as string[] };
  if (t.works) {
    const row: ProbeRow = { ...base, mode: 'tls', connect: 'connected', authAfterTls: one(t.auth), ms: t.ms };
    if (t.banner) row.banner = firstLine(t.banner);
    addCert(row, t);
    return row;
  }
  if (p.works) {
    const upgraded = p.upgraded === true;
    const mode = p.starttls ? 'starttls' : 'plain';
    const auth = { authBeforeTls: one(p.auth), authAfterTls: one(p.authAfterTls) };
    const row: ProbeRow = { ...base, mode, connect: 'connected', ...auth, ms: p.ms };
    if (p.banner) row.banner = firstLine(p.banner);
    if (p.starttls && !upgraded) row.problem = 'starttls-failed';
    addCert(row, p);
    return row;
  }
  // Neither worked: the connection outcome says why (refused, filtered, or not SMTP at all).
  const connect = p.connect !== 'connected' ? p.connect : t.connect;
  const row: ProbeRow = { ...base, mode: 'none', connect, ms: Math.max(t.ms, p.ms) };
  row.problem = connect === 'connected' ? greetingProblem(p) : `connect-${connect}`;
  if (p.banner) row.banner = firstLine(p.banner);
  return row;
}

/** A 220 greeting and then a close is not a refusal; any other greeting is. */
function greetingProblem(p: ModeProbeResult): string {
  if (!p.banner) return 'no-smtp-greeting';
  return p.banner.startsWith('220') && p.code === 'ECONNRESET' ? 'closed-after-greeting' : 'greeting-rejected';
}

function addCert(row: ProbeRow, r: ModeProbeResult): void {
  if (r.tlsProtocol) row.tlsProtocol = r.tlsProtocol;
  if (!r.cert) return;
  row.certVerdict = r.cert.verdict;
  if (r.cert.code) row.certCode = r.cert.code;
  if (r.cert.daysLeft !== undefined) row.certDaysLeft = r.cert.daysLeft;
}

const firstLine = (s: string): string => oneLine((s.split('\n')[0] ?? '').slice(0, 200));
/** The server's AUTH keywords are its words: escaped once, here, before any renderer sees them. */
const one = (words: string[] | undefined): string[] => (words ?? []).map(oneLine);

/** How good a working row is for submitting mail; undefined when it must not be recommended. */
export function rowScore(r: ProbeRow, o: { wantAuth: boolean; insecure: boolean }): number | undefined {
  if (r.mode === 'none' || r.problem) return undefined;
  const tls = r.mode === 'tls' || r.mode === 'starttls';
  if (!tls && o.wantAuth) return undefined; // never credentials in cleartext
  const trusted = r.certVerdict === 'trusted';
  // TLS whose only problem is its certificate still ranks above no encryption (it is recommended with the
  // certificate to fix); trusted TLS ranks above both.
  let s = tls ? 100 : 10;
  if (trusted) s += 20;
  if (o.wantAuth && r.authAfterTls.length === 0) return undefined;
  if (r.mode === 'tls') s += 3; // RFC 8314 prefers implicit TLS for submission
  if (r.port === 587 || r.port === 465) s += 2;
  if (r.port === 25) s -= 5; // relay port; often filtered, not for submission
  if (r.family === 4) s += 1;
  return s;
}

export function recommend(rows: ProbeRow[], o: { wantAuth: boolean; insecure: boolean }): Recommendation | undefined {
  let best: { r: ProbeRow; s: number } | undefined;
  for (const r of rows) {
    const s = rowScore(r, o);
    if (s !== undefined && (!best || s > best.s)) best = { r, s };
  }
  if (!best) return undefined;
  const r = best.r;
  const security = r.mode === 'tls' ? 'tls' : r.mode === 'starttls' ? 'starttls' : 'none';
  const verified = r.certVerdict === 'trusted';
  // A certificate accepted only because of --insecure is never called verified.
  const trustNeeded = security !== 'none' && !verified && !o.insecure;
  const suffix = trustNeeded ? '-untrusted' : security !== 'none' && !verified ? '-unverified' : '';
  const why: Msg = { key: `probe.why.${security}${suffix}`, params: { port: r.port, verdict: '-' } };
  if (r.certVerdict) why.parts = { verdict: [{ key: `verdict.${r.certVerdict}` }] };
  const rec: Recommendation = { port: r.port, security, why };
  if (security !== 'none') rec.certificateVerified = verified;
  if (trustNeeded) rec.trustNeeded = true;
  // Only when the other family is broken does the family matter to the user.
  if (rows.some((x) => x.port === r.port && x.family !== r.family && x.mode === 'none')) rec.family = r.family;
  return rec;
}

/** What the pattern says about the network: filtered 25, everything filtered, broken IPv6. */
export function vantage(rows: ProbeRow[]): Msg[] {
  const out: Msg[] = [];
  const timedOut = (r: ProbeRow): boolean => r.connect === 'timeout' || r.connect === 'unreachable';
  const works = (r: ProbeRow): boolean => r.mode !== 'none';
  if (rows.length && rows.every(timedOut)) out.push({ key: 'probe.all-filtered' });
  else if (rows.some((r) => r.port === 25 && timedOut(r)) && rows.some((r) => r.port !== 25 && works(r))) out.push({ key: 'probe.port25-filtered' });
  const v6broken = rows.some((r) => r.family === 6 && (timedOut(r) || r.connect === 'refused')) && rows.some((r) => r.family === 4 && works(r));
  const v6works = rows.some((r) => r.family === 6 && works(r));
  if (v6broken && !v6works) out.push({ key: 'probe.ipv6-broken' });
  return out;
}
