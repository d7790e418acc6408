import net from 'node:net';
import { runCheck } from '../../src/check.js';
import { systemContext, type Context, type Resolver } from '../../src/core/context.js';
import { DEFAULT_TIMEOUTS, type CheckOptions } from '../../src/core/options.js';
import type { Report } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import { createTestPki } from '../helpers/certs.js';

export const PASSWORD = 'Correct-Horse-9';

/** Options for a check against 127.0.0.1 that trusts the given CA, with short timeouts. */
export function optionsFor(port: number, ca: { pem: string; file: string }, over: Partial<CheckOptions> = {}): CheckOptions {
  return {
    host: '127.0.0.1',
    port,
    security: 'auto',
    passwordSource: 'none',
    to: [],
    noData: false,
    helo: 'client.smtp-doctor.test',
    tlsServername: 'localhost',
    ca: [ca.pem],
    caFiles: [ca.file],
    insecure: false,
    allowPlaintextAuth: false,
    timeouts: { ...DEFAULT_TIMEOUTS, connect: 2000, greeting: 1500, tls: 2000, command: 3000, data: 5000 },
    ...over,
  };
}

/** Options for a check against 127.0.0.1, trusting the test CA. */
export async function baseOptions(port: number, over: Partial<CheckOptions> = {}): Promise<CheckOptions> {
  const pki = await createTestPki();
  return optionsFor(port, { pem: pki.ca.cert, file: pki.caFile }, over);
}

export function withLogin(user = 'me@example.com', password = PASSWORD): Partial<CheckOptions> {
  return { user, password: new Secret(password), passwordSource: 'env' };
}

export async function check(port: number, over: Partial<CheckOptions> = {}, ctx: Partial<Context> = {}): Promise<Report> {
  return runCheck(await baseOptions(port, over), { ...systemContext({}), ...ctx });
}

export function step(r: Report, id: string) {
  const s = r.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
}

/** A resolver that answers from a table, like a DNS server would. */
export function fakeResolver(table: Record<string, { a?: string[]; aaaa?: string[]; mx?: string[]; error?: string }>): Resolver {
  return {
    async lookup(host) {
      const e = table[host];
      if (!e || e.error || (!e.a?.length && !e.aaaa?.length)) {
        throw Object.assign(new Error(`getaddrinfo ${e?.error ?? 'ENOTFOUND'} ${host}`), { code: e?.error ?? 'ENOTFOUND' });
      }
      return [...(e.aaaa ?? []).map((address) => ({ address, family: 6 as const })), ...(e.a ?? []).map((address) => ({ address, family: 4 as const }))];
    },
    async resolveMx(host) {
      const e = table[host];
      if (!e?.mx?.length) throw Object.assign(new Error(`queryMx ENODATA ${host}`), { code: 'ENODATA' });
      return e.mx.map((exchange, i) => ({ exchange, priority: (i + 1) * 10 }));
    },
    async reverse(address) {
      throw Object.assign(new Error(`getHostByAddr ENOTFOUND ${address}`), { code: 'ENOTFOUND' });
    },
  };
}

/** A socket factory whose connections never complete: a filtered port, without leaving loopback. */
export const blackhole: Pick<Context, 'connectTcp'> = {
  connectTcp: () => new net.Socket(),
};
