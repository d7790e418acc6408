/**
 * `smtp-doctor check --user x > out.txt` in a terminal: the masked prompt is drawn on stderr (the
 * terminal), never into the file; the answer is used. stdin and stderr are a real pseudo-terminal.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { BIN } from './support/bin.js';

const PTY = fileURLToPath(new URL('./support/pty-prompt.py', import.meta.url));
const PW = 'Prompt-Pw-7x';
let ok: RunningServer;
let caFile: string;
beforeAll(async () => {
  caFile = (await createTestPki()).caFile;
  ok = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
});
afterAll(async () => {
  await ok?.close();
});

for (const command of ['check', 'probe'] as const) {
  it(`${command}: the password prompt goes to the terminal (stderr), stdout has only the result`, async () => {
    const args = command === 'check'
      ? ['check', '--host', '127.0.0.1', '--port', String(ok.port), '--no-probe']
      : ['probe', '127.0.0.1', '--ports', String(ok.port)];
    const argv = [PTY, PW, process.execPath, BIN, ...args, '--user', 'me@example.com', '--ca', caFile,
      '--tls-servername', 'localhost', '--no-color', '--timeout', '5'];
    const env = { PATH: process.env.PATH };
    const { stdout } = await promisify(execFile)('python3', argv, { timeout: 30_000, env });
    const r = JSON.parse(stdout) as { stdout: string; tty: string; code: number };
    expect(r.tty).toContain('Password for me@example.com');
    expect(r.stdout).not.toContain('Password for');
    expect(r.stdout).not.toContain(PW);
    expect(r.code, r.tty + r.stdout).toBe(0);
    expect(r.stdout).toMatch(command === 'check' ? /AUTH/ : new RegExp(String(ok.port)));
  }, 40_000);
}
