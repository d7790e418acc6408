import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { createTestPki } from './helpers/certs.js';
import { startClosedPort } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN, runBin } from './support/bin.js';

const CANARY = 'Canary-Pw-5e1f!x';
let good: RunningServer;
let caFile: string;
let dir: string;
/** A FIFO nobody writes to (opening it for reading would block) and a 2 MiB regular file. */
let fifo: string;
let big: string;

beforeAll(async () => {
  const pki = await createTestPki();
  caFile = pki.caFile;
  good = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': CANARY } });
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-cli-'));
  fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  big = join(dir, 'big.yml');
  writeFileSync(big, `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
});
afterAll(async () => {
  await good.close();
});

const target = (): string[] => ['check', '--host', '127.0.0.1', '--port', String(good.port), '--ca', caFile, '--tls-servername', 'localhost', '--timeout', '5'];

describe('bad input: one line, exit 2, nothing sent', () => {
  it.each([
    [['check'], /missing --host/],
    [['check', '--host', 'h', '--port', '70000'], /invalid --port "70000"/],
    [['check', '--host', 'h', '--port', 'abc'], /invalid --port/],
    [['check', '--host', 'h', '--security', 'ssl'], /invalid --security "ssl"/],
    [['check', '--host', 'h', '--to', 'a@b.c'], /--to needs --from/],
    [['check', '--host', 'h', '--helo', 'a\r\nMAIL FROM:<x>'], /--helo must not contain CR or LF/],
    [['check', '--host', 'h', '--hots', 'x'], /unknown option --hots \(did you mean --host\?\)/],
    [['check', '--host', 'h', '--timeout', '0'], /invalid --timeout/],
    [['check', '--host', 'h', '--user', 'u'], /no password source/],
    [['check', '--host', 'h', '--user', 'u', '--password-file', '/nonexistent/pw'], /cannot read --password-file/],
    [['check', '--host', 'h', '--ca', '/nonexistent/ca.pem'], /cannot read --ca/],
    [['frobnicate'], /unknown command/],
    // Endless sources are read only up to their limit (no hang, bounded memory).
    [['check', '--host', 'h', '--user', 'u', '--password-file', '/dev/zero'], /cannot read --password-file \/dev\/zero: larger than 64 KiB/],
    // Settings files must be regular files: a device or a FIFO is refused before it is opened.
    [['check', '--host', 'h', '--ca', '/dev/zero'], /cannot read --ca \/dev\/zero: not a regular file/],
    [['check', '--config', '/dev/zero'], /cannot read \/dev\/zero: not a regular file/],
    [['check', '--targets', '/dev/zero'], /targets file \/dev\/zero: not a regular file/],
    [['check', '--host', 'h', '--ca', '@FIFO'], /not a regular file/],
    [['check', '--config', '@BIG'], /is too large for a settings file/],
  ])('%j', async (args, message) => {
    const r = await runBin((args as string[]).map((a) => (a === '@FIFO' ? fifo : a === '@BIG' ? big : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\s+at .+\(.*:\d+:\d+\)/); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('--version and --help exit 0', async () => {
    const v = await runBin(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = await runBin(['check', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--password-env');
  });
});

describe('the built binary end to end', () => {
  it('--json: one document with the documented shape, exit 0', async () => {
    const r = await runBin([...target(), '--user', 'me@example.com', '--password-env', 'SMTP_PASSWORD', '--from', 'me@example.com', '--to', 'you@example.com', '--json'], {
      env: { SMTP_PASSWORD: CANARY },
    });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { steps: Array<{ id: string; status: string }>; transcript: Array<{ line: string }> };
    expect(doc).toMatchObject({ kind: 'check', schemaVersion: 1, verdict: 'pass', exitCode: 0, tool: { name: 'smtp-doctor' } });
    expect(doc.steps.map((s) => s.id)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'tls', 'auth', 'send', 'quit']);
    expect(doc.transcript.some((l) => l.line.startsWith(' ~> AUTH PLAIN'))).toBe(true);
  });

  it('exit codes by failure class: connection 4, TLS 5, auth 6', async () => {
    const closed = await startClosedPort();
    expect((await runBin(['check', '--host', '127.0.0.1', '--port', String(closed), '--timeout', '3'])).code).toBe(4);
    expect((await runBin(['check', '--host', '127.0.0.1', '--port', String(good.port), '--timeout', '3'])).code).toBe(5); // test CA not trusted
    const auth = await runBin([...target(), '--user', 'me@example.com', '--password-env', 'PW'], { env: { PW: 'wrong' } });
    expect(auth.code).toBe(6);
    expect(auth.stdout).toContain('WRONG_CREDENTIALS');
  });

  it('NO_COLOR and pipes give plain text; --lang ko gives Korean', async () => {
    const r = await runBin([...target(), '--user', 'me@example.com', '--password-env', 'PW', '--lang', 'ko'], { env: { PW: 'wrong', FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('원인');
    expect(r.stdout).toContain('사용자 이름이나 비밀번호를 거부했습니다');
    const fromEnv = await runBin([...target()], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(fromEnv.stdout).toContain('요청한 모든 단계를 통과했습니다');
  });

  it('--password on argv works but warns', async () => {
    const r = await runBin([...target(), '--user', 'me@example.com', '--password', CANARY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--password puts the secret on the command line/);
  });
});

describe('the canary password never appears in any output', () => {
  const forms = new Secret(CANARY).forms('me@example.com');
  const modes: Array<[string, string[], NodeJS.ProcessEnv, string?]> = [
    ['env + human + transcript', ['--password-env', 'PW', '--transcript'], { PW: CANARY }],
    ['env + json', ['--password-env', 'PW', '--json'], { PW: CANARY }],
    ['stdin + json, LOGIN', ['--password-stdin', '--json', '--auth-method', 'LOGIN'], {}, `${CANARY}\n`],
    ['file + human, CRAM-MD5, Korean', ['--password-file', 'FILE', '--auth-method', 'CRAM-MD5', '--transcript', '--lang', 'ko'], {}],
    ['argv + json', ['--password', CANARY, '--json'], {}],
  ];
  it.each(modes)('%s (passing and failing login)', async (_name, flags, env, input) => {
    const file = join(dir, 'pw');
    writeFileSync(file, `${CANARY}\n`, { mode: 0o600 });
    const args = flags.map((f) => (f === 'FILE' ? file : f));
    for (const user of ['me@example.com', 'someone-else@example.com']) {
      const r = await runBin([...target(), '--user', user, ...args, '--from', 'me@example.com', '--to', 'you@example.com'], { env, ...(input ? { input } : {}) });
      expect([0, 6]).toContain(r.code);
      const all = r.stdout + r.stderr;
      for (const f of [...forms, ...new Secret(CANARY).forms(user)]) expect(all).not.toContain(f);
    }
  });
});

describe('masked password prompt on a terminal (through a real pseudo-terminal)', () => {
  // util-linux `script` gives the child a pty; what we write to its stdin is typed at the terminal.
  const typeAt = (args: string[], keys: (screen: string) => string | undefined): Promise<{ code: number | null; screen: string }> =>
    new Promise((resolve) => {
      const cmd = `stty cols 100 rows 40; ${[process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`;
      const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: 'C.UTF-8' } });
      let screen = '';
      let typed = false;
      child.stdout.on('data', (d: Buffer) => {
        screen += d.toString();
        const k = typed ? undefined : keys(screen);
        if (k !== undefined) {
          typed = true;
          child.stdin.write(k);
        }
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, screen });
      });
    });

  it('asks for the password, masks what is typed, and uses it', async () => {
    const r = await typeAt([...target(), '--user', 'me@example.com'], (s) => (/Password for me@example\.com/.test(s) ? `${CANARY}\r` : undefined));
    expect(r.code).toBe(0);
    expect(r.screen).toMatch(/\*{8,}/);
    expect(r.screen).not.toContain(CANARY);
    expect(r.screen).toMatch(/AUTH .* mechanism PLAIN/);
  });

  it('Ctrl-C at the prompt exits quietly with 130', async () => {
    const r = await typeAt([...target(), '--user', 'me@example.com'], (s) => (/Password for/.test(s) ? '\x03' : undefined));
    expect(r.code).toBe(130);
    expect(r.screen).not.toMatch(/Error|at .*\.js:\d+/);
  });
});

describe('explain, providers and --provider through the binary', () => {
  it('explain reads the text from an argument, stdin or a file', async () => {
    const text = "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp')";
    const arg = await runBin(['explain', text, '--json']);
    expect(arg.code).toBe(0);
    expect(JSON.parse(arg.stdout)).toMatchObject({ kind: 'explain', match: 'specific', category: 'WRONG_CREDENTIALS', stack: 'python', provider: 'gmail' });
    const piped = await runBin(['explain', '--lang', 'ko'], { input: text });
    expect(piped.stdout).toContain('WRONG_CREDENTIALS');
    expect(piped.stdout).toContain('앱 비밀번호');
    const file = join(dir, 'error.log');
    writeFileSync(file, `2026-11-21 12:00:01 ERROR mailer\n${text}\n`);
    const fromFile = await runBin(['explain', '--file', file]);
    expect(fromFile.stdout).toMatch(/Explanation: WRONG_CREDENTIALS/);
  });

  it('explain and --password-stdin stop reading an endless pipe (yes | smtp-doctor ...)', async () => {
    const ex = await runBin(['explain', '--json'], { endless: 'y\n' });
    expect(ex.code).toBe(0);
    expect(JSON.parse(ex.stdout)).toMatchObject({ kind: 'explain' });
    const pw = await runBin(['check', '--host', '127.0.0.1', '--user', 'u', '--password-stdin'], { endless: 'y\n' });
    expect(pw.code).toBe(2);
    expect(pw.stderr).toMatch(/--password-stdin: standard input is longer than 64 KiB/);
  });

  it('each step is printed once: a skip recorded live is not repeated at the end', async () => {
    const r = await runBin(['check', '--host', '127.0.0.1', '--port', String(good.port), '--security', 'none', '--no-probe', '--timeout', '5'], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const label of ['TLS', 'AUTH', 'Test send', 'QUIT']) expect(lines.filter((l) => new RegExp(`^\\S+ ${label}\\b`).test(l))).toHaveLength(1);
    expect(r.stdout).toContain('not requested (--security none)');
    // The skip reason is catalog text, so Korean readers get it in Korean.
    const ko = await runBin(['check', '--host', '127.0.0.1', '--port', String(good.port), '--security', 'none', '--no-probe', '--timeout', '5', '--lang', 'ko'], { env: { NO_COLOR: '1' } });
    expect(ko.stdout).toContain('요청하지 않음 (--security none)');
  });

  it('explain with nothing to explain is a usage error', async () => {
    const r = await runBin(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to explain/);
  });

  it('providers lists presets, --json too, and survives a closed pipe', async () => {
    const r = await runBin(['providers', '--json']);
    const doc = JSON.parse(r.stdout) as { providers: Array<{ name: string; host: string }> };
    expect(doc.providers.find((p) => p.name === 'Daum')?.host).toBe('smtp.daum.net');
    const h = await runBin(['providers']);
    expect(h.stdout).toMatch(/Gmail\s+smtp\.gmail\.com:465 tls/);
  });

  it('lint findings are shown before connecting and become the first hint of a matching diagnosis', async () => {
    // Gmail wants the full address as the user; this server (standing in for Gmail) refuses "me".
    const r = await runBin([...target(), '--provider', 'gmail', '--user', 'me', '--password-env', 'PW', '--json'], { env: { PW: 'abcd efgh ijkl mnop' } });
    const doc = JSON.parse(r.stdout) as { lints: Array<{ id: string }>; diagnoses: Array<{ category: string; keys: { hints: string[] } }> };
    expect(doc.lints.map((l) => l.id).sort()).toEqual(['app-password-spaces', 'user-without-domain']);
    expect(doc.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    expect(doc.diagnoses[0]?.keys.hints[0]).toBe('lint.user-without-domain');
    const human = await runBin([...target(), '--provider', 'gmail', '--user', 'me', '--password-env', 'PW'], { env: { PW: 'abcd efgh ijkl mnop' } });
    expect(human.stdout).toMatch(/Before connecting:\n( {2}! .*\n)* {2}! .*full e-mail address/);
  });
});

describe('help and command-line errors in Korean', () => {
  it('help texts come from the catalog', async () => {
    const r = await runBin(['check', '--help', '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SMTP 서버를 처음부터 끝까지 점검');
    expect(r.stdout).toContain('--password-env <VAR>');
  });
  it('commander errors are translated and stay on one line', async () => {
    const r = await runBin(['check', '--hots', 'x'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('오류: 알 수 없는 옵션 --hots (--host를 쓰려던 건가요?) (smtp-doctor --help 참고)');
  });
});
