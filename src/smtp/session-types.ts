import type net from 'node:net';
import type tls from 'node:tls';
import type { Transcript } from '../core/transcript.js';
import type { ErrorDetail } from '../core/types.js';

/** The types of one SMTP session (./session.ts). */
export type Phase = 'greeting' | 'ehlo' | 'starttls' | 'ehlo-tls' | 'auth' | 'mail' | 'rcpt' | 'data' | 'rset' | 'quit';

export interface SessionOptions {
  socket: net.Socket | tls.TLSSocket;
  /** The socket is already TLS (implicit TLS). */
  secured: boolean;
  helo: string;
  mode: 'starttls' | 'auto' | 'none' | 'implicit';
  tls: tls.ConnectionOptions;
  greetingTimeout: number;
  commandTimeout: number;
  dataTimeout: number;
  transcript: Transcript;
  /** The run's deadline (on the `now` clock): every wait of the session ends by then. */
  deadlineAt?: number;
  now?: () => number;
  /** Called whenever the dialogue moves to another phase. */
  onPhase?: (phase: Phase) => void;
}

/** The error shape nodemailer gives (code/command/response kept as separate fields). */
export interface SmtpError extends Error {
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  detail?: ErrorDetail;
}

export interface SendInfo {
  accepted: string[];
  rejected: string[];
  response?: string;
  serverMessageId?: string;
}

export interface Envelope {
  from: string;
  to: string[];
}

/** nodemailer internals used on purpose; see envelopeOnly(). */
export interface ConnectionInternals {
  _socket?: net.Socket | tls.TLSSocket;
  _sendCommand(line: string): void;
  _responseActions: Array<(reply: string) => void>;
}
