import type { WorkingSettings } from './settings.js';

/**
 * Paste-ready SMTP settings for one stack, in that stack's own syntax and key names.
 *
 * Rules every emitter keeps:
 * - the password is ALWAYS the stack's own reference to an environment variable
 *   (`s.passwordEnv ?? 'SMTP_PASSWORD'`), never a value; with no user there is no AUTH at all;
 * - implicit TLS and STARTTLS are never both switched on;
 * - certificate checks are only switched off when the check itself ran with --insecure, and then
 *   always next to a comment containing "UNSAFE"; with security 'none' there is no TLS to
 *   configure, so neither `insecure` nor `ca` is emitted.
 */

export const EMIT_TARGETS = [
  'nodemailer',
  'spring-yaml',
  'spring-properties',
  'javamail',
  'rails',
  'python',
  'django',
  'laravel',
  'phpmailer',
  'dotenv',
  'swaks',
] as const;
export type EmitTarget = (typeof EMIT_TARGETS)[number];

export interface EmitInput extends WorkingSettings {
  /** Sender address (envelope and From:). */
  from?: string;
  /** The SASL mechanism that worked: PLAIN, LOGIN, CRAM-MD5 … */
  authMethod?: string;
  /** The EHLO name that worked. */
  helo?: string;
  /**
   * Only when the check ran with --insecure: emit the stack's way to skip certificate
   * verification, always with a comment that it is unsafe.
   */
  insecure?: boolean;
  /** Path of an extra CA file, when one was needed. */
  ca?: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Everything an emitter needs, cleaned once. */
interface Ctx {
  host: string;
  port: number;
  security: EmitInput['security'];
  implicit: boolean;
  starttls: boolean;
  none: boolean;
  user: string | undefined;
  /** Name of the environment variable holding the password. */
  env: string;
  from: string | undefined;
  helo: string | undefined;
  /** Upper-cased SASL mechanism, when one was given. */
  auth: string | undefined;
  family: 4 | 6 | undefined;
  /** Only set when there is TLS to verify. */
  insecure: boolean;
  ca: string | undefined;
}

/** Values end up on one line of a config file: a line break in one would start a new setting. */
function oneLine(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const c = v.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '').trim();
  return c === '' ? undefined : c;
}

function context(s: EmitInput): Ctx {
  const env = s.passwordEnv ?? 'SMTP_PASSWORD';
  if (!ENV_NAME.test(env)) {
    throw new RangeError(`passwordEnv must be an environment-variable name ([A-Za-z_][A-Za-z0-9_]*), got ${JSON.stringify(env)}`);
  }
  const host = oneLine(s.host);
  if (!host) throw new RangeError('host is required');
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535) throw new RangeError(`port must be 1-65535, got ${s.port}`);
  const tlsInUse = s.security !== 'none';
  return {
    host,
    port: s.port,
    security: s.security,
    implicit: s.security === 'tls',
    starttls: s.security === 'starttls',
    none: s.security === 'none',
    user: oneLine(s.user),
    env,
    from: oneLine(s.from),
    helo: oneLine(s.helo),
    auth: oneLine(s.authMethod)?.toUpperCase(),
    family: s.family,
    insecure: tlsInUse && s.insecure === true,
    ca: tlsInUse ? oneLine(s.ca) : undefined,
  };
}

// ------------------------------------------------------------------------------ quoting

/** Single-quoted string literal for JS, Python, Ruby and PHP (all accept \\ and \' inside '…'). */
function sq(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** Double-quoted Java string literal. */
function javaStr(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/** POSIX shell single-quoted word. */
function sh(v: string): string {
  return /^[A-Za-z0-9_.,:@%+=/-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
/** .env value: bare when obviously safe, otherwise double-quoted with \\, \" and \$ escaped. */
function envVal(v: string): string {
  return /^[A-Za-z0-9_.@:/+-]*$/.test(v) ? v : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`;
}
/** java.util.Properties value: backslash is the escape character. */
function propVal(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/^ /, '\\ ');
}

/** Where an address is needed to send a test message and none was given. */
function sender(c: Ctx): string | undefined {
  return c.from ?? (c.user?.includes('@') ? c.user : undefined);
}

// ------------------------------------------------------------------------------ nodemailer

/*
 * Nodemailer SMTP transport — https://nodemailer.com/smtp/
 *   host, port, secure (implicit TLS), requireTLS (STARTTLS or fail), ignoreTLS (never STARTTLS),
 *   name (EHLO name), localAddress, authMethod, auth.user / auth.pass, tls (Node TLSSocket options:
 *   ca, rejectUnauthorized); createTransport(options, defaults) — defaults.from for every message.
 * Nodemailer has no address-family option (checked against nodemailer 10 smtp-connection: it
 * resolves both families); it keeps to the family of `localAddress`, so binding to the IPv4/IPv6
 * wildcard pins the family.
 */
function nodemailer(c: Ctx): string {
  const o: string[] = [];
  const head = [
    '// Nodemailer SMTP transport (options: https://nodemailer.com/smtp/)',
    "// import nodemailer from 'nodemailer';",
  ];
  if (c.ca) head.push("// import fs from 'node:fs';");
  o.push(`  host: ${sq(c.host)},`);
  o.push(`  port: ${c.port},`);
  if (c.implicit) o.push('  secure: true, // implicit TLS from the first byte');
  else o.push('  secure: false,');
  if (c.starttls) o.push('  requireTLS: true, // STARTTLS, and fail if the server does not offer it');
  if (c.none) o.push('  ignoreTLS: true, // plain SMTP, never STARTTLS');
  if (c.helo) o.push(`  name: ${sq(c.helo)}, // EHLO name`);
  if (c.family) {
    o.push(`  // nodemailer has no \`family\` option; binding to the IPv${c.family} wildcard keeps it on IPv${c.family}`);
    o.push(`  localAddress: ${sq(c.family === 4 ? '0.0.0.0' : '::')},`);
  }
  if (c.user) {
    if (c.auth) o.push(`  authMethod: ${sq(c.auth)},`);
    o.push(`  auth: { user: ${sq(c.user)}, pass: process.env.${c.env} },`);
  }
  if (c.ca || c.insecure) {
    o.push('  tls: {');
    if (c.ca) o.push(`    ca: [fs.readFileSync(${sq(c.ca)})], // replaces Node's built-in CA list for this transport`);
    if (c.insecure) {
      o.push('    // UNSAFE: accepts any certificate (the check ran with --insecure); a man in the middle reads everything sent');
      o.push('    rejectUnauthorized: false,');
    }
    o.push('  },');
  }
  const defaults = c.from ? `, { from: ${sq(c.from)} }` : '';
  return [...head, 'const transporter = nodemailer.createTransport({', ...o, `}${defaults});`, ''].join('\n');
}

// ------------------------------------------------------------------------------ JavaMail / Spring

/*
 * Jakarta Mail (JavaMail) SMTP provider properties —
 * https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary.html and
 * the provider's list (com.sun.mail.smtp / org.eclipse.angus.mail.smtp package summary):
 *   mail.smtp.host, mail.smtp.port, mail.smtp.user, mail.smtp.auth, mail.smtp.auth.mechanisms,
 *   mail.smtp.starttls.enable, mail.smtp.starttls.required, mail.smtp.ssl.enable (implicit TLS),
 *   mail.smtp.ssl.trust ("*" trusts every certificate), mail.smtp.ssl.checkserveridentity,
 *   mail.smtp.from (envelope sender), mail.smtp.localhost (EHLO name).
 */
function javamailProps(c: Ctx): Array<[string, string]> {
  const p: Array<[string, string]> = [];
  p.push(['mail.smtp.auth', c.user ? 'true' : 'false']);
  if (c.user && c.auth) p.push(['mail.smtp.auth.mechanisms', c.auth]);
  if (c.starttls) {
    p.push(['mail.smtp.starttls.enable', 'true']);
    p.push(['mail.smtp.starttls.required', 'true']);
  }
  if (c.implicit) p.push(['mail.smtp.ssl.enable', 'true']);
  if (c.helo) p.push(['mail.smtp.localhost', c.helo]);
  if (c.from) p.push(['mail.smtp.from', c.from]);
  return p;
}

/** The two insecure keys, preceded by their warning (as comment text, without the comment marker). */
const JAVA_INSECURE_NOTE = 'UNSAFE: trusts every certificate and skips the host-name check (the check ran with --insecure)';
function javaInsecure(c: Ctx): Array<[string, string]> {
  return c.insecure
    ? [
        ['mail.smtp.ssl.trust', '*'],
        ['mail.smtp.ssl.checkserveridentity', 'false'],
      ]
    : [];
}

function javaFamilyNote(c: Ctx): string | undefined {
  if (!c.family) return undefined;
  return c.family === 4
    ? 'JavaMail has no address-family property: start the JVM with -Djava.net.preferIPv4Stack=true to stay on IPv4'
    : 'JavaMail has no address-family property: start the JVM with -Djava.net.preferIPv6Addresses=true to prefer IPv6';
}

/*
 * Spring Boot mail properties — https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail
 *   spring.mail.host, spring.mail.port, spring.mail.username, spring.mail.password,
 *   spring.mail.properties.* (any JavaMail property, see javamailProps), spring.mail.ssl.bundle.
 * SSL bundles (Spring Boot 3.1+) — https://docs.spring.io/spring-boot/reference/features/ssl.html
 *   spring.ssl.bundle.pem.<name>.truststore.certificate; "the STARTTLS command can use the
 *   corresponding SSLSocketFactory, even if mail.(protocol).ssl.enable is not set".
 * ${VAR} placeholders resolve against environment variables.
 */
interface SpringEntry {
  /** Path segments under the document root; the last one may contain dots (a JavaMail key). */
  path: string[];
  value: string | number | boolean;
  /** Comment text shown above the entry. */
  note?: string;
}

function springEntries(c: Ctx): SpringEntry[] {
  const e: SpringEntry[] = [];
  const mail = (k: string, value: SpringEntry['value'], note?: string): void => {
    e.push({ path: ['spring', 'mail', k], value, ...(note ? { note } : {}) });
  };
  mail('host', c.host);
  mail('port', c.port);
  if (c.user) {
    mail('username', c.user);
    mail('password', `\${${c.env}}`, `read from the ${c.env} environment variable, never written here`);
  }
  if (c.ca) mail('ssl.bundle', 'smtp-ca');
  for (const [k, v] of javamailProps(c)) {
    e.push({ path: ['spring', 'mail', 'properties', k], value: v === 'true' ? true : v === 'false' ? false : v });
  }
  javaInsecure(c).forEach(([k, v], i) => {
    e.push({
      path: ['spring', 'mail', 'properties', k],
      value: v === 'false' ? false : v,
      ...(i === 0 ? { note: JAVA_INSECURE_NOTE } : {}),
    });
  });
  if (c.ca) {
    e.push({
      path: ['spring', 'ssl', 'bundle', 'pem', 'smtp-ca', 'truststore', 'certificate'],
      value: `file:${c.ca}`,
      note: 'the extra CA (Spring Boot 3.1+ SSL bundle); it replaces the JVM default trust store for mail',
    });
  }
  return e;
}

function springProperties(c: Ctx): string {
  const out = ['# application.properties — Spring Boot spring.mail.* (https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail)'];
  const fam = javaFamilyNote(c);
  if (fam) out.push(`# ${fam}`);
  for (const en of springEntries(c)) {
    if (en.note) out.push(`# ${en.note}`);
    out.push(`${en.path.join('.')}=${typeof en.value === 'string' ? propVal(en.value) : String(en.value)}`);
  }
  return out.join('\n') + '\n';
}

/** YAML scalar: JSON strings are valid YAML double-quoted scalars. */
function yamlScalar(v: SpringEntry['value']): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function springYaml(c: Ctx): string {
  interface Node {
    children: Map<string, Node>;
    value?: SpringEntry['value'];
    note?: string;
  }
  const root: Node = { children: new Map() };
  for (const en of springEntries(c)) {
    // `spring.mail.ssl.bundle` nests like any other key; JavaMail keys under `properties` stay
    // flat (`mail.smtp.auth` and `mail.smtp.auth.mechanisms` cannot both be YAML maps).
    const segs = en.path[2] === 'properties' ? en.path : en.path.flatMap((p) => p.split('.'));
    let n = root;
    for (const seg of segs) {
      let next = n.children.get(seg);
      if (!next) {
        next = { children: new Map() };
        n.children.set(seg, next);
      }
      n = next;
    }
    n.value = en.value;
    if (en.note) n.note = en.note;
  }
  const lines = ['# application.yml — Spring Boot spring.mail.* (https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail)'];
  const fam = javaFamilyNote(c);
  if (fam) lines.push(`# ${fam}`);
  const walk = (n: Node, depth: number): void => {
    for (const [k, child] of n.children) {
      const pad = '  '.repeat(depth);
      if (child.note) lines.push(`${pad}# ${child.note}`);
      if (child.value !== undefined) lines.push(`${pad}${k}: ${yamlScalar(child.value)}`);
      else {
        lines.push(`${pad}${k}:`);
        walk(child, depth + 1);
      }
    }
  };
  walk(root, 0);
  return lines.join('\n') + '\n';
}

function javamail(c: Ctx): string {
  const out = [
    '# Jakarta Mail / JavaMail session properties (SMTP provider: https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary.html)',
    `mail.smtp.host=${propVal(c.host)}`,
    `mail.smtp.port=${c.port}`,
  ];
  if (c.user) out.push(`mail.smtp.user=${propVal(c.user)}`);
  for (const [k, v] of javamailProps(c)) out.push(`${k}=${propVal(v)}`);
  const insecure = javaInsecure(c);
  if (insecure.length) {
    out.push(`# ${JAVA_INSECURE_NOTE}`);
    for (const [k, v] of insecure) out.push(`${k}=${v}`);
  }
  if (c.ca) {
    out.push(
      `# the extra CA ${c.ca}: JavaMail reads trust from the JVM; import it into a trust store and start the JVM with it`,
      `#   keytool -importcert -noprompt -alias smtp-ca -file ${c.ca} -keystore smtp-ca.p12 -storetype PKCS12 -storepass changeit`,
      '#   java -Djavax.net.ssl.trustStore=smtp-ca.p12 -Djavax.net.ssl.trustStorePassword=changeit …   (replaces the default cacerts)',
    );
  }
  const fam = javaFamilyNote(c);
  if (fam) out.push(`# ${fam}`);
  out.push('#', '# Properties props = new Properties();  // the lines above');
  if (c.user) {
    out.push(
      '# Session session = Session.getInstance(props, new Authenticator() {',
      '#     @Override protected PasswordAuthentication getPasswordAuthentication() {',
      `#         return new PasswordAuthentication(${javaStr(c.user)}, System.getenv(${javaStr(c.env)}));`,
      '#     }',
      '# });',
    );
  } else {
    out.push('# Session session = Session.getInstance(props);  // no AUTH');
  }
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ Rails

/*
 * Rails Action Mailer — https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration
 * and https://guides.rubyonrails.org/configuring.html#config-action-mailer-smtp-settings
 *   smtp_settings: :address, :port, :domain (HELO name), :user_name, :password,
 *   :authentication (:plain, :login, :cram_md5), :enable_starttls (STARTTLS or fail, Rails 7+),
 *   :enable_starttls_auto, :openssl_verify_mode ('none' | 'peer'), :ssl/:tls (SMTPS, implicit TLS);
 *   :ca_file is passed on by the mail gem (Mail::SMTP#ssl_context sets context.ca_file).
 */
const RAILS_AUTH: Record<string, string> = { PLAIN: ':plain', LOGIN: ':login', 'CRAM-MD5': ':cram_md5' };

function rails(c: Ctx): string {
  const o: string[] = [];
  o.push(`  address: ${sq(c.host)},`);
  o.push(`  port: ${c.port},`);
  if (c.helo) o.push(`  domain: ${sq(c.helo)},`);
  if (c.user) {
    o.push(`  user_name: ${sq(c.user)},`);
    o.push(`  password: ENV['${c.env}'],`);
    const auth = c.auth ? RAILS_AUTH[c.auth] : ':plain';
    if (auth) o.push(`  authentication: ${auth},`);
    else o.push(`  # ${c.auth} is not one of Action Mailer's :plain, :login, :cram_md5`, '  authentication: :plain,');
  }
  if (c.implicit) o.push('  tls: true, # SMTPS: implicit TLS from the first byte');
  if (c.starttls) o.push('  enable_starttls: true, # STARTTLS or fail (Rails 7+; older Rails only has enable_starttls_auto)');
  if (c.none) o.push('  enable_starttls_auto: false, # plain SMTP, never STARTTLS');
  if (c.ca) o.push(`  ca_file: ${sq(c.ca)},`);
  if (c.insecure) o.push("  openssl_verify_mode: 'none', # UNSAFE: accepts any certificate (the check ran with --insecure)");
  const out = [
    '# config/environments/production.rb — Action Mailer (https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration)',
  ];
  if (c.family) out.push(`# Action Mailer has no address-family setting (the check used IPv${c.family})`);
  out.push('config.action_mailer.delivery_method = :smtp', 'config.action_mailer.smtp_settings = {', ...o, '}');
  if (c.from) out.push(`config.action_mailer.default_options = { from: ${sq(c.from)} }`);
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ Python

/*
 * Python smtplib — https://docs.python.org/3/library/smtplib.html
 *   SMTP(host, port, local_hostname=…, source_address=…), SMTP_SSL(host, port, …, context=…),
 *   SMTP.starttls(context=…), SMTP.login(user, password), SMTP.send_message(msg);
 * ssl — https://docs.python.org/3/library/ssl.html: create_default_context(cafile=…),
 *   check_hostname, verify_mode = CERT_NONE.
 * smtplib has no address-family option; source_address binds the socket, which pins the family.
 */
function python(c: Ctx): string {
  const to = sender(c) ?? 'you@example.com';
  const out = ['# Python smtplib (https://docs.python.org/3/library/smtplib.html)', 'import os', 'import smtplib'];
  const tlsUsed = !c.none;
  if (tlsUsed) out.push('import ssl');
  out.push('from email.message import EmailMessage', '');
  out.push('msg = EmailMessage()');
  out.push(`msg['From'] = ${sq(sender(c) ?? to)}`);
  out.push(`msg['To'] = ${sq(to)}`);
  out.push("msg['Subject'] = 'smtp-doctor test'");
  out.push("msg.set_content('Sent with the settings smtp-doctor verified.')", '');
  if (tlsUsed) {
    out.push(c.ca ? `context = ssl.create_default_context(cafile=${sq(c.ca)})` : 'context = ssl.create_default_context()');
    if (c.insecure) {
      out.push('# UNSAFE: accepts any certificate (the check ran with --insecure)');
      out.push('context.check_hostname = False', 'context.verify_mode = ssl.CERT_NONE');
    }
  }
  const args = [sq(c.host), String(c.port)];
  if (c.helo) args.push(`local_hostname=${sq(c.helo)}`);
  if (c.family) {
    out.push(`# smtplib has no address-family option: binding to the IPv${c.family} wildcard keeps it on IPv${c.family}`);
    args.push(`source_address=(${sq(c.family === 4 ? '0.0.0.0' : '::')}, 0)`);
  }
  if (c.implicit) args.push('context=context');
  out.push(`with smtplib.${c.implicit ? 'SMTP_SSL' : 'SMTP'}(${args.join(', ')}) as s:`);
  if (c.starttls) out.push('    s.starttls(context=context)');
  if (c.user) out.push(`    s.login(${sq(c.user)}, os.environ['${c.env}'])`);
  out.push('    s.send_message(msg)');
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ Django

/*
 * Django settings — https://docs.djangoproject.com/en/stable/ref/settings/#email-backend
 *   EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
 *   EMAIL_USE_TLS (STARTTLS), EMAIL_USE_SSL (implicit TLS) — "mutually exclusive, so only set one
 *   of those settings to True" — DEFAULT_FROM_EMAIL. The SMTP backend has no setting for the EHLO
 *   name, the address family, an extra CA or skipping verification.
 */
function django(c: Ctx): string {
  const out = ['# settings.py — Django EMAIL_* (https://docs.djangoproject.com/en/stable/ref/settings/#email-backend)', 'import os', ''];
  out.push("EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'");
  out.push(`EMAIL_HOST = ${sq(c.host)}`);
  out.push(`EMAIL_PORT = ${c.port}`);
  if (c.user) {
    out.push(`EMAIL_HOST_USER = ${sq(c.user)}`);
    out.push(`EMAIL_HOST_PASSWORD = os.environ['${c.env}']`);
  }
  out.push(`EMAIL_USE_TLS = ${c.starttls ? 'True' : 'False'}  # STARTTLS`);
  out.push(`EMAIL_USE_SSL = ${c.implicit ? 'True' : 'False'}  # implicit TLS (never both True)`);
  if (c.from) out.push(`DEFAULT_FROM_EMAIL = ${sq(c.from)}`);
  if (c.helo) out.push(`# Django sends its own EHLO name (socket.getfqdn()); it has no setting for ${c.helo}`);
  if (c.family) out.push(`# Django has no address-family setting (the check used IPv${c.family})`);
  if (c.user && c.auth) out.push(`# smtplib picks the AUTH mechanism itself (the check used ${c.auth})`);
  if (c.ca) out.push(`# Django has no CA setting: point SSL_CERT_FILE at a bundle that includes ${c.ca} (it replaces the system bundle)`);
  if (c.insecure) {
    out.push('# UNSAFE (the check ran with --insecure): Django has no setting to skip certificate checks;');
    out.push('# only a custom EmailBackend that overrides ssl_context can do it');
  }
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ Laravel

/*
 * Laravel mail — https://laravel.com/docs/mail#configuration and the skeleton's config/mail.php
 * (laravel/laravel, mailers.smtp since late 11.x, 12.x, 13.x):
 *   'scheme' => env('MAIL_SCHEME'), 'host' => env('MAIL_HOST'), 'port' => env('MAIL_PORT'),
 *   'username' => env('MAIL_USERNAME'), 'password' => env('MAIL_PASSWORD'),
 *   'local_domain' => env('MAIL_EHLO_DOMAIN'), 'from.address' => env('MAIL_FROM_ADDRESS').
 * MAIL_SCHEME is `smtps` (implicit TLS) or `smtp` (plain, upgraded with STARTTLS when offered);
 * null lets port 465 mean smtps. MAIL_ENCRYPTION is no longer read (symfony/mailer ignored it since
 * 4.4; laravel/framework#53863). Laravel hands the whole mailer array to Symfony's SMTP DSN
 * options — https://symfony.com/doc/current/mailer.html — so 'require_tls', 'auto_tls' and
 * 'verify_peer' added to mailers.smtp reach EsmtpTransportFactory.
 * .env values support ${VAR} expansion from already-set variables (vlucas/phpdotenv).
 */
function laravel(c: Ctx): string {
  const out = ['# .env — Laravel mail, config/mail.php mailers.smtp (https://laravel.com/docs/mail#configuration)'];
  out.push('MAIL_MAILER=smtp');
  out.push(`MAIL_SCHEME=${c.implicit ? 'smtps' : 'smtp'}`);
  out.push(`MAIL_HOST=${envVal(c.host)}`);
  out.push(`MAIL_PORT=${c.port}`);
  if (c.user) {
    out.push(`MAIL_USERNAME=${envVal(c.user)}`);
    out.push(`MAIL_PASSWORD="\${${c.env}}"`);
  } else {
    out.push('MAIL_USERNAME=null', 'MAIL_PASSWORD=null');
  }
  if (c.helo) out.push(`MAIL_EHLO_DOMAIN=${envVal(c.helo)}`);
  if (c.from) out.push(`MAIL_FROM_ADDRESS="${c.from.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`);
  const old = c.implicit ? 'tls (implicit TLS only on port 465)' : c.starttls ? 'tls' : 'null';
  out.push(`# older config/mail.php without 'scheme' reads MAIL_ENCRYPTION instead: MAIL_ENCRYPTION=${old}`);
  if (c.starttls) {
    out.push("# STARTTLS is only opportunistic by default: add 'require_tls' => true to mailers.smtp in config/mail.php");
    if (c.port === 465) out.push("# port 465 means implicit TLS to Symfony Mailer unless 'auto_tls' => false is set");
  }
  if (c.none) out.push("# plain SMTP: add 'auto_tls' => false to mailers.smtp in config/mail.php so it never tries STARTTLS");
  if (c.ca) out.push(`# the extra CA: Laravel has no per-mailer CA setting; set openssl.cafile=${c.ca} in php.ini (a bundle that also holds the public CAs)`);
  if (c.insecure) out.push("# UNSAFE (the check ran with --insecure): 'verify_peer' => false in mailers.smtp accepts any certificate");
  if (c.family) out.push(`# Laravel has no address-family setting (the check used IPv${c.family})`);
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ PHPMailer

/*
 * PHPMailer — https://github.com/PHPMailer/PHPMailer (class PHPMailer, examples/ssl_options.phps)
 *   isSMTP(), Host, Port, SMTPAuth, Username, Password, AuthType (CRAM-MD5, LOGIN, PLAIN, XOAUTH2),
 *   SMTPSecure = PHPMailer::ENCRYPTION_SMTPS ('ssl', implicit) | PHPMailer::ENCRYPTION_STARTTLS
 *   ('tls'), SMTPAutoTLS (opportunistic STARTTLS, default true), Helo, setFrom(),
 *   SMTPOptions (PHP stream context: ssl.cafile, ssl.verify_peer, ssl.verify_peer_name,
 *   ssl.allow_self_signed, socket.bindto — https://www.php.net/manual/en/context.php).
 */
function phpmailer(c: Ctx): string {
  const out = [
    '// PHPMailer (https://github.com/PHPMailer/PHPMailer) — at the top of the file: use PHPMailer\\PHPMailer\\PHPMailer;',
    '$mail = new PHPMailer(true);',
    '$mail->isSMTP();',
    `$mail->Host = ${sq(c.host)};`,
    `$mail->Port = ${c.port};`,
  ];
  if (c.implicit) out.push('$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS; // implicit TLS');
  if (c.starttls) out.push('$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS; // STARTTLS or fail');
  if (c.none) out.push("$mail->SMTPSecure = '';", '$mail->SMTPAutoTLS = false; // plain SMTP, never STARTTLS');
  if (c.user) {
    out.push('$mail->SMTPAuth = true;');
    out.push(`$mail->Username = ${sq(c.user)};`);
    out.push(`$mail->Password = getenv('${c.env}');`);
    if (c.auth) out.push(`$mail->AuthType = ${sq(c.auth)};`);
  } else {
    out.push('$mail->SMTPAuth = false;');
  }
  if (c.helo) out.push(`$mail->Helo = ${sq(c.helo)};`);
  const ssl: string[] = [];
  if (c.ca) ssl.push(`'cafile' => ${sq(c.ca)}`);
  if (c.insecure) ssl.push("'verify_peer' => false", "'verify_peer_name' => false", "'allow_self_signed' => true");
  const opts: string[] = [];
  if (ssl.length) opts.push(`    'ssl' => [${ssl.join(', ')}],`);
  if (c.family) opts.push(`    'socket' => ['bindto' => ${sq(c.family === 4 ? '0.0.0.0:0' : '[::]:0')}], // binding pins IPv${c.family}`);
  if (opts.length) {
    if (c.insecure) out.push('// UNSAFE: accepts any certificate (the check ran with --insecure)');
    out.push('$mail->SMTPOptions = [', ...opts, '];');
  }
  if (c.from) out.push(`$mail->setFrom(${sq(c.from)});`);
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ .env

/*
 * Generic SMTP_* variables for a .env file (no single upstream spec). A .env cannot refer to
 * itself, so SMTP_PASSWORD stays empty unless the password lives in a differently named
 * variable; `${OTHER}` is expanded by dotenv-expand, docker compose and phpdotenv (plain dotenv
 * does not expand).
 */
function dotenv(c: Ctx): string {
  const out = ['# .env — generic SMTP_* settings'];
  out.push(`SMTP_HOST=${envVal(c.host)}`);
  out.push(`SMTP_PORT=${c.port}`);
  out.push(`SMTP_TLS=${c.implicit}`);
  out.push(`SMTP_OPPORTUNISTIC_TLS=${c.starttls}`);
  if (c.user) {
    out.push(`SMTP_USERNAME=${envVal(c.user)}`);
    if (c.env === 'SMTP_PASSWORD') {
      out.push('# set in the environment or your secret store, never commit it', 'SMTP_PASSWORD=');
    } else {
      out.push(`# from ${c.env} (expanded by dotenv-expand / docker compose); never write the value here`, `SMTP_PASSWORD=\${${c.env}}`);
    }
  }
  if (c.from) out.push(`SMTP_SENDER=${envVal(c.from)}`);
  if (c.ca) out.push(`# the check needed the extra CA ${c.ca}`);
  if (c.insecure) out.push('# UNSAFE: the check only passed with --insecure (certificate not verified)');
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ swaks

/*
 * swaks — https://jetmore.org/john/code/swaks/latest/doc/ref.txt (and `swaks --help`)
 *   --server host[:port], --port, --tls (STARTTLS, required), --tlsc / --tls-on-connect (implicit),
 *   --tls-verify (swaks does not verify by default), --tls-ca-path, --auth [type], --auth-user,
 *   --auth-password, --ehlo, -4 / -6, --from, --to.
 */
function swaks(c: Ctx): string {
  const parts = ['swaks'];
  if (c.host.includes(':')) parts.push('--server', sh(c.host), '--port', String(c.port));
  else parts.push('--server', sh(`${c.host}:${c.port}`));
  if (c.implicit) parts.push('--tlsc');
  if (c.starttls) parts.push('--tls');
  if (!c.none && !c.insecure) parts.push('--tls-verify');
  if (c.ca) parts.push('--tls-ca-path', sh(c.ca));
  if (c.family) parts.push(`-${c.family}`);
  if (c.helo) parts.push('--ehlo', sh(c.helo));
  if (c.user) {
    parts.push('--auth');
    if (c.auth) parts.push(sh(c.auth));
    parts.push('--auth-user', sh(c.user), '--auth-password', `"$${c.env}"`);
  }
  const from = sender(c);
  if (from) parts.push('--from', sh(from));
  parts.push('--to', sh(from ?? 'you@example.com'));
  let line = parts.join(' ');
  if (c.insecure) line += '  # UNSAFE: certificate not verified, the check only passed with --insecure';
  return line + '\n';
}

// ------------------------------------------------------------------------------ entry point

const EMITTERS: Record<EmitTarget, (c: Ctx) => string> = {
  nodemailer,
  'spring-yaml': springYaml,
  'spring-properties': springProperties,
  javamail,
  rails,
  python,
  django,
  laravel,
  phpmailer,
  dotenv,
  swaks,
};

/** The settings in `target`'s own syntax, ready to paste. Throws RangeError on unusable input. */
export function emit(target: EmitTarget, s: EmitInput): string {
  const fn = EMITTERS[target];
  if (!fn) throw new RangeError(`unknown emit target ${JSON.stringify(target)}; expected one of ${EMIT_TARGETS.join(', ')}`);
  return fn(context(s));
}
