import crypto from 'node:crypto';
import type net from 'node:net';
import tls from 'node:tls';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCert, selfSignedCert, type Pem } from '../src/tls/pki.js';

interface Probe {
  authorized: boolean;
  authorizationError: string | undefined;
}

/** TLS server on 127.0.0.1:0 presenting `leaf`; client connects with SNI localhost trusting only `ca`. */
async function probe(leaf: Pem, ca: string[]): Promise<Probe> {
  const server = tls.createServer({ key: leaf.key, cert: leaf.cert }, (s) => s.end());
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  try {
    return await new Promise<Probe>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca, rejectUnauthorized: false });
      socket.setTimeout(10_000, () => socket.destroy(new Error('tls probe timed out')));
      socket.once('secureConnect', () => {
        const err = socket.authorizationError as unknown;
        const code = err == null ? undefined : String((err as { code?: string }).code ?? err);
        resolve({ authorized: socket.authorized, authorizationError: code });
        socket.destroy();
      });
      socket.once('error', reject);
    });
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

describe('src/tls/pki', () => {
  let ca: Pem;
  let leaf: Pem;
  beforeAll(async () => {
    ca = await createCa();
    leaf = await issueCert(ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  });

  it('createCa: self-signed CA with defaults and a PKCS#8 key', () => {
    const cert = new crypto.X509Certificate(ca.cert);
    expect(cert.ca).toBe(true);
    expect(cert.subject).toContain('CN=smtp-doctor local CA');
    expect(cert.checkIssued(cert)).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(ca.key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const key = crypto.createPrivateKey(ca.key);
    expect(key.asymmetricKeyType).toBe('ec');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.checkPrivateKey(key)).toBe(true);
    const days = (Date.parse(cert.validTo) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(3649);
    expect(days).toBeLessThan(3651);
  });

  it('issueCert: leaf is issued and signed by the CA', () => {
    const caCert = new crypto.X509Certificate(ca.cert);
    const cert = new crypto.X509Certificate(leaf.cert);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.issuer).toBe(caCert.subject);
    expect(cert.ca).toBe(false);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.keyUsage).toContain('1.3.6.1.5.5.7.3.1'); // EKU serverAuth
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkPrivateKey(crypto.createPrivateKey(leaf.key))).toBe(true);
  });

  it('issueCert: node:tls authorizes the leaf against the CA (SNI localhost over 127.0.0.1)', async () => {
    const result = await probe(leaf, [ca.cert]);
    expect(result).toEqual({ authorized: true, authorizationError: undefined });
  });

  it('issueCert: a different CA does not authorize the leaf', async () => {
    const other = await createCa({ cn: 'other CA' });
    const result = await probe(leaf, [other.cert]);
    expect(result.authorized).toBe(false);
    expect(new crypto.X509Certificate(leaf.cert).checkIssued(new crypto.X509Certificate(other.cert))).toBe(false);
  });

  it('issueCert: honours explicit validity', async () => {
    const notBefore = new Date(Date.UTC(2020, 0, 1));
    const notAfter = new Date(Date.UTC(2020, 0, 2));
    const cert = new crypto.X509Certificate((await issueCert(ca, { cn: 'old', dns: ['old.test'], notBefore, notAfter })).cert);
    expect(new Date(cert.validFrom).getTime()).toBe(notBefore.getTime());
    expect(new Date(cert.validTo).getTime()).toBe(notAfter.getTime());
  });

  it('issueCert: rejects a CA key that is not PKCS#8 P-256 PEM', async () => {
    await expect(issueCert({ cert: ca.cert, key: 'nope' }, { cn: 'x' })).rejects.toThrow(/CA key/);
  });

  it('selfSignedCert: self-issued and self-signed, not issued by the CA', async () => {
    const pem = await selfSignedCert({ cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
    const cert = new crypto.X509Certificate(pem.cert);
    // self-issued (RFC 5280: issuer == subject) and signed by its own key
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // node's keyUsage = EKU: serverAuth only
    // X509_check_issued (checkIssued) also requires keyCertSign in the issuer's keyUsage
    // extension; a server leaf only has digitalSignature, so it answers false for
    // itself (the CA, which has keyCertSign, answers true: see the createCa test)
    expect(cert.checkIssued(cert)).toBe(false);
    expect(cert.checkIssued(new crypto.X509Certificate(ca.cert))).toBe(false);
    const result = await probe(pem, [ca.cert]);
    expect(result.authorized).toBe(false);
    expect(result.authorizationError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });
});
