/**
 * Live checks around AUTH, credentials, config and mx, through the built binary against real
 * listeners on 127.0.0.1 (scripted raw servers, smtp-server personas, the real Postfix when
 * it runs, a UDP socket that answers DNS badly). Needs `npm run build` first.
 */
import dgram from 'node:dgram';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startRawServer, type Step } from './helpers/raw-server.js';
import { startSmtpServer } from './helpers/smtp-servers.js';
import { runBin, type RunResult } from './support/bin.js';

const closers: Array<{ close(): Promise<void> | void }> = [];
let pki: TestPki;
let dir: string;
beforeAll(async () => {
  pki = await createTestPki();
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-liveauth-'));
});
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

/** Is the real Postfix of .ci/mta running here? (CI=true makes it mandatory.) */
async function postfixUp(port: number): Promise<boolean> {
  if (process.env.CI === 'true') return true;
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

interface JsonReport {
  verdict: string;
  steps: Array<{ id: string; status: string; failure?: { reason?: string }; warnings?: Array<{ key: string; text?: string }> }>;
  diagnoses: Array<{ category: string; cause: string | { text: string }; fix: string | { text: string }; hints: unknown[] }>;
}
const json = (r: RunResult): JsonReport => JSON.parse(r.stdout) as JsonReport;
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const step = (r: JsonReport, id: string): JsonReport['steps'][number] => r.steps.find((s) => s.id === id)!;
const BAD = { code: 535, message: '5.7.8 Authentication credentials invalid' };
const PW = { SMTP_PW: 'Correct-Horse-9' };

async function raw(script: Step[]): Promise<number> {
  const s = await startRawServer({ script, starttlsCert: pki.good });
  closers.push(s);
  return s.port;
}
const base = (port: number): string[] => ['check', '--host', '127.0.0.1', '--port', String(port), '--no-probe', '--no-color'];
const tlsArgs = (): string[] => ['--ca', pki.caFile, '--tls-servername', 'localhost'];

describe('1. a port that takes no logins at all', () => {
  it('no AUTH and no STARTTLS (Postfix port 25 style): AUTH_MECHANISM_UNSUPPORTED, not STARTTLS_REQUIRED', async () => {
    const port = await raw([
      { send: '220 relay.example.com ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-relay.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n' },
    ]);
    const r = await runBin([...base(port), '--user', 'me@example.com', '--password-env', 'SMTP_PW', '--json'], { env: PW });
    const j = json(r);
    expect(step(j, 'auth').failure?.reason).toBe('auth-not-offered');
    expect(j.diagnoses[0]?.category).toBe('AUTH_MECHANISM_UNSUPPORTED');
    expect(text(j.diagnoses[0]?.fix)).toMatch(/587/);
    const human = await runBin([...base(port), '--user', 'me@example.com', '--password-env', 'SMTP_PW'], { env: PW });
    expect(human.stdout).toMatch(/takes no logins/);
    expect(human.stdout).not.toMatch(/STARTTLS_REQUIRED/);
  });

  it('the real Postfix plain port 10025 (no AUTH, no STARTTLS)', async () => {
    if (!(await postfixUp(10025))) return;
    const r = await runBin([...base(10025), '--user', 'tester@smtp-doctor.test', '--password-env', 'SMTP_PW', '--json'], { env: PW });
    expect(json(r).diagnoses[0]?.category).toBe('AUTH_MECHANISM_UNSUPPORTED');
  });

  it('STARTTLS offered, but no AUTH before or after TLS', async () => {
    const port = await raw([
      { send: '220 relay.example.com ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-relay.example.com\r\n250 STARTTLS\r\n' },
      { expect: 'STARTTLS' },
      { send: '220 go ahead\r\n' },
      { starttls: true },
      { expect: 'EHLO' },
      { send: '250-relay.example.com\r\n250 8BITMIME\r\n' },
    ]);
    const r = await runBin([...base(port), ...tlsArgs(), '--user', 'me@example.com', '--password-env', 'SMTP_PW', '--json'], { env: PW });
    const j = json(r);
    expect(j.diagnoses[0]?.category).toBe('AUTH_MECHANISM_UNSUPPORTED');
    expect(text(j.diagnoses[0]?.cause)).toMatch(/takes no logins/);
  });
});

describe('2. AUTH offered before STARTTLS', () => {
  const script = (): Step[] => [
    { send: '220 mail.example.com ESMTP\r\n' },
    { expect: 'EHLO' },
    { send: '250-mail.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n' },
    { expect: 'STARTTLS' },
    { send: '220 go ahead\r\n' },
    { starttls: true },
    { expect: 'EHLO' },
    { send: '250-mail.example.com\r\n250 AUTH PLAIN LOGIN\r\n' },
    { expect: /^AUTH PLAIN/ },
    { send: '235 2.7.0 Authentication successful\r\n' },
  ];
  it('is a warning even though this run upgraded to TLS before AUTH (en and ko)', async () => {
    const port = await raw(script());
    const args = [...base(port), ...tlsArgs(), '--user', 'me@example.com', '--password-env', 'SMTP_PW'];
    const r = await runBin([...args, '--json'], { env: PW });
    const j = json(r);
    expect(step(j, 'auth').status).toBe('pass');
    expect(j.verdict).toBe('warn');
    const tls = step(j, 'tls');
    expect(tls.status).toBe('warn');
    expect(tls.warnings?.map((w) => w.key)).toContain('warn.auth-before-tls');
    const human = await runBin(args, { env: PW });
    expect(human.stdout).toMatch(/before STARTTLS.*in clear|in clear.*before STARTTLS/i);
    const ko = await runBin([...args, '--lang', 'ko'], { env: PW });
    expect(ko.stdout).toMatch(/STARTTLS 전에/);
  });
});

describe('3. wrong credentials with a bare user name', () => {
  it('suggests the full address from the server\'s domain, never the bare name', async () => {
    const s = await startSmtpServer({ personality: 'reject-auth', name: 'mail.example.com', cert: pki.good, authReply: BAD });
    closers.push(s);
    const args = [...base(s.port), ...tlsArgs(), '--user', 'tester', '--password-env', 'SMTP_PW'];
    const j = json(await runBin([...args, '--json'], { env: PW }));
    expect(j.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    const fix = text(j.diagnoses[0]?.fix);
    expect(fix).toContain('tester@example.com');
    expect(fix).not.toMatch(/e\.g\. tester\b(?!@)/);
    const ko = await runBin([...args, '--lang', 'ko'], { env: PW });
    expect(ko.stdout).toContain('tester@example.com');
  });

  it('prefers the domain of --from', async () => {
    const s = await startSmtpServer({ personality: 'reject-auth', name: 'mail.example.com', cert: pki.good, authReply: BAD });
    closers.push(s);
    const args = [...base(s.port), ...tlsArgs(), '--user', 'tester', '--password-env', 'SMTP_PW', '--from', 'sender@corp.test'];
    const j = json(await runBin([...args, '--json'], { env: PW }));
    expect(text(j.diagnoses[0]?.fix)).toContain('tester@corp.test');
  });
});

describe('4. Rails tls: true with enable_starttls_auto: true', () => {
  it('is checked as implicit TLS, the way the mail gem connects, not as STARTTLS', async () => {
    const s = await startSmtpServer({ personality: 'starttls-auth', cert: pki.good });
    closers.push(s);
    const file = join(dir, 'production.rb');
    writeFileSync(
      file,
      `Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: '127.0.0.1',
    port: ${s.port},
    tls: true,
    enable_starttls_auto: true,
  }
end
`,
    );
    const args = ['check', '--config', file, '--no-probe', '--no-color', ...tlsArgs(), '--timeout', '3'];
    const r = await runBin([...args, '--json'], { env: PW });
    const j = json(r) as JsonReport & { target: { security: string }; lints: Array<{ id: string }> };
    expect(j.target.security).toBe('tls');
    expect(j.verdict).toBe('fail');
    expect(j.lints.map((l) => l.id)).toContain('tls-and-starttls');
  });
});

describe('5. a delayed AUTH reply (auth penalty)', () => {
  it('says the AUTH reply did not come in time, with its own reason, and suggests waiting or --timeout', async () => {
    const port = await raw([
      { send: '220 mail.example.com ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-mail.example.com\r\n250 STARTTLS\r\n' },
      { expect: 'STARTTLS' },
      { send: '220 go ahead\r\n' },
      { starttls: true },
      { expect: 'EHLO' },
      { send: '250-mail.example.com\r\n250 AUTH PLAIN LOGIN\r\n' },
      { expect: /^AUTH PLAIN/ },
      { wait: 6000 },
      { send: '535 5.7.8 Authentication failed\r\n' },
    ]);
    const args = [...base(port), ...tlsArgs(), '--user', 'me@example.com', '--password-env', 'SMTP_PW', '--timeout', '2'];
    const j = json(await runBin([...args, '--json'], { env: PW }));
    expect(step(j, 'auth').failure?.reason).toBe('auth-reply-timeout');
    const fix = text(j.diagnoses[0]?.fix);
    expect(fix).toMatch(/--timeout/);
    expect(fix).toMatch(/minute/);
    expect(text(j.diagnoses[0]?.cause)).not.toMatch(/stopped answering/);
    const ko = await runBin([...args, '--lang', 'ko'], { env: PW });
    expect(ko.stdout).toMatch(/--timeout/);
  });
});

/** A DNS server that answers MX with NODATA and everything else with SERVFAIL (or never answers A). */
async function brokenDns(mode: 'servfail' | 'silent-a'): Promise<string> {
  const sock = dgram.createSocket('udp4');
  sock.on('message', (msg, rinfo) => {
    let i = 12;
    while (i < msg.length && msg[i] !== 0) i += msg[i]! + 1;
    const qtype = msg.readUInt16BE(i + 1);
    if (qtype !== 15 && mode === 'silent-a') return;
    const out = Buffer.from(msg.subarray(0, i + 5));
    out[2] = 0x84 | (msg[2]! & 0x01); // QR, AA, RD copied
    out[3] = qtype === 15 ? 0x00 : 0x02; // NOERROR (no answers) for MX, SERVFAIL otherwise
    out.writeUInt16BE(0, 6);
    out.writeUInt16BE(0, 8);
    out.writeUInt16BE(0, 10);
    sock.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => sock.bind(0, '127.0.0.1', resolve));
  closers.push({ close: () => sock.close() });
  return `127.0.0.1:${sock.address().port}`;
}

describe('7. mx when DNS itself fails', () => {
  it('SERVFAIL on the address lookup: says the lookup failed, not that mail cannot be delivered', async () => {
    const server = await brokenDns('servfail');
    const r = await runBin(['mx', 'broken.test', '--dns-server', server, '--timeout', '2', '--no-color']);
    expect(r.stdout).not.toMatch(/cannot be delivered/);
    expect(r.stdout).toMatch(/lookup .*failed/i);
    const j = JSON.parse((await runBin(['mx', 'broken.test', '--dns-server', server, '--timeout', '2', '--json'])).stdout);
    expect(j.verdict.key).not.toBe('mx.none');
  });

  it('a resolver that never answers the address lookup', async () => {
    const server = await brokenDns('silent-a');
    const r = await runBin(['mx', 'quiet.test', '--dns-server', server, '--timeout', '2', '--no-color', '--lang', 'ko']);
    expect(r.stdout).not.toMatch(/배달할 수 없/);
    const en = await runBin(['mx', 'quiet.test', '--dns-server', server, '--timeout', '2', '--no-color']);
    expect(en.stdout).toMatch(/lookup .*failed/i);
  });
});
