/**
 * probe with certificates that are not trusted (no --ca): TLS whose only problem is its certificate
 * ranks above no encryption, is recommended with the certificate to fix, and exits with the TLS code.
 * Real listeners on 127.0.0.1:0, the built binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

let implicit: RunningServer;
let starttls: RunningServer;
let plain: RunningServer;

beforeAll(async () => {
  [implicit, starttls, plain] = await Promise.all([
    startSmtpServer({ personality: 'implicit-tls' }),
    startSmtpServer({ personality: 'starttls-auth' }),
    startSmtpServer({ personality: 'no-starttls' }),
  ]);
});
afterAll(async () => {
  await Promise.all([implicit?.close(), starttls?.close(), plain?.close()]);
});

const probe = (ports: number[], ...more: string[]) =>
  runBin(['probe', '127.0.0.1', '--ports', ports.join(','), '--tls-servername', 'localhost', '--timeout', '3',
    ...more]);

describe('probe: TLS with an untrusted certificate', () => {
  it('is recommended over plain, says the certificate must be trusted, never "no encryption"', async () => {
    const ports = [plain.port, implicit.port, starttls.port];
    const en = await probe(ports);
    expect(en.stdout).toMatch(new RegExp(`Recommended: implicit TLS on port ${implicit.port}`));
    expect(en.stdout).toContain('not trusted');
    expect(en.stdout).toContain('--ca FILE');
    expect(en.stdout).not.toContain('no encryption offered');
    expect(en.stdout).not.toContain('--insecure');
    expect(en.code, en.stdout).toBe(5);

    const ko = await probe(ports, '--lang', 'ko');
    expect(ko.stdout).toContain('신뢰할 수 없');
    expect(ko.stdout).not.toContain('암호화를 제공하지 않음');
    expect(ko.code).toBe(5);

    const json = await probe(ports, '--json');
    const doc = JSON.parse(json.stdout) as { exitCode: number; recommendation: Record<string, unknown> };
    expect(doc.recommendation).toMatchObject({ port: implicit.port, security: 'tls', certificateVerified: false });
    expect(doc.recommendation.trustNeeded).toBe(true);
    expect(String(doc.recommendation.why)).toContain('issuer not trusted');
    expect(String(doc.recommendation.why)).not.toContain('untrusted-issuer');
    expect(doc.exitCode).toBe(5);
  });

  it('only an untrusted STARTTLS: names the certificate and its fix, exit 5 (TLS), not 4', async () => {
    const res = await probe([starttls.port]);
    expect(res.stdout).not.toContain('No combination works');
    expect(res.stdout).toMatch(new RegExp(`Recommended: STARTTLS on port ${starttls.port}`));
    expect(res.stdout).toContain('--ca FILE');
    expect(res.code, res.stdout).toBe(5);
  });
});
