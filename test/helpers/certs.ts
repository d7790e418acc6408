/**
 * Test PKI generated at test time with the production module src/tls/pki.ts
 * (ECDSA P-256, fast).
 *
 * Nothing here touches the network; the CA certificate is also written to a
 * temp dir (`caFile`) for code that wants a path (e.g. NODE_EXTRA_CA_CERTS,
 * a `--ca` CLI flag). The temp dir is removed when the process exits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCa, issueCert, selfSignedCert, type Pem } from '../../src/tls/pki.js';

export type { Pem };

export interface TestPki {
  /** test root CA (self-signed, CA:true, keyCertSign) */
  ca: Pem;
  /** path of ca.pem inside `dir` */
  caFile: string;
  /** DNS:localhost + IP:127.0.0.1, signed by ca, valid now-1d .. now+365d */
  good: Pem;
  /** signed by ca, currently valid, notAfter = now + 5 days */
  expiring: Pem;
  /** signed by ca, notBefore now-60d, notAfter now-1d */
  expired: Pem;
  /** signed by ca, SAN DNS:mail.other-host.test only */
  wrongName: Pem;
  /** self-signed leaf for DNS:localhost + IP:127.0.0.1 (not signed by ca) */
  selfSigned: Pem;
  /** temp dir holding ca.pem */
  dir: string;
}

const DAY = 24 * 60 * 60 * 1000;
const ORG = 'smtp-doctor tests';

async function buildPki(): Promise<TestPki> {
  const now = Date.now();

  const ca = await createCa({ cn: 'smtp-doctor Test Root CA', org: ORG, days: 3650, now: new Date(now) });

  const local = { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'], org: ORG };
  const [good, expiring, expired, wrongName, selfSigned] = await Promise.all([
    issueCert(ca, { ...local, notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) }),
    issueCert(ca, { ...local, notBefore: new Date(now - DAY), notAfter: new Date(now + 5 * DAY) }),
    issueCert(ca, { ...local, notBefore: new Date(now - 60 * DAY), notAfter: new Date(now - DAY) }),
    issueCert(ca, {
      cn: 'mail.other-host.test',
      dns: ['mail.other-host.test'],
      ips: [],
      org: ORG,
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 365 * DAY),
    }),
    selfSignedCert({ ...local, notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) }),
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-pki-'));
  process.once('exit', () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  });
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);

  return { ca, caFile, good, expiring, expired, wrongName, selfSigned, dir };
}

let pkiPromise: Promise<TestPki> | undefined;

/** Memoized per process: every caller shares one PKI. */
export function createTestPki(): Promise<TestPki> {
  if (!pkiPromise) {
    pkiPromise = buildPki();
    // don't cache a failure
    pkiPromise.catch(() => {
      pkiPromise = undefined;
    });
  }
  return pkiPromise;
}
