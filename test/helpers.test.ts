import net from 'node:net';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { createTestPki, type Pem, type TestPki } from './helpers/certs.js';
import { startSmtpServer, type Personality, type RunningServer, type ServerOptions } from './helpers/smtp-servers.js';
import { startClosedPort, startRawServer, type RawServer, type Step } from './helpers/raw-server.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((fn) => fn()));
});

// ---------------------------------------------------------------- utilities

interface Probe {
  authorized: boolean;
  authorizationError: string | undefined;
}

async function tlsProbe(pem: Pem): Promise<Probe> {
  const server = tls.createServer({ key: pem.key, cert: pem.cert }, (s) => s.end());
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  try {
    return await new Promise<Probe>((resolve, reject) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port,
        servername: 'localhost',
        ca: [pki.ca.cert],
        rejectUnauthorized: false,
      });
      socket.once('secureConnect', () => {
        const err = socket.authorizationError as unknown;
        const code = err === null || err === undefined ? undefined : String((err as { code?: string }).code ?? err);
        resolve({ authorized: socket.authorized, authorizationError: code });
        socket.destroy();
      });
      socket.once('error', reject);
    });
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

type Err = Error & { code?: string; responseCode?: number; response?: string };

async function smtp(
  personality: Personality,
  extra: Partial<ServerOptions> = {},
): Promise<RunningServer> {
  const srv = await startSmtpServer({ personality, ...extra });
  cleanups.push(() => srv.close());
  return srv;
}

function client(port: number, extra: Partial<ConstructorParameters<typeof SMTPConnection>[0]> = {}): SMTPConnection {
  const conn = new SMTPConnection({
    host: '127.0.0.1',
    port,
    tls: { ca: [pki.ca.cert], servername: 'localhost' },
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 5_000,
    logger: false,
    ...extra,
  });
  cleanups.push(async () => conn.close());
  return conn;
}

function connect(conn: SMTPConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    conn.once('error', reject);
    conn.connect(() => {
      conn.off('error', reject);
      conn.on('error', () => undefined);
      resolve();
    });
  });
}

function login(conn: SMTPConnection, user: string, pass: string): Promise<void> {
  return new Promise((resolve, reject) => conn.login({ user, pass }, (err) => (err ? reject(err) : resolve())));
}

function send(conn: SMTPConnection, to = 'rcpt@example.net'): Promise<{ response: string }> {
  const message = 'From: me@example.com\r\nTo: ' + to + '\r\nSubject: hi\r\n\r\nhello\r\n';
  return new Promise((resolve, reject) =>
    conn.send({ from: 'me@example.com', to }, message, (err, info) => (err ? reject(err) : resolve(info))),
  );
}

async function rejection(p: Promise<unknown>): Promise<Err> {
  try {
    await p;
  } catch (e) {
    return e as Err;
  }
  throw new Error('expected a rejection');
}

/** Plain-TCP dialogue: read greeting, then send each line and collect the full reply. */
async function dialogue(port: number, lines: string[]): Promise<string[]> {
  const socket = net.connect(port, '127.0.0.1');
  cleanups.push(async () => void socket.destroy());
  let buf = '';
  const replies: string[] = [];
  const readReply = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const m = /(?:^|\r\n)\d{3} [^\r\n]*\r\n/.exec(buf);
        if (!m) return false;
        const end = m.index + m[0].length;
        resolve(buf.slice(0, end));
        buf = buf.slice(end);
        return true;
      };
      if (check()) return;
      const onData = (d: Buffer): void => {
        buf += d.toString('utf8');
        if (check()) {
          socket.off('data', onData);
          socket.off('error', reject);
        }
      };
      socket.on('data', onData);
      socket.once('error', reject);
    });
  replies.push(await readReply());
  for (const line of lines) {
    socket.write(line + '\r\n');
    replies.push(await readReply());
  }
  return replies;
}

const USER = 'me@example.com';
const PASS = 'Correct-Horse-9';

// ---------------------------------------------------------------- certs

describe('createTestPki', () => {
  it('is memoized and writes ca.pem', async () => {
    expect(await createTestPki()).toBe(pki);
    expect(readFileSync(pki.caFile, 'utf8')).toBe(pki.ca.cert);
    expect(pki.caFile.startsWith(pki.dir)).toBe(true);
  });

  it('good leaf is authorized for localhost via 127.0.0.1', async () => {
    expect(await tlsProbe(pki.good)).toEqual({ authorized: true, authorizationError: undefined });
    expect(await tlsProbe(pki.expiring)).toEqual({ authorized: true, authorizationError: undefined });
    const x = new (await import('node:crypto')).X509Certificate(pki.expiring.cert);
    const days = (Date.parse(x.validTo) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThanOrEqual(5);
  });

  it('gives the expected authorization error codes', async () => {
    expect((await tlsProbe(pki.expired)).authorizationError).toBe('CERT_HAS_EXPIRED');
    expect((await tlsProbe(pki.wrongName)).authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect((await tlsProbe(pki.selfSigned)).authorizationError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });
});

// ---------------------------------------------------------------- smtp-server personalities

describe('startSmtpServer', () => {
  it('starttls-auth: no AUTH before TLS, login + send after STARTTLS', async () => {
    const srv = await smtp('starttls-auth');
    const [greeting, ehlo, mail] = await dialogue(srv.port, ['EHLO client.test', 'MAIL FROM:<me@example.com>']);
    expect(greeting).toBe('220 localhost ESMTP\r\n');
    expect(ehlo).toMatch(/^250[ -]STARTTLS\r$/m);
    expect(ehlo).not.toMatch(/AUTH/);
    expect(mail).toBe('530 5.7.0 Must issue a STARTTLS command first\r\n');

    const conn = client(srv.port);
    await connect(conn);
    expect(conn.secure).toBe(true);
    await login(conn, USER, PASS);
    await send(conn);
    expect(srv.messages).toHaveLength(1);
    expect(srv.messages[0]?.from).toBe(USER);
    expect(srv.messages[0]?.to).toEqual(['rcpt@example.net']);
    expect(srv.messages[0]?.raw.toString()).toContain('Subject: hi');
    expect(srv.authAttempts).toEqual([{ method: 'PLAIN', username: USER }]);
    expect(JSON.stringify(srv.authAttempts)).not.toContain(PASS);
  });

  it('starttls-auth: wrong password -> 535, CRAM-MD5 works', async () => {
    const srv = await smtp('starttls-auth');
    const bad = client(srv.port);
    await connect(bad);
    const err = await rejection(login(bad, USER, 'nope'));
    expect(err.responseCode).toBe(535);

    const cram = client(srv.port);
    await connect(cram);
    await new Promise<void>((resolve, reject) =>
      cram.login({ user: USER, pass: PASS, method: 'CRAM-MD5' }, (e) => (e ? reject(e) : resolve())),
    );
    expect(srv.authAttempts.map((a) => a.method)).toEqual(['PLAIN', 'CRAM-MD5']);
  });

  it('implicit-tls: TLS from the first byte, login + send', async () => {
    const srv = await smtp('implicit-tls');
    const conn = client(srv.port, { secure: true });
    await connect(conn);
    expect(conn.secure).toBe(true);
    await login(conn, USER, PASS);
    await send(conn);
    expect(srv.messages).toHaveLength(1);
  });

  it('reject-auth: Gmail 535 text, overridable', async () => {
    const srv = await smtp('reject-auth');
    const conn = client(srv.port);
    await connect(conn);
    const err = await rejection(login(conn, USER, PASS));
    expect(err.responseCode).toBe(535);
    expect(err.response).toBe(
      '535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials',
    );
    expect(srv.authAttempts).toEqual([{ method: 'PLAIN', username: USER }]);

    const srv2 = await smtp('reject-auth', { authReply: { code: 454, message: '4.7.0 Temporary authentication failure' } });
    const conn2 = client(srv2.port);
    await connect(conn2);
    const err2 = await rejection(login(conn2, USER, PASS));
    expect(err2.response).toBe('454 4.7.0 Temporary authentication failure');
  });

  it('reply text cannot be multi-line: smtp-server flattens CR/LF to spaces', async () => {
    const srv = await smtp('reject-auth', { authReply: { code: 535, message: '5.7.8 first\r\n535 5.7.8 second' } });
    const conn = client(srv.port);
    await connect(conn);
    const err = await rejection(login(conn, USER, PASS));
    expect(err.response).toBe('535 5.7.8 first  535 5.7.8 second');
  });

  it('no-starttls: plaintext, no STARTTLS/AUTH, accepts mail', async () => {
    const srv = await smtp('no-starttls');
    const [, ehlo] = await dialogue(srv.port, ['EHLO client.test']);
    expect(ehlo).not.toMatch(/STARTTLS|AUTH/);
    const conn = client(srv.port);
    await connect(conn);
    expect(conn.secure).toBe(false);
    await send(conn);
    expect(srv.messages).toHaveLength(1);
  });

  it('plain-auth: AUTH in cleartext', async () => {
    const srv = await smtp('plain-auth');
    const [, ehlo] = await dialogue(srv.port, ['EHLO client.test']);
    expect(ehlo).toContain('AUTH PLAIN LOGIN');
    expect(ehlo).not.toContain('STARTTLS');
    const conn = client(srv.port);
    await connect(conn);
    expect(conn.secure).toBe(false);
    await login(conn, USER, PASS);
    await send(conn);
    expect(srv.messages).toHaveLength(1);
  });

  it('greet-554: refused at greeting', async () => {
    const srv = await smtp('greet-554');
    const err = await rejection(connect(client(srv.port)));
    expect(err.response).toBe('554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked');
  });

  it('reject-sender / tempfail: MAIL FROM rejected', async () => {
    const sender = await smtp('reject-sender');
    const c1 = client(sender.port);
    await connect(c1);
    const e1 = await rejection(send(c1));
    expect(e1.responseCode).toBe(553);
    expect(e1.response).toMatch(/^553 5\.7\.1 /);

    const temp = await smtp('tempfail');
    const c2 = client(temp.port);
    await connect(c2);
    const e2 = await rejection(send(c2));
    expect(e2.responseCode).toBe(451);
    expect(e2.response).toMatch(/^451 4\.3\.0 /);
  });

  it('reject-recipient / relay-denied: RCPT TO rejected', async () => {
    const rcpt = await smtp('reject-recipient');
    const c1 = client(rcpt.port);
    await connect(c1);
    const e1 = await rejection(send(c1, 'nobody@example.com'));
    expect(e1.responseCode).toBe(550);
    expect(e1.message).toContain('550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table');

    const relay = await smtp('relay-denied');
    const c2 = client(relay.port);
    await connect(c2);
    const e2 = await rejection(send(c2, 'someone@elsewhere.test'));
    expect(e2.responseCode).toBe(554);
    expect(e2.message).toContain('554 5.7.1 <someone@elsewhere.test>: Relay access denied');
  });

  it('require-starttls-530: MAIL before TLS -> 530, after TLS accepted without AUTH', async () => {
    const srv = await smtp('require-starttls-530');
    const plain = client(srv.port, { ignoreTLS: true });
    await connect(plain);
    const err = await rejection(send(plain));
    expect(err.responseCode).toBe(530);
    expect(err.response).toBe('530 5.7.0 Must issue a STARTTLS command first');

    const secure = client(srv.port);
    await connect(secure);
    await send(secure);
    expect(srv.messages).toHaveLength(1);
  });

  it('banner / name options and close() with an open client', async () => {
    const srv = await startSmtpServer({ personality: 'no-starttls', name: 'mx.example.test', banner: 'hello there' });
    const [greeting] = await dialogue(srv.port, []);
    expect(greeting).toBe('220 mx.example.test ESMTP hello there\r\n');
    const t = Date.now();
    await srv.close();
    expect(Date.now() - t).toBeLessThan(1_500);
  });
});

// ---------------------------------------------------------------- raw server

describe('startRawServer', () => {
  async function raw(script: Step[], extra: { silent?: boolean; tls?: Pem } = {}): Promise<RawServer> {
    const srv = await startRawServer({ script, ...extra });
    cleanups.push(() => srv.close());
    return srv;
  }

  it('runs a script with a net client; mismatch -> 500', async () => {
    const srv = await raw([{ send: '220 hi\r\n' }, { expect: /^EHLO/ }, { send: '250 ok\r\n' }]);
    const r = await dialogue(srv.port, ['HELO x', 'EHLO client.test']);
    expect(r).toEqual(['220 hi\r\n', '500 unexpected\r\n', '250 ok\r\n']);
    expect(srv.mismatches).toEqual([{ expected: '/^EHLO/', got: 'HELO x' }]);
    expect(srv.connections).toBe(1);
  });

  it('records lines after the script and answers QUIT with 221', async () => {
    const srv = await raw([{ send: '220 hi\r\n' }]);
    const replies = await dialogue(srv.port, []);
    expect(replies).toEqual(['220 hi\r\n']);
    const socket = net.connect(srv.port, '127.0.0.1');
    cleanups.push(async () => void socket.destroy());
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    const ended = new Promise<void>((r) => socket.once('end', () => r()));
    socket.write('EHLO a\r\nNOOP\nQUIT\r\n');
    await ended;
    expect(data).toBe('220 hi\r\n221 bye\r\n');
    expect(srv.received).toEqual(['EHLO a', 'NOOP', 'QUIT']);
    expect(srv.connections).toBe(2);
  });

  it('byte-exact Gmail-style multi-line 535 reaches nodemailer', async () => {
    const srv = await raw([
      { send: '220 smtp.test ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-smtp.test\r\n250 AUTH LOGIN PLAIN\r\n' },
      { expect: 'AUTH PLAIN' },
      {
        send:
          '535-5.7.8 Username and Password not accepted. For more information, go to\r\n' +
          '535 5.7.8  https://support.google.com/mail/?p=BadCredentials x-123\r\n',
      },
    ]);
    const conn = client(srv.port);
    await connect(conn);
    const err = await rejection(login(conn, USER, PASS));
    expect(err.responseCode).toBe(535);
    expect(err.response).toContain('BadCredentials');
  });

  it('supports a STARTTLS step', async () => {
    const srv = await raw([
      { send: '220 smtp.test ESMTP\r\n' },
      { expect: 'EHLO' },
      { send: '250-smtp.test\r\n250 STARTTLS\r\n' },
      { expect: 'STARTTLS' },
      { send: '220 2.0.0 go ahead\r\n' },
      { starttls: true },
      { expect: 'EHLO' },
      { send: '250 smtp.test\r\n' },
    ]);
    const conn = client(srv.port);
    await connect(conn);
    expect(conn.secure).toBe(true);
    expect(srv.received).toHaveLength(3);
    expect(srv.received[1]).toBe('STARTTLS');
    expect(srv.received[2]).toMatch(/^EHLO /);
  });

  it('implicit TLS server', async () => {
    const srv = await raw([{ send: '220 tls hi\r\n' }, { close: true }], { tls: pki.good });
    const text = await new Promise<string>((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port: srv.port, servername: 'localhost', ca: [pki.ca.cert] });
      let d = '';
      s.on('data', (b: Buffer) => (d += b.toString()));
      s.on('end', () => resolve(d));
      s.on('error', reject);
    });
    expect(text).toBe('220 tls hi\r\n');
  });

  it('destroy resets the connection; silent never talks', async () => {
    const srv = await raw([{ send: '220 ' }, { destroy: true }]);
    const err = await new Promise<Err>((resolve) => {
      const s = net.connect(srv.port, '127.0.0.1');
      s.resume();
      s.on('error', (e) => resolve(e as Err));
      s.on('close', () => resolve(Object.assign(new Error('closed'), { code: 'CLOSED' })));
    });
    expect(err.code).toBe('ECONNRESET');

    const tlsSrv = await raw([{ send: '220 ' }, { destroy: true }], { tls: pki.good });
    const tlsErr = await new Promise<Err>((resolve) => {
      const s = tls.connect({ host: '127.0.0.1', port: tlsSrv.port, servername: 'localhost', ca: [pki.ca.cert] });
      s.resume(); // a paused socket never notices the reset
      s.on('error', (e) => resolve(e as Err));
      s.on('close', () => resolve(Object.assign(new Error('closed'), { code: 'CLOSED' })));
    });
    expect(tlsErr.code).toBe('ECONNRESET');

    const tarpit = await raw([{ send: '220 never\r\n' }], { silent: true });
    const s = net.connect(tarpit.port, '127.0.0.1');
    cleanups.push(async () => void s.destroy());
    let got = '';
    s.on('data', (b: Buffer) => (got += b.toString()));
    s.write('EHLO x\r\nQUIT\r\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toBe('');
    expect(s.destroyed).toBe(false);
    expect(tarpit.received).toEqual(['EHLO x', 'QUIT']);
    expect(tarpit.connections).toBe(1);
  });

  it('startClosedPort refuses connections', async () => {
    const port = await startClosedPort();
    const err = await new Promise<Err>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', (e) => resolve(e as Err));
      s.on('connect', () => reject(new Error('connected')));
    });
    expect(err.code).toBe('ECONNREFUSED');
  });
});
