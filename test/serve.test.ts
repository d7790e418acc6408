/**
 * `smtp-doctor serve`, end to end: the BUILT binary runs as a real process (127.0.0.1 only,
 * ports chosen by the system, the local CA in a temporary SMTP_DOCTOR_CONFIG_DIR), and an
 * independent client talks to it: swaks (Debian package; .ci/mta/setup.sh installs it in CI)
 * and smtp-doctor's own `check`, whose diagnosis must name each persona's failure.
 *
 * Without swaks the swaks tests are skipped locally and fail in CI (process.env.CI).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from './support/bin.js';

const SWAKS = ['/usr/bin/swaks', ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'swaks'))].find((p) => p && existsSync(p));
const withSwaks = it.skipIf(!SWAKS && !process.env.CI);

const PASSWORD = 'Sandbox-Pass-42';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'smtp-doctor-serve-'));
const configDir = path.join(tmp, 'config');
const children = new Set<ChildProcess>();

interface Event {
  event: string;
  [k: string]: unknown;
}

interface Served {
  child: ChildProcess;
  smtp: number;
  smtps: number;
  caFile: string;
  listening: Event;
  events: Event[];
  stdout: () => string;
  stderr: () => string;
  /** the next event of this kind (waits for it) */
  next: (kind: string, timeoutMs?: number) => Promise<Event>;
  /** SIGTERM (or SIGINT), then the exit code */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: tmp, LANG: 'C.UTF-8', SMTP_DOCTOR_CONFIG_DIR: configDir, ...extra };
}

/** Start `serve --port 0 --tls-port 0 --json ...args` and wait for its 'listening' event. */
async function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--tls-port', '0', '--json', ...args], { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  const events: Event[] = [];
  const waiters: Array<() => void> = [];
  let buffered = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    buffered += c.toString();
    let i: number;
    while ((i = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      if (line.trim()) events.push(JSON.parse(line) as Event);
    }
    for (const w of waiters.splice(0)) w();
  });
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  // 'close', not 'exit': 'exit' may come before the last stdout chunk has been read.
  let closed = false;
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => {
    closed = true;
    children.delete(child);
    for (const w of waiters.splice(0)) w();
    resolve(code);
  }));
  let seen = 0;
  const next = (kind: string, timeoutMs = 10_000): Promise<Event> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${kind}' event in ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`)), timeoutMs);
      const look = (): void => {
        for (; seen < events.length; seen++) {
          if (events[seen]!.event === kind) {
            clearTimeout(timer);
            resolve(events[seen++]!);
            return;
          }
        }
        if (closed) {
          clearTimeout(timer);
          reject(new Error(`serve exited (${child.exitCode}) before a '${kind}' event\nstdout: ${out}\nstderr: ${err}`));
          return;
        }
        waiters.push(look);
      };
      look();
    });
  const listening = await next('listening');
  const smtp = (listening.smtp as { port: number }).port;
  const smtps = (listening.smtps as { port: number }).port;
  return {
    child,
    smtp,
    smtps,
    caFile: listening.caFile as string,
    listening,
    events,
    stdout: () => out,
    stderr: () => err,
    next,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Run swaks; resolves with its exit code and everything it printed. */
function swaks(args: string[], timeoutMs = 15_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    if (!SWAKS) return reject(new Error('swaks is not installed (apt-get install swaks; CI installs it via .ci/mta/setup.sh)'));
    const child = spawn(SWAKS, ['--timeout', '10', '--helo', 'client.smtp-doctor.test', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`swaks ${args.join(' ')} did not finish\n${out}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const envelope = (subject: string): string[] => ['--from', 'dev@example.com', '--to', 'inbox@example.com', '--header', `Subject: ${subject}`, '--body', 'hello from the serve test'];

/** smtp-doctor check --json against the sandbox. */
async function check(port: number, caFile: string, extra: string[], env: NodeJS.ProcessEnv = {}): Promise<Record<string, unknown> & { diagnoses: Array<{ category: string; provider?: string; evidence: string }>; steps: Array<{ id: string; status: string; failure?: { reason?: string; response?: string } }> }> {
  const r = await runBin(
    ['check', '--host', '127.0.0.1', '--port', String(port), '--ca', caFile, '--tls-servername', 'localhost', '--from', 'dev@example.com', '--to', 'inbox@example.com', '--timeout', '3', '--json', ...extra],
    { env: baseEnv({ SMTP_PASSWORD: PASSWORD, ...env }) },
  );
  try {
    return JSON.parse(r.stdout) as never;
  } catch {
    throw new Error(`check did not print JSON (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
  }
}

const login = ['--security', 'starttls', '--user', 'dev@example.com', '--password-env', 'SMTP_PASSWORD'];

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('serve: local CA', () => {
  it('creates the local CA on first use (key 0600) and reuses it on the next start', async () => {
    const first = await serve([]);
    expect(first.listening.caCreated).toBe(true);
    expect(first.caFile).toBe(path.join(configDir, 'ca.pem'));
    const pem = readFileSync(first.caFile, 'utf8');
    expect(pem).toMatch(/BEGIN CERTIFICATE/);
    if (process.platform !== 'win32') expect(statSync(path.join(configDir, 'ca-key.pem')).mode & 0o777).toBe(0o600);
    // binds loopback only, and says so
    expect(first.listening.smtp).toEqual({ host: '127.0.0.1', port: first.smtp });
    expect(first.listening.smtps).toEqual({ host: '127.0.0.1', port: first.smtps });
    expect(first.listening.loopbackOnly).toBe(true);
    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.events.at(-1)?.event).toBe('stopped');

    const second = await serve([]);
    expect(second.listening.caCreated).toBe(false);
    expect(readFileSync(second.caFile, 'utf8')).toBe(pem);
    expect(await second.stop()).toBe(0);
  });
});

describe('serve: sending through it', () => {
  let s: Served;
  let maildir: string;
  beforeAll(async () => {
    maildir = path.join(tmp, 'maildir', 'new-subdir');
    s = await serve(['--maildir', maildir]);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('has swaks where it must (CI)', () => {
    if (process.env.CI) expect(SWAKS, 'swaks must be installed in CI (.ci/mta/setup.sh)').toBeTruthy();
  });

  withSwaks('accepts a plain message, reports it and saves it as .eml in the maildir', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtp), ...envelope('plain hello')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/250 2\.0\.0 Ok: queued as [0-9A-Z]+/);
    const m = await s.next('message');
    expect(m).toMatchObject({ from: 'dev@example.com', to: ['inbox@example.com'], subject: 'plain hello', listener: 'smtp', secure: false });
    expect(m.size).toBeGreaterThan(0);
    const file = m.file as string;
    expect(path.dirname(file)).toBe(maildir);
    expect(path.basename(file)).toMatch(/^[0-9A-Za-z.-]+\.eml$/);
    expect(readFileSync(file, 'utf8')).toMatch(/^Subject: plain hello$/m);
  });

  withSwaks('accepts a message over STARTTLS verified against the local CA', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtp), '--tls', '--tls-verify', '--tls-ca-path', s.caFile, ...envelope('starttls hello')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/TLS started/);
    expect(await s.next('message')).toMatchObject({ subject: 'starttls hello', secure: true, listener: 'smtp' });
  });

  withSwaks('accepts a message over implicit TLS (--tlsc) verified against the local CA', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtps), '--tlsc', '--tls-verify', '--tls-ca-path', s.caFile, ...envelope('implicit tls hello')]);
    expect(r.code, r.out).toBe(0);
    expect(await s.next('message')).toMatchObject({ subject: 'implicit tls hello', secure: true, listener: 'smtps' });
  });

  withSwaks('saves one unique .eml per message', () => {
    const files = readdirSync(maildir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(3);
    const subjects = files.map((f) => /^Subject: (.*)$/m.exec(readFileSync(path.join(maildir, f), 'utf8'))?.[1]).sort();
    expect(subjects).toEqual(['implicit tls hello', 'plain hello', 'starttls hello']);
  });

  it('smtp-doctor check passes against it (STARTTLS, any AUTH, test send)', async () => {
    const report = await check(s.smtp, s.caFile, login);
    expect(report.verdict, JSON.stringify(report.diagnoses)).toBe('pass');
    expect(await s.next('message')).toMatchObject({ from: 'dev@example.com', user: 'dev@example.com' });
  });
});

describe('serve: human output', () => {
  withSwaks('prints where it listens, how to trust the CA, and one summary line per message', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--tls-port', '0', '--no-color'], { env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const until = async (re: RegExp): Promise<RegExpExecArray> => {
      for (let i = 0; i < 200; i++) {
        const m = re.exec(out);
        if (m) return m;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${re} in\n${out}`);
    };
    const port = Number((await until(/SMTP \+ STARTTLS\s+127\.0\.0\.1:(\d+)/))[1]);
    expect(out).toMatch(/SMTPS \(implicit TLS\)\s+127\.0\.0\.1:\d+/);
    expect(out).toContain(`NODE_EXTRA_CA_CERTS=${path.join(configDir, 'ca.pem')}`);
    expect(out).toContain(`--ca ${path.join(configDir, 'ca.pem')}`);
    const r = await swaks(['--server', '127.0.0.1', '--port', String(port), ...envelope('summary line')]);
    expect(r.code, r.out).toBe(0);
    const line = (await until(/^.*message from dev@example\.com.*$/m))[0];
    expect(line).toMatch(/to inbox@example\.com, subject "summary line", \d+ bytes/);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  });
});

describe('serve: --auth and --require-starttls', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--auth', 'dev@example.com', '--auth-password-env', 'SANDBOX_PW'], { SANDBOX_PW: PASSWORD });
    expect(s.listening.auth).toEqual({ user: 'dev@example.com', passwordEnv: 'SANDBOX_PW' });
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  withSwaks('accepts AUTH PLAIN with the right password after STARTTLS', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtp), '--tls', '--tls-verify', '--tls-ca-path', s.caFile, '--auth', 'PLAIN', '--auth-user', 'dev@example.com', '--auth-password', PASSWORD, ...envelope('with auth')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/235 /);
    expect(await s.next('message')).toMatchObject({ subject: 'with auth', user: 'dev@example.com' });
  });

  withSwaks('refuses a wrong password with 535 5.7.8', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtps), '--tlsc', '--tls-verify', '--tls-ca-path', s.caFile, '--auth', 'LOGIN', '--auth-user', 'dev@example.com', '--auth-password', 'wrong', ...envelope('x')]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/535 5\.7\.8 Authentication credentials invalid/);
    expect(await s.next('refused')).toMatchObject({ stage: 'auth', code: 535 });
  });

  withSwaks('does not offer AUTH before TLS and refuses MAIL without it', async () => {
    const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtp), ...envelope('x')]);
    expect(r.code).not.toBe(0);
    expect(r.out).not.toMatch(/250[- ]AUTH/);
    expect(r.out).toMatch(/530 5\.7\.0 Must issue a STARTTLS command first/);
  });

  it('check diagnoses a wrong password against it as WRONG_CREDENTIALS', async () => {
    const report = await check(s.smtp, s.caFile, login, { SMTP_PASSWORD: 'not-the-password' });
    expect(report.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
  });

  it('refuses to start when the password variable is not set (one line, exit 2)', async () => {
    const r = await runBin(['serve', '--port', '0', '--tls-port', '0', '--auth', 'dev@example.com'], { env: baseEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/SMTP_PASSWORD/);
  });

  withSwaks('--require-starttls refuses plain MAIL with 530 and accepts it after STARTTLS', async () => {
    const t = await serve(['--require-starttls']);
    try {
      const plain = await swaks(['--server', '127.0.0.1', '--port', String(t.smtp), ...envelope('x')]);
      expect(plain.code).not.toBe(0);
      expect(plain.out).toMatch(/<\*\* +530 5\.7\.0 Must issue a STARTTLS command first/);
      const tls = await swaks(['--server', '127.0.0.1', '--port', String(t.smtp), '--tls', '--tls-verify', '--tls-ca-path', t.caFile, ...envelope('after starttls')]);
      expect(tls.code, tls.out).toBe(0);
      expect(await t.next('message')).toMatchObject({ subject: 'after starttls' });
    } finally {
      expect(await t.stop()).toBe(0);
    }
  });
});

describe('serve: fault personas', () => {
  const cases: Array<{ persona: string; args: string[]; category: string[]; provider?: string; wording: RegExp }> = [
    { persona: 'gmail-bad-credentials', args: login, category: ['WRONG_CREDENTIALS'], provider: 'gmail', wording: /535 5\.7\.8 Username and Password not accepted\. For more information, go to https:\/\/support\.google\.com\/mail\/\?p=BadCredentials .* - gsmtp/ },
    { persona: 'gmail-app-password', args: login, category: ['APP_PASSWORD_REQUIRED'], provider: 'gmail', wording: /534 5\.7\.9 Application-specific password required\./ },
    { persona: 'm365-smtp-auth-disabled', args: login, category: ['AUTH_DISABLED_BY_PROVIDER'], provider: 'microsoft', wording: /535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\. Visit https:\/\/aka\.ms\/smtp_auth_disabled for more information\./ },
    { persona: 'ses-unverified-sender', args: login, category: ['SENDER_NOT_AUTHORIZED'], provider: 'ses', wording: /554 Message rejected: Email address is not verified\. The following identities failed the check in region US-EAST-1: dev@example\.com/ },
    { persona: 'greeting-554', args: login, category: ['CLIENT_IP_BLOCKED'], wording: /554 5\.7\.1 Service unavailable; Client host \[127\.0\.0\.1\] blocked using zen\.spamhaus\.org/ },
    { persona: 'starttls-required', args: ['--security', 'none'], category: ['STARTTLS_REQUIRED'], wording: /530 5\.7\.0 Must issue a STARTTLS command first\. .* - gsmtp/ },
    { persona: 'rate-limit', args: login, category: ['RATE_LIMITED', 'SERVER_TEMPORARY_FAILURE'], wording: /421 4\.7\.28 \[127\.0\.0\.1 +\d+\] Our system has detected an unusual rate of unsolicited mail/ },
  ];

  for (const c of cases) {
    it(`${c.persona}: check diagnoses ${c.category.join(' or ')}, and the reply has the real wording`, async () => {
      const s = await serve(['--persona', c.persona]);
      try {
        expect(s.listening.persona).toBe(c.persona);
        const report = await check(s.smtp, s.caFile, c.args);
        const d = report.diagnoses[0];
        expect(c.category, JSON.stringify(report.diagnoses)).toContain(d?.category);
        if (c.provider) expect(d?.provider).toBe(c.provider);
        expect(JSON.stringify(report)).toMatch(c.wording);
        const refused = await s.next('refused');
        expect(refused.persona).toBe(c.persona);
        expect(`${refused.code} ${refused.text}`).toMatch(c.wording);
      } finally {
        expect(await s.stop()).toBe(0);
      }
    });
  }

  withSwaks('gmail-bad-credentials greets like smtp.gmail.com and refuses AUTH (swaks --quit-after AUTH)', async () => {
    const s = await serve(['--persona', 'gmail-bad-credentials']);
    try {
      const r = await swaks(['--server', '127.0.0.1', '--port', String(s.smtp), '--tls', '--tls-verify', '--tls-ca-path', s.caFile, '--auth', 'PLAIN', '--auth-user', 'dev@gmail.com', '--auth-password', 'x', '--quit-after', 'AUTH', ...envelope('x')]);
      expect(r.out).toMatch(/<- +220 smtp\.gmail\.com ESMTP \S+ - gsmtp/);
      expect(r.out).toMatch(/<~\* +535 5\.7\.8 Username and Password not accepted/);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('tarpit: accepts the connection and never greets; check reports a greeting timeout', async () => {
    const s = await serve(['--persona', 'tarpit']);
    try {
      const report = await check(s.smtp, s.caFile, [...login, '--timeout', '1']);
      const greeting = report.steps.find((st) => st.id === 'greeting');
      expect(greeting?.status).toBe('fail');
      expect(greeting?.failure?.reason).toBe('greeting-timeout');
      expect(report.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('tarpit: the server itself closes a connection it never greeted (no leak)', async () => {
    const s = await serve(['--persona', 'tarpit'], { SMTP_DOCTOR_TARPIT_SECONDS: '1' });
    try {
      const started = Date.now();
      const { data, ms } = await new Promise<{ data: string; ms: number }>((resolve, reject) => {
        const sock = net.connect(s.smtp, '127.0.0.1');
        let data = '';
        sock.on('data', (c: Buffer) => (data += c.toString()));
        sock.on('error', reject);
        sock.on('close', () => resolve({ data, ms: Date.now() - started }));
        setTimeout(() => reject(new Error('the tarpit did not close the connection')), 8000).unref();
      });
      expect(ms).toBeGreaterThanOrEqual(900);
      expect(data).not.toMatch(/^220/m);
      expect(data).toMatch(/^421 4\.4\.2 /);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('--list-personas prints every persona with a one-line description (en and ko), exit 0', async () => {
    const en = await runBin(['serve', '--list-personas'], { env: baseEnv() });
    expect(en.code).toBe(0);
    for (const name of ['gmail-bad-credentials', 'gmail-app-password', 'm365-smtp-auth-disabled', 'ses-unverified-sender', 'greeting-554', 'starttls-required', 'tarpit', 'rate-limit']) {
      expect(en.stdout).toMatch(new RegExp(`^  ${name} +\\S.*$`, 'm'));
    }
    expect(en.stdout.trim().split('\n')).toHaveLength(9);
    const ko = await runBin(['serve', '--list-personas', '--lang', 'ko'], { env: baseEnv() });
    expect(ko.code).toBe(0);
    expect(ko.stdout).toMatch(/[\uac00-\ud7a3]/);
    expect(ko.stdout).toMatch(/^  tarpit +.*[\uac00-\ud7a3]/m);
  });

  it('an unknown persona is a one-line usage error naming the valid ones (exit 2)', async () => {
    const r = await runBin(['serve', '--port', '0', '--tls-port', '0', '--persona', 'gmail-typo'], { env: baseEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/gmail-typo/);
    expect(r.stderr).toMatch(/gmail-bad-credentials, gmail-app-password, .*rate-limit/);
  });
});

describe('serve: robustness', () => {
  it('a port in use is a one-line error, not a stack trace (exit 4)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await runBin(['serve', '--port', String(port), '--tls-port', '0'], { env: baseEnv() });
      expect(r.code).toBe(4);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`127.0.0.1:${port}`);
      expect(r.stderr).toMatch(/already in use/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const j = await runBin(['serve', '--port', String(port), '--tls-port', '0', '--json'], { env: baseEnv() });
      expect(j.code).toBe(4);
      expect(JSON.parse(j.stdout.trim())).toMatchObject({ event: 'error', scope: 'listen', code: 'EADDRINUSE', port });
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('refuses a message over 25 MiB with 552 and keeps serving', async () => {
    const s = await serve([]);
    try {
      const replies = await new Promise<string>((resolve, reject) => {
        const sock = net.connect(s.smtp, '127.0.0.1');
        let got = '';
        let step = 0;
        const line = `${'x'.repeat(998)}\r\n`;
        sock.on('data', (c: Buffer) => {
          got += c.toString();
          if (!/\r\n$/.test(got) || /^\d{3}-/m.test(got.split('\r\n').at(-2) ?? '')) return;
          step++;
          if (step === 1) sock.write('EHLO client.smtp-doctor.test\r\n');
          else if (step === 2) sock.write('MAIL FROM:<dev@example.com>\r\n');
          else if (step === 3) sock.write('RCPT TO:<inbox@example.com>\r\n');
          else if (step === 4) sock.write('DATA\r\n');
          else if (step === 5) {
            const chunk = line.repeat(1024); // ~1 MB
            for (let i = 0; i < 27; i++) sock.write(chunk);
            sock.write('.\r\n');
          } else if (step === 6) sock.end('QUIT\r\n');
        });
        sock.on('error', reject);
        sock.on('close', () => resolve(got));
        setTimeout(() => reject(new Error(`no answer\n${got}`)), 20_000).unref();
      });
      expect(replies).toMatch(/^552 5\.3\.4 Error: message file too big/m);
      expect(replies).toMatch(/^221 /m); // the session goes on after the refusal
      expect(await s.next('refused')).toMatchObject({ stage: 'data', code: 552 });
      expect(s.events.some((e) => e.event === 'message')).toBe(false);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('rejects bad ports before binding anything', async () => {
    const r = await runBin(['serve', '--port', '70000'], { env: baseEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--port/);
  });
});
