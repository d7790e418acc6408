/**
 * In-process smtp-server "personalities" on 127.0.0.1:0 for integration tests.
 *
 * Notes on smtp-server 3.21 behaviour that shaped this file:
 * - Enhanced status codes are ON by default in smtp-server and it derives them
 *   from the basic code (535 -> 5.7.8, 553 -> 5.1.3, 554 -> 5.6.0 ...), prefixing
 *   them to every reply, including hook errors. We set hideENHANCEDSTATUSCODES so
 *   that replies are exactly `<code> <message>` and put the enhanced code in the
 *   message text ourselves. Consequence: EHLO does not advertise ENHANCEDSTATUSCODES
 *   and smtp-server's own replies carry no enhanced code ("250 Accepted").
 * - Reply text cannot be multi-line: `send()` replaces every control character
 *   (including CR/LF) in a message with a space, so `'a\r\n535 b'` becomes one line
 *   `535 a  535 b`. Use raw-server.ts for Gmail-style `535-5.7.8 ...` continuations.
 * - smtp-server advertises AUTH before TLS (it only refuses it with 538). For the
 *   "AUTH only after TLS" personalities we disable AUTH per session
 *   (session.disabledCommands) until the TLS upgrade, like Postfix
 *   smtpd_tls_auth_only; a pre-TLS AUTH command gets `500 Error: command not recognized`.
 * - disableReverseLookup is set so no DNS query ever leaves the process.
 */
import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type {
  SMTPServerAddress,
  SMTPServerAuthentication,
  SMTPServerAuthenticationResponse,
  SMTPServerDataStream,
  SMTPServerOptions,
  SMTPServerSession,
} from 'smtp-server';
import { createTestPki } from './certs.js';

export type Personality =
  /** plain port, STARTTLS offered, AUTH PLAIN LOGIN CRAM-MD5 only after TLS, auth required */
  | 'starttls-auth'
  /** TLS from the first byte, AUTH PLAIN LOGIN, auth required */
  | 'implicit-tls'
  /** like starttls-auth, but every AUTH fails with 535 5.7.8 (Gmail text) or options.authReply */
  | 'reject-auth'
  /** plain, neither STARTTLS nor AUTH, accepts mail without auth */
  | 'no-starttls'
  /** plain, no STARTTLS, AUTH PLAIN LOGIN in cleartext, auth required */
  | 'plain-auth'
  /** 554 5.7.1 at greeting (options.greetingReply overrides), then closes */
  | 'greet-554'
  /** MAIL FROM rejected with 553 5.7.1 (options.mailReply) */
  | 'reject-sender'
  /** RCPT TO rejected with 550 5.1.1 (options.rcptReply) */
  | 'reject-recipient'
  /** RCPT TO rejected with 554 5.7.1 Relay access denied (options.rcptReply) */
  | 'relay-denied'
  /** MAIL FROM rejected with 451 4.3.0 (options.mailReply) */
  | 'tempfail'
  /** STARTTLS offered, AUTH after TLS (optional), MAIL before TLS -> 530 5.7.0 Must issue a STARTTLS command first */
  | 'require-starttls-530';

export interface Reply {
  code: number;
  /** reply text after the code; include the enhanced status code yourself, e.g. '5.7.8 ...' */
  message: string;
}

export interface ServerOptions {
  personality: Personality;
  /** default: (await createTestPki()).good */
  cert?: { key: string; cert: string };
  /** default { 'me@example.com': 'Correct-Horse-9' } */
  users?: Record<string, string>;
  authReply?: Reply;
  mailReply?: Reply;
  rcptReply?: Reply;
  /** greet-554 only: the refusal sent instead of the 220 greeting */
  greetingReply?: Reply;
  /** smtp-server `banner` (appended to "220 <name> ESMTP") */
  banner?: string;
  /** smtp-server `name` shown in greeting and EHLO; default 'localhost' */
  name?: string;
}

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface RunningServer {
  port: number;
  host: '127.0.0.1';
  messages: ReceivedMessage[];
  /** NEVER contains passwords */
  authAttempts: Array<{ method: string; username: string }>;
  /** errors smtp-server emitted (e.g. a client aborting the TLS handshake); never thrown */
  errors: Error[];
  close(): Promise<void>;
}

export const DEFAULT_USERS: Readonly<Record<string, string>> = Object.freeze({
  'me@example.com': 'Correct-Horse-9',
});

export const GMAIL_BAD_CREDENTIALS: Reply = {
  code: 535,
  message:
    '5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials',
};

type ErrWithCode = Error & { responseCode?: number };

function smtpError(reply: Reply): ErrWithCode {
  const err: ErrWithCode = new Error(reply.message);
  err.responseCode = reply.code;
  return err;
}

interface Profile {
  secure: boolean;
  disabled: string[];
  authMethods: string[];
  authOptional: boolean;
  allowInsecureAuth: boolean;
  /** hide AUTH (session.disabledCommands) until the connection is TLS */
  authOnlyAfterTls: boolean;
  /** MAIL FROM before TLS -> 530 5.7.0 Must issue a STARTTLS command first */
  mailNeedsTls: boolean;
}

const STARTTLS_AUTH: Profile = {
  secure: false,
  disabled: [],
  authMethods: ['PLAIN', 'LOGIN', 'CRAM-MD5'],
  authOptional: false,
  allowInsecureAuth: false,
  authOnlyAfterTls: true,
  mailNeedsTls: true,
};

/** an MX-like server: STARTTLS offered, AUTH after TLS but optional */
const MX: Profile = {
  ...STARTTLS_AUTH,
  authMethods: ['PLAIN', 'LOGIN'],
  authOptional: true,
  mailNeedsTls: false,
};

const PROFILES: Record<Personality, Profile> = {
  'starttls-auth': STARTTLS_AUTH,
  'reject-auth': STARTTLS_AUTH,
  'implicit-tls': {
    ...STARTTLS_AUTH,
    secure: true,
    authMethods: ['PLAIN', 'LOGIN'],
    authOnlyAfterTls: false,
    mailNeedsTls: false,
  },
  'no-starttls': {
    ...MX,
    disabled: ['STARTTLS', 'AUTH'],
    authMethods: [],
    authOnlyAfterTls: false,
  },
  'plain-auth': {
    ...STARTTLS_AUTH,
    disabled: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    authOnlyAfterTls: false,
    mailNeedsTls: false,
  },
  'greet-554': MX,
  'reject-sender': MX,
  'reject-recipient': MX,
  'relay-denied': MX,
  tempfail: MX,
  'require-starttls-530': { ...MX, mailNeedsTls: true },
};

export async function startSmtpServer(opts: ServerOptions): Promise<RunningServer> {
  const profile = PROFILES[opts.personality];
  if (!profile) throw new Error(`unknown personality ${String(opts.personality)}`);
  const cert = opts.cert ?? (await createTestPki()).good;
  const users: Record<string, string> = opts.users ?? { ...DEFAULT_USERS };
  const p = opts.personality;

  const messages: ReceivedMessage[] = [];
  const authAttempts: Array<{ method: string; username: string }> = [];
  const errors: Error[] = [];
  const sockets = new Set<Socket>();

  const options: SMTPServerOptions = {
    secure: profile.secure,
    key: cert.key,
    cert: cert.cert,
    name: opts.name ?? 'localhost',
    banner: opts.banner,
    logger: false,
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: true,
    size: 10 * 1024 * 1024,
    closeTimeout: 100,
    socketTimeout: 30_000,
    disabledCommands: profile.disabled,
    authMethods: profile.authMethods,
    authOptional: profile.authOptional,
    allowInsecureAuth: profile.allowInsecureAuth,
    hideSTARTTLS: false,
    authRequiredMessage: '5.7.0 Authentication required',

    onConnect(session: SMTPServerSession, callback: (err?: Error | null) => void): void {
      if (p === 'greet-554') {
        callback(
          smtpError(
            opts.greetingReply ?? {
              code: 554,
              message: `5.7.1 Service unavailable; Client host [${session.remoteAddress}] blocked`,
            },
          ),
        );
        return;
      }
      if (profile.authOnlyAfterTls && !session.secure) {
        session.disabledCommands = [...profile.disabled, 'AUTH'];
      }
      callback();
    },

    onSecure(_socket, session: SMTPServerSession, callback: (err?: Error | null) => void): void {
      if (profile.authOnlyAfterTls) session.disabledCommands = [...profile.disabled];
      callback();
    },

    onAuth(
      auth: SMTPServerAuthentication,
      _session: SMTPServerSession,
      callback: (err: Error | null | undefined, response?: SMTPServerAuthenticationResponse) => void,
    ): void {
      const username = auth.username ?? '';
      authAttempts.push({ method: String(auth.method), username });
      if (p === 'reject-auth') {
        callback(smtpError(opts.authReply ?? GMAIL_BAD_CREDENTIALS));
        return;
      }
      const expected = Object.prototype.hasOwnProperty.call(users, username) ? users[username] : undefined;
      const ok =
        expected !== undefined &&
        (auth.method === 'CRAM-MD5' ? auth.validatePassword(expected) : auth.password === expected);
      if (!ok) {
        callback(smtpError(opts.authReply ?? GMAIL_BAD_CREDENTIALS));
        return;
      }
      callback(null, { user: username });
    },

    onMailFrom(address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void): void {
      if (profile.mailNeedsTls && !session.secure) {
        callback(smtpError({ code: 530, message: '5.7.0 Must issue a STARTTLS command first' }));
        return;
      }
      if (p === 'reject-sender') {
        callback(
          smtpError(
            opts.mailReply ?? { code: 553, message: `5.7.1 <${address.address}>: Sender address rejected: Access denied` },
          ),
        );
        return;
      }
      if (p === 'tempfail') {
        callback(
          smtpError(
            opts.mailReply ?? { code: 451, message: `4.3.0 <${address.address}>: Temporary lookup failure` },
          ),
        );
        return;
      }
      callback();
    },

    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void): void {
      if (p === 'reject-recipient') {
        callback(
          smtpError(
            opts.rcptReply ?? {
              code: 550,
              message: `5.1.1 <${address.address}>: Recipient address rejected: User unknown in virtual mailbox table`,
            },
          ),
        );
        return;
      }
      if (p === 'relay-denied') {
        callback(
          smtpError(opts.rcptReply ?? { code: 554, message: `5.7.1 <${address.address}>: Relay access denied` }),
        );
        return;
      }
      callback();
    },

    onData(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      callback: (err?: Error | null, message?: string) => void,
    ): void {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (err: Error) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError({ code: 552, message: '5.3.4 Error: message exceeds fixed maximum message size' }));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback(null, '2.0.0 Ok: queued as TEST' + String(messages.length).padStart(6, '0'));
      });
    },
  };

  const server = new SMTPServer(options);
  server.on('error', (err: Error) => {
    errors.push(err);
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.server.once('error', onError);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('smtp-server did not bind a TCP port');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        for (const s of sockets) s.destroy();
        sockets.clear();
        resolve();
      };
      server.close(finish);
      // belt and braces: smtp-server's own close timer is 100 ms
      setTimeout(finish, 1_000).unref();
    });
    return closing;
  };

  return { port: address.port, host: '127.0.0.1', messages, authAttempts, errors, close };
}
