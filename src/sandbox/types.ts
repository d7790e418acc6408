/** The shapes the sandbox listener takes and reports: options, received messages, refusals, problems. */
import type { Pem } from '../tls/pki.js';
import type { Persona, PersonaName } from './personas.js';
import type { TokenIssuer } from './oauth-tokens.js';

export type ListenerKind = 'smtp' | 'smtps';

export interface ReceivedMessage {
  from: string;
  to: string[];
  subject: string;
  /** bytes of the message as received (after dot-unstuffing) */
  size: number;
  messageId?: string;
  /** the queue id the sandbox answered with ("250 2.0.0 Ok: queued as <id>") */
  id?: string;
  listener?: ListenerKind;
  remoteAddress?: string;
  /** the session was encrypted (implicit TLS or STARTTLS) */
  secure?: boolean;
  /** the AUTH user, if the client logged in */
  user?: string;
  /** where the .eml file was saved (only with a maildir) */
  file?: string;
  receivedAt?: string;
}

/** The sandbox said no: a persona's answer, a wrong password, a missing STARTTLS, a size limit. */
export interface Refusal {
  listener: ListenerKind;
  remoteAddress: string;
  stage: 'greeting' | 'auth' | 'mail' | 'rcpt' | 'data';
  persona?: PersonaName;
  code: number;
  text: string;
}

/** Something went wrong on one connection (a failed TLS handshake, a message that could not be saved). */
export interface ConnectionProblem {
  listener: ListenerKind;
  remoteAddress?: string;
  code?: string;
  message: string;
}

export interface ListenerOptions {
  kind: ListenerKind;
  /** default 127.0.0.1 */
  host?: string;
  /** default 0 (a free port) */
  port?: number;
  cert: Pem;
  /** Require AUTH with this user and password (compared in constant time). Without it any AUTH is accepted. */
  auth?: { user: string; password: string };
  /** MAIL FROM before STARTTLS gets 530 5.7.0 (plain listener) */
  requireStarttls?: boolean;
  persona?: Persona;
  /** offer only XOAUTH2 and OAUTHBEARER (after TLS), accepting tokens this issuer signed */
  oauth?: { issuer: TokenIssuer };
  /** save every accepted message as <maildir>/<unique>.eml */
  maildir?: string;
  /** default 25 MiB */
  maxMessageBytes?: number;
  /** default 20 (with up to 25 MiB buffered per message) */
  maxClients?: number;
  /** default 100 */
  maxRecipients?: number;
  /** tarpit persona: hard deadline before the server closes a connection it never greeted (default 120 s) */
  tarpitMs?: number;
  /** idle timeout (default 60 s) */
  socketTimeoutMs?: number;
  onMessage?: (m: ReceivedMessage) => void;
  onRefused?: (r: Refusal) => void;
  onProblem?: (p: ConnectionProblem) => void;
}

export interface Listener {
  kind: ListenerKind;
  host: string;
  port: number;
  close(): Promise<void>;
}
