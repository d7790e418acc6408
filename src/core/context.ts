import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import type { ProxySettings } from '../proxy/settings.js';
import { ownError, UsageError } from './errors.js';

export interface Address {
  address: string;
  family: 4 | 6;
}

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** Name resolution, injectable so tests need no module mocking. */
export interface Resolver {
  /** Addresses of a host name, as applications resolve it (getaddrinfo, honours /etc/hosts). */
  lookup(host: string): Promise<Address[]>;
  resolveMx(domain: string): Promise<MxRecord[]>;
  /** Reverse DNS (PTR) names of an address. */
  reverse(address: string): Promise<string[]>;
}

/**
 * Everything a check touches in the outside world: the clock, name resolution,
 * sockets and the environment. Tests pass their own.
 */
export interface Context {
  now(): number;
  resolver: Resolver;
  connectTcp(opts: net.NetConnectOpts): net.Socket;
  connectTls(opts: tls.ConnectionOptions): tls.TLSSocket;
  env: NodeJS.ProcessEnv;
  /** Connect through this proxy (the TCP connection to it still comes from connectTcp). */
  proxy?: ProxySettings;
}

export const systemResolver: Resolver = {
  async lookup(host) {
    const all = await dns.promises.lookup(host, { all: true, verbatim: true });
    return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  },
  async resolveMx(domain) {
    return dns.promises.resolveMx(domain);
  },
  async reverse(address) {
    return dns.promises.reverse(address);
  },
};

/**
 * Every lookup through one DNS server (--dns-server IP[:PORT]): for split-horizon DNS, and
 * for tests with a DNS server on 127.0.0.1. Host names are resolved with A and AAAA queries.
 */
/** "IP", "IP:PORT", "[IPv6]:PORT" or a bare IPv6 address; anything else is a usage error. */
export function parseDnsServer(v: string): string {
  const s = v.trim();
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(s);
  const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(s);
  const ip = bracketed?.[1] ?? v4?.[1] ?? s;
  const port = bracketed?.[2] ?? v4?.[2];
  const badPort = port !== undefined && (Number(port) < 1 || Number(port) > 65535);
  if (!net.isIP(ip) || badPort) throw new UsageError('err.bad-dns-server', { value: v });
  return s;
}

export function dnsServerResolver(server: string, timeoutMs = 5000): Resolver {
  const r = new dns.promises.Resolver({ timeout: timeoutMs, tries: 2 });
  r.setServers([server]);
  const quiet = async <T>(p: Promise<T>, empty: T): Promise<T> => {
    try {
      return await p;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENODATA' || code === 'ENOTFOUND') return empty;
      throw err;
    }
  };
  return {
    async lookup(host) {
      const [v4, v6] = await Promise.all([quiet(r.resolve4(host), [] as string[]), quiet(r.resolve6(host), [] as string[])]);
      const all: Address[] = [...v6.map((address) => ({ address, family: 6 as const })), ...v4.map((address) => ({ address, family: 4 as const }))];
      if (!all.length) throw ownError({ kind: 'no-address', params: { host } }, `no address for ${host}`, { code: 'ENOTFOUND' });
      return all;
    },
    resolveMx: (domain) => r.resolveMx(domain),
    // Resolver#reverse reads /etc/hosts first; a PTR query goes to the server every time.
    reverse: (address) => r.resolvePtr(arpaName(address)),
  };
}

/** The reverse-DNS name of an address: 1.0.0.127.in-addr.arpa, or the nibble form under ip6.arpa. */
export function arpaName(address: string): string {
  if (net.isIPv4(address)) return `${address.split('.').reverse().join('.')}.in-addr.arpa`;
  if (!net.isIPv6(address)) throw ownError({ kind: 'not-an-ip', params: { address } }, `not an IP address: ${address}`, { code: 'EINVAL' });
  let a = address.replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const b = v4[1]!.split('.').map(Number);
    a = a.slice(0, -v4[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head = '', tail = ''] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = a.includes('::') && tail ? tail.split(':') : [];
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return `${groups.map((g) => g.padStart(4, '0')).join('').split('').reverse().join('.')}.ip6.arpa`;
}

export function systemContext(env: NodeJS.ProcessEnv = process.env): Context {
  return {
    now: () => Date.now(),
    resolver: systemResolver,
    connectTcp: (opts) => net.connect(opts),
    connectTls: (opts) => tls.connect(opts),
    env,
  };
}

/** Race a promise against a timeout; the timer never keeps the process alive. */
export function withTimeout<T>(p: Promise<T>, ms: number, code = 'ETIMEDOUT'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(ownError({ kind: 'timed-out', params: { ms } }, `timed out after ${ms} ms`, { code }));
    }, ms);
    timer.unref?.();
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
