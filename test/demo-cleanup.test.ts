/** `demo` removes its temp folder (the throw-away CA) when it ends: normally, with --json, and on Ctrl-C. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runBin } from './support/bin.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
/** A TMPDIR of the test's own: whatever the demo leaves behind is in it. */
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'sd-demo-tmp-'));
  dirs.push(d);
  return d;
}

describe('demo cleans up its temp folder', () => {
  it.each([[['demo', '--no-color']], [['demo', '--json']]])('%j leaves nothing in TMPDIR', async (args) => {
    const t = tmp();
    const r = await runBin(args, { env: { TMPDIR: t }, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(t)).toEqual([]);
  });

  it('Ctrl-C during the demo: the folder is gone and the exit is the signal\'s', async () => {
    const t = tmp();
    const child = spawn(process.execPath, [BIN, 'demo', '--no-color', '--transcript'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TMPDIR: t },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let seenCa = '';
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const ca = /(\S+demo-ca\.pem)/.exec(out)?.[1];
        if (ca && !seenCa && out.includes('[1/5]')) {
          seenCa = ca;
          // While the demo runs the CA is there.
          expect(readFileSync(ca, 'utf8')).toContain('BEGIN CERTIFICATE');
          child.kill('SIGINT');
          resolve();
        }
      });
    });
    const end = await closed;
    expect(end.signal ?? end.code).toBe(end.signal ? 'SIGINT' : 130);
    expect(seenCa.startsWith(t)).toBe(true);
    expect(readdirSync(t)).toEqual([]);
  }, 60_000);
});
