import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, detectFormat, importEnv, importText, importUrl } from '../src/config/import.js';
import type { ImportedSettings, ImportFormat, Origin } from '../src/config/types.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'config');
const read = (rel: string): string => readFileSync(join(FIX, rel), 'utf8');
const load = (rel: string, env: NodeJS.ProcessEnv = {}, format?: ImportFormat): ImportedSettings => {
  const opts: { path: string; env: NodeJS.ProcessEnv; format?: ImportFormat } = { path: rel, env };
  if (format) opts.format = format;
  return importText(read(rel), opts);
};
const at = (file: string, line: number, key: string): Origin => ({ kind: 'file', file, line, key });
const throwsConfig = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
};

/** Every secret the fixtures and inputs below contain. */
const SECRETS = [
  'example-laravel-pass', 'example-not-a-real-password', 'example-typo-secret', 'example-trailing-space', 'example-default-pass',
  'example-props-pass', 'example-javamail-pass', 'example-django-default', 'example-json-pass', 'example-legacy-pass',
  'abcd efgh ijkl mnop', 'env-secret-value', 'hunter2-s3cret', 'p@ss:w/rd',
];
function noSecret(s: unknown): void {
  const text = JSON.stringify(s);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

const FIXTURES: Array<[string, ImportFormat]> = [
  ['dotenv/app.env', 'dotenv'],
  ['dotenv/laravel.env', 'dotenv'],
  ['dotenv/tls-on-587.env', 'dotenv'],
  ['dotenv/typo-password.env', 'dotenv'],
  ['dotenv/password-trailing-space.env', 'dotenv'],
  ['spring/application.yml', 'spring-yaml'],
  ['spring/application-465-starttls.yml', 'spring-yaml'],
  ['spring/application.properties', 'spring-properties'],
  ['spring/application-ssl-587.properties', 'spring-properties'],
  ['javamail/mail.properties', 'javamail'],
  ['javamail/smtps.properties', 'javamail'],
  ['rails/production.rb', 'rails'],
  ['rails/starttls-and-tls.rb', 'rails'],
  ['django/settings.py', 'django'],
  ['django/tls-and-ssl.py', 'django'],
  ['nodemailer/transport.json', 'nodemailer-json'],
  ['nodemailer/secure-connection.json', 'nodemailer-json'],
  ['nodemailer/gmail-no-domain.json', 'nodemailer-json'],
];

describe('detectFormat', () => {
  it.each(FIXTURES)('%s is %s by content alone, and with its name', (rel, format) => {
    expect(detectFormat(read(rel))).toBe(format);
    expect(detectFormat(read(rel), rel)).toBe(format);
    expect(load(rel).format).toBe(format);
  });

  it('uses the file name only to break ties', () => {
    const flat = 'spring.mail.host: smtp.example.com\nspring.mail.port: 587\n';
    expect(detectFormat(flat, 'application.yml')).toBe('spring-yaml');
    expect(detectFormat(flat, 'application.properties')).toBe('spring-properties');
    // Content wins over a misleading name.
    expect(detectFormat('spring:\n  mail:\n    host: smtp.example.com\n', 'mail.properties')).toBe('spring-yaml');
    expect(detectFormat('SMTP_HOST=smtp.example.com\nSMTP_PORT=587\n', 'settings.py')).toBe('dotenv');
    expect(detectFormat(read('django/settings.py'), 'x.env')).toBe('django');
    // EMAIL_HOST='x' is both a .env line and Python: the name decides.
    const both = "EMAIL_HOST='smtp.example.com'\nEMAIL_PORT=587\n";
    expect(detectFormat(both, '.env')).toBe('dotenv');
    expect(detectFormat(both, 'settings.py')).toBe('django');
    expect(detectFormat("EMAIL_HOST = 'smtp.example.com'\nEMAIL_PORT = 587\n")).toBe('django');
    expect(detectFormat('EMAIL_HOST=smtp.example.com\nEMAIL_PORT=587\n')).toBe('dotenv');
  });

  it('recognises URLs, JSON and JavaMail properties', () => {
    expect(detectFormat('smtps://user:pw@smtp.example.com:465\n')).toBe('url');
    expect(detectFormat('{"host":"smtp.example.com","port":587}')).toBe('nodemailer-json');
    expect(detectFormat('{"name":"my-app","version":"1.0.0"}')).toBeUndefined();
    expect(detectFormat('mail.smtp.host=smtp.example.com\n')).toBe('javamail');
  });

  it('gives up on garbage', () => {
    expect(detectFormat('')).toBeUndefined();
    expect(detectFormat('Dear team,\nthe mail server is down again.\nRegards\n')).toBeUndefined();
    expect(detectFormat('\0\x01\x02ELF\0\0')).toBeUndefined();
  });
});

describe('.env files', () => {
  it('reads SMTP_* with lines, ${VAR} from the environment and the variable the password refers to', () => {
    const f = 'dotenv/app.env';
    const s = load(f, { MAILER_SMTP_PASSWORD: 'env-secret-value' });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 6, 'SMTP_HOST') });
    expect(s.port).toEqual({ value: 587, origin: at(f, 7, 'SMTP_PORT') });
    expect(s.user?.value).toBe('mailer@example.com');
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.password?.origin).toEqual(at(f, 9, 'SMTP_PASSWORD'));
    expect(s.passwordEnv?.value).toBe('MAILER_SMTP_PASSWORD');
    expect(s.from?.value).toBe('Example App <noreply@example.com>');
    expect(s.starttls).toEqual({ value: true, origin: at(f, 11, 'SMTP_OPPORTUNISTIC_TLS') });
    expect(s.authMethod?.value).toBe('LOGIN');
    expect(s.unknownKeys).toEqual([]);
    expect(s.missingEnv).toEqual([]);
    noSecret(s);
  });

  it('reports an unset ${VAR} as missingEnv', () => {
    const s = load('dotenv/app.env');
    expect(s.password).toBeUndefined();
    expect(s.passwordEnv?.value).toBe('MAILER_SMTP_PASSWORD');
    expect(s.missingEnv).toEqual([{ name: 'MAILER_SMTP_PASSWORD', key: 'SMTP_PASSWORD', line: 9 }]);
  });

  it('reads Laravel MAIL_* (MAIL_ENCRYPTION=ssl is implicit TLS)', () => {
    const f = 'dotenv/laravel.env';
    const s = load(f);
    expect(s.host?.value).toBe('smtp.example.com');
    expect(s.port).toEqual({ value: 465, origin: at(f, 11, 'MAIL_PORT') });
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 14, 'MAIL_ENCRYPTION') });
    expect(s.password?.value.reveal()).toBe('example-laravel-pass');
    expect(s.from?.value).toBe('hello@example.com');
    expect(s.unknownKeys).toEqual([]);
    noSecret(s);
  });

  it('SMTP_TLS=true on 587 (broken)', () => {
    const f = 'dotenv/tls-on-587.env';
    const s = load(f);
    expect(s.port?.value).toBe(587);
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 4, 'SMTP_TLS') });
    expect(s.user).toEqual({ value: 'mailer@example.com', origin: at(f, 5, 'SMTP_USER') });
    expect(s.password?.origin.key).toBe('SMTP_PASS');
    expect(s.from?.value).toBe('noreply@example.com');
  });

  it('a misspelled SMTP_PASWORD is an unknown key with a suggestion (and is not read)', () => {
    const s = load('dotenv/typo-password.env');
    expect(s.unknownKeys).toEqual([{ key: 'SMTP_PASWORD', line: 4, suggestion: 'SMTP_PASSWORD' }]);
    expect(s.password).toBeUndefined();
    noSecret(s);
  });

  it('keeps a quoted trailing space in the password', () => {
    const f = 'dotenv/password-trailing-space.env';
    const s = load(f);
    expect(s.password?.value.reveal()).toBe('example-trailing-space ');
    expect(s.password?.origin).toEqual(at(f, 6, 'SMTP_PASSWORD'));
    noSecret(s);
  });

  it('Django names, booleans in every spelling, defaults, single quotes and near-miss keys', () => {
    const text = [
      'EMAIL_HOST=smtp.example.com',
      'EMAIL_PORT=${PORT:-2525}',
      'EMAIL_USE_TLS=Yes',
      'EMAIL_USE_SSL=off',
      "EMAIL_HOST_PASSWORD='${NOT_EXPANDED}'",
      'SMPT_USER=x',
      'MAIL_HOSTNAME=y',
      'REDIS_HOST=z',
      'SMTP_CIPHER_SPEC=HIGH',
    ].join('\n');
    const s = importText(text, { path: '.env', env: {} });
    expect(s.format).toBe('dotenv');
    expect(s.port?.value).toBe(2525);
    expect(s.starttls?.value).toBe(true);
    expect(s.implicitTls?.value).toBe(false);
    expect(s.password?.value.reveal()).toBe('${NOT_EXPANDED}');
    expect(s.missingEnv).toEqual([]);
    expect(s.unknownKeys).toEqual([
      { key: 'SMPT_USER', line: 6, suggestion: 'SMTP_USER' },
      { key: 'MAIL_HOSTNAME', line: 7 },
    ]);
  });
});

describe('process environment (--from-env)', () => {
  it('reads the known names only, origin kind env with the name', () => {
    const s = importEnv({ SMTP_HOST: 'smtp.example.com', MAIL_PORT: '465', EMAIL_USE_SSL: 'TRUE', SMTP_PASSWORD: 'env-secret-value', SMTP_PASWORD: 'x', PATH: '/usr/bin' });
    expect(s.format).toBe('env');
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: { kind: 'env', name: 'SMTP_HOST', key: 'SMTP_HOST' } });
    expect(s.port).toEqual({ value: 465, origin: { kind: 'env', name: 'MAIL_PORT', key: 'MAIL_PORT' } });
    expect(s.implicitTls?.value).toBe(true);
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.passwordEnv?.value).toBe('SMTP_PASSWORD');
    expect(s.unknownKeys).toEqual([]);
    noSecret(s);
  });

  it('SMTP_* wins over MAIL_* and EMAIL_*; an empty environment gives nothing', () => {
    const s = importEnv({ EMAIL_HOST: 'c.example.com', MAIL_HOST: 'b.example.com', SMTP_HOST: 'a.example.com' });
    expect(s.host?.value).toBe('a.example.com');
    expect(importEnv({})).toEqual({ format: 'env', unknownKeys: [], missingEnv: [] });
  });
});

describe('Spring', () => {
  it('application.yml: nested maps and dotted keys, ${VAR} resolved', () => {
    const f = 'spring/application.yml';
    const s = load(f, { SMTP_PASSWORD: 'env-secret-value' });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 10, 'spring.mail.host') });
    expect(s.port).toEqual({ value: 587, origin: at(f, 11, 'spring.mail.port') });
    expect(s.user?.value).toBe('billing@example.com');
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.passwordEnv).toEqual({ value: 'SMTP_PASSWORD', origin: at(f, 13, 'spring.mail.password') });
    expect(s.auth).toEqual({ value: true, origin: at(f, 19, 'spring.mail.properties.mail.smtp.auth') });
    expect(s.starttls).toEqual({ value: true, origin: at(f, 21, 'spring.mail.properties.mail.smtp.starttls.enable') });
    expect(s.starttlsRequired?.value).toBe(true);
    expect(s.from).toEqual({ value: 'billing@example.com', origin: at(f, 26, 'spring.mail.properties.mail.smtp.from') });
    expect(s.implicitTls).toBeUndefined();
    expect(s.unknownKeys).toEqual([]);
    expect(s.missingEnv).toEqual([]);
    noSecret(s);
  });

  it('application.yml with the variable unset: missingEnv', () => {
    const s = load('spring/application.yml');
    expect(s.password).toBeUndefined();
    expect(s.missingEnv).toEqual([{ name: 'SMTP_PASSWORD', key: 'spring.mail.password', line: 13 }]);
  });

  it('port 465 with starttls.enable and no ssl.enable (broken); ${VAR:default} and ssl.trust *', () => {
    const f = 'spring/application-465-starttls.yml';
    const s = load(f);
    expect(s.port?.value).toBe(465);
    expect(s.starttls).toEqual({ value: true, origin: at(f, 9, 'spring.mail.properties.mail.smtp.starttls.enable') });
    expect(s.implicitTls).toBeUndefined();
    expect(s.password?.value.reveal()).toBe('example-default-pass');
    expect(s.passwordEnv?.value).toBe('SMTP_PASSWORD');
    expect(s.missingEnv).toEqual([]);
    expect(s.insecure).toEqual({ value: true, origin: at(f, 10, 'spring.mail.properties.mail.smtp.ssl.trust') });
    noSecret(s);
    expect(load(f, { SMTP_PASSWORD: 'env-secret-value' }).password?.value.reveal()).toBe('env-secret-value');
  });

  it('application.properties: properties[mail.smtp.auth] bracket form, localhost as HELO', () => {
    const f = 'spring/application.properties';
    const s = load(f, { ORDERS_SMTP_PASSWORD: 'env-secret-value' });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 3, 'spring.mail.host') });
    expect(s.auth).toEqual({ value: true, origin: at(f, 7, 'spring.mail.properties[mail.smtp.auth]') });
    expect(s.starttls?.value).toBe(true);
    expect(s.starttlsRequired?.origin.line).toBe(9);
    expect(s.helo?.value).toBe('orders.example.com');
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.passwordEnv?.value).toBe('ORDERS_SMTP_PASSWORD');
    expect(load(f).missingEnv).toEqual([{ name: 'ORDERS_SMTP_PASSWORD', key: 'spring.mail.password', line: 6 }]);
  });

  it('ssl.enable on 587 (broken), and a misspelled starttls key', () => {
    const f = 'spring/application-ssl-587.properties';
    const s = load(f);
    expect(s.port?.value).toBe(587);
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 6, 'spring.mail.properties.mail.smtp.ssl.enable') });
    expect(s.starttls).toBeUndefined();
    expect(s.unknownKeys).toEqual([
      { key: 'spring.mail.properties.mail.smtp.starttls.enabled', line: 7, suggestion: 'spring.mail.properties.mail.smtp.starttls.enable' },
    ]);
    noSecret(s);
  });

  it('relaxed names, protocol smtps, misplaced keys, profiles and YAML syntax errors', () => {
    const yml = [
      'spring:',
      '  mail:',
      '    Host: smtp.example.com',
      '    protocol: smtps',
      '    user: me@example.com',
      '    smtp:',
      '      auth: true',
      '---',
      'spring:',
      '  config:',
      '    activate:',
      '      on-profile: dev',
      '  mail:',
      '    host: localhost',
    ].join('\n');
    const s = importText(yml, { path: 'application.yml', env: {} });
    expect(s.host?.value).toBe('smtp.example.com');
    expect(s.implicitTls).toEqual({ value: true, origin: at('application.yml', 4, 'spring.mail.protocol') });
    expect(s.unknownKeys).toEqual([
      { key: 'spring.mail.user', line: 5, suggestion: 'spring.mail.username' },
      { key: 'spring.mail.smtp.auth', line: 7, suggestion: 'spring.mail.properties.mail.smtp.auth' },
    ]);
    const props = 'spring.mail.host = smtp.example.com\nspring.mail.password : a\\\n    bc\\u0021\nspring.mail.port 2525\n';
    const p = importText(props, { path: 'application.properties', env: {} });
    expect(p.password?.value.reveal()).toBe('abc!');
    expect(p.port).toEqual({ value: 2525, origin: at('application.properties', 4, 'spring.mail.port') });

    const broken = 'spring:\n  mail:\n    password: "hunter2-s3cret\n    host: [x\n';
    const err = throwsConfig(() => importText(broken, { path: 'application.yml', env: {} }));
    expect(err.key).toBe('config.syntax');
    expect(err.params.line).toBeTypeOf('number');
    expect(err.message).not.toContain('hunter2-s3cret');
    expect(err.message.split('\n')).toHaveLength(1);
    noSecret(err.params);
  });
});

describe('JavaMail properties', () => {
  it('mail.smtp.*', () => {
    const f = 'javamail/mail.properties';
    const s = load(f);
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 3, 'mail.smtp.host') });
    expect(s.port?.value).toBe(587);
    expect(s.user?.value).toBe('jobs@example.com');
    expect(s.password?.value.reveal()).toBe('example-javamail-pass');
    expect(s.auth?.value).toBe(true);
    expect(s.starttls?.value).toBe(true);
    expect(s.starttlsRequired?.value).toBe(true);
    expect(s.from?.value).toBe('jobs@example.com');
    expect(s.helo).toEqual({ value: 'worker1.example.com', origin: at(f, 11, 'mail.smtp.localhost') });
    expect(s.implicitTls).toBeUndefined();
    noSecret(s);
  });

  it('mail.smtps.* means implicit TLS; separators = : and blank', () => {
    const f = 'javamail/smtps.properties';
    const s = load(f);
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 2, 'mail.smtps.host') });
    expect(s.port).toEqual({ value: 465, origin: at(f, 3, 'mail.smtps.port') });
    expect(s.auth).toEqual({ value: true, origin: at(f, 4, 'mail.smtps.auth') });
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 1, 'mail.transport.protocol') });
    expect(s.insecure?.value).toBe(true);
  });

  it('old-style SSLSocketFactory and unknown keys', () => {
    const s = importText('mail.smtp.host=smtp.example.com\nmail.smtp.socketFactory.class=javax.net.ssl.SSLSocketFactory\nmail.smtp.starttls.enabel=true\n', { env: {} });
    expect(s.format).toBe('javamail');
    expect(s.implicitTls?.value).toBe(true);
    expect(s.unknownKeys).toEqual([{ key: 'mail.smtp.starttls.enabel', line: 3, suggestion: 'mail.smtp.starttls.enable' }]);
  });
});

describe('Rails', () => {
  it('production.rb: ENV.fetch with defaults, ENV[...] and symbols', () => {
    const f = 'rails/production.rb';
    const s = load(f, { SMTP_USERNAME: 'app@example.com', SMTP_PASSWORD: 'env-secret-value' });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 12, ':address') });
    expect(s.port).toEqual({ value: 587, origin: at(f, 13, ':port') });
    expect(s.helo?.value).toBe('app.example.com');
    expect(s.user?.value).toBe('app@example.com');
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.passwordEnv).toEqual({ value: 'SMTP_PASSWORD', origin: at(f, 16, ':password') });
    expect(s.authMethod).toEqual({ value: 'PLAIN', origin: at(f, 17, ':authentication') });
    expect(s.starttls).toEqual({ value: true, origin: at(f, 18, ':enable_starttls_auto') });
    expect(s.unknownKeys).toEqual([]);
    expect(s.missingEnv).toEqual([]);
    noSecret(s);

    const unset = load(f, { SMTP_ADDRESS: 'mail.example.org', SMTP_PORT: '2525' });
    expect(unset.host?.value).toBe('mail.example.org');
    expect(unset.port?.value).toBe(2525);
    expect(unset.passwordEnv?.value).toBe('SMTP_PASSWORD');
    expect(unset.missingEnv).toEqual([
      { name: 'SMTP_USERNAME', key: ':user_name', line: 15 },
      { name: 'SMTP_PASSWORD', key: ':password', line: 16 },
    ]);
  });

  it('enable_starttls_auto AND tls: true (broken), :key => value, credentials, VERIFY_NONE', () => {
    const f = 'rails/starttls-and-tls.rb';
    const s = load(f);
    expect(s.host?.value).toBe('smtp.example.com');
    expect(s.port?.value).toBe(587);
    expect(s.starttls).toEqual({ value: true, origin: at(f, 10, ':enable_starttls_auto') });
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 11, ':tls') });
    expect(s.insecure).toEqual({ value: true, origin: at(f, 12, ':openssl_verify_mode') });
    expect(s.authMethod?.value).toBe('LOGIN');
    expect(s.password).toBeUndefined();
    expect(s.missingEnv).toEqual([{ name: 'credentials', key: ':password', line: 8 }]);
    expect(s.unknownKeys).toEqual([{ key: ':enable_starttls_aut', line: 13, suggestion: ':enable_starttls_auto' }]);
  });

  it('string keys are ignored by the mail gem; interpolation, || defaults, enable_starttls requires', () => {
    const rb = [
      'ActionMailer::Base.smtp_settings = {',
      "  'address' => 'smtp.example.com',",
      '  port: Integer(ENV["SMTP_PORT"] || 465), # comment',
      '  user_name: "#{ENV[\'SMTP_USER\']}",',
      "  password: ENV.fetch('SMTP_PASSWORD') { 'hunter2-s3cret' },",
      '  enable_starttls: true,',
      "  openssl_verify_mode: 'none',",
      '  ssl: some_helper(1, 2),',
      '}',
    ].join('\n');
    const s = importText(rb, { path: 'mail.rb', env: { SMTP_USER: 'u@example.com' } });
    expect(s.format).toBe('rails');
    expect(s.host).toBeUndefined();
    expect(s.unknownKeys).toEqual([{ key: "'address'", line: 2, suggestion: ':address' }]);
    expect(s.port).toEqual({ value: 465, origin: at('mail.rb', 3, ':port') });
    expect(s.user?.value).toBe('u@example.com');
    expect(s.password?.value.reveal()).toBe('hunter2-s3cret');
    expect(s.passwordEnv?.value).toBe('SMTP_PASSWORD');
    expect(s.starttls?.value).toBe(true);
    expect(s.starttlsRequired?.value).toBe(true);
    expect(s.insecure?.value).toBe(true);
    expect(s.implicitTls).toBeUndefined();
    noSecret(s.unknownKeys);
  });
});

describe('Django', () => {
  it('settings.py: os.environ.get with defaults, int(), os.environ[...]', () => {
    const f = 'django/settings.py';
    const s = load(f, { SHOP_EMAIL_PASSWORD: 'env-secret-value' });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 20, 'EMAIL_HOST') });
    expect(s.port).toEqual({ value: 587, origin: at(f, 21, 'EMAIL_PORT') });
    expect(s.user?.value).toBe('shop@example.com');
    expect(s.password?.value.reveal()).toBe('env-secret-value');
    expect(s.passwordEnv?.value).toBe('SHOP_EMAIL_PASSWORD');
    expect(s.starttls).toEqual({ value: true, origin: at(f, 24, 'EMAIL_USE_TLS') });
    expect(s.implicitTls).toEqual({ value: false, origin: at(f, 25, 'EMAIL_USE_SSL') });
    expect(s.from?.value).toBe('Shop <shop@example.com>');
    expect(s.unknownKeys).toEqual([]);
    expect(s.missingEnv).toEqual([]);
    noSecret(s);
    expect(load(f).missingEnv).toEqual([{ name: 'SHOP_EMAIL_PASSWORD', key: 'EMAIL_HOST_PASSWORD', line: 23 }]);
    expect(load(f, { EMAIL_PORT: '2525' }).port?.value).toBe(2525);
  });

  it('EMAIL_USE_TLS and EMAIL_USE_SSL both True (broken); misspelled EMAIL_USE_TSL', () => {
    const f = 'django/tls-and-ssl.py';
    const s = load(f);
    expect(s.starttls).toEqual({ value: true, origin: at(f, 9, 'EMAIL_USE_TLS') });
    expect(s.implicitTls).toEqual({ value: true, origin: at(f, 10, 'EMAIL_USE_SSL') });
    expect(s.password?.value.reveal()).toBe('example-django-default');
    expect(s.unknownKeys).toEqual([{ key: 'EMAIL_USE_TSL', line: 11, suggestion: 'EMAIL_USE_TLS' }]);
    noSecret(s);
  });

  it('django-environ, decouple, bool("False") is True, comparisons, last assignment wins', () => {
    const py = [
      'import environ',
      'env = environ.Env()',
      "EMAIL_HOST = env('EMAIL_HOST', default='smtp.example.com')",
      "EMAIL_PORT = env.int('EMAIL_PORT', default=465)",
      "EMAIL_USE_SSL = env.bool('EMAIL_USE_SSL', default=True)",
      "EMAIL_USE_TLS = bool(os.environ.get('EMAIL_USE_TLS', 'False'))",
      "EMAIL_HOST_USER = config('EMAIL_USER', default='u@example.com')",
      "EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_PASSWORD', '').strip() or None",
      "DEFAULT_FROM_EMAIL = (",
      "    'noreply'",
      "    '@example.com'",
      ')',
      'if DEBUG:',
      "    EMAIL_HOST = 'localhost'",
      "EMAIL_HOST = os.getenv('EMAIL_HOST', 'smtp2.example.com')",
      "EMIAL_PORT = 25",
    ].join('\n');
    const s = importText(py, { path: 'settings.py', env: { EMAIL_PORT: '2465' } });
    expect(s.host).toEqual({ value: 'smtp2.example.com', origin: at('settings.py', 15, 'EMAIL_HOST') });
    expect(s.port?.value).toBe(2465);
    expect(s.implicitTls?.value).toBe(true);
    expect(s.starttls?.value).toBe(true);
    expect(s.user?.value).toBe('u@example.com');
    expect(s.from).toEqual({ value: 'noreply@example.com', origin: at('settings.py', 9, 'DEFAULT_FROM_EMAIL') });
    expect(s.password).toBeUndefined();
    expect(s.unknownKeys).toEqual([{ key: 'EMIAL_PORT', line: 16, suggestion: 'EMAIL_PORT' }]);
    const cmp = importText("EMAIL_USE_TLS = os.environ.get('TLS', 'false').lower() in ('true', '1')\nEMAIL_HOST = 'h.example.com'\n", { path: 'settings.py', env: { TLS: 'True' } });
    expect(cmp.starttls?.value).toBe(true);
  });
});

describe('nodemailer JSON', () => {
  it('transport options with lines', () => {
    const f = 'nodemailer/transport.json';
    const s = load(f);
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at(f, 2, 'host') });
    expect(s.port?.value).toBe(587);
    expect(s.implicitTls).toEqual({ value: false, origin: at(f, 4, 'secure') });
    expect(s.starttls).toEqual({ value: true, origin: at(f, 5, 'requireTLS') });
    expect(s.starttlsRequired?.value).toBe(true);
    expect(s.helo?.value).toBe('api.example.com');
    expect(s.user).toEqual({ value: 'api@example.com', origin: at(f, 8, 'auth.user') });
    expect(s.password?.value.reveal()).toBe('example-json-pass');
    expect(s.password?.origin).toEqual(at(f, 9, 'auth.pass'));
    expect(s.from?.value).toBe('API <api@example.com>');
    expect(s.unknownKeys).toEqual([]);
    noSecret(s);
  });

  it('secureConnection and auth.password (broken) are unknown keys with what nodemailer reads', () => {
    const f = 'nodemailer/secure-connection.json';
    const s = load(f);
    expect(s.implicitTls).toBeUndefined();
    expect(s.password).toBeUndefined();
    expect(s.insecure).toEqual({ value: true, origin: at(f, 10, 'tls.rejectUnauthorized') });
    expect(s.unknownKeys).toEqual(
      expect.arrayContaining([
        { key: 'secureConnection', line: 4, suggestion: 'secure' },
        { key: 'auth.password', line: 7, suggestion: 'auth.pass' },
      ]),
    );
    expect(s.unknownKeys).toHaveLength(2);
    noSecret(s);
  });

  it('gmail service: host/port/secure from nodemailer, the user without a domain kept as written', () => {
    const f = 'nodemailer/gmail-no-domain.json';
    const s = load(f);
    expect(s.host).toEqual({ value: 'smtp.gmail.com', origin: at(f, 2, 'service') });
    expect(s.port?.value).toBe(465);
    expect(s.implicitTls?.value).toBe(true);
    expect(s.user).toEqual({ value: 'john.doe', origin: at(f, 4, 'auth.user') });
    expect(s.password?.value.reveal()).toBe('abcd efgh ijkl mnop');
    noSecret(s);
  });

  it('tls: true, ssl, username and a typo; broken JSON without the secret in the error', () => {
    const json = '{\n  "host": "smtp.example.com",\n  "port": 587,\n  "tls": true,\n  "ssl": true,\n  "requireTSL": true,\n  "auth": { "username": "u", "pass": "hunter2-s3cret" }\n}';
    const s = importText(json, { path: 'mail.json', env: {} });
    expect(s.unknownKeys).toEqual(
      expect.arrayContaining([
        { key: 'tls', line: 4, suggestion: 'requireTLS' },
        { key: 'ssl', line: 5, suggestion: 'secure' },
        { key: 'requireTSL', line: 6, suggestion: 'requireTLS' },
        { key: 'auth.username', line: 7, suggestion: 'auth.user' },
      ]),
    );
    noSecret(s.unknownKeys);
    const err = throwsConfig(() => importText('{\n  "host": "smtp.example.com",\n  "auth": { "pass": "hunter2-s3cret" \n  x }', { path: 'mail.json', env: {} }));
    expect(err.key).toBe('config.syntax');
    expect(err.params.line).toBe(4);
    expect(err.message).not.toContain('hunter2-s3cret');
  });
});

describe('URLs (--url)', () => {
  it('smtps:// is implicit TLS; user and password are percent-decoded', () => {
    const s = importUrl('smtps://me%40example.com:p%40ss%3Aw%2Frd@smtp.example.com:465', {});
    expect(s.format).toBe('url');
    expect(s.implicitTls).toEqual({ value: true, origin: { kind: 'url', name: '--url', key: 'scheme' } });
    expect(s.host?.value).toBe('smtp.example.com');
    expect(s.port).toEqual({ value: 465, origin: { kind: 'url', name: '--url', key: 'port' } });
    expect(s.user?.value).toBe('me@example.com');
    expect(s.password?.value.reveal()).toBe('p@ss:w/rd');
    expect(s.starttls).toBeUndefined();
    noSecret(s);
  });

  it('smtp:// upgrades with STARTTLS as nodemailer does; ignoreTLS turns that off; query params', () => {
    const s = importUrl('smtp://smtp.example.com:587', {});
    expect(s.implicitTls?.value).toBe(false);
    expect(s.starttls?.value).toBe(true);
    expect(s.starttlsRequired).toBeUndefined();
    const q = importUrl('smtp://u:pw@smtp.example.com:587/?tls.rejectUnauthorized=false&requireTLS=true&name=web1.example.com&authMethod=LOGIN&secure=true&bogus=1', {});
    expect(q.insecure).toEqual({ value: true, origin: { kind: 'url', name: '--url', key: 'tls.rejectUnauthorized' } });
    expect(q.starttlsRequired?.value).toBe(true);
    expect(q.helo?.value).toBe('web1.example.com');
    expect(q.authMethod?.value).toBe('LOGIN');
    expect(q.implicitTls?.value).toBe(false);
    expect(q.unknownKeys).toEqual([{ key: 'bogus' }]);
    const ign = importUrl('smtp://smtp.example.com:25?ignoreTLS=true', {});
    expect(ign.noTls?.value).toBe(true);
    expect(ign.starttls).toBeUndefined();
    expect(importUrl('smtp://[2001:db8::1]:25', {}).host?.value).toBe('2001:db8::1');
  });

  it('${VAR} in the password comes from the environment', () => {
    const s = importUrl('smtps://me@example.com:${SMTP_PASSWORD}@smtp.example.com', { SMTP_PASSWORD: 'p@ss:w/rd' });
    expect(s.password?.value.reveal()).toBe('p@ss:w/rd');
    expect(s.passwordEnv?.value).toBe('SMTP_PASSWORD');
    expect(s.user?.value).toBe('me@example.com');
    const unset = importUrl('smtps://me@example.com:${SMTP_PASSWORD}@smtp.example.com', {});
    expect(unset.password).toBeUndefined();
    expect(unset.missingEnv).toEqual([{ name: 'SMTP_PASSWORD', key: 'password' }]);
  });

  it('bad URLs fail without quoting the password', () => {
    const bad = throwsConfig(() => importUrl('smtps://user:hunter2-s3cret@exa mple.com:465', {}));
    expect(bad.key).toBe('config.url-invalid');
    expect(bad.message).not.toContain('hunter2-s3cret');
    const scheme = throwsConfig(() => importUrl('https://user:hunter2-s3cret@example.com', {}));
    expect(scheme.key).toBe('config.url-scheme');
    expect(scheme.params).toEqual({ scheme: 'https' });
    expect(scheme.message).not.toContain('hunter2-s3cret');
  });

  it('a file holding a URL', () => {
    const s = importText('smtps://u:pw@smtp.example.com:465\n', { path: 'url.txt', env: {} });
    expect(s.format).toBe('url');
    expect(s.port?.value).toBe(465);
  });
});

describe('unreadable input', () => {
  it('binary', () => {
    const bin = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]).toString('latin1');
    expect(throwsConfig(() => importText(bin, { path: 'a.out', env: {} })).key).toBe('config.binary');
  });

  it('more than 1 MiB', () => {
    const huge = `SMTP_HOST=smtp.example.com\n${'# padding\n'.repeat(110_000)}`;
    const err = throwsConfig(() => importText(huge, { path: 'huge.env', env: {} }));
    expect(err.key).toBe('config.too-large');
    expect(err.params).toMatchObject({ path: 'huge.env', limit: 1024 * 1024 });
    expect(detectFormat(huge)).toBeUndefined();
  });

  it('unrecognised text, empty text, a format with nothing in it', () => {
    const err = throwsConfig(() => importText('Dear team,\nthe password is hunter2-s3cret\n', { path: 'notes.txt', env: {} }));
    expect(err.key).toBe('config.unrecognised');
    expect(err.params).toEqual({ path: 'notes.txt' });
    expect(err.message).not.toContain('hunter2-s3cret');
    expect(err.message).not.toContain('\n');
    expect(throwsConfig(() => importText('  \n', { env: {} })).key).toBe('config.empty');
    expect(throwsConfig(() => importText('server:\n  port: 8080\n', { path: 'application.yml', format: 'spring-yaml', env: {} })).key).toBe('config.no-settings');
    expect(throwsConfig(() => importText('{"name":"x"}', { path: 'package.json', env: {} })).key).toBe('config.unrecognised');
  });

  it('hostile nesting and alias bombs end quickly with a result or a ConfigError', () => {
    const bomb = [
      'a: &a {x1: 1, x2: 1, x3: 1, x4: 1, x5: 1, x6: 1, x7: 1, x8: 1, x9: 1}',
      ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} {${Array.from({ length: 9 }, (_, j) => `y${j}: *${'abcdefg'[i]}`).join(', ')}}`),
      'defaults: &mail',
      '  host: smtp.example.com',
      'spring:',
      '  mail:',
      '    <<: *mail',
      '    port: 587',
    ].join('\n');
    const t0 = Date.now();
    const s = importText(bomb, { path: 'application.yml', env: {} });
    expect(s.host).toEqual({ value: 'smtp.example.com', origin: at('application.yml', 9, 'spring.mail.host') });
    expect(s.port?.value).toBe(587);
    const deep: Array<[string, ImportFormat]> = [
      [`config.action_mailer.smtp_settings = { port: ${'('.repeat(100_000)}1 }`, 'rails'],
      [`EMAIL_PORT = ${'('.repeat(100_000)}1`, 'django'],
      [`{"host": "smtp.example.com", "a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'nodemailer-json'],
      [`spring:\n  mail:\n    host: ${'['.repeat(50_000)}`, 'spring-yaml'],
    ];
    for (const [text, format] of deep) {
      try {
        expect(importText(text, { format, env: {} }).format).toBe(format);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
      }
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('a forced format reads what it can', () => {
    const s = importText('SMTP_HOST=smtp.example.com\n', { format: 'env', env: {} });
    expect(s.format).toBe('env');
    expect(s.host?.value).toBe('smtp.example.com');
  });
});

describe('secrets', () => {
  it('never appear in any imported result (password is a Secret; unknownKeys hold key names only)', () => {
    for (const [rel] of FIXTURES) {
      const s = load(rel, { SMTP_PASSWORD: 'env-secret-value', MAILER_SMTP_PASSWORD: 'env-secret-value' });
      noSecret(s);
      for (const u of s.unknownKeys) expect(Object.keys(u).sort()).toEqual(expect.arrayContaining(['key']));
    }
  });
});
