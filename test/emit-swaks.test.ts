/**
 * `--emit swaks`: the password never goes on swaks' argv (where `ps` shows it to every user); it goes in
 * swaks' own environment option SWAKS_OPT_auth_password, for that one command. The emitted line is run by a
 * real shell and the real swaks against a real STARTTLS server on 127.0.0.1. Without swaks the run is
 * skipped locally and fails in CI (.ci/mta/setup.sh installs it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emit } from '../src/emit/emitters.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { PASSWORD } from './support/run.js';

const SWAKS = existsSync('/usr/bin/swaks') ? '/usr/bin/swaks' : undefined;
let pki: TestPki;
let server: RunningServer;
beforeAll(async () => {
  [pki, server] = await Promise.all([createTestPki(), startSmtpServer({ personality: 'starttls-auth' })]);
});
afterAll(async () => {
  await server?.close();
});

function sh(line: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const childEnv = { PATH: process.env.PATH ?? '', ...env };
    const child = spawn('bash', ['-c', line], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('emit swaks', () => {
  it('keeps the password off the command line', () => {
    const line = emit('swaks', { host: 'smtp.example.com', port: 587, security: 'starttls', user: 'u@example.com' });
    expect(line).not.toContain('--auth-password');
    expect(line).not.toMatch(/(^|\s)-ap(\s|$)/);
    expect(line).toMatch(/^SWAKS_OPT_auth_password="\$SMTP_PASSWORD" swaks /);
  });

  it('the emitted line logs in with the real swaks (the password from the environment only)', async (ctx) => {
    if (!SWAKS && !process.env.CI) ctx.skip();
    expect(SWAKS, 'swaks must be installed in CI').toBeTruthy();
    const line = emit('swaks', {
      host: '127.0.0.1', port: server.port, security: 'starttls', user: 'me@example.com', ca: pki.caFile,
      from: 'me@example.com',
    }).trimEnd();
    const r = await sh(`${line} --quit-after AUTH`, { SMTP_PASSWORD: PASSWORD });
    expect(r.out).toMatch(/235 /);
    expect(r.code, r.out).toBe(0);
    expect(server.authAttempts).toEqual([{ method: expect.any(String), username: 'me@example.com' }]);
  });
});
