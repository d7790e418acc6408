import type { Security } from '../core/options.js';
import type { WorkingSettings } from './types.js';
import { sh } from './stacks/shared.js';

export type { WorkingSettings } from './types.js';

export const QUICK_STACKS = ['nodemailer', 'spring', 'python', 'django', 'dotenv'] as const;

/**
 * One short line per stack with the settings that matter for the TLS mode; the password is
 * always an environment-variable reference.
 */
export function quickSettings(w: WorkingSettings): Array<[string, string]> {
  const env = w.passwordEnv ?? 'SMTP_PASSWORD';
  const implicit = w.security === 'tls';
  const starttls = w.security === 'starttls';
  const user = w.user ?? '';
  return [
    ['nodemailer', `{ host: '${w.host}', port: ${w.port}, secure: ${implicit}${starttls ? ', requireTLS: true' : ''}${user ? `, auth: { user: '${user}', pass: process.env.${env} }` : ''}${w.family ? `, family: ${w.family}` : ''} }`],
    ['Spring', `spring.mail.host=${w.host} spring.mail.port=${w.port} ${implicit ? 'spring.mail.properties.mail.smtp.ssl.enable=true' : starttls ? 'spring.mail.properties.mail.smtp.starttls.enable=true spring.mail.properties.mail.smtp.starttls.required=true' : ''}${user ? ` spring.mail.username=${user} spring.mail.password=\${${env}}` : ''}`.replace(/\s+/g, ' ').trim()],
    ['Python', `${implicit ? `smtplib.SMTP_SSL('${w.host}', ${w.port})` : `smtplib.SMTP('${w.host}', ${w.port})${starttls ? ' + .starttls()' : ''}`}${user ? ` + .login('${user}', os.environ['${env}'])` : ''}`],
    ['Django', `EMAIL_HOST='${w.host}' EMAIL_PORT=${w.port} EMAIL_USE_SSL=${implicit ? 'True' : 'False'} EMAIL_USE_TLS=${starttls ? 'True' : 'False'}${user ? ` EMAIL_HOST_USER='${user}'` : ''}`],
    ['.env', `SMTP_HOST=${w.host} SMTP_PORT=${w.port} SMTP_TLS=${implicit} SMTP_OPPORTUNISTIC_TLS=${starttls}${user ? ` SMTP_USERNAME=${user}` : ''}`],
  ];
}

/** What else the check was told, for the equivalent command (only what changes the result). */
export interface CommandExtras {
  /** Shown as given: "auto" is kept rather than replaced by what worked. */
  security?: Security;
  caFiles?: string[];
  tlsServername?: string;
  insecure?: boolean;
  /** Only when the user chose it (not the default). */
  helo?: string;
  authMethod?: string;
  from?: string;
  to?: string[];
  /** MAIL, RCPT and RSET only: nothing delivered. */
  noData?: boolean;
  allowPlaintextAuth?: boolean;
  /** --timeout in seconds, when one was given. */
  timeoutSeconds?: number;
}

/**
 * The equivalent non-interactive smtp-doctor command (password as an environment variable),
 * every value shell-quoted so it can be pasted as is.
 */
export function checkCommand(w: WorkingSettings, x: CommandExtras = {}): string {
  const parts = ['smtp-doctor check', `--host ${sh(w.host)}`, `--port ${w.port}`, `--security ${x.security ?? w.security}`];
  if (w.user) parts.push(`--user ${sh(w.user)}`, `--password-env ${sh(w.passwordEnv ?? 'SMTP_PASSWORD')}`);
  if (x.authMethod) parts.push(`--auth-method ${sh(x.authMethod)}`);
  if (w.family) parts.push(`--family ${w.family}`);
  for (const ca of x.caFiles ?? []) parts.push(`--ca ${sh(ca)}`);
  if (x.tlsServername) parts.push(`--tls-servername ${sh(x.tlsServername)}`);
  if (x.insecure) parts.push('--insecure');
  if (x.helo) parts.push(`--helo ${sh(x.helo)}`);
  if (x.from) parts.push(`--from ${sh(x.from)}`);
  if (x.to?.length) parts.push(`--to ${x.to.map(sh).join(' ')}`);
  if (x.to?.length && x.noData) parts.push('--no-data');
  if (x.allowPlaintextAuth) parts.push('--allow-plaintext-auth');
  if (x.timeoutSeconds !== undefined) parts.push(`--timeout ${x.timeoutSeconds}`);
  return parts.join(' ');
}
