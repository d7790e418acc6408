/**
 * Ctrl-C during `check --json`: stdout is still one JSON document (the steps done so far, verdict
 * `interrupted`, exit 130), valid against schema/check.v1.json. The server accepts and never greets.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN } from './support/bin.js';

let server: net.Server;
let connected: Promise<void>;
const sockets: net.Socket[] = [];
beforeAll(async () => {
  let seen!: () => void;
  connected = new Promise((resolve) => (seen = resolve));
  server = net.createServer((s) => (sockets.push(s), seen()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

it('Ctrl-C while waiting for the greeting: a partial report, verdict interrupted, exit 130', async () => {
  const port = (server.address() as net.AddressInfo).port;
  const args = [BIN, 'check', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--timeout', '20',
    '--user', 'me@example.com', '--password-env', 'PW', '--json'];
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, PW: 'Interrupt-Pw-1' } });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  await connected;
  await new Promise((r) => setTimeout(r, 200));
  child.kill('SIGINT');
  const code = await closed;
  expect(code).toBe(130);
  const doc = JSON.parse(stdout) as { verdict: string; exitCode: number; interruptedAt?: string;
    steps: Array<{ id: string; status: string }> };
  expect(doc).toMatchObject({ verdict: 'interrupted', exitCode: 130, interruptedAt: 'greeting' });
  expect(doc.steps.slice(0, 2)).toMatchObject([{ id: 'dns', status: 'pass' }, { id: 'tcp', status: 'pass' }]);
  expect(doc.steps.find((s) => s.id === 'auth')).toMatchObject({ status: 'skip' });
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/check.v1.json', import.meta.url)), 'utf8'));
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  expect(ajv.validate(schema, doc), ajv.errorsText()).toBe(true);
  expect(stdout).not.toContain('Interrupt-Pw-1');
}, 30_000);
