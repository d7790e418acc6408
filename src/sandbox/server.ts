/**
 * The local SMTP sandbox behind `smtp-doctor serve` and `smtp-doctor demo`: smtp-server
 * listeners (plain + STARTTLS, or implicit TLS) that accept mail, optionally require AUTH or
 * STARTTLS, save what they receive, or fail the way a real provider does (./personas.ts).
 *
 * Notes on smtp-server that shaped this file:
 * - hideENHANCEDSTATUSCODES is set so that every reply is exactly `<code> <text>`; replies
 *   written here carry their enhanced status code in the text (smtp-server would otherwise
 *   derive one from the basic code and prefix it, e.g. "535 5.7.8 5.7.139 ...").
 * - smtp-server advertises AUTH before TLS (and answers it with 538). AUTH is disabled per
 *   session until TLS (session.disabledCommands), like Postfix smtpd_tls_auth_only, so it
 *   is neither advertised nor accepted in cleartext.
 * - authOptional is always true: the "AUTH first" rule is enforced in onMailFrom, where the
 *   reply can be a provider's wording and the refusal is reported.
 * - Hook errors are sent as one line (control characters become spaces).
 * - A connection whose onConnect callback never runs gets no greeting; smtp-server's idle
 *   timeout still runs on it, and the tarpit adds a hard deadline of its own.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import type { Pem } from '../tls/pki.js';
import type { Reply, ReplyContext } from './personas.js';
import { decodeEncodedWords, header, queueId, saveMessage } from './message.js';
import type { Listener, ListenerOptions, ReceivedMessage, Refusal } from './types.js';
import { installOauthbearer, oauthOnAuth } from './oauth-sasl.js';

export const DEFAULT_MAX_MESSAGE = 25 * 1024 * 1024;
const DEFAULT_MAX_CLIENTS = 20;
const DEFAULT_MAX_RECIPIENTS = 100;
const DEFAULT_TARPIT_MS = 120_000;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
/** how much of a message is searched for the Subject and Message-ID headers */
const HEAD_LIMIT = 64 * 1024;
/** socket errors that only mean the client went away */
const QUIET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_DESTROYED', 'SocketError']);

function smtpError(r: Reply): Error & { responseCode: number } {
  return Object.assign(new Error(r.text), { responseCode: r.code });
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

type Session = SMTPServerSession & { disabledCommands?: string[] };

/** Start one listener. Rejects with the listen error (EADDRINUSE, EACCES ...) if it cannot bind. */
export async function startListener(o: ListenerOptions): Promise<Listener> {
  const persona = o.persona;
  const maxBytes = o.maxMessageBytes ?? DEFAULT_MAX_MESSAGE;
  const maxRecipients = o.maxRecipients ?? DEFAULT_MAX_RECIPIENTS;
  const tarpitMs = o.tarpitMs ?? DEFAULT_TARPIT_MS;
  const authRequired = Boolean(o.auth) || Boolean(o.oauth) || Boolean(persona?.authRequired);
  if (o.oauth) installOauthbearer();
  const tarpits = new Map<string, NodeJS.Timeout>();
  const name = persona?.serverName ?? 'localhost';
  const started = new Date();

  const ctx = (session: SMTPServerSession): ReplyContext => ({
    ip: session.remoteAddress,
    from: session.envelope?.mailFrom ? session.envelope.mailFrom.address : '',
    now: new Date(),
  });
  const refuse = (session: SMTPServerSession, stage: Refusal['stage'], r: Reply, byPersona: boolean): Error => {
    o.onRefused?.({ listener: o.kind, remoteAddress: session.remoteAddress, stage, ...(byPersona && persona ? { persona: persona.name } : {}), code: r.code, text: r.text });
    return smtpError(r);
  };
  const plainSession = (session: SMTPServerSession): boolean => o.kind === 'smtp' && !session.secure;
  const oauth = o.oauth
    ? (session: SMTPServerSession) =>
        oauthOnAuth(o.oauth!.issuer, (r) => {
          const text = `${r.method} ${r.challenge}`;
          o.onRefused?.({ listener: o.kind, remoteAddress: session.remoteAddress, stage: 'auth', code: 334, text });
        })
    : undefined;

  const opts: SMTPServerOptions = {
    key: o.cert.key,
    cert: o.cert.cert,
    secure: o.kind === 'smtps',
    name,
    banner: persona?.banner ? persona.banner({ ip: '', from: '', now: started }) : 'smtp-doctor sandbox',
    logger: false,
    size: maxBytes,
    maxClients: o.maxClients ?? DEFAULT_MAX_CLIENTS,
    socketTimeout: persona?.tarpit ? Math.max(o.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS, tarpitMs + 5000) : (o.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS),
    closeTimeout: 1000,
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: true,
    authMethods: o.oauth ? ['XOAUTH2', 'OAUTHBEARER'] : (persona?.authMethods ?? ['PLAIN', 'LOGIN', 'CRAM-MD5']),
    authOptional: true,
    allowInsecureAuth: false,
    onConnect(session, cb) {
      const s = session as Session;
      if (persona?.greeting) return cb(refuse(session, 'greeting', persona.greeting(ctx(session)), true));
      if (persona?.tarpit) {
        // Never greet. The client gives up (its greeting timeout); if it does not, this deadline
        // ends the connection so nothing is held forever.
        const timer = setTimeout(() => {
          tarpits.delete(session.id);
          cb(smtpError({ code: 421, text: `4.4.2 ${name} Error: timeout exceeded` }));
        }, tarpitMs);
        timer.unref();
        tarpits.set(session.id, timer);
        return;
      }
      // AUTH only after TLS (Postfix smtpd_tls_auth_only): neither advertised nor accepted in cleartext.
      if (plainSession(session)) s.disabledCommands = ['AUTH'];
      cb();
    },
    onSecure(_socket, session, cb) {
      (session as Session).disabledCommands = [];
      cb();
    },
    onClose(session) {
      const timer = tarpits.get(session.id);
      if (timer) {
        clearTimeout(timer);
        tarpits.delete(session.id);
      }
    },
    onAuth(auth: SMTPServerAuthentication, session, cb) {
      if (persona?.auth) return cb(refuse(session, 'auth', persona.auth(ctx(session)), true));
      if (oauth) return oauth(session)(auth, cb);
      if (!o.auth) return cb(null, { user: auth.username || 'anonymous' });
      const password = o.auth.password;
      const ok =
        auth.username === o.auth.user && (auth.method === 'CRAM-MD5' ? Boolean(auth.validatePassword?.(password)) : sameSecret(auth.password ?? '', password));
      if (ok) return cb(null, { user: auth.username });
      return cb(refuse(session, 'auth', { code: 535, text: '5.7.8 Authentication credentials invalid' }, false));
    },
    onMailFrom(_address, session, cb) {
      const c = ctx(session);
      if (plainSession(session)) {
        if (persona?.mailBeforeTls) return cb(refuse(session, 'mail', persona.mailBeforeTls(c), true));
        if (o.requireStarttls) return cb(refuse(session, 'mail', { code: 530, text: '5.7.0 Must issue a STARTTLS command first' }, false));
      }
      if (authRequired && !session.user) {
        if (persona?.authRequiredReply) return cb(refuse(session, 'mail', persona.authRequiredReply(c), true));
        // Before TLS the client cannot log in at all: say what it has to do first.
        if (plainSession(session)) return cb(refuse(session, 'mail', { code: 530, text: '5.7.0 Must issue a STARTTLS command first' }, false));
        return cb(refuse(session, 'mail', { code: 530, text: '5.7.0 Authentication required' }, false));
      }
      cb();
    },
    onRcptTo(_address, session, cb) {
      if (session.envelope.rcptTo.length >= maxRecipients) return cb(refuse(session, 'rcpt', { code: 452, text: '4.5.3 Error: too many recipients' }, false));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (err?: Error | null, message?: string): void => {
        if (done) return;
        done = true;
        cb(err ?? null, message);
      };
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= maxBytes) chunks.push(c);
      });
      stream.on('error', (err: Error) => finish(err));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded || size > maxBytes) {
          // Postfix's wording for a message over message_size_limit
          return finish(refuse(session, 'data', { code: 552, text: '5.3.4 Error: message file too big' }, false));
        }
        if (persona?.data) return finish(refuse(session, 'data', persona.data(ctx(session)), true));
        const raw = Buffer.concat(chunks);
        const head = raw.subarray(0, HEAD_LIMIT).toString('utf8');
        const at = new Date();
        const id = queueId();
        const m: ReceivedMessage = {
          from,
          to,
          subject: decodeEncodedWords(header(head, 'Subject') ?? ''),
          size,
          id,
          listener: o.kind,
          remoteAddress: session.remoteAddress,
          secure: Boolean(session.secure),
          receivedAt: at.toISOString(),
        };
        const messageId = header(head, 'Message-ID');
        if (messageId) m.messageId = messageId;
        const user = (session.user as { user?: string } | string | undefined) ?? undefined;
        if (typeof user === 'string') m.user = user;
        else if (user && typeof user.user === 'string') m.user = user.user;
        if (!o.maildir) {
          o.onMessage?.(m);
          return finish(null, `2.0.0 Ok: queued as ${id}`);
        }
        saveMessage(o.maildir, id, at, { from, to }, raw).then(
          (file) => {
            m.file = file;
            o.onMessage?.(m);
            finish(null, `2.0.0 Ok: queued as ${id}`);
          },
          (err: NodeJS.ErrnoException) => {
            o.onProblem?.({ listener: o.kind, remoteAddress: session.remoteAddress, code: err.code ?? 'EIO', message: `could not save the message: ${err.message}` });
            // Postfix's wording when it cannot write the queue file
            finish(refuse(session, 'data', { code: 451, text: '4.3.0 Error: queue file write error' }, false));
          },
        );
      });
    },
  };

  const server = new SMTPServer(opts);
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(o.port ?? 0, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
  server.on('error', (err: NodeJS.ErrnoException & { remoteAddress?: string; meta?: { remoteAddress?: string; message?: string } }) => {
    if (err.code && QUIET.has(err.code)) return;
    const remoteAddress = err.remoteAddress ?? err.meta?.remoteAddress;
    const message = err.meta?.message && err.meta.message !== err.message ? `${err.message} (${err.meta.message})` : err.message;
    o.onProblem?.({ listener: o.kind, ...(remoteAddress ? { remoteAddress } : {}), ...(err.code ? { code: err.code } : {}), message });
  });
  const addr = (server as unknown as { server: { address(): { port: number; address: string } } }).server.address();
  let closing: Promise<void> | undefined;
  return {
    kind: o.kind,
    host,
    port: addr.port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of tarpits.values()) clearTimeout(timer);
        tarpits.clear();
        // smtp-server waits closeTimeout (1 s) for open sessions, then says 421 and closes them.
        const t = setTimeout(resolve, 3000);
        t.unref();
        server.close(() => {
          clearTimeout(t);
          resolve();
        });
      })),
  };
}

// ---------------------------------------------------------------------------------------
// The demo's sandbox: one plain + STARTTLS listener that requires AUTH (after TLS).

export interface SandboxOptions {
  host?: string;
  port?: number;
  cert: Pem;
  /** Require AUTH with this user and password (checked in constant time). */
  auth?: { user: string; password: string };
  /** Take only OAuth 2.0 logins (XOAUTH2, OAUTHBEARER) with tokens from this issuer. */
  oauth?: ListenerOptions['oauth'];
  onMessage?: (m: ReceivedMessage) => void;
}

export interface Sandbox {
  host: string;
  port: number;
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

/**
 * A local SMTP server (plain + STARTTLS) on 127.0.0.1. AUTH is offered only after TLS
 * when a user is configured, like a real submission server.
 */
export async function startSandbox(o: SandboxOptions): Promise<Sandbox> {
  const messages: ReceivedMessage[] = [];
  const listener = await startListener({
    kind: 'smtp',
    cert: o.cert,
    ...(o.host ? { host: o.host } : {}),
    ...(o.port !== undefined ? { port: o.port } : {}),
    ...(o.auth ? { auth: o.auth } : {}),
    ...(o.oauth ? { oauth: o.oauth } : {}),
    maxMessageBytes: 10 * 1024 * 1024,
    onMessage: (m) => {
      messages.push(m);
      o.onMessage?.(m);
    },
  });
  return { host: listener.host, port: listener.port, messages, close: () => listener.close() };
}
