/**
 * A root -> intermediate -> leaf chain made at run time, for the "server forgot its intermediate"
 * scenario: the server sends only the leaf, the client trusts only the root.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { createCa, issueCert, type Pem } from '../../src/tls/pki.js';

x509.cryptoProvider.set(webcrypto);

const DAY = 24 * 60 * 60 * 1000;
const KEY_ALG = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN_ALG = { name: 'ECDSA', hash: 'SHA-256' };

export interface Chain {
  root: Pem;
  intermediate: Pem;
  /** localhost + 127.0.0.1, signed by the intermediate */
  leaf: Pem;
}

export async function createChain(): Promise<Chain> {
  const now = Date.now();
  const root = await createCa({ cn: 'smtp-doctor Matrix Root CA', org: 'smtp-doctor tests', days: 3650 });
  const rootCert = new x509.X509Certificate(root.cert);
  const rootKey = await webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(root.key), KEY_ALG, false, [
    'sign',
  ]);
  const keys = (await webcrypto.subtle.generateKey(KEY_ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ski = rootCert.getExtension(x509.SubjectKeyIdentifierExtension);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '01a2b3c4d5e6f708',
    subject: [{ CN: ['smtp-doctor Matrix Intermediate CA'] }, { O: ['smtp-doctor tests'] }],
    issuer: rootCert.subjectName,
    notBefore: new Date(now - 2 * DAY),
    notAfter: new Date(now + 3000 * DAY),
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey: rootKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ...(ski ? [new x509.AuthorityKeyIdentifierExtension(ski.keyId)] : []),
    ],
  });
  const intermediate: Pem = {
    cert: cert.toString('pem'),
    key: x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY'),
  };
  const leaf = await issueCert(intermediate, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  return { root, intermediate, leaf };
}
