/**
 * closeAll (src/core/close.ts) destroys a TLS socket before the raw socket under it. The other order,
 * done synchronously, is a segmentation fault in Node 20.20 (the whole process dies, no exception), so
 * each case runs in a child process of its own, against a real TLS server on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from './helpers/certs.js';

const CLOSE = pathToFileURL(join(import.meta.dirname, '../dist/core/close.js')).href;
let keyFile: string;
let certFile: string;

beforeAll(async () => {
  const pki = await createTestPki();
  keyFile = join(pki.dir, 'close-key.pem');
  certFile = join(pki.dir, 'close-cert.pem');
  writeFileSync(keyFile, pki.good.key);
  writeFileSync(certFile, pki.good.cert);
});

/** A server and a client in one child: raw socket, TLS on top, then `close` once the session is up. */
function run(close: string, minVersion = 'TLSv1.2'): { status: number | null; signal: NodeJS.Signals | null; out: string } {
  const script = `
    import fs from 'node:fs'; import net from 'node:net'; import tls from 'node:tls';
    import { closeAll } from ${JSON.stringify(CLOSE)};
    const server = tls.createServer({ key: fs.readFileSync(${JSON.stringify(keyFile)}),
      cert: fs.readFileSync(${JSON.stringify(certFile)}), minVersion: ${JSON.stringify(minVersion)} }, (c) => c.on('error', () => {}));
    server.listen(0, '127.0.0.1', () => {
      const raw = net.connect(server.address().port, '127.0.0.1', () => {
        const s = tls.connect({ socket: raw, servername: 'localhost', rejectUnauthorized: false, minVersion: 'TLSv1' });
        s.on('error', () => {});
        s.on('secureConnect', () => { ${close}; console.log('closed'); server.close(); });
      });
    });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
  return { status: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

describe('closeAll', () => {
  it('closes a live TLS session and its raw socket without killing the process', () => {
    const r = run('closeAll([raw, s])');
    expect(r, r.out).toMatchObject({ status: 0, signal: null });
    expect(r.out).toContain('closed');
  });

  it('also for a TLS 1.0 session (the old-version probe)', () => {
    const r = run('closeAll([raw, s])', 'TLSv1');
    expect(r, r.out).toMatchObject({ status: 0, signal: null });
  });
});
