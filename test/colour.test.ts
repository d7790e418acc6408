/**
 * Colour and terminals, through the built binary: NO_COLOR, FORCE_COLOR, TERM=dumb and --no-color
 * decide whether escape codes reach stdout (the report) and stderr (warnings); on a real
 * pseudo-terminal TERM=dumb also turns the spinner off.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN, runBin } from './support/bin.js';

const PW = 'Colour-Pw-7k';
const ESC = /\x1b\[/;
/** ora hides the cursor when it starts and draws braille frames. */
const SPINNER = /\x1b\[\?25l|[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
let server: RunningServer;
let caFile: string;

beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  server = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
});
afterAll(async () => {
  await server?.close();
});

/** --password on the command line: the check passes and warns on stderr. */
const args = (): string[] => ['check', '--host', '127.0.0.1', '--port', String(server.port), '--ca', caFile,
  '--tls-servername', 'localhost', '--user', 'me@example.com', '--password', PW, '--no-probe', '--timeout', '5'];

describe('colour through a pipe, by environment', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, string[], boolean]> = [
    ['nothing set (a pipe)', {}, [], false],
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=2', { FORCE_COLOR: '2' }, [], true],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }, [], true],
    ['FORCE_COLOR=true', { FORCE_COLOR: 'true' }, [], true],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], false],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, [], false],
    ['NO_COLOR=1 beats FORCE_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: '1' }, [], false],
    ['an empty NO_COLOR is ignored', { NO_COLOR: '', FORCE_COLOR: '1' }, [], true],
    ['--no-color beats FORCE_COLOR=1', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['TERM=dumb', { TERM: 'dumb' }, [], false],
    ['FORCE_COLOR=1 beats TERM=dumb', { TERM: 'dumb', FORCE_COLOR: '1' }, [], true],
  ];
  it.each(cases)('%s', async (_name, env, extra, coloured) => {
    const r = await runBin([...args(), ...extra], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('TLS');
    expect(r.stderr).toMatch(/--password puts the secret on the command line/);
    expect(ESC.test(r.stdout), r.stdout).toBe(coloured);
    expect(ESC.test(r.stderr), r.stderr).toBe(coloured);
    // Never a spinner in a pipe, whatever the colour.
    expect(r.stdout + r.stderr).not.toMatch(SPINNER);
  });

  it('--json never carries colour codes, even with FORCE_COLOR=1 (the lint texts of --lint-only)', async () => {
    const lint = ['check', '--host', '127.0.0.1', '--user', ' bob', '--password-env', 'PW', '--lint-only', '--json'];
    const r = await runBin(lint, { env: { FORCE_COLOR: '1', PW: ' x ' } });
    const doc = JSON.parse(r.stdout) as { lints: Array<{ text: string }> };
    expect(doc.lints.map((l) => l.text)).toContain('! The user name starts or ends with a space; remove it.');
    expect(r.stdout).not.toMatch(/\\u001b|\x1b/);
  });

  it('the other commands follow the same rule (explain)', async () => {
    const text = '535 5.7.8 Error: authentication failed';
    const on = await runBin(['explain', text], { env: { FORCE_COLOR: '1' } });
    const off = await runBin(['explain', text], { env: { FORCE_COLOR: '1', TERM: 'dumb', NO_COLOR: '1' } });
    expect(on.stdout).toMatch(ESC);
    expect(off.stdout).not.toMatch(ESC);
    expect(off.stdout).toContain('WRONG_CREDENTIALS');
  });
});

/** Run the binary on a pseudo-terminal (util-linux `script`): stdout and stderr both land in `screen`. */
function onTerminal(env: NodeJS.ProcessEnv): Promise<{ code: number | null; screen: string }> {
  const cmd = `stty cols 100 rows 40; ${[process.execPath, BIN, ...args()].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve) => {
    const base = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' };
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env: { ...base, ...env } });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

describe('on a terminal', () => {
  it('TERM=xterm: colour and a spinner', async () => {
    const r = await onTerminal({ TERM: 'xterm' });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toMatch(/\x1b\[32m✔/);
    expect(r.screen).toMatch(SPINNER);
  });

  it('TERM=dumb: plain lines, no colour and no spinner', async () => {
    const r = await onTerminal({ TERM: 'dumb' });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain('✔ AUTH');
    expect(r.screen).not.toMatch(/\x1b/);
  });

  it('TERM=dumb with FORCE_COLOR=1: colour, still no spinner', async () => {
    const r = await onTerminal({ TERM: 'dumb', FORCE_COLOR: '1' });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toMatch(/\x1b\[32m✔/);
    expect(r.screen).not.toMatch(SPINNER);
  });
});
