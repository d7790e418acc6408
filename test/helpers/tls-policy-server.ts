/**
 * A tiny SMTP server on 127.0.0.1:0 whose TLS settings the test chooses (old protocol
 * versions, odd ciphers, an RSA key): implicit TLS from the first byte, or plain SMTP that
 * offers STARTTLS and upgrades with those settings. It answers greeting, EHLO, STARTTLS,
 * NOOP/RSET and QUIT; anything else gets "502". Used by test/live-transport.test.ts.
 */
import 'reflect-metadata';
import net from 'node:net';
import tls from 'node:tls';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { Pem } from './certs.js';

export interface PolicyServer {
  port: number;
  /** TLS handshakes that completed, with the protocol each used. */
  handshakes: string[];
  close(): Promise<void>;
}

export async function startPolicyServer(mode: 'implicit' | 'starttls', options: tls.TlsOptions): Promise<PolicyServer> {
  const sockets = new Set<net.Socket>();
  const handshakes: string[] = [];
  const context = tls.createSecureContext(options);
  const speak = (socket: net.Socket, secure: boolean): void => {
    socket.on('error', () => undefined);
    socket.write('220 policy.example ESMTP\r\n');
    let buf = '';
    const onData = (chunk: Buffer): void => {
      buf += chunk.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        const verb = line.split(' ')[0]?.toUpperCase();
        if (verb === 'EHLO') socket.write(`250-policy.example\r\n${secure ? '' : '250-STARTTLS\r\n'}250 8BITMIME\r\n`);
        else if (verb === 'STARTTLS' && !secure) {
          socket.off('data', onData);
          socket.write('220 2.0.0 Ready to start TLS\r\n', () => {
            const s = new tls.TLSSocket(socket, { isServer: true, secureContext: context, ...options });
            s.on('error', () => socket.destroy());
            s.once('secure', () => {
              handshakes.push(s.getProtocol() ?? '');
              speakAfterTls(s);
            });
          });
          return;
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
          return;
        } else if (verb === 'NOOP' || verb === 'RSET') socket.write('250 ok\r\n');
        else socket.write('502 5.5.2 not here\r\n');
      }
    };
    socket.on('data', onData);
  };
  const speakAfterTls = (s: tls.TLSSocket): void => {
    let buf = '';
    s.on('data', (chunk: Buffer) => {
      buf += chunk.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const verb = buf.slice(0, nl).trim().split(' ')[0]?.toUpperCase();
        buf = buf.slice(nl + 1);
        if (verb === 'EHLO') s.write('250-policy.example\r\n250 8BITMIME\r\n');
        else if (verb === 'QUIT') s.end('221 bye\r\n');
        else s.write('250 ok\r\n');
      }
    });
  };

  let server: net.Server;
  if (mode === 'implicit') {
    const t = tls.createServer(options, (s) => {
      handshakes.push(s.getProtocol() ?? '');
      speak(s, true);
    });
    t.on('tlsClientError', () => undefined);
    server = t;
  } else {
    server = net.createServer((s) => speak(s, false));
  }
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    handshakes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An RSA-2048 leaf for localhost/127.0.0.1 signed by the test CA (static RSA key exchange needs an RSA key). */
export async function rsaLeaf(ca: Pem): Promise<Pem> {
  x509.cryptoProvider.set(webcrypto);
  const alg = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const caCert = new x509.X509Certificate(ca.cert);
  const caKey = await webcrypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(ca.key),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign'],
  );
  const ski = caCert.getExtension(x509.SubjectKeyIdentifierExtension);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '0a1b2c3d4e5f',
    subject: [{ CN: ['localhost'] }],
    issuer: caCert.subjectName,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 30 * 86_400_000),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension(
        [
          { type: 'dns', value: 'localhost' },
          { type: 'ip', value: '127.0.0.1' },
        ],
        false,
      ),
      ...(ski ? [new x509.AuthorityKeyIdentifierExtension(ski.keyId)] : []),
    ],
  });
  const key = x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY');
  return { cert: cert.toString('pem'), key };
}
