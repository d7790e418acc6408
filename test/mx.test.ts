import dgram from 'node:dgram';
/**
 * `mx DOMAIN` against a real DNS server on 127.0.0.1 (test/helpers/dns-server.ts) and a
 * real SMTP server on 127.0.0.1: nothing here leaves the machine. "::1" is used only as an
 * address where nothing listens (a refused IPv6 connection).
 */
import dns from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arpaName, dnsServerResolver, systemContext, type Context } from '../src/core/context.js';
import { DEFAULT_TIMEOUTS, type Timeouts } from '../src/core/options.js';
import { checkMx } from '../src/mx/mx.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startDnsServer, type DnsServer } from './helpers/dns-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

const SHORT: Timeouts = { ...DEFAULT_TIMEOUTS, dns: 2000, connect: 1500, greeting: 1500, tls: 1500, command: 1500, data: 3000 };

let pki: TestPki;
let smtp: RunningServer;
let dnsServer: DnsServer;

beforeAll(async () => {
  pki = await createTestPki();
  dnsServer = await startDnsServer({
    'example.test': {
      MX: [
        // Out of order on the wire: the result must be sorted by preference.
        { exchange: 'mx2.example.test', priority: 20 },
        { exchange: 'mx1.example.test', priority: 10 },
      ],
    },
    'mx1.example.test': { AAAA: ['::1'] },
    'mx2.example.test': { A: ['127.0.0.1'] },
    '1.0.0.127.in-addr.arpa': { PTR: ['mx2.example.test'] },
    'nullmx.test': { MX: [{ exchange: '', priority: 0 }] },
    'implicit.test': { A: ['127.0.0.1'] },
  });
  smtp = await startSmtpServer({ personality: 'starttls-auth' });
});

afterAll(async () => {
  await Promise.all([smtp?.close(), dnsServer?.close()]);
});


/**
 * Reverse DNS as a real PTR query to the test server. Node's Resolver#reverse
 * (c-ares gethostbyaddr) answers from /etc/hosts first, so for 127.0.0.1 it never asks
 * the server (see the `.fails` test below: a bug in dnsServerResolver).
 */
function ptrThroughServer(server: string): (address: string) => Promise<string[]> {
  const r = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
  r.setServers([server]);
  return (address) => r.resolvePtr(arpaName(address));
}

function ctx(): Context {
  return { ...systemContext({}), resolver: dnsServerResolver(dnsServer.server, 2000) };
}

const opts = (domain: string) => ({ domain, port: smtp.port, helo: 'client.test', ca: [pki.ca.cert], timeouts: SHORT });

describe('test DNS server (dns2) as seen by Node', () => {
  const resolver = (): dns.promises.Resolver => {
    const r = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
    r.setServers([dnsServer.server]);
    return r;
  };

  it('binds a UDP port on 127.0.0.1', () => {
    expect(dnsServer.port).toBeGreaterThan(0);
    expect(dnsServer.server).toBe(`127.0.0.1:${dnsServer.port}`);
  });

  it('answers A, AAAA, MX and PTR', async () => {
    const r = resolver();
    expect(await r.resolve4('mx2.example.test')).toEqual(['127.0.0.1']);
    expect(await r.resolve6('mx1.example.test')).toEqual(['::1']);
    const mx = await r.resolveMx('example.test');
    expect(mx.sort((a, b) => a.priority - b.priority)).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 },
    ]);
    // resolvePtr, not reverse: reverse would answer 127.0.0.1 from /etc/hosts.
    expect(await r.resolvePtr('1.0.0.127.in-addr.arpa')).toEqual(['mx2.example.test']);
    expect(await ptrThroughServer(dnsServer.server)('127.0.0.1')).toEqual(['mx2.example.test']);
    expect(dnsServer.queries).toContain('MX example.test');
    expect(dnsServer.queries).toContain('PTR 1.0.0.127.in-addr.arpa');
  });

  it('encodes a null MX (RFC 7505) as the root name', async () => {
    expect(await resolver().resolveMx('nullmx.test')).toEqual([{ exchange: '', priority: 0 }]);
  });

  it('reverse of an address with no PTR: NXDOMAIN (::1 via ip6.arpa)', async () => {
    expect(arpaName('::1')).toBe(`1.${'0.'.repeat(31)}ip6.arpa`);
    await expect(ptrThroughServer(dnsServer.server)('::1')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('NXDOMAIN for unknown names, NODATA for a missing type', async () => {
    const r = resolver();
    await expect(r.resolve4('nomail.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(r.resolve6('mx2.example.test')).rejects.toMatchObject({ code: 'ENODATA' });
    await expect(r.resolveMx('implicit.test')).rejects.toMatchObject({ code: 'ENODATA' });
  });
});

describe('dnsServerResolver', () => {
  it('resolves names through the given server only (A and AAAA, NXDOMAIN -> ENOTFOUND)', async () => {
    const r = dnsServerResolver(dnsServer.server, 2000);
    expect(await r.lookup('mx2.example.test')).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(await r.lookup('mx1.example.test')).toEqual([{ address: '::1', family: 6 }]);
    await expect(r.lookup('nomail.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    // Not in the test zone, but in every /etc/hosts: must not resolve through this server.
    await expect(r.lookup('localhost')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  // Resolver#reverse (c-ares gethostbyaddr) answers from /etc/hosts first; dnsServerResolver
  // sends a real PTR query so --dns-server holds for reverse lookups too.
  it('reverse asks the DNS server, not /etc/hosts', async () => {
    expect(await dnsServerResolver(dnsServer.server, 2000).reverse('127.0.0.1')).toEqual(['mx2.example.test']);
  });
});

describe('checkMx through a DNS server on 127.0.0.1', () => {
  it('MX hosts in preference order: primary refused, secondary fine with STARTTLS and confirmed PTR', async () => {
    const r = await checkMx(ctx(), opts('example.test'));
    expect(r.kind).toBe('mx');
    expect(r.hosts.map((h) => [h.preference, h.exchange])).toEqual([
      [10, 'mx1.example.test'],
      [20, 'mx2.example.test'],
    ]);
    const [mx1, mx2] = r.hosts;
    expect(mx1).toMatchObject({ addresses: ['::1'], ok: false, problem: 'connect-refused' });
    expect(mx1!.smtp?.connect).toBe('refused');
    expect(mx2).toMatchObject({ addresses: ['127.0.0.1'], ok: true });
    expect(mx2!.problem).toBeUndefined();
    expect(mx2!.smtp).toMatchObject({ works: true, starttls: true, upgraded: true });
    expect(mx2!.smtp?.banner).toMatch(/^220 /);
    // The test certificate names localhost and 127.0.0.1, not mx2.example.test.
    expect(mx2!.smtp?.cert?.verdict).toBe('wrong-name');
    expect(mx2!.ptr).toEqual({ address: '127.0.0.1', names: ['mx2.example.test'], forwardConfirmed: true });
    expect(r.verdict).toEqual({ key: 'mx.verdict.primary-down', params: { host: 'mx1.example.test' } });
    // AUTH is only probed for, never attempted.
    expect(smtp.authAttempts).toEqual([]);
  });

  it('null MX: kind null, verdict mx.null, nothing contacted', async () => {
    const r = await checkMx(ctx(), opts('nullmx.test'));
    expect(r).toMatchObject({ kind: 'null', hosts: [], verdict: { key: 'mx.null' } });
  });

  it('no MX but an address: implicit MX on the domain itself', async () => {
    const r = await checkMx(ctx(), opts('implicit.test'));
    expect(r.kind).toBe('implicit');
    expect(r.hosts).toHaveLength(1);
    expect(r.hosts[0]).toMatchObject({ exchange: 'implicit.test', preference: 0, addresses: ['127.0.0.1'], ok: true });
    expect(r.verdict.key).toBe('mx.verdict.all-ok');
  });

  it('a name that does not exist: kind none', async () => {
    const r = await checkMx(ctx(), opts('nomail.test'));
    expect(r).toMatchObject({ kind: 'none', hosts: [], verdict: { key: 'mx.none' } });
  });

  it('a resolver that does not answer is a DNS error, not "no records"', async () => {
    // A real UDP port that nobody answers on: the query is refused or times out.
    const silent = dgram.createSocket('udp4');
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', () => r()));
    try {
      const port = (silent.address() as { port: number }).port;
      const r = await checkMx({ ...systemContext({}), resolver: dnsServerResolver(`127.0.0.1:${port}`, 300) }, { ...opts('example.test'), timeouts: { ...SHORT, dns: 600 } });
      expect(r.kind).toBe('none');
      expect(r.verdict).toMatchObject({ key: 'mx.dns-error', params: { domain: 'example.test' } });
      expect(r.dnsError).toMatch(/^E[A-Z]+$/);
    } finally {
      silent.close();
    }
  });
});

describe('smtp-doctor mx (built binary)', () => {
  const mx = (domain: string, extra: string[] = []) =>
    runBin(['mx', domain, '--port', String(smtp.port), '--dns-server', dnsServer.server, '--timeout', '2', '--json', ...extra]);

  it('primary down: exit 4, JSON mxKind mx', async () => {
    const res = await mx('example.test', ['--ca', pki.caFile]);
    expect(res.code, res.stderr).toBe(4);
    const doc = JSON.parse(res.stdout) as { kind: string; mxKind: string; exitCode: number; verdict: { key: string }; hosts: Array<{ exchange: string; ok: boolean }> };
    expect(doc).toMatchObject({ kind: 'mx', mxKind: 'mx', exitCode: 4, verdict: { key: 'mx.verdict.primary-down' } });
    expect(doc.hosts.map((h) => [h.exchange, h.ok])).toEqual([
      ['mx1.example.test', false],
      ['mx2.example.test', true],
    ]);
  });

  it('null MX: exit 0', async () => {
    const res = await mx('nullmx.test');
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ kind: 'mx', mxKind: 'null', verdict: { key: 'mx.null' } });
  });

  it.each(['nonsense', '127.0.0.1:0', '127.0.0.1:70000', '[::1]:99999'])('--dns-server %s: usage error, exit 2', async (value) => {
    const res = await runBin(['mx', 'example.test', '--dns-server', value, '--json']);
    expect(res.code, res.stdout + res.stderr).toBe(2);
    expect(res.stderr).toContain(value);
  });
});
