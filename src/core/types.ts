/**
 * The data model every part of smtp-doctor shares. Steps produce StepResults,
 * the knowledge base turns failures into Diagnoses, renderers read a Report.
 * Nothing here prints.
 */

export const STEP_IDS = ['oauth', 'dns', 'tcp', 'greeting', 'ehlo', 'tls', 'auth', 'send', 'quit'] as const;
export type StepId = (typeof STEP_IDS)[number];

export type StepStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** The public contract for diagnosis categories (JSON `category`). Never rename. */
export const CATEGORY_IDS = [
  'WRONG_CREDENTIALS',
  'APP_PASSWORD_REQUIRED',
  'AUTH_DISABLED_BY_PROVIDER',
  'TLS_MODE_MISMATCH',
  'STARTTLS_REQUIRED',
  'CERT_UNTRUSTED',
  'CERT_HOSTNAME_MISMATCH',
  'CERT_EXPIRED',
  'TLS_VERSION_OR_CIPHER',
  'CONNECTION_REFUSED',
  'CONNECTION_TIMEOUT',
  'DNS_FAILURE',
  'SENDER_NOT_AUTHORIZED',
  'RELAY_DENIED',
  'RECIPIENT_REJECTED',
  'MESSAGE_REJECTED_POLICY',
  'SIZE_LIMIT',
  'RATE_LIMITED',
  'SERVER_TEMPORARY_FAILURE',
  'HELO_REJECTED',
  'AUTH_MECHANISM_UNSUPPORTED',
  'CLIENT_IP_BLOCKED',
  'PROTOCOL_ERROR',
  'MISSING_CREDENTIALS',
  'PROXY_FAILURE',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * smtp-doctor's own machine words for what happened (Failure.reason), every one the code
 * produces: the steps (src/steps) and the stack wordings of `explain` (src/explain/signatures).
 * A rule names them in `when.reason`; add a new one here first.
 */
export const REASONS = [
  // dns
  'no-address', 'no-address-has-mx', 'no-address-in-family', 'resolver-unavailable', 'resolver-error',
  // tcp (connect-<outcome>)
  'connect-refused', 'connect-timeout', 'connect-unreachable', 'connect-reset', 'connect-error',
  // tcp through a proxy (--proxy): the proxy itself, then the server as reached from the proxy's network
  'proxy-unreachable', 'proxy-auth-failed', 'proxy-refused', 'proxy-protocol-error', 'proxy-target-refused',
  'proxy-target-unreachable', 'proxy-target-failed',
  // greeting and EHLO
  'greeting-failed', 'greeting-timeout', 'greeting-too-large', 'greeting-rejected', 'closed-before-greeting',
  'expects-implicit-tls', 'ehlo-rejected', 'session-failed', 'greeting-slow', 'http-server', 'reply-too-large',
  'closed-after-greeting',
  // STARTTLS / TLS / certificates (cert-<verdict>)
  'starttls-failed', 'starttls-not-offered', 'starttls-rejected', 'ehlo-after-tls-failed',
  'tls-handshake-failed', 'tls-handshake-timeout', 'expects-plain', 'starttls-broken', 'tls-old-version',
  'tls-cipher-mismatch',
  'cert-self-signed', 'cert-untrusted-issuer', 'cert-expired', 'cert-not-yet-valid', 'cert-wrong-name',
  'cert-no-certificate',
  // AUTH
  'missing-password', 'plaintext-auth-refused', 'auth-after-starttls-only', 'auth-not-offered',
  'mechanism-not-offered', 'no-supported-mechanism', 'auth-rejected', 'auth-reply-timeout',
  // OAuth 2.0: the token step (refresh grant) and a refused bearer token at AUTH
  'missing-token', 'oauth-invalid-grant', 'oauth-invalid-client', 'oauth-unauthorized-client', 'oauth-invalid-scope',
  'oauth-wrong-tenant', 'oauth-endpoint-unreachable', 'oauth-token-endpoint-failed', 'oauth-not-offered',
  'oauth-token-refused', 'oauth-token-expired', 'oauth-clock-skew', 'oauth-wrong-user', 'oauth-wrong-audience',
  'oauth-missing-scope', 'oauth-backend-failed',
  // send
  'sender-rejected', 'recipient-rejected', 'message-rejected', 'rset-failed', 'send-failed',
  // the whole run (--deadline)
  'deadline-exceeded', 'server-slow',
  // only from a stack's wording in pasted text (explain); wordings with no structured meaning of
  // their own are not reasons but lexicon ids (Signature.wording)
  'missing-credentials', 'tls-mode-suspected-implicit', 'tls-mode-suspected-plain', 'tls-version-mismatch',
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * A failure as data. Every field is separate; nothing is glued into a sentence.
 * `reason` is smtp-doctor's own machine word for what happened when no error
 * code says it (e.g. 'greeting-timeout', 'starttls-not-offered').
 */
export interface Failure {
  /** Error code from Node, OpenSSL or nodemailer: ECONNREFUSED, ETIMEDOUT, EAUTH, CERT_HAS_EXPIRED ... */
  code?: string;
  /** smtp-doctor's own word for the situation. */
  reason?: Reason;
  /** The SMTP command the server answered (EHLO, STARTTLS, AUTH PLAIN, MAIL FROM, RCPT TO, DATA). */
  command?: string;
  /** Basic reply code, e.g. 535. */
  responseCode?: number;
  /** RFC 3463 enhanced status code, e.g. "5.7.8". */
  enhancedCode?: string;
  /** The server's words, reply lines without the codes, joined by "\n". */
  response?: string;
  /** The underlying library or OS message (kept for evidence, not shown as the diagnosis). */
  message?: string;
  /** When the message is smtp-doctor's own (not a library's or the OS's): the same as data, so renderers translate it. */
  detail?: ErrorDetail;
}

/** smtp-doctor's own error messages, as data (catalog `error.<kind>`); `message` keeps the English for library users. */
export const ERROR_KINDS = ['no-reply', 'closed-unexpectedly', 'reply-too-large', 'connection-closed', 'tls-handshake-timeout',
  'no-address', 'not-an-ip', 'timed-out', 'command-failed'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export interface ErrorDetail {
  kind: ErrorKind;
  params?: Record<string, string | number>;
}

export type FactValue = string | number | boolean | null | FactValue[] | { [key: string]: FactValue };
export type Facts = Record<string, FactValue>;

/** A message with its parameters; rendered through the catalogs at the sink. */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
  /** Fill unknown placeholders with neutral words ("the server"): for pasted errors, where host or port are not known. */
  neutral?: boolean;
  /** Placeholders filled with a list of messages (each rendered, joined by ", "): lists of words of our own. */
  parts?: Record<string, Msg[]>;
}

export interface StepResult {
  id: StepId;
  status: StepStatus;
  ms: number;
  facts: Facts;
  failure?: Failure;
  /** For status 'skip': the step that failed before, or undefined when the step was not requested. */
  blockedBy?: StepId;
  /** Why this step has status warn (or extra notes on a pass). */
  warnings?: Msg[];
}

export type Direction = 'send' | 'recv' | 'note';

/**
 * What smtp-doctor itself says in the transcript, as data: renderers translate it through the
 * catalogs (`note.<kind>`). Closed list: a new note is a new kind here and in both catalogs.
 */
export const NOTE_KINDS = [
  'connected',
  'tls-starting',
  'tls-established',
  'certificate',
  'tls-handshake-failed',
  'mode-confirming',
  'mode-tls-established',
  'mode-works',
  'mode-other-fails',
  'greeting-timeout',
  'closed-before-greeting',
  'no-data-reset',
  'message-summary',
  'transcript-limit',
  'greeting-slow',
  'starttls-no-handshake',
  'version-probe-worked',
  'version-probe-failed',
  'http-answer',
  'mode-switch',
  'tls-no-answer',
  'via-proxy',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A tool note: numbers, codes and server-given strings (escaped and scrubbed when recorded). */
export interface Note {
  kind: NoteKind;
  params: Record<string, string | number>;
}

export interface TranscriptLine {
  /** Milliseconds since the check started. */
  t: number;
  dir: Direction;
  tls: boolean;
  /** The line as sent or received; for a note, its English rendering (for readers of schemaVersion 1). */
  text: string;
  /** dir 'note' only: the note as data, which renderers translate. */
  note?: Note;
}

/** Why a diagnosis is believed: typed, so every renderer can show it in the user's language. */
export type EvidenceItem =
  | { line: TranscriptLine }
  | { failure: { code?: string; message?: string; reason?: string; detail?: ErrorDetail } }
  | { attempts: Array<{ address: string; outcome: string; code?: string }> };

export interface Diagnosis {
  category: CategoryId;
  /** A catalog key for the title when the category's own (`category.<ID>`) would claim too much. */
  title?: string;
  rule: string;
  step: StepId;
  provider?: string;
  /** The exact transcript lines, notes or error that show it (rendered with src/render/evidence.ts). */
  evidence: EvidenceItem[];
  cause: Msg;
  fix: Msg;
  /** Extra hints (provider specific, other working modes ...). */
  hints: Msg[];
}
