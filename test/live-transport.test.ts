/**
 * Transport-level live cases through the built binary against real listeners on 127.0.0.1:
 * broken STARTTLS, a web server on the port, endless EHLO replies, a dripping greeting,
 * 5xx greetings that are not blocklists, and old TLS versions / ciphers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startRawServer, type RawServer, type Step } from './helpers/raw-server.js';
import { rsaLeaf, startPolicyServer, type PolicyServer } from './helpers/tls-policy-server.js';
import { runBin } from './support/bin.js';

interface Outcome {
  json: {
    verdict: string;
    ms: number;
    steps: Array<{
      id: string;
      status: string;
      facts: Record<string, unknown>;
      failure?: Record<string, unknown>;
      warnings?: Array<{ key: string }>;
    }>;
    diagnoses: Array<{ category: string; rule: string; step: string; evidence: string }>;
  };
  /** the human report, whitespace collapsed (it is wrapped to the terminal) */
  human: string;
  ms: number;
}

const servers: Array<RawServer | PolicyServer> = [];
let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function raw(script: Step[]): Promise<RawServer> {
  const s = await startRawServer({ script });
  servers.push(s);
  return s;
}

/** The same check twice, at once: --json and the human report (optionally in Korean). */
async function run(port: number, args: string[], lang = 'en'): Promise<Outcome> {
  const base = ['check', '--host', '127.0.0.1', '--port', String(port), '--no-probe', '--no-color', '--lang', lang];
  const tlsArgs = ['--ca', pki.caFile, '--tls-servername', 'localhost'];
  const started = Date.now();
  const all = [...base, ...tlsArgs, ...args];
  const [j, h] = await Promise.all([runBin([...all, '--json']), runBin(all)]);
  const ms = Date.now() - started;
  let json: Outcome['json'];
  try {
    json = JSON.parse(j.stdout) as Outcome['json'];
  } catch {
    throw new Error(`not JSON (exit ${String(j.code)}): ${j.stdout}\n${j.stderr}`);
  }
  return { json, human: h.stdout.replace(/\s+/g, ' '), ms };
}

const step = (o: Outcome, id: string) => o.json.steps.find((s) => s.id === id)!;

const starttlsThen = (after: Step[]): Step[] => [
  { send: '220 mx.example ESMTP\r\n' },
  { expect: /^EHLO/ },
  { send: '250-mx.example\r\n250-STARTTLS\r\n250 8BITMIME\r\n' },
  { expect: /^STARTTLS/ },
  { send: '220 2.0.0 Ready to start TLS\r\n' },
  ...after,
];

describe('1. STARTTLS advertised and accepted, then no TLS: the server is at fault', () => {
  const cases: Array<[string, Step[]]> = [
    ['no handshake at all', [{ wait: 20_000 }]],
    ['garbage instead of a handshake', [{ send: 'this is not TLS at all\r\n' }, { wait: 20_000 }]],
    ['the server closes', [{ close: true }]],
  ];
  it.each(cases)('%s', async (_name, after) => {
    const s = await raw(starttlsThen(after));
    const o = await run(s.port, ['--security', 'starttls', '--timeout', '3']);
    expect(step(o, 'tls').failure).toMatchObject({ reason: 'starttls-broken' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'starttls.broken', category: 'PROTOCOL_ERROR', step: 'tls' });
    expect(o.human).toMatch(/STARTTLS is broken on the server/);
    expect(o.human).not.toMatch(/--security/);
  });

  it('in Korean too, with no advice to change --security', async () => {
    const s = await raw(starttlsThen([{ close: true }]));
    const o = await run(s.port, ['--security', 'auto', '--timeout', '3'], 'ko');
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'starttls.broken' });
    expect(o.human).toMatch(/서버의 STARTTLS가 고장/);
    expect(o.human).not.toMatch(/--security/);
  });
});

describe('2. a web server on the port', () => {
  const http =
    'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\n' +
    'Connection: close\r\n\r\n<html>400</html>\r\n';
  it('sends an HTTP response first', async () => {
    const s = await raw([{ send: http }, { close: true }]);
    const o = await run(s.port, ['--timeout', '3']);
    expect(step(o, 'greeting').failure).toMatchObject({ reason: 'http-server' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'port.http', category: 'PROTOCOL_ERROR' });
    expect(o.human).toMatch(/web \(HTTP\) server/);
    expect(o.human).toMatch(/HTTP\/1\.1 400 Bad Request/);
  });

  it('waits for a request, then answers 400 to EHLO', async () => {
    const s = await raw([{ expect: /./ }, { send: http }, { close: true }]);
    const o = await run(s.port, ['--security', 'starttls', '--timeout', '2']);
    expect(step(o, 'greeting').failure).toMatchObject({ reason: 'http-server' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'port.http' });
    expect(o.human).toMatch(/web \(HTTP\) server/);
  });

  it('implicit TLS to a plain web server: its 400 to the handshake, then to EHLO', async () => {
    const s = await raw([{ expect: /./ }, { send: http }, { close: true }]);
    const o = await run(s.port, ['--security', 'tls', '--timeout', '2']);
    expect(step(o, 'tls').failure).toMatchObject({ reason: 'http-server' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'port.http' });
    expect(o.human).toMatch(/web \(HTTP\) server answers on 127\.0\.0\.1:\d+, not a mail server: "HTTP\/1\.1 400/);
  });

  it('a proxy greets, then an HTTP reply to EHLO', async () => {
    const s = await raw([{ send: '220 proxy ready\r\n' }, { expect: /^EHLO/ }, { send: http }, { close: true }]);
    const o = await run(s.port, ['--timeout', '3']);
    expect(step(o, 'ehlo').failure).toMatchObject({ reason: 'http-server' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'port.http' });
    expect(o.human).toMatch(/web \(HTTP\) server/);
  });
});

describe('3. an endless EHLO reply', () => {
  const cases: Array<[string, string]> = [
    ['endless continuation lines', Array.from({ length: 40_000 }, (_, i) => `250-EXT${i}\r\n`).join('')],
    ['one line that never ends', `250-${'A'.repeat(400_000)}`],
  ];
  it.each(cases)('%s: reply too large, with the bytes received, never an empty quote', async (_name, reply) => {
    const s = await raw([{ send: '220 x ESMTP\r\n' }, { expect: /^EHLO/ }, { send: reply }, { wait: 5000 }]);
    const o = await run(s.port, ['--security', 'none', '--timeout', '5']);
    const failure = step(o, 'ehlo').failure!;
    expect(failure).toMatchObject({ reason: 'reply-too-large' });
    expect(step(o, 'ehlo').facts.bytesReceived).toBeGreaterThan(256 * 1024);
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'reply.too-large', category: 'PROTOCOL_ERROR' });
    expect(o.human).not.toMatch(/""/);
    expect(o.human).toMatch(/reply to EHLO was too large: \d{6,} bytes/);
  });

  it('after STARTTLS too', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `250-EXT${i}\r\n`).join('');
    const s = await raw([...starttlsThen([{ starttls: true }]), { expect: /^EHLO/ }, { send: lines }, { wait: 5000 }]);
    const o = await run(s.port, ['--security', 'starttls', '--timeout', '5']);
    expect(step(o, 'tls').failure).toMatchObject({ reason: 'reply-too-large' });
    expect(step(o, 'tls').facts.bytesReceived).toBeGreaterThan(256 * 1024);
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'reply.too-large', category: 'PROTOCOL_ERROR' });
    expect(o.human).toMatch(/reply to EHLO was too large: \d{6,} bytes/);
  });
});

describe('4. a greeting that drips in', () => {
  it('one byte a second is "extremely slow", with bytes and seconds, not "no greeting"', async () => {
    const drip: Step[] = [...'220 slow.example ESMTP\r\n'].flatMap((c) => [{ send: c }, { wait: 1000 }]);
    const s = await raw(drip);
    const o = await run(s.port, ['--security', 'starttls', '--timeout', '3']);
    expect(step(o, 'greeting').failure).toMatchObject({ reason: 'greeting-slow' });
    const bytes = step(o, 'greeting').facts.bytesReceived as number;
    expect(bytes).toBeGreaterThanOrEqual(2);
    expect(bytes).toBeLessThan(10);
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'greeting.slow', category: 'CONNECTION_TIMEOUT' });
    expect(o.human).toMatch(new RegExp(`extremely slowly: ${bytes} bytes? in 3 s`));
    expect(o.human).not.toMatch(/no greeting/i);
    // no second connection trying implicit TLS: the server did speak plain text
    expect(s.connections).toBe(2);
  });
});

describe('5. a 5xx greeting that does not name the client', () => {
  const cases = [
    '554 5.3.2 no SMTP service here',
    '554 Service unavailable',
    '521 5.3.2 mx.example does not accept mail',
  ];
  it.each(cases)('"%s": the server refuses service on this port, not a blocked IP', async (greeting) => {
    const s = await raw([{ send: `${greeting}\r\n` }, { expect: /^QUIT/ }, { send: '221 bye\r\n' }, { close: true }]);
    const o = await run(s.port, ['--timeout', '3']);
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'greeting.refused', category: 'CONNECTION_REFUSED' });
    expect(o.human).toMatch(/refuses to provide SMTP service/);
    expect(o.human).not.toMatch(/IP address is blocked/);
  });

  it('a 554 that names a blocklist is still a blocked client', async () => {
    const refusal = '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n';
    const s = await raw([{ send: refusal }, { close: true }]);
    const o = await run(s.port, ['--timeout', '3']);
    expect(o.json.diagnoses[0]).toMatchObject({ category: 'CLIENT_IP_BLOCKED' });
  });
});

describe('6. old TLS versions and ciphers', () => {
  const old = (v: 'TLSv1' | 'TLSv1.1') => ({ minVersion: v, maxVersion: v, ciphers: 'DEFAULT@SECLEVEL=0' }) as const;
  async function policy(mode: 'implicit' | 'starttls', extra: object): Promise<PolicyServer> {
    const s = await startPolicyServer(mode, { key: pki.good.key, cert: pki.good.cert, ...extra });
    servers.push(s);
    return s;
  }

  it.each([
    ['implicit', 'TLSv1'],
    ['starttls', 'TLSv1'],
    ['implicit', 'TLSv1.1'],
  ] as const)('%s TLS, server speaks only %s: version named, at once, no --security advice', async (mode, version) => {
    const s = await policy(mode, old(version));
    const args = mode === 'implicit' ? ['--security', 'tls'] : ['--security', 'starttls'];
    const o = await run(s.port, [...args, '--timeout', '10']);
    expect(step(o, 'tls').failure).toMatchObject({ reason: 'tls-old-version' });
    expect(step(o, 'tls').facts.serverProtocol).toBe(version);
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'tls.old-version', category: 'TLS_VERSION_OR_CIPHER' });
    expect(o.human).toContain(`only ${version}`);
    expect(o.human).not.toMatch(/--security/);
    expect(o.json.ms).toBeLessThan(3000);
    // one probe handshake per run (two runs: --json and human), each in the old version
    expect(s.handshakes).toEqual([version, version]);
  });

  it('no shared cipher: TLS_VERSION_OR_CIPHER at once', async () => {
    const s = await policy('implicit', { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-CAMELLIA128-SHA256' });
    const o = await run(s.port, ['--security', 'tls', '--timeout', '10']);
    expect(step(o, 'tls').failure).toMatchObject({ reason: 'tls-cipher-mismatch' });
    expect(o.json.diagnoses[0]).toMatchObject({ rule: 'tls.no-shared-cipher', category: 'TLS_VERSION_OR_CIPHER' });
    expect(o.human).toMatch(/no cipher in common/);
    // what the server does offer, learned by the probe handshake, is in the evidence
    expect(step(o, 'tls').facts.serverCipher).toBe('ECDHE-ECDSA-CAMELLIA128-SHA256');
    expect(o.human).toMatch(/worked: TLSv1\.2, ECDHE-ECDSA-CAMELLIA128-SHA256/);
    expect(o.human).not.toMatch(/--security/);
    expect(o.json.ms).toBeLessThan(3000);
  });

  it('TLS 1.2 with a static-RSA CBC cipher works, but warns', async () => {
    const leaf = await rsaLeaf(pki.ca);
    const s = await policy('implicit', { ...leaf, maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA256' });
    const o = await run(s.port, ['--security', 'tls', '--timeout', '5']);
    expect(o.json.verdict).toBe('warn');
    expect(step(o, 'tls').status).toBe('warn');
    expect(step(o, 'tls').warnings?.map((w) => w.key)).toContain('warn.weak-cipher');
    expect(o.human).toMatch(/TLS_RSA_WITH_AES_128_CBC_SHA256.*no forward secrecy/);
  });
});
