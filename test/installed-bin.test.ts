/**
 * The installed command runs through its own shebang. Node 20 reads `--env-file` itself wherever it
 * stands in argv (exit 9 with Node's message, /dev/zero read without bound, values loaded into
 * process.env behind the tool's back) unless its option parsing ends before the script name.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBin } from './support/bin.js';

const dir = mkdtempSync(join(tmpdir(), 'sd-bin-'));

describe('smtp-doctor as an installed command (through the shebang)', () => {
  it('--env-file naming a missing file is smtp-doctor\'s one-line error, not Node\'s exit 9', async () => {
    const r = await runBin(['check', '--env-file', join(dir, 'missing.env')], { asInstalled: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: cannot read .*missing\.env: no such file or directory \(ENOENT\)/);
    expect(r.stderr).not.toMatch(/node:|not found/);
  });

  it('--env-file /dev/zero is refused at once, not read into memory by Node', async () => {
    const r = await runBin(['check', '--env-file', '/dev/zero'], { asInstalled: true, timeoutMs: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: not a regular file/);
  });

  it('--env-file naming a FIFO with no writer is refused, not waited on', async () => {
    const fifo = join(dir, 'pipe.env');
    execFileSync('mkfifo', [fifo]);
    const r = await runBin(['check', '--env-file', fifo], { asInstalled: true, timeoutMs: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipe\.env: not a regular file/);
  });

  it("npm's Windows shims (cmd-shim, as npm installs a bin) also end Node's options before the script", async () => {
    // npm ships cmd-shim; where this npm keeps it is fixed relative to the node binary on Debian and in the
    // official tarballs. Without it (another layout) there is nothing to check here.
    const shimLib = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'cmd-shim');
    if (!existsSync(shimLib)) return;
    const require = createRequire(import.meta.url);
    const cmdShim = require(shimLib) as (from: string, to: string) => Promise<void>;
    const to = join(dir, 'shim', 'smtp-doctor');
    await cmdShim(BIN, to);
    for (const file of [`${to}.cmd`, `${to}.ps1`, to]) {
      expect(readFileSync(file, 'utf8'), file).toMatch(/(?:node|")\s--\s"[^\n]*smtp-doctor\.js/);
    }
  });

  it('--version works through the shebang', async () => {
    const r = await runBin(['--version'], { asInstalled: true });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
