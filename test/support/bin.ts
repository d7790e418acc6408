import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/smtp-doctor.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: a real process, real argv, env and stdin. */
export function runBin(
  args: string[],
  opts: {
    env?: NodeJS.ProcessEnv;
    input?: string;
    timeoutMs?: number;
    /** keep writing this to stdin until the process exits (`yes |`) */
    endless?: string;
    /** run the bin through its own shebang, as an installed command runs (not `node bin/...`) */
    asInstalled?: boolean;
  } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const [cmd, argv] = opts.asInstalled ? [BIN, args] : [process.execPath, [BIN, ...args]];
    const child = spawn(cmd, argv, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`smtp-doctor ${args.join(' ')} did not finish in time\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    // EPIPE: a child that exits before reading all its stdin (a usage error; explain reads at most its limit)
    // is no test failure.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (opts.endless === undefined) {
      child.stdin.end(opts.input ?? '');
      return;
    }
    const chunk = Buffer.from(opts.endless.repeat(Math.max(1, Math.floor(65_536 / opts.endless.length))));
    const pump = (): void => {
      while (child.stdin.writable && child.stdin.write(chunk));
      if (child.stdin.writable) child.stdin.once('drain', pump);
    };
    child.on('close', () => child.stdin.destroy());
    if (opts.input) child.stdin.write(opts.input);
    pump();
  });
}
