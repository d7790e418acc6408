/**
 * --ca adds to the system roots and to NODE_EXTRA_CA_CERTS, never replaces them (issue 15): a company
 * CA set with NODE_EXTRA_CA_CERTS stays trusted when another CA is given with --ca. Built binary, real TLS.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCert } from '../src/tls/pki.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { IN_CI, portOpen, readMtaEnv } from './helpers/mta-env.js';
import { runBin } from './support/bin.js';

const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-extra-ca-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

let company: RunningServer;
let other: RunningServer;
let companyCa: string;
let otherCa: string;
beforeAll(async () => {
  const local = { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] };
  const [a, b] = await Promise.all([createCa({ cn: 'Company Root (NODE_EXTRA_CA_CERTS)' }), createCa({ cn: 'Other Root (--ca)' })]);
  const [certA, certB] = await Promise.all([issueCert(a, local), issueCert(b, local)]);
  companyCa = join(dir, 'company.pem');
  otherCa = join(dir, 'other.pem');
  writeFileSync(companyCa, a.cert);
  writeFileSync(otherCa, b.cert);
  company = await startSmtpServer({ personality: 'implicit-tls', cert: certA });
  other = await startSmtpServer({ personality: 'implicit-tls', cert: certB });
  servers.push(company, other);
});

const check = (port: number, extra: string[]): string[] =>
  ['check', '--host', '127.0.0.1', '--port', String(port), '--security', 'tls', '--no-probe', '--timeout', '5', '--json', ...extra];
const verdict = (stdout: string): unknown =>
  (JSON.parse(stdout) as { steps: Array<{ id: string; facts: { verdict?: string } }> }).steps.find((s) => s.id === 'tls')?.facts.verdict;

describe('--ca with NODE_EXTRA_CA_CERTS', () => {
  it('both trusted: the server of the NODE_EXTRA_CA_CERTS CA and the one of the --ca CA', async () => {
    const env = { NODE_EXTRA_CA_CERTS: companyCa };
    const [a, b] = await Promise.all([
      runBin(check(company.port, ['--ca', otherCa]), { env }),
      runBin(check(other.port, ['--ca', otherCa]), { env }),
    ]);
    expect(verdict(a.stdout), a.stderr).toBe('trusted');
    expect(verdict(b.stdout), b.stderr).toBe('trusted');
  });

  it('without NODE_EXTRA_CA_CERTS the company server is untrusted (the test can tell)', async () => {
    const r = await runBin(check(company.port, ['--ca', otherCa]));
    expect(verdict(r.stdout)).toBe('untrusted-issuer');
  });

  it('an unreadable NODE_EXTRA_CA_CERTS is ignored, as Node does', async () => {
    const r = await runBin(check(other.port, ['--ca', otherCa]), { env: { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') } });
    expect(verdict(r.stdout), r.stderr).toBe('trusted');
  });

  it('a missing or certificate-less NODE_EXTRA_CA_CERTS: the check goes on, one warning (JSON, stderr, ko)', async () => {
    const empty = join(dir, 'empty.pem');
    writeFileSync(empty, 'not a certificate\n');
    const missing = join(dir, 'missing.pem');
    const warns = (stdout: string): Array<{ key: string; text: string }> =>
      (JSON.parse(stdout) as { warnings: Array<{ key: string; text: string }> }).warnings;
    const a = await runBin(check(other.port, ['--ca', otherCa]), { env: { NODE_EXTRA_CA_CERTS: empty } });
    expect(verdict(a.stdout), a.stderr).toBe('trusted');
    expect(warns(a.stdout).filter((w) => w.key.startsWith('warn.extra-ca'))).toEqual([{ key: 'warn.extra-ca-empty',
      text: `NODE_EXTRA_CA_CERTS names ${empty}, which holds no PEM certificate; its CAs are not trusted.` }]);
    const b = await runBin(check(other.port, ['--ca', otherCa]), { env: { NODE_EXTRA_CA_CERTS: missing } });
    expect(verdict(b.stdout), b.stderr).toBe('trusted');
    expect(warns(b.stdout).find((w) => w.key === 'warn.extra-ca-unreadable')?.text).toMatch(
      /^NODE_EXTRA_CA_CERTS names .*missing\.pem, which cannot be read \(.*ENOENT.*\); its CAs are not trusted\.$/);
    const human = check(other.port, ['--ca', otherCa]).filter((x) => x !== '--json');
    const h = await runBin(human, { env: { NODE_EXTRA_CA_CERTS: empty } });
    expect(h.code, h.stderr).toBe(0);
    expect(h.stderr.split('which holds no PEM certificate').length).toBe(2);
    const ko = await runBin([...human, '--lang', 'ko'], { env: { NODE_EXTRA_CA_CERTS: empty } });
    expect(ko.stderr).toContain(`NODE_EXTRA_CA_CERTS가 가리키는 ${empty}에 PEM 인증서가 없습니다`);
    const fine = await runBin(check(company.port, []), { env: { NODE_EXTRA_CA_CERTS: companyCa } });
    expect(warns(fine.stdout).map((w) => w.key).filter((k) => k.startsWith('warn.extra-ca'))).toEqual([]);
  });

  it('the real Postfix CA given only by NODE_EXTRA_CA_CERTS stays trusted with an unrelated --ca', async (t) => {
    const env = readMtaEnv();
    if (!env || !(await portOpen(env.smtpsPort))) {
      if (IN_CI) throw new Error('the real MTA must run in CI');
      return t.skip();
    }
    const r = await runBin(
      ['check', '--host', env.host, '--port', String(env.smtpsPort), '--security', 'tls', '--user', env.user,
        '--password-env', 'MTA_PW', '--ca', otherCa, '--timeout', '10', '--json'],
      { env: { MTA_PW: env.password, NODE_EXTRA_CA_CERTS: env.caFile } },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(verdict(r.stdout)).toBe('trusted');
  });
});

describe('the extra CAs stay with the check that was given them (library: one process, many checks)', () => {
  /** Is the server's certificate verified by a TLS connection made with these options? */
  const authorized = (port: number, opts: import('node:tls').ConnectionOptions): Promise<boolean> =>
    new Promise((resolve, reject) => {
      const s = tlsConnect({ host: '127.0.0.1', port, servername: 'localhost', ...opts }, () => {
        resolve(s.authorized);
        s.destroy();
      });
      s.on('error', reject);
    });

  it('a context with --ca trusts it; a default connection afterwards still does not', async () => {
    const { tlsOptions } = await import('../src/tls/options.js');
    const { readFileSync } = await import('node:fs');
    const opts = tlsOptions({ ca: [readFileSync(otherCa, 'utf8')], host: 'localhost' });
    expect(await authorized(other.port, opts)).toBe(true);
    expect(await authorized(other.port, { rejectUnauthorized: false })).toBe(false);
    expect(await authorized(other.port, tlsOptions({ ca: [readFileSync(companyCa, 'utf8')], host: 'localhost' }))).toBe(false);
  });
});
