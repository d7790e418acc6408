/** Starts the server a scenario names and tells the runner where it is (host, port, CA to trust). */
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { startClosedPort } from '../helpers/raw-server.js';
import { createTestPki } from '../helpers/certs.js';
import { startListener } from '../../src/sandbox/server.js';
import { persona } from '../../src/sandbox/personas.js';
import { startScriptedServer } from './scripted-server.js';
import { createChain } from './chain.js';
import type { MtaEnv } from '../helpers/mta-env.js';
import type { Certs, Scenario } from './types.js';

export interface Target {
  host: string;
  port: number;
  close(): Promise<void>;
}

export interface Fixtures {
  mta: MtaEnv;
  certs: Certs;
  /** CA files: the test PKI's root and the matrix chain's root */
  testCaFile: string;
  chainRootFile: string;
}

export async function makeFixtures(dir: string, mta: MtaEnv): Promise<Fixtures> {
  const pki = await createTestPki();
  const chain = await createChain();
  const chainRootFile = `${dir}/chain-root.pem`;
  writeFileSync(chainRootFile, chain.root.cert);
  const { good, expired, wrongName, selfSigned } = pki;
  const certs: Certs = { good, expired, wrongName, selfSigned, chainLeaf: chain.leaf };
  return { mta, certs, testCaFile: pki.caFile, chainRootFile };
}

const none = (): Promise<void> => Promise.resolve();

export async function startTarget(sc: Scenario, fx: Fixtures): Promise<Target> {
  const s = sc.server;
  if ('mta' in s) {
    const port = { plain: fx.mta.plainPort, submission: fx.mta.submissionPort, smtps: fx.mta.smtpsPort }[s.mta];
    return { host: fx.mta.host, port, close: none };
  }
  if ('scripted' in s) {
    const srv = await startScriptedServer(s.scripted(fx.certs));
    return { host: '127.0.0.1', port: srv.port, close: () => srv.close() };
  }
  if ('sandbox' in s) {
    const p = s.sandbox.persona ? persona(s.sandbox.persona) : undefined;
    const listener = await startListener({
      kind: 'smtp',
      cert: fx.certs.good,
      ...(p ? { persona: p } : {}),
      ...(s.sandbox.maxMessageBytes ? { maxMessageBytes: s.sandbox.maxMessageBytes } : {}),
      tarpitMs: 60_000,
      socketTimeoutMs: 30_000,
    });
    return { host: '127.0.0.1', port: listener.port, close: () => listener.close() };
  }
  if ('http' in s) {
    const options = { headersTimeout: 1000, requestTimeout: 1500, connectionsCheckingInterval: 200 };
    const server = http.createServer(options, (_q, r) => r.end('<html><body>It works!</body></html>\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('http server did not bind');
    return {
      host: '127.0.0.1',
      port: address.port,
      close: () => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    };
  }
  if ('closedPort' in s) return { host: '127.0.0.1', port: await startClosedPort(), close: none };
  return { host: s.unresolvable, port: 587, close: none };
}

/** The CA file the client trusts in this scenario ('' = the system roots). */
export function caFileFor(sc: Scenario, fx: Fixtures): string {
  const ca = sc.client.ca ?? ('mta' in sc.server ? 'mta' : 'test');
  return { mta: fx.mta.caFile, test: fx.testCaFile, 'chain-root': fx.chainRootFile, system: '' }[ca];
}
