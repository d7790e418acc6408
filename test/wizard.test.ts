/**
 * The wizard driven through a real pseudo-terminal (util-linux `script`), keystroke by
 * keystroke, the way a person uses it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN, runBin } from './support/bin.js';
import { PASSWORD } from './support/run.js';

const UP = '\x1b[A';
const DOWN = '\x1b[B';
const ENTER = '\r';

/** Wait for each prompt (a regex on the screen so far) and answer it. */
function drive(
  args: string[], steps: Array<[RegExp, string]>, env: NodeJS.ProcessEnv = {}, stdoutTo?: string,
): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve) => {
    const q = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;
    const quoted = [process.execPath, BIN, ...args].map(q).join(' ') + (stdoutTo ? ` > ${q(stdoutTo)}` : '');
    const child = spawn('script', ['-qfec', `stty cols 120 rows 40; ${quoted}`, '/dev/null'], { env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: 'C.UTF-8', ...env } });
    let screen = '';
    let step = 0;
    let seen = 0;
    const pump = (): void => {
      const next = steps[step];
      if (!next) return;
      const fresh = screen.slice(seen);
      const m = next[0].exec(fresh);
      if (m) {
        seen += (m.index ?? 0) + m[0].length;
        step++;
        setTimeout(() => {
          child.stdin.write(next[1]);
          pump();
        }, 60);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
      pump();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '') });
    });
  });
}

let server: RunningServer;
let caFile: string;
beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  server = await startSmtpServer({ personality: 'starttls-auth' });
});
afterAll(async () => {
  await server.close();
});

describe('wizard', () => {
  it('asks for what is missing, checks, prints settings and the equivalent command', async () => {
    const r = await drive(
      ['wizard', '--ca', caFile, '--tls-servername', 'localhost', '--no-color'],
      [
        [/Which provider\?/, UP + ENTER], // the last choice: Other
        [/SMTP server \(host name\)/, `127.0.0.1${ENTER}`],
        [/Port/, `${server.port}${ENTER}`],
        [/Encryption/, ENTER], // default STARTTLS for a port other than 465
        [/User name/, `me@example.com${ENTER}`],
        [/Password for me@example\.com/, `${PASSWORD}${ENTER}`],
        [/Send a test message\?/, `n${ENTER}`],
        [/Print the working settings/, DOWN + ENTER], // nodemailer
      ],
    );
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toMatch(/AUTH +\d+ ms +mechanism PLAIN/);
    expect(r.screen).toContain('nodemailer.createTransport');
    // The equivalent command repeats the flags the wizard was started with, so it reproduces this check.
    expect(r.screen).toContain(`smtp-doctor check --host 127.0.0.1 --port ${server.port} --security starttls --user me@example.com --password-env SMTP_PASSWORD --ca ${caFile} --tls-servername localhost`);
    expect(r.screen).not.toContain(PASSWORD);
    expect(server.authAttempts.at(-1)?.username).toBe('me@example.com');
  });

  it('does not ask again for what flags already say', async () => {
    const r = await drive(
      ['wizard', '--host', '127.0.0.1', '--port', String(server.port), '--security', 'starttls', '--user', 'me@example.com', '--password-env', 'PW', '--ca', caFile, '--tls-servername', 'localhost', '--no-color', '--lang', 'ko'],
      [
        [/테스트 메일을 보낼까요\?/, `n${ENTER}`],
        [/동작한 설정을/, ENTER],
      ],
      { PW: PASSWORD },
    );
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).not.toMatch(/어떤 서비스를|SMTP 서버 \(호스트 이름\)|사용자 이름 \(비우면/);
    expect(r.screen).toContain('질문 없이 같은 점검을 하는 명령');
  });

  it('draws its questions on stderr: with stdout in a file they stay on the terminal, the file gets the report', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'wizard-')), 'out.txt');
    const r = await drive(
      ['wizard', '--host', '127.0.0.1', '--port', String(server.port), '--security', 'starttls', '--user', 'me@example.com',
        '--ca', caFile, '--tls-servername', 'localhost', '--no-color'],
      [
        [/Password for me@example\.com/, `${PASSWORD}${ENTER}`],
        [/Send a test message\?/, `n${ENTER}`],
        [/Print the working settings/, ENTER],
      ],
      {}, out,
    );
    expect(r.code, r.screen).toBe(0);
    const file = await readFile(out, 'utf8');
    expect(file).toMatch(/AUTH +\d+ ms +mechanism PLAIN/);
    expect(file).not.toMatch(/Password for|Send a test message|Print the working settings/);
    expect(file).not.toContain(PASSWORD);
  });

  it('smtp-doctor with no arguments on a terminal is the wizard', async () => {
    const r = await drive([], [[/Which provider\?/, '\x03']]);
    expect(r.code).toBe(130);
  });

  it('Ctrl-C at a prompt exits quietly with 130', async () => {
    const r = await drive(['wizard', '--no-color'], [[/Which provider\?/, '\x03']]);
    expect(r.code).toBe(130);
    expect(r.screen).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it('never prompts without a terminal: a usage error naming the flags instead', async () => {
    const r = await runBin(['wizard']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the wizard needs a terminal/);
    const none = await runBin([]);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/Usage: smtp-doctor/);
  });
});
