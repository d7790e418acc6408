import { DEFAULT_TIMEOUTS, defaultHelo, type CheckOptions, type Security } from '../core/options.js';
import { proxyUrlWithoutPassword } from '../proxy/settings.js';
import type { WorkingSettings } from './types.js';
import { sh } from './stacks/shared.js';

export type { WorkingSettings } from './types.js';

export const QUICK_STACKS = ['nodemailer', 'spring', 'python', 'django', 'dotenv'] as const;

/** What the TLS handshake was told beyond the mode: each stack's one-liner must carry it too. */
export interface QuickTls {
  /** The extra CA file the certificate verified against. */
  ca?: string;
  tlsServername?: string;
  /** Only when it worked only with --insecure: the unsafe switch, marked UNSAFE. */
  insecure?: boolean;
}

function nodemailerLine(w: WorkingSettings, env: string, x: QuickTls): string {
  const o = [`host: '${w.host}'`, `port: ${w.port}`, `secure: ${w.security === 'tls'}`];
  if (w.security === 'starttls') o.push('requireTLS: true');
  if (w.user) o.push(`auth: { user: '${w.user}', pass: process.env.${env} }`);
  if (w.family) o.push(`family: ${w.family}`);
  const tls: string[] = [];
  if (x.ca) tls.push(`ca: [fs.readFileSync('${x.ca}')]`);
  if (x.tlsServername) tls.push(`servername: '${x.tlsServername}'`);
  if (x.insecure) tls.push('rejectUnauthorized: false /* UNSAFE */');
  if (tls.length) o.push(`tls: { ${tls.join(', ')} }`);
  return `{ ${o.join(', ')} }`;
}

function springLine(w: WorkingSettings, env: string, x: QuickTls): string {
  const p = [`spring.mail.host=${w.host}`, `spring.mail.port=${w.port}`];
  const prop = 'spring.mail.properties.mail.smtp';
  if (w.security === 'tls') p.push(`${prop}.ssl.enable=true`);
  if (w.security === 'starttls') p.push(`${prop}.starttls.enable=true`, `${prop}.starttls.required=true`);
  if (w.user) p.push(`spring.mail.username=${w.user}`, `spring.mail.password=\${${env}}`);
  if (x.ca) {
    p.push('spring.mail.ssl.bundle=smtp-ca', `spring.ssl.bundle.pem.smtp-ca.truststore.certificate=file:${x.ca}`);
  }
  if (x.insecure) p.push(`${prop}.ssl.trust=* ${prop}.ssl.checkserveridentity=false (UNSAFE)`);
  return p.join(' ');
}

function pythonLine(w: WorkingSettings, env: string, x: QuickTls): string {
  const implicit = w.security === 'tls';
  const ctx = x.ca ? `ssl.create_default_context(cafile='${x.ca}')` : 'ssl.create_default_context()';
  const custom = Boolean(x.ca || x.insecure);
  const ctxArg = custom ? `context=${ctx}` : '';
  let s = implicit
    ? `smtplib.SMTP_SSL('${w.host}', ${w.port}${ctxArg ? `, ${ctxArg}` : ''})`
    : `smtplib.SMTP('${w.host}', ${w.port})${w.security === 'starttls' ? ` + .starttls(${ctxArg})` : ''}`;
  if (x.insecure) s += ' (UNSAFE: context.check_hostname = False, context.verify_mode = ssl.CERT_NONE)';
  if (w.user) s += ` + .login('${w.user}', os.environ['${env}'])`;
  return s;
}

function djangoLine(w: WorkingSettings, x: QuickTls): string {
  const p = [`EMAIL_HOST='${w.host}'`, `EMAIL_PORT=${w.port}`];
  const py = (b: boolean): string => (b ? 'True' : 'False');
  p.push(`EMAIL_USE_SSL=${py(w.security === 'tls')}`, `EMAIL_USE_TLS=${py(w.security === 'starttls')}`);
  if (w.user) p.push(`EMAIL_HOST_USER='${w.user}'`);
  if (x.ca) p.push(`(no CA setting: SSL_CERT_FILE=a bundle that includes ${x.ca})`);
  if (x.insecure) p.push('(UNSAFE: only a custom EmailBackend can skip certificate checks)');
  return p.join(' ');
}

function dotenvLine(w: WorkingSettings, x: QuickTls): string {
  const p = [`SMTP_HOST=${w.host}`, `SMTP_PORT=${w.port}`];
  p.push(`SMTP_TLS=${w.security === 'tls'}`, `SMTP_OPPORTUNISTIC_TLS=${w.security === 'starttls'}`);
  if (w.user) p.push(`SMTP_USERNAME=${w.user}`);
  if (x.ca) p.push(`NODE_EXTRA_CA_CERTS=${x.ca}`);
  return p.join(' ');
}

/**
 * One short line per stack with the settings that matter for the TLS mode (and the CA, server name or
 * unsafe switch the check needed); the password is always an environment-variable reference.
 */
export function quickSettings(w: WorkingSettings, x: QuickTls = {}): Array<[string, string]> {
  const env = w.passwordEnv ?? 'SMTP_PASSWORD';
  const tls = w.security === 'none' ? {} : x;
  return [
    ['nodemailer', nodemailerLine(w, env, tls)],
    ['Spring', springLine(w, env, tls)],
    ['Python', pythonLine(w, env, tls)],
    ['Django', djangoLine(w, tls)],
    ['.env', dotenvLine(w, tls)],
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
  /** The --proxy URL without its password, and the variable the password is read from. */
  proxy?: string;
  proxyPasswordEnv?: string;
}

/**
 * The options that change a check's result, as command extras: --ca files (the caller leaves out the
 * sandbox CA that loopback checks trust by themselves), --tls-servername, --insecure, a chosen --helo, --auth-method, a
 * --proxy given as a flag (one from the environment is still there when the command is pasted).
 */
export function connectionExtras(o: CheckOptions): CommandExtras {
  const x: CommandExtras = {};
  if (o.caFiles.length) x.caFiles = o.caFiles;
  if (o.tlsServername) x.tlsServername = o.tlsServername;
  if (o.insecure) x.insecure = true;
  if (o.helo !== defaultHelo()) x.helo = o.helo;
  if (o.authMethod) x.authMethod = o.authMethod;
  if (o.proxy?.source === '--proxy') {
    x.proxy = proxyUrlWithoutPassword(o.proxy);
    if (o.proxy.password) x.proxyPasswordEnv = o.proxy.passwordEnv ?? 'SMTP_DOCTOR_PROXY_PASSWORD';
  }
  // --timeout sets every wait to one value; repeat it when it is not the default.
  if (o.timeouts.connect !== DEFAULT_TIMEOUTS.connect) x.timeoutSeconds = o.timeouts.connect / 1000;
  return x;
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
  if (x.proxy) parts.push(`--proxy ${sh(x.proxy)}`);
  if (x.proxyPasswordEnv) parts.push(`--proxy-password-env ${sh(x.proxyPasswordEnv)}`);
  if (x.from) parts.push(`--from ${sh(x.from)}`);
  if (x.to?.length) parts.push(`--to ${x.to.map(sh).join(' ')}`);
  if (x.to?.length && x.noData) parts.push('--no-data');
  if (x.allowPlaintextAuth) parts.push('--allow-plaintext-auth');
  if (x.timeoutSeconds !== undefined) parts.push(`--timeout ${x.timeoutSeconds}`);
  return parts.join(' ');
}
