/**
 * `probe`: every port both ways at once, one row per port and family, a recommendation and
 * what the pattern says about the network. Real listeners on 127.0.0.1:0 only; filtered
 * ports are simulated with a socket factory whose connections never complete, so nothing
 * real is ever contacted on a port that is "filtered". "::1" is only used as an address
 * where nothing listens (a refused IPv6 connection).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type Context } from '../src/core/context.js';
import { DEFAULT_TIMEOUTS, type Timeouts } from '../src/core/options.js';
import { probe, recommend, STANDARD_PORTS, type ProbeOptions, type ProbeRow } from '../src/probe/probe.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startClosedPort, startRawServer, type RawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';
import { blackhole, fakeResolver, PASSWORD } from './support/run.js';

/** One bound for every phase: a silent or filtered port costs about this much. */
const T = 1000;
const SHORT: Timeouts = { ...DEFAULT_TIMEOUTS, dns: T, connect: T, greeting: T, tls: T, command: T };

let pki: TestPki;
let implicit: RunningServer;
let starttls: RunningServer;
let plain: RunningServer;
let tarpit: RawServer;
let closed: number;

beforeAll(async () => {
  pki = await createTestPki();
  [implicit, starttls, plain, tarpit, closed] = await Promise.all([
    startSmtpServer({ personality: 'implicit-tls' }),
    startSmtpServer({ personality: 'starttls-auth' }),
    startSmtpServer({ personality: 'no-starttls' }),
    startRawServer({ script: [], silent: true }),
    startClosedPort(),
  ]);
});

afterAll(async () => {
  await Promise.all([implicit?.close(), starttls?.close(), plain?.close(), tarpit?.close()]);
});

function opts(ports: number[], over: Partial<ProbeOptions> = {}): ProbeOptions {
  return {
    host: '127.0.0.1',
    helo: 'client.test',
    tlsServername: 'localhost',
    ca: [pki.ca.cert],
    insecure: false,
    timeouts: SHORT,
    ports,
    wantAuth: false,
    ...over,
  };
}

function row(rows: ProbeRow[], port: number, family: 4 | 6 = 4): ProbeRow {
  const r = rows.find((x) => x.port === port && x.family === family);
  if (!r) throw new Error(`no row for ${port}/IPv${family}: ${JSON.stringify(rows)}`);
  return r;
}

/** The real socket factory, except that the given ports are filtered (never connect). */
function filtering(ports: number[], asked: number[] = []): Context {
  const ctx = systemContext({});
  return {
    ...ctx,
    connectTcp: (o) => {
      const port = Number((o as net.TcpNetConnectOpts).port);
      asked.push(port);
      return ports.includes(port) ? new net.Socket() : net.connect(o);
    },
  };
}

describe('probe(): one row per port, what it really speaks', () => {
  it('implicit TLS, STARTTLS, plain, tarpit and closed ports, all at once', async () => {
    const ports = [implicit.port, starttls.port, plain.port, tarpit.port, closed];
    const started = Date.now();
    const r = await probe(systemContext({}), opts(ports, { wantAuth: true }));
    const elapsed = Date.now() - started;

    expect(r.host).toBe('127.0.0.1');
    expect(r.addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(r.rows).toHaveLength(ports.length);
    expect(r.rows.map((x) => x.port)).toEqual(ports);

    expect(row(r.rows, implicit.port)).toMatchObject({ mode: 'tls', connect: 'connected', family: 4, address: '127.0.0.1', authBeforeTls: [], certVerdict: 'trusted' });
    expect(row(r.rows, implicit.port).authAfterTls).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN']));
    expect(row(r.rows, implicit.port).problem).toBeUndefined();
    expect(row(r.rows, implicit.port).banner).toMatch(/^220 /);

    // AUTH only after TLS (like Postfix smtpd_tls_auth_only).
    expect(row(r.rows, starttls.port)).toMatchObject({ mode: 'starttls', connect: 'connected', authBeforeTls: [], certVerdict: 'trusted' });
    expect(row(r.rows, starttls.port).authAfterTls).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN', 'CRAM-MD5']));
    expect(row(r.rows, starttls.port).problem).toBeUndefined();

    expect(row(r.rows, plain.port)).toMatchObject({ mode: 'plain', connect: 'connected', authBeforeTls: [], authAfterTls: [] });
    expect(row(r.rows, plain.port).certVerdict).toBeUndefined();
    expect(row(r.rows, plain.port).problem).toBeUndefined();

    expect(row(r.rows, tarpit.port)).toMatchObject({ mode: 'none', connect: 'connected', problem: 'no-smtp-greeting' });
    expect(row(r.rows, closed)).toMatchObject({ mode: 'none', connect: 'refused', problem: 'connect-refused' });

    // RFC 8314: implicit TLS is preferred for submission.
    expect(r.recommendation).toMatchObject({ port: implicit.port, security: 'tls', why: { key: 'probe.why.tls' } });
    expect(r.recommendation?.family).toBeUndefined();
    expect(r.findings).toEqual([]);

    // Concurrent: the tarpit costs about one timeout, not one per port and mode.
    expect(elapsed).toBeLessThan(3 * T);
    // A probe never logs in.
    expect(implicit.authAttempts).toEqual([]);
    expect(starttls.authAttempts).toEqual([]);
  });

  it('without credentials the implicit TLS port is still preferred over STARTTLS and plain', async () => {
    const r = await probe(systemContext({}), opts([plain.port, starttls.port, implicit.port]));
    expect(r.recommendation).toMatchObject({ port: implicit.port, security: 'tls' });
  });

  it('STARTTLS when no implicit TLS port answers', async () => {
    const r = await probe(systemContext({}), opts([plain.port, starttls.port, closed], { wantAuth: true }));
    expect(r.recommendation).toMatchObject({ port: starttls.port, security: 'starttls', why: { key: 'probe.why.starttls' } });
  });

  it('only a plain port: no recommendation with credentials (never in cleartext), security none without', async () => {
    const withAuth = await probe(systemContext({}), opts([plain.port, closed], { wantAuth: true }));
    expect(row(withAuth.rows, plain.port).mode).toBe('plain');
    expect(withAuth.recommendation).toBeUndefined();

    const noAuth = await probe(systemContext({}), opts([plain.port, closed]));
    expect(noAuth.recommendation).toMatchObject({ port: plain.port, security: 'none', why: { key: 'probe.why.none' } });

    // The same rows, scored both ways.
    expect(recommend(withAuth.rows, { wantAuth: true, insecure: false })).toBeUndefined();
    expect(recommend(withAuth.rows, { wantAuth: false, insecure: false })).toMatchObject({ port: plain.port, security: 'none' });
  });

  it('an untrusted certificate is recommended only as "trust it first" unless insecure', async () => {
    // Without the test CA the implicit and STARTTLS certificates do not verify.
    const r = await probe(systemContext({}), opts([implicit.port, starttls.port], { ca: [] }));
    expect(row(r.rows, implicit.port).certVerdict).not.toBe('trusted');
    expect(r.recommendation).toMatchObject({ port: implicit.port, certificateVerified: false, trustNeeded: true });
    expect(r.recommendation?.why.key).toBe('probe.why.tls-untrusted');
    expect(recommend(r.rows, { wantAuth: false, insecure: true })).toMatchObject({ port: implicit.port, security: 'tls' });
  });

  it('a name that does not resolve: probe.dns-failed, no rows', async () => {
    const ctx = { ...systemContext({}), resolver: fakeResolver({}) };
    const r = await probe(ctx, opts([implicit.port], { host: 'nowhere.test' }));
    expect(r.rows).toEqual([]);
    expect(r.dnsError).toBe('ENOTFOUND');
    expect(r.findings).toEqual([{ key: 'probe.dns-failed', params: { host: 'nowhere.test' } }]);
  });
});

describe('probe(): the network vantage', () => {
  it('port 25 filtered while others answer: probe.port25-filtered', async () => {
    const asked: number[] = [];
    const r = await probe(filtering([25], asked), opts([25, implicit.port]));
    expect(asked).toContain(25); // asked for, but blackholed: nothing real contacted on 25
    expect(row(r.rows, 25)).toMatchObject({ mode: 'none', connect: 'timeout', problem: 'connect-timeout' });
    expect(row(r.rows, implicit.port).mode).toBe('tls');
    expect(r.findings.map((f) => f.key)).toEqual(['probe.port25-filtered']);
    expect(r.recommendation).toMatchObject({ port: implicit.port, security: 'tls' });
  });

  it('everything filtered: probe.all-filtered, no recommendation', async () => {
    const ctx = { ...systemContext({}), ...blackhole };
    const started = Date.now();
    const r = await probe(ctx, opts([implicit.port, starttls.port, 25]));
    expect(r.rows.every((x) => x.mode === 'none' && x.connect === 'timeout')).toBe(true);
    expect(r.findings.map((f) => f.key)).toEqual(['probe.all-filtered']);
    expect(r.recommendation).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3 * T);
  });

  it('IPv6 refused while IPv4 works: rows per family, probe.ipv6-broken, family 4 recommended', async () => {
    const ctx = { ...systemContext({}), resolver: fakeResolver({ 'dual.test': { aaaa: ['::1'], a: ['127.0.0.1'] } }) };
    const r = await probe(ctx, opts([implicit.port], { host: 'dual.test' }));
    expect(r.addresses).toEqual([
      { address: '::1', family: 6 },
      { address: '127.0.0.1', family: 4 },
    ]);
    expect(r.rows).toHaveLength(2);
    expect(row(r.rows, implicit.port, 6)).toMatchObject({ address: '::1', mode: 'none', connect: 'refused', problem: 'connect-refused' });
    expect(row(r.rows, implicit.port, 4)).toMatchObject({ address: '127.0.0.1', mode: 'tls', certVerdict: 'trusted' });
    expect(r.findings.map((f) => f.key)).toEqual(['probe.ipv6-broken']);
    expect(r.recommendation).toMatchObject({ port: implicit.port, security: 'tls', family: 4 });
  });

  it('--family 4 probes only the IPv4 address', async () => {
    const ctx = { ...systemContext({}), resolver: fakeResolver({ 'dual.test': { aaaa: ['::1'], a: ['127.0.0.1'] } }) };
    const r = await probe(ctx, opts([implicit.port], { host: 'dual.test', family: 4 }));
    expect(r.rows.map((x) => x.family)).toEqual([4]);
    expect(r.findings).toEqual([]);
  });
});

interface ProbeJson {
  kind: string;
  exitCode: number;
  ports: number[];
  rows: ProbeRow[];
  recommendation?: { port: number; security: string };
  confirmation?: { verdict: string; exitCode: number };
}

describe('smtp-doctor probe (built binary)', () => {
  // Fresh servers per run, so each sees only its own login attempts.
  async function runProbe(password: string) {
    const [tls, stls] = await Promise.all([startSmtpServer({ personality: 'implicit-tls' }), startSmtpServer({ personality: 'starttls-auth' })]);
    try {
      const res = await runBin(
        ['probe', '127.0.0.1', '--ports', `${tls.port},${stls.port}`, '--ca', pki.caFile, '--tls-servername', 'localhost', '--timeout', '3', '--user', 'me@example.com', '--password-env', 'PW', '--json'],
        { env: { PW: password } },
      );
      return { res, doc: JSON.parse(res.stdout) as ProbeJson, tls, stls };
    } finally {
      await Promise.all([tls.close(), stls.close()]);
    }
  }

  it.concurrent('right password: recommends implicit TLS, confirms with exactly one login, exit 0', async () => {
    const { res, doc, tls, stls } = await runProbe(PASSWORD);
    expect(res.code, res.stderr).toBe(0);
    expect(doc.kind).toBe('probe');
    expect(doc.exitCode).toBe(0);
    // --ports lists the only ports to try (the standard ones follow only when --ports is absent).
    expect(doc.ports).toEqual([tls.port, stls.port]);
    expect(doc.recommendation).toMatchObject({ port: tls.port, security: 'tls' });
    expect(doc.confirmation?.verdict).toBe('pass');
    expect(tls.authAttempts).toEqual([{ method: expect.any(String), username: 'me@example.com' }]);
    expect(stls.authAttempts).toEqual([]);
    expect(doc.rows.find((r) => r.port === stls.port)?.mode).toBe('starttls');
    // The standard ports were not tried at all.
    for (const p of STANDARD_PORTS) expect(doc.rows.find((r) => r.port === p)).toBeUndefined();
    expect(res.stdout).not.toContain(PASSWORD);
  });

  it.concurrent('wrong password: exit 6 (auth), still exactly one login attempt', async () => {
    const { res, doc, tls, stls } = await runProbe('Wrong-Horse-1');
    expect(res.code, res.stderr).toBe(6);
    expect(doc.kind).toBe('probe');
    expect(doc.recommendation).toMatchObject({ port: tls.port, security: 'tls' });
    expect(doc.confirmation).toMatchObject({ verdict: 'fail', exitCode: 6 });
    expect(tls.authAttempts).toHaveLength(1);
    expect(stls.authAttempts).toEqual([]);
    expect(res.stdout).not.toContain('Wrong-Horse-1');
  });
});
