/**
 * Live checks around AUTH, credentials, config and mx, through the built binary against real
 * listeners on 127.0.0.1 (scripted raw servers, smtp-server personas, the real Postfix when
 * it runs, a UDP socket that answers DNS badly). Needs `npm run build` first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startRawServer, type Step } from './helpers/raw-server.js';
import { startSmtpServer } from './helpers/smtp-servers.js';
import { runBin, type RunResult } from './support/bin.js';
import { LANGS, t } from '../src/i18n/index.js';
import { closedUdpPort, startBrokenDns } from './helpers/broken-dns.js';
import { explainKeys, PARAM_SETS, problems } from './support/wording.js';
import { displayWidth } from '../src/render/width.js';

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
  steps: Array<{ id: string; status: string; failure?: { reason?: string }; warnings?: Array<{ key: string }> }>;
  diagnoses: Array<{ category: string; cause: unknown; fix: unknown; hints: unknown[] }>;
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
const base = (port: number): string[] => [
  'check', '--host', '127.0.0.1', '--port', String(port), '--no-probe', '--no-color',
];
const login = (user = 'me@example.com'): string[] => ['--user', user, '--password-env', 'SMTP_PW'];
/** An smtp-server that refuses every login with a plain 535 (no provider wording). */
async function rejecting(): Promise<{ port: number }> {
  const s = await startSmtpServer({
    personality: 'reject-auth', name: 'mail.example.com', cert: pki.good, authReply: BAD,
  });
  closers.push(s);
  return s;
}
const tlsArgs = (): string[] => ['--ca', pki.caFile, '--tls-servername', 'localhost'];

describe('1. a port that takes no logins at all', () => {
  it('no AUTH and no STARTTLS (Postfix port 25 style): AUTH_MECHANISM_UNSUPPORTED, not STARTTLS_REQUIRED', async () => {
    const port = await raw([
      { send: '220 relay.example.com ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-relay.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n' },
    ]);
    const r = await runBin([...base(port), ...login(), '--json'], { env: PW });
    const j = json(r);
    expect(step(j, 'auth').failure?.reason).toBe('auth-not-offered');
    expect(j.diagnoses[0]?.category).toBe('AUTH_MECHANISM_UNSUPPORTED');
    expect(text(j.diagnoses[0]?.fix)).toMatch(/587/);
    const human = await runBin([...base(port), ...login()], { env: PW });
    expect(human.stdout).toMatch(/takes no logins/);
    expect(human.stdout).not.toMatch(/STARTTLS_REQUIRED/);
  });

  it('the real Postfix plain port 10025 (no AUTH, no STARTTLS)', async () => {
    if (!(await postfixUp(10025))) return;
    const r = await runBin([...base(10025), ...login('tester@smtp-doctor.test'), '--json'], { env: PW });
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
    const r = await runBin([...base(port), ...tlsArgs(), ...login(), '--json'], { env: PW });
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
    const args = [...base(port), ...tlsArgs(), ...login()];
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
    const s = await rejecting();
    const args = [...base(s.port), ...tlsArgs(), ...login('tester')];
    const j = json(await runBin([...args, '--json'], { env: PW }));
    expect(j.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    const fix = text(j.diagnoses[0]?.fix);
    expect(fix).toContain('tester@example.com');
    expect(fix).not.toMatch(/e\.g\. tester\b(?!@)/);
    const ko = await runBin([...args, '--lang', 'ko'], { env: PW });
    expect(ko.stdout).toContain('tester@example.com');
  });

  it('prefers the domain of --from', async () => {
    const s = await rejecting();
    const args = [...base(s.port), ...tlsArgs(), ...login('tester'), '--from', 'sender@corp.test'];
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
    expect(j.lints.map((l) => l.id)).toEqual(expect.arrayContaining(['tls-and-starttls', 'rails-tls-wins']));
    const human = await runBin(args, { env: PW });
    expect(human.stdout).toMatch(/Checking 127\.0\.0\.1:\d+ \(tls\)/);
    expect(human.stdout).toMatch(/Rails \(the mail gem\) uses implicit TLS .* ignores .*enable_starttls_auto/);
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
    const args = [...base(port), ...tlsArgs(), ...login(), '--timeout', '2'];
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


async function dns(mode: Parameters<typeof startBrokenDns>[0]): Promise<{ server: string }> {
  const d = await startBrokenDns(mode);
  closers.push(d);
  return d;
}

describe('7. mx when DNS itself fails', () => {
  it('SERVFAIL on the address lookup: says the lookup failed, not that mail cannot be delivered', async () => {
    const { server } = await dns('servfail');
    const r = await runBin(['mx', 'broken.test', '--dns-server', server, '--timeout', '2', '--no-color']);
    expect(r.stdout).not.toMatch(/cannot be delivered/);
    expect(r.stdout).toMatch(/lookup .*failed/i);
    const mx = ['mx', 'broken.test', '--dns-server', server, '--timeout', '2'];
    const j = JSON.parse((await runBin([...mx, '--json'])).stdout) as { verdict: { key: string } };
    expect(j.verdict.key).not.toBe('mx.none');
  });

  it('MX records whose host lookups all fail: the lookups failed, not the hosts', async () => {
    const { server } = await dns('mx-servfail');
    const r = await runBin(['mx', 'mxfail.test', '--dns-server', server, '--timeout', '2', '--no-color']);
    expect(r.stdout).toContain('mx1.mxfail.test');
    expect(r.stdout).not.toMatch(/no MX accepts connections/);
    expect(r.stdout).toMatch(/lookup .*failed/i);
  });

  it('no DNS server at all (a closed UDP port)', async () => {
    const server = `127.0.0.1:${await closedUdpPort()}`;
    const r = await runBin(['mx', 'example.test', '--dns-server', server, '--timeout', '2', '--no-color']);
    expect(r.stdout).not.toMatch(/cannot be delivered/);
    expect(r.stdout).toMatch(/lookup .*failed/i);
  });

  it('a resolver that never answers the address lookup', async () => {
    const { server } = await dns('silent-a');
    const mx = ['mx', 'quiet.test', '--dns-server', server, '--timeout', '2', '--no-color'];
    const r = await runBin([...mx, '--lang', 'ko']);
    expect(r.stdout).not.toMatch(/배달할 수 없/);
    const en = await runBin(mx);
    expect(en.stdout).toMatch(/lookup .*failed/i);
  });
});

describe('6. explain fills every placeholder, in both languages', () => {
  it.each(LANGS)('every rule, provider hint and stack hint renders naturally (%s)', (lang) => {
    const bad: string[] = [];
    for (const key of explainKeys()) {
      for (const params of PARAM_SETS) {
        const text = t(lang, key, params, true);
        for (const p of problems(lang, text)) bad.push(`${key} [${Object.keys(params).join(',')}]: ${p} :: ${text}`);
      }
    }
    expect(bad.join('\n')).toBe('');
  });

  it('the checker itself sees the faults it looks for', () => {
    expect(problems('en', 'within the timeout s: x')).not.toEqual([]);
    expect(problems('en', 'The server refused the sender address the sender address: x')).not.toEqual([]);
    expect(problems('ko', '서버가 제한 시간초 안에')).not.toEqual([]);
    expect(problems('en', 'on port {port}')).not.toEqual([]);
    expect(problems('ko', '발신 주소을 거부')).not.toEqual([]);
  });

  it('Korean particles after a value fit the value', () => {
    expect(t('ko', 'send.sender.cause', { from: 'you@example.com', reply: 'x' })).toContain('you@example.com을 거부');
    expect(t('ko', 'send.recipient.cause', { to: '수신자', reply: 'x' })).toContain('수신자를 거부');
    expect(t('ko', 'send.recipient.cause', { to: 'user@mail.test', reply: 'x' })).toContain('user@mail.test를 거부');
  });

  it('explain aligns its label column in Korean (Hangul is two columns wide)', async () => {
    const pasted = 'smtp.gmail.com:465 535 5.7.8 Username and Password not accepted';
    const r = await runBin(['explain', '--lang', 'ko', '--no-color', pasted]);
    const rows = r.stdout.split('\n').filter((l) => /^ {2}\S[^:]*: /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const columns = rows.map((l) => displayWidth(/^ {2}[^:]*:\s+/.exec(l)![0]));
    expect(new Set(columns).size).toBe(1);
  });
});
