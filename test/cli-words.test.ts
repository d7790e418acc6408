/**
 * What a new user reads: no internal ids (reasons, certificate verdicts, errno codes alone), steps in walk
 * order, one help hint, every setting's source, and a value option never swallowing one of our options.
 * The built binary against real listeners on 127.0.0.1.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS } from '../src/core/types.js';
import { en, ko } from '../src/i18n/index.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

let plain: RunningServer;
let implicit: RunningServer;
beforeAll(async () => {
  [plain, implicit] = await Promise.all([
    startSmtpServer({ personality: 'no-starttls' }),
    startSmtpServer({ personality: 'implicit-tls' }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain?.close(), implicit?.close()]);
});

const noAuth = (...more: string[]) =>
  runBin(
    ['check', '--host', '127.0.0.1', '--port', String(plain.port), '--security', 'none', '--user', 'u',
      '--password-env', 'PW', '--allow-plaintext-auth', '--timeout', '3', ...more],
    { env: { PW: 'x' } },
  );

describe('no internal ids in what the user reads', () => {
  it('every REASONS id has a short text in both catalogs', () => {
    const missing = REASONS.flatMap((r) => [`reason.${r}`].filter((k) => !(k in en) || !(k in ko)));
    expect(missing).toEqual([]);
  });

  it('a failed step shows its reason in words, not the id (en and ko)', async () => {
    const [e, k] = await Promise.all([noAuth(), noAuth('--lang', 'ko')]);
    const authLine = (out: string, name: string) => out.split('\n').find((l) => l.includes(name) && l.includes('✖'));
    expect(authLine(e.stdout, 'AUTH')).toContain('the server offers no login (AUTH)');
    expect(authLine(k.stdout, '인증(AUTH)')).toContain('서버가 로그인(AUTH)을 제공하지 않음');
    expect(e.stdout + k.stdout).not.toContain('auth-not-offered');
  });

  it('--insecure in Korean shows the certificate verdict translated', async () => {
    const r = await runBin(['check', '--host', '127.0.0.1', '--port', String(implicit.port), '--security', 'tls',
      '--tls-servername', 'localhost', '--insecure', '--timeout', '3', '--lang', 'ko']);
    const line = r.stdout.split('\n').find((l) => l.includes('인증서를 검증하지 않았습니다'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/untrusted-issuer|self-signed/);
  });

  it('a file that cannot be read is said in words, the code in parentheses (en and ko)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sd-read-'));
    const e = await runBin(['check', '--host', 'h', '--ca', join(dir, 'missing.pem')]);
    expect(e.stderr).toContain('no such file or directory (ENOENT)');
    const k = await runBin(['check', '--config', dir, '--lang', 'ko']);
    expect(k.stderr).toMatch(/디렉터리|일반 파일이 아님/);
    expect(k.stderr).not.toMatch(/: E[A-Z]+\s*\(/);
  });
});

describe('order, hints, sources, values', () => {
  it('the steps print in walk order: a skipped test send before QUIT', async () => {
    const r = await noAuth();
    const send = r.stdout.indexOf('Test send');
    const quit = r.stdout.indexOf('QUIT');
    expect(send).toBeGreaterThan(0);
    expect(quit).toBeGreaterThan(send);
  });

  it('the non-terminal wizard error names one help page, once', async () => {
    const r = await runBin(['wizard']);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/--help/g)).toHaveLength(1);
  });

  it('the Settings line and the --report settings table name the source of --to', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sd-to-'));
    const envFile = join(dir, 'smtp.env');
    await import('node:fs/promises').then((fs) => fs.writeFile(envFile, 'SMTP_HOST=127.0.0.1\n'));
    const report = join(dir, 'report.md');
    const r = await runBin(['check', '--env-file', envFile, '--port', String(plain.port), '--security', 'none',
      '--from', 'a@b.test', '--to', 'c@d.test', '--no-data', '--timeout', '3', '--report', report]);
    expect(r.stdout).toMatch(/to c@d\.test \(--to\)/);
    const md = await readFile(report, 'utf8');
    expect(md).toMatch(/\|\s*to\s*\|[^\n]*c@d\.test[^\n]*\|\s*--to\s*\|/);
  });

  it('--password followed by one of our options is a missing value, not the password (en and ko)', async () => {
    const e = await runBin(['check', '--host', 'h', '--user', 'u', '--password', '--share']);
    expect(e.code).toBe(2);
    expect(e.stderr.trim().split('\n')).toEqual(['Error: --password needs a value (see smtp-doctor --help)']);
    const k = await runBin(['check', '--host', 'h', '--user', 'u', '--password', '--json', '--lang', 'ko']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('--password');
    expect(k.stderr.trim().split('\n')).toHaveLength(1);
    // With "=", the value is explicit: taken as given (here it fails later for another reason, not as a usage error
    // about --password).
    const explicit = await runBin(['check', '--host', 'h', '--password=--share']);
    expect(explicit.stderr).not.toContain('--password needs a value');
  });
});
