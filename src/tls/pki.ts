/**
 * Local PKI for the `demo` / `serve` commands (and the test suite): a private
 * CA plus leaf certificates it signs, generated in-process with
 * @peculiar/x509 over Node's WebCrypto. ECDSA P-256 keys, SHA-256 signatures.
 *
 * All certificates and keys travel as PEM strings; private keys are PKCS#8
 * ("-----BEGIN PRIVATE KEY-----"), which node:tls accepts as-is.
 *
 * Importing this module only registers the WebCrypto provider; nothing is
 * generated until a function is called.
 */
// must be evaluated before @peculiar/x509 (tsyringe checks for Reflect.getMetadata at load time)
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto);

/** A certificate and its private key, both PEM (key = PKCS#8 "PRIVATE KEY"). */
export interface Pem {
  cert: string;
  key: string;
}

export interface CertSpec {
  /** subject common name */
  cn: string;
  /** subjectAltName DNS entries */
  dns?: string[];
  /** subjectAltName IP entries (v4 or v6 literals) */
  ips?: string[];
  /** default: now - 1 day */
  notBefore?: Date;
  /** default: now + 365 days */
  notAfter?: Date;
  /** subject organization; default 'smtp-doctor' */
  org?: string;
}

const DAY = 24 * 60 * 60 * 1000;
const DEFAULT_ORG = 'smtp-doctor';
const DEFAULT_CA_CN = 'smtp-doctor local CA';
const DEFAULT_CA_DAYS = 3650;
const DEFAULT_LEAF_DAYS = 365;

type CryptoKey = webcrypto.CryptoKey;
type KeyPair = { privateKey: CryptoKey; publicKey: CryptoKey };

const KEY_ALG: webcrypto.EcKeyImportParams & webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN_ALG: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

async function newKeys(): Promise<KeyPair> {
  return (await webcrypto.subtle.generateKey(KEY_ALG, true, ['sign', 'verify'])) as KeyPair;
}

async function keyPem(key: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

/** 12 random bytes, positive, no leading zero byte (DER INTEGER stays 12 bytes). */
function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(12));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return Buffer.from(bytes).toString('hex');
}

/** Structured name, so CN/O values need no DN-string escaping. */
function subjectName(cn: string, org: string): x509.JsonName {
  return [{ CN: [cn] }, { O: [org] }];
}

async function importCaKey(pem: string): Promise<CryptoKey> {
  let der: ArrayBuffer;
  try {
    der = x509.PemConverter.decodeFirst(pem);
  } catch (err) {
    throw new Error(`CA key is not PEM: ${(err as Error).message}`);
  }
  try {
    return await webcrypto.subtle.importKey('pkcs8', der, KEY_ALG, false, ['sign']);
  } catch (err) {
    throw new Error(`CA key must be a PKCS#8 ECDSA P-256 private key: ${(err as Error).message}`);
  }
}

/** Self-signed CA: CA:true (critical), keyUsage keyCertSign|cRLSign (critical), SKI. */
export async function createCa(opts: { cn?: string; org?: string; days?: number; now?: Date } = {}): Promise<Pem> {
  const now = (opts.now ?? new Date()).getTime();
  const days = opts.days ?? DEFAULT_CA_DAYS;
  if (!Number.isFinite(days) || days <= 0) throw new RangeError(`createCa: days must be > 0 (got ${days})`);
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: subjectName(opts.cn ?? DEFAULT_CA_CN, opts.org ?? DEFAULT_ORG),
    // predates the default leaf notBefore (now - 1 day)
    notBefore: new Date(now - 2 * DAY),
    notAfter: new Date(now + days * DAY),
    signingAlgorithm: SIGN_ALG,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await keyPem(keys.privateKey) };
}

interface Issuer {
  cert: x509.X509Certificate;
  signingKey: CryptoKey;
}

async function makeLeaf(spec: CertSpec, issuer?: Issuer): Promise<Pem> {
  const now = Date.now();
  const notBefore = spec.notBefore ?? new Date(now - DAY);
  const notAfter = spec.notAfter ?? new Date(now + DEFAULT_LEAF_DAYS * DAY);
  if (notAfter.getTime() <= notBefore.getTime()) {
    throw new RangeError(`certificate for ${spec.cn}: notAfter must be after notBefore`);
  }

  const keys = await newKeys();
  const names: x509.JsonGeneralName[] = [
    ...(spec.dns ?? []).map((value): x509.JsonGeneralName => ({ type: 'dns', value })),
    ...(spec.ips ?? []).map((value): x509.JsonGeneralName => ({ type: 'ip', value })),
  ];
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names, false));
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));

  const name = subjectName(spec.cn, spec.org ?? DEFAULT_ORG);
  let cert: x509.X509Certificate;
  if (issuer) {
    // AKI = the CA's own SKI when it has one, so chains built by any tool match
    const ski = issuer.cert.getExtension(x509.SubjectKeyIdentifierExtension);
    extensions.push(
      ski
        ? new x509.AuthorityKeyIdentifierExtension(ski.keyId)
        : await x509.AuthorityKeyIdentifierExtension.create(issuer.cert.publicKey),
    );
    cert = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: name,
      // the CA's encoded subject, byte for byte
      issuer: issuer.cert.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: SIGN_ALG,
      publicKey: keys.publicKey,
      signingKey: issuer.signingKey,
      extensions,
    });
  } else {
    cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerial(),
      name,
      notBefore,
      notAfter,
      signingAlgorithm: SIGN_ALG,
      keys,
      extensions,
    });
  }
  return { cert: cert.toString('pem'), key: await keyPem(keys.privateKey) };
}

/**
 * Server leaf signed by `ca`: SAN dns+ip, CA:false, keyUsage digitalSignature,
 * EKU serverAuth, SKI, AKI. Validity defaults to now-1d .. now+365d.
 */
export async function issueCert(ca: Pem, spec: CertSpec): Promise<Pem> {
  const cert = new x509.X509Certificate(ca.cert);
  const signingKey = await importCaKey(ca.key);
  return makeLeaf(spec, { cert, signingKey });
}

/** Self-signed server leaf (same profile as issueCert, issuer = subject, no AKI). */
export async function selfSignedCert(spec: CertSpec): Promise<Pem> {
  return makeLeaf(spec);
}
