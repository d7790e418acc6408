/**
 * A scripted SMTP responder for the error matrix: answers every command with a default reply
 * unless the scenario overrides it, so any client stack can walk up to the one step that fails
 * (HELO, STARTTLS, AUTH, MAIL, RCPT, end of DATA) and see exactly the reply a real server sends.
 * Binds 127.0.0.1:0 only. Unlike test/helpers/raw-server.ts (a linear script) it answers RSET,
 * NOOP and QUIT at any point, which clients send after a refusal and before they raise.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { Pem } from '../helpers/certs.js';

/** Replies are whole lines without the final CRLF ("550 5.7.1 ..."); multi-line replies use "\r\n" inside. */
export interface ScriptedOptions {
  /** implicit TLS from the first byte with this certificate (extra: Node TLS options, e.g. TLS 1.0 only) */
  tls?: { cert: Pem; extra?: tls.TlsOptions };
  /** the greeting; null: accept and never greet (tarpit). Default "220 <name> ESMTP" */
  greeting?: string | null;
  /** close the connection right after the greeting (421 / 554 greetings) */
  closeAfterGreeting?: boolean;
  /** extensions listed after EHLO (default PIPELINING, 8BITMIME) */
  extensions?: string[];
  /** reply to EHLO and HELO instead of 250 */
  helo?: string;
  /** STARTTLS: 'upgrade' (220, then TLS with starttlsCert), 'garbage' (220, then bytes that are not TLS),
   * 'silent' (220, then nothing), or a refusal reply */
  starttls?: 'upgrade' | 'garbage' | 'silent' | string;
  starttlsCert?: Pem;
  auth?: string;
  mail?: string;
  rcpt?: string;
  /** reply to the end of DATA (after the message) */
  dataEnd?: string;
}

export interface ScriptedServer {
  port: number;
  close(): Promise<void>;
}

const NAME = 'mx.smtp-doctor.test';

export async function startScriptedServer(o: ScriptedOptions): Promise<ScriptedServer> {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket): void => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.once('close', () => sockets.delete(s));
  };

  const serve = (initial: net.Socket): void => {
    let socket = initial;
    let buf = '';
    let inData = false;
    let authStep = 0;
    let secure = Boolean(o.tls);
    const send = (line: string): void => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    const onData = (chunk: Buffer): void => {
      buf += chunk.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        if (handle(line) === 'stop') return;
      }
      if (buf.length > 1 << 20) socket.destroy();
    };
    const upgrade = (): void => {
      socket.off('data', onData);
      buf = '';
      const cert = o.starttlsCert;
      if (!cert) throw new Error('scripted server: starttls upgrade needs starttlsCert');
      const tlsSocket = new tls.TLSSocket(socket, { isServer: true, secureContext: tls.createSecureContext(cert) });
      track(tlsSocket);
      tlsSocket.once('secure', () => {
        secure = true;
        socket = tlsSocket;
        tlsSocket.on('data', onData);
      });
    };
    const handle = (line: string): 'stop' | void => {
      if (inData) {
        if (line === '.') {
          inData = false;
          send(o.dataEnd ?? '250 2.0.0 Ok: queued as 4XYZ123');
        }
        return;
      }
      if (authStep > 0) {
        authStep--;
        if (authStep > 0) send('334 UGFzc3dvcmQ6');
        else send(o.auth ?? '235 2.7.0 Authentication successful');
        return;
      }
      const verb = (/^\s*([A-Za-z]+)/.exec(line)?.[1] ?? '').toUpperCase();
      switch (verb) {
        case 'EHLO': {
          if (o.helo) return send(o.helo);
          const ext = [...(o.extensions ?? ['PIPELINING', '8BITMIME'])];
          if (secure) {
            const i = ext.indexOf('STARTTLS');
            if (i >= 0) ext.splice(i, 1);
          }
          const lines = [NAME, ...ext];
          return send(lines.map((l, i) => `250${i === lines.length - 1 ? ' ' : '-'}${l}`).join('\r\n'));
        }
        case 'HELO':
          return send(o.helo ?? `250 ${NAME}`);
        case 'STARTTLS': {
          const mode = o.starttls ?? 'upgrade';
          if (!['upgrade', 'garbage', 'silent'].includes(mode)) return send(mode);
          send('220 2.0.0 Ready to start TLS');
          if (mode === 'garbage') socket.write('this is not TLS, this is a broken proxy\r\n');
          if (mode === 'upgrade') {
            upgrade();
            return 'stop';
          }
          socket.off('data', onData);
          return 'stop';
        }
        case 'AUTH': {
          if (o.auth === undefined) return send('235 2.7.0 Authentication successful');
          const parts = line.trim().split(/\s+/);
          if (parts.length > 2) return send(o.auth);
          authStep = /LOGIN/i.test(parts[1] ?? '') ? 2 : 1;
          return send(authStep === 2 ? '334 VXNlcm5hbWU6' : '334 ');
        }
        case 'MAIL':
          return send(o.mail ?? '250 2.1.0 Ok');
        case 'RCPT':
          return send(o.rcpt ?? '250 2.1.5 Ok');
        case 'DATA':
          inData = true;
          return send('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
        case 'NOOP':
          return send('250 2.0.0 Ok');
        case 'QUIT':
          send('221 2.0.0 Bye');
          socket.end();
          return 'stop';
        default:
          return send('502 5.5.2 Error: command not recognized');
      }
    };
    socket.on('data', onData);
    if (o.greeting === null) return;
    send(o.greeting ?? `220 ${NAME} ESMTP`);
    if (o.closeAfterGreeting) socket.end();
  };

  const server: net.Server = o.tls
    ? tls.createServer({ key: o.tls.cert.key, cert: o.tls.cert.cert, ...o.tls.extra }, serve)
    : net.createServer(serve);
  server.on('connection', track);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('scripted server did not bind a TCP port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
