import type { Secret } from '../core/secret.js';

/** Where a value came from, so the report can say "port 465 (application.yml:12)". */
export interface Origin {
  kind: 'flag' | 'env' | 'file' | 'url' | 'prompt' | 'preset' | 'default';
  /** Flag name (--port) or environment variable name (SMTP_PORT). */
  name?: string;
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** The key as written in the source (spring.mail.port, EMAIL_USE_TLS, :port ...). */
  key?: string;
}

export interface Sourced<T> {
  value: T;
  origin: Origin;
}

export const IMPORT_FORMATS = ['env', 'dotenv', 'url', 'spring-yaml', 'spring-properties', 'javamail', 'rails', 'django', 'nodemailer-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Settings as a source states them, before smtp-doctor interprets them. TLS is kept as the
 * source's own switches (not yet a --security mode) so contradictions between them can be named.
 */
export interface ImportedSettings {
  format: ImportFormat;
  host?: Sourced<string>;
  port?: Sourced<number>;
  /** TLS from the first byte: spring ssl.enable, nodemailer secure, SMTP_TLS, EMAIL_USE_SSL, rails tls/ssl, smtps:// */
  implicitTls?: Sourced<boolean>;
  /** STARTTLS wanted: starttls.enable, requireTLS/opportunistic, EMAIL_USE_TLS, enable_starttls(_auto), SMTP_OPPORTUNISTIC_TLS */
  starttls?: Sourced<boolean>;
  /** STARTTLS required (fail without it): starttls.required, requireTLS, rails enable_starttls */
  starttlsRequired?: Sourced<boolean>;
  /** The source turns STARTTLS off explicitly (nodemailer ignoreTLS). */
  noTls?: Sourced<boolean>;
  user?: Sourced<string>;
  /** The password, when the source has it (a literal, or a resolved ${VAR}). Never echoed. */
  password?: Sourced<Secret>;
  /** The environment variable the password refers to (${SMTP_PASSWORD}, ENV['X'], os.environ['X']). */
  passwordEnv?: Sourced<string>;
  from?: Sourced<string>;
  /** mail.smtp.auth / authentication: :plain ... */
  auth?: Sourced<boolean>;
  authMethod?: Sourced<string>;
  /** Certificate checks switched off (openssl_verify_mode none, rejectUnauthorized false, ssl.trust *). */
  insecure?: Sourced<boolean>;
  helo?: Sourced<string>;
  /** Keys the importer did not know, with the known key they most likely meant. */
  unknownKeys: Array<{ key: string; line?: number; suggestion?: string }>;
  /** ${VAR} references to variables that are not set. */
  missingEnv: Array<{ name: string; key: string; line?: number }>;
}
