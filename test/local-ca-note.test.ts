/**
 * The local sandbox CA (smtp-doctor serve) for loopback checks: still trusted next to --ca (which adds), and
 * the note "Trusting smtp-doctor's local sandbox CA" only when that CA verified the server's certificate.
 * Built binary, real TLS, a sandbox CA made in a temporary config directory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localServerCert } from '../src/sandbox/local-ca.js';
import { createCa, issueCert } from '../src/tls/pki.js';
import { startClosedPort } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { IN_CI, portOpen } from './helpers/mta-env.js';
import { runBin } from './support/bin.js';

const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-local-ca-'));
const env = { SMTP_DOCTOR_CONFIG_DIR: join(dir, 'config') };
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

let sandbox: RunningServer;
let company: RunningServer;
let plain: RunningServer;
let companyCa: string;
beforeAll(async () => {
  const local = await localServerCert(env);
  const ca = await createCa({ cn: 'Company Root (--ca)' });
  companyCa = join(dir, 'company.pem');
  writeFileSync(companyCa, ca.cert);
  const leaf = await issueCert(ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  sandbox = await startSmtpServer({ personality: 'implicit-tls', cert: local.cert });
  company = await startSmtpServer({ personality: 'implicit-tls', cert: leaf });
  plain = await startSmtpServer({ personality: 'no-starttls' });
  servers.push(sandbox, company, plain);
});

interface Doc {
  warnings: Array<{ key: string }>;
  steps: Array<{ id: string; facts: { verdict?: string } }>;
}
const tlsCheck = (port: number, extra: string[] = []): string[] =>
  ['check', '--host', '127.0.0.1', '--port', String(port), '--security', 'tls', '--no-probe', '--timeout', '5',
    ...extra];
const doc = (stdout: string): Doc => JSON.parse(stdout) as Doc;
const noted = (d: Doc): boolean => d.warnings.some((w) => w.key === 'note.local-ca');
const verdict = (d: Doc): unknown => d.steps.find((s) => s.id === 'tls')?.facts.verdict;
const NOTE = 'Trusting smtp-doctor\'s local sandbox CA';

describe('the local sandbox CA for loopback checks', () => {
  it('with --ca (which adds): the sandbox server is still trusted, and the note says why', async () => {
    const r = await runBin(tlsCheck(sandbox.port, ['--ca', companyCa, '--json']), { env });
    expect(r.code, r.stderr).toBe(0);
    expect(verdict(doc(r.stdout))).toBe('trusted');
    expect(noted(doc(r.stdout))).toBe(true);
    const h = await runBin(tlsCheck(sandbox.port, ['--ca', companyCa]), { env });
    expect(h.code).toBe(0);
    expect(h.stderr.split(NOTE).length).toBe(2);
    const bare = await runBin(tlsCheck(sandbox.port, ['--json']), { env });
    expect(noted(doc(bare.stdout))).toBe(true);
  });

  it('the note only when the sandbox CA verified the certificate: not another CA, plain, a closed port', async () => {
    const other = await runBin(tlsCheck(company.port, ['--ca', companyCa, '--json']), { env });
    expect(other.code, other.stderr).toBe(0);
    expect(noted(doc(other.stdout))).toBe(false);
    const none = ['check', '--host', '127.0.0.1', '--security', 'none', '--no-probe', '--timeout', '3'];
    const p = await runBin([...none, '--port', String(plain.port)], { env });
    expect(p.code, p.stderr).toBe(0);
    expect(p.stderr + p.stdout).not.toContain(NOTE);
    const closed = await runBin([...none, '--port', String(await startClosedPort())], { env });
    expect(closed.code).toBe(4);
    expect(closed.stderr + closed.stdout).not.toContain(NOTE);
  });

  it('the real Postfix on 10025 (plain): no note', async (t) => {
    if (!(await portOpen(10025))) {
      if (IN_CI) throw new Error('the real MTA must run in CI');
      return t.skip();
    }
    const args = ['check', '--host', '127.0.0.1', '--port', '10025', '--security', 'none', '--no-probe'];
    const r = await runBin(args, { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).not.toContain(NOTE);
  });
});
