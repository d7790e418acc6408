import pLimit from 'p-limit';
import type { Address, Context } from '../core/context.js';
import { withTimeout } from '../core/context.js';
import type { Timeouts } from '../core/options.js';
import type { Msg } from '../core/types.js';
import { probeMode, type ModeProbeResult } from '../smtp/mode-probe.js';
import { tlsOptions } from '../tls/options.js';
import { errorFields } from '../steps/step.js';
import { routeFor, type ProxySettings } from '../proxy/settings.js';

export const MX_CONCURRENCY = 4;

export interface PtrResult {
  address: string;
  names: string[];
  /** One of the PTR names resolves back to the address (forward-confirmed reverse DNS). */
  forwardConfirmed: boolean;
}

export interface MxHost {
  exchange: string;
  preference: number;
  addresses: string[];
  ptr?: PtrResult;
  /** What port 25 (or --port) answered on the first address. */
  smtp?: ModeProbeResult;
  ok: boolean;
  problem?: string;
}

export interface MxResult {
  domain: string;
  /** mx: MX records; implicit: none, the A/AAAA address is used; null: RFC 7505 "no mail"; none: nothing. */
  kind: 'mx' | 'implicit' | 'null' | 'none';
  hosts: MxHost[];
  verdict: Msg;
  ms: number;
  dnsError?: string;
}

export interface MxOptions {
  domain: string;
  port: number;
  helo: string;
  ca: string[];
  timeouts: Timeouts;
  /** Connect to each exchange through this proxy, unless NO_PROXY lists it. */
  proxy?: ProxySettings;
}

const NO_DATA = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN', 'ENONAME']);

async function ptrOf(ctx: Context, address: string, timeoutMs: number): Promise<PtrResult> {
  let names: string[] = [];
  try {
    names = await withTimeout(ctx.resolver.reverse(address), timeoutMs);
  } catch {
    return { address, names: [], forwardConfirmed: false };
  }
  for (const name of names.slice(0, 5)) {
    try {
      const back = await withTimeout(ctx.resolver.lookup(name), timeoutMs);
      if (back.some((a) => a.address === address)) return { address, names, forwardConfirmed: true };
    } catch {
      /* try the next name */
    }
  }
  return { address, names, forwardConfirmed: false };
}

async function checkHost(ctx: Context, o: MxOptions, exchange: string, preference: number): Promise<MxHost> {
  const host: MxHost = { exchange, preference, addresses: [], ok: false };
  let addrs: Address[];
  try {
    addrs = await withTimeout(ctx.resolver.lookup(exchange), o.timeouts.dns);
  } catch (err) {
    host.problem = `dns-${errorFields(err).code ?? 'error'}`;
    return host;
  }
  host.addresses = addrs.map((a) => a.address);
  const first = addrs.find((a) => a.family === 4) ?? addrs[0]!;
  const [ptr, smtp] = await Promise.all([
    ptrOf(ctx, first.address, o.timeouts.dns),
    probeMode(routeFor(ctx, exchange, o.proxy), 'plain', {
      address: first,
      port: o.port,
      servername: exchange,
      helo: o.helo,
      timeoutMs: Math.min(o.timeouts.connect, o.timeouts.greeting),
      tls: tlsOptions({ ca: o.ca, host: exchange }),
      upgrade: true,
    }),
  ]);
  host.ptr = ptr;
  host.smtp = smtp;
  host.ok = smtp.works;
  if (!smtp.works) host.problem = smtp.connect !== 'connected' ? `connect-${smtp.connect}` : smtp.banner ? 'greeting-rejected' : 'no-smtp-greeting';
  return host;
}

/**
 * Inbound mail triage: the MX records in preference order (implicit MX when none, null MX
 * per RFC 7505), and for each host its addresses, reverse DNS, greeting, EHLO, STARTTLS and
 * certificate, checked concurrently with a bound.
 */
export async function checkMx(ctx: Context, o: MxOptions): Promise<MxResult> {
  const started = ctx.now();
  const done = (r: Omit<MxResult, 'ms'>): MxResult => ({ ...r, ms: Math.round(ctx.now() - started) });
  let records: Array<{ exchange: string; priority: number }>;
  try {
    records = await withTimeout(ctx.resolver.resolveMx(o.domain), o.timeouts.dns);
  } catch (err) {
    const code = errorFields(err).code;
    // SERVFAIL, a timeout, a refused query: the lookup failed, which says nothing about the records.
    if (!code || !NO_DATA.has(code)) {
      return done({ domain: o.domain, kind: 'none', hosts: [], verdict: { key: 'mx.dns-error', params: { domain: o.domain, code: code ?? 'DNS' } }, dnsError: code ?? 'DNS' });
    }
    records = [];
  }
  if (records.length === 1 && (records[0]!.exchange === '' || records[0]!.exchange === '.')) {
    return done({ domain: o.domain, kind: 'null', hosts: [], verdict: { key: 'mx.null', params: { domain: o.domain } } });
  }
  let kind: MxResult['kind'] = 'mx';
  if (!records.length) {
    try {
      await withTimeout(ctx.resolver.lookup(o.domain), o.timeouts.dns);
      kind = 'implicit';
      records = [{ exchange: o.domain, priority: 0 }];
    } catch (err) {
      const code = errorFields(err).code;
      // No MX, and the address lookup failed (SERVFAIL, timeout): nothing is known about delivery.
      const key = code && !NO_DATA.has(code) ? 'mx.address-lookup-failed' : 'mx.none';
      const verdict = { key, params: { domain: o.domain, code: code ?? 'DNS' } };
      return done({ domain: o.domain, kind: 'none', hosts: [], verdict, dnsError: code ?? 'ENOTFOUND' });
    }
  }
  records.sort((a, b) => a.priority - b.priority);
  const limit = pLimit(MX_CONCURRENCY);
  const hosts = await Promise.all(records.map((r) => limit(() => checkHost(ctx, o, r.exchange.replace(/\.$/, ''), r.priority))));
  return done({ domain: o.domain, kind, hosts, verdict: verdictOf(hosts) });
}

export function verdictOf(hosts: MxHost[]): Msg {
  const down = hosts.filter((h) => !h.ok);
  if (!down.length) return { key: 'mx.verdict.all-ok' };
  // Every host lost to a failed lookup (not a name that does not exist): the lookup failed, not the hosts.
  const lookupCode = (h: MxHost): string | undefined => {
    const code = h.problem?.startsWith('dns-') ? h.problem.slice(4) : undefined;
    return code && !NO_DATA.has(code) ? code : undefined;
  };
  if (down.length === hosts.length && down.every(lookupCode)) {
    return { key: 'mx.verdict.lookup-failed', params: { codes: [...new Set(down.map(lookupCode))].join(', ') } };
  }
  if (down.length === hosts.length) return { key: 'mx.verdict.all-down' };
  const primary = hosts[0]!;
  if (!primary.ok) return { key: 'mx.verdict.primary-down', params: { host: primary.exchange } };
  return { key: 'mx.verdict.some-down', params: { hosts: down.map((h) => h.exchange).join(', ') } };
}
