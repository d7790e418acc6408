import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';

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
}

export const systemResolver: Resolver = {
  async lookup(host) {
    const all = await dns.promises.lookup(host, { all: true, verbatim: true });
    return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  },
  async resolveMx(domain) {
    return dns.promises.resolveMx(domain);
  },
};

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
      const err = new Error(`timed out after ${ms} ms`) as NodeJS.ErrnoException;
      err.code = code;
      reject(err);
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
