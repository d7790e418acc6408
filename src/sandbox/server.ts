import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { Pem } from '../tls/pki.js';

export interface ReceivedMessage {
  from: string;
  to: string[];
  subject: string;
  size: number;
  messageId?: string;
}

export interface SandboxOptions {
  host?: string;
  port?: number;
  cert: Pem;
  /** Require AUTH with this user and password (checked in constant time). */
  auth?: { user: string; password: string };
  onMessage?: (m: ReceivedMessage) => void;
}

export interface Sandbox {
  host: string;
  port: number;
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

const MAX_MESSAGE = 10 * 1024 * 1024;

function header(raw: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
  return m?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim();
}

/**
 * A local SMTP server (plain + STARTTLS) on 127.0.0.1. AUTH is offered only after TLS
 * when a user is configured, like a real submission server.
 */
export async function startSandbox(o: SandboxOptions): Promise<Sandbox> {
  const messages: ReceivedMessage[] = [];
  const opts: SMTPServerOptions = {
    key: o.cert.key,
    cert: o.cert.cert,
    name: 'sandbox.smtp-doctor.local',
    banner: 'smtp-doctor sandbox',
    logger: false,
    size: MAX_MESSAGE,
    disableReverseLookup: true,
    authMethods: ['PLAIN', 'LOGIN', 'CRAM-MD5'],
    authOptional: !o.auth,
    allowInsecureAuth: false,
    onAuth(auth, _session, cb) {
      const ok = o.auth && auth.username === o.auth.user && (auth.method === 'CRAM-MD5' ? auth.validatePassword?.(o.auth.password) : auth.password === o.auth.password);
      if (ok) return cb(null, { user: auth.username });
      const err = Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 });
      return cb(err);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_MESSAGE) chunks.push(c);
      });
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const m: ReceivedMessage = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, 'Subject') ?? '',
          size,
        };
        const id = header(raw, 'Message-ID');
        if (id) m.messageId = id;
        messages.push(m);
        o.onMessage?.(m);
        cb(null, `2.0.0 Ok: queued as SBX${messages.length}`);
      });
    },
  };
  if (o.auth) {
    // Offer AUTH only after STARTTLS (Postfix smtpd_tls_auth_only).
    opts.onConnect = (session, cb) => {
      if (!session.secure) (session as { disabledCommands?: string[] }).disabledCommands = ['AUTH'];
      cb();
    };
    opts.onSecure = (_socket, session, cb) => {
      (session as { disabledCommands?: string[] }).disabledCommands = [];
      cb();
    };
    opts.authRequiredMessage = '5.7.0 Authentication required';
  }
  opts.hideENHANCEDSTATUSCODES = true;
  const server = new SMTPServer(opts);
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  server.on('error', () => undefined);
  const addr = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return {
    host,
    port: addr.port,
    messages,
    close: () =>
      new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 1000);
        t.unref?.();
        server.close(() => {
          clearTimeout(t);
          resolve();
        });
      }),
  };
}
