/**
 * Handed-over settings end to end: import a real-format file, check it against a local
 * server, emit the settings that worked, import the emitted text again: same settings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check.js';
import { workedSettings } from '../src/cli/commands/check.js';
import { importText } from '../src/config/import.js';
import { mergeImports, securityOf } from '../src/config/merge.js';
import type { ImportFormat } from '../src/config/types.js';
import { systemContext } from '../src/core/context.js';
import { Secret } from '../src/core/secret.js';
import { emit, type EmitTarget } from '../src/emit/emitters.js';
import { createTestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';
import { baseOptions, PASSWORD } from './support/run.js';

let starttls: RunningServer;
let implicit: RunningServer;
beforeAll(async () => {
  starttls = await startSmtpServer({ personality: 'starttls-auth' });
  implicit = await startSmtpServer({ personality: 'implicit-tls' });
});
afterAll(async () => {
  await Promise.all([starttls.close(), implicit.close()]);
});

const ENV = { SMTP_PASSWORD: PASSWORD };

/** The settings a stack's text amounts to, the way smtp-doctor reads them. */
function effective(text: string, format?: ImportFormat) {
  const s = importText(text, { format, env: ENV, path: 'emitted' });
  const sec = securityOf(s, s.port?.value);
  return { host: s.host?.value, port: s.port?.value, security: sec?.value, user: s.user?.value, passwordEnv: s.passwordEnv?.value };
}

const ROUND_TRIP: Array<[EmitTarget, ImportFormat | undefined]> = [
  ['spring-yaml', 'spring-yaml'],
  ['spring-properties', 'spring-properties'],
  ['javamail', 'javamail'],
  ['rails', 'rails'],
  ['django', 'django'],
  ['dotenv', 'dotenv'],
  ['laravel', 'dotenv'],
];

describe('round trip: import, check, emit, import again', () => {
  for (const mode of ['starttls', 'tls'] as const) {
    it.each(ROUND_TRIP)(`%s (${mode})`, async (target, format) => {
      const server = mode === 'tls' ? implicit : starttls;
      const pki = await createTestPki();
      // Start from a settings file of that stack, pointing at the local server.
      const seed = emit(target, { host: '127.0.0.1', port: server.port, security: mode, user: 'me@example.com', passwordEnv: 'SMTP_PASSWORD' });
      const imported = importText(seed, { format, env: ENV, path: 'seed' });
      const merged = mergeImports({}, [imported]);
      const opts = await baseOptions(server.port, {
        host: merged.flags.host ?? '',
        port: Number(merged.flags.port),
        security: (merged.flags.security ?? 'auto') as 'tls' | 'starttls' | 'auto',
        user: merged.flags.user,
        password: merged.password ?? new Secret(ENV.SMTP_PASSWORD),
        passwordSource: 'file',
        passwordEnv: 'SMTP_PASSWORD',
        ca: [pki.ca.cert],
      });
      const report = await runCheck(opts, systemContext({}));
      expect(report.verdict, JSON.stringify(report.diagnoses)).not.toBe('fail');
      const again = effective(emit(target, workedSettings(report, opts)), format);
      // JavaMail properties and a plain .env do not name the password's variable (code and the environment do).
      const carriesEnv = target !== 'javamail' && target !== 'dotenv';
      // Laravel's .env cannot require STARTTLS (that is config/mail.php): MAIL_SCHEME=smtp is
      // "STARTTLS when offered", which smtp-doctor calls auto.
      const security = target === 'laravel' && mode === 'starttls' ? undefined : mode;
      expect(again).toEqual({ host: '127.0.0.1', port: server.port, security, user: 'me@example.com', passwordEnv: carriesEnv ? 'SMTP_PASSWORD' : undefined });
    });
  }
});

describe('broken settings files are named before connecting', () => {
  it.each([
    ['spring/application-465-starttls.yml', 'starttls-on-465'],
    ['spring/application-ssl-587.properties', 'tls-on-submission-port'],
    ['rails/starttls-and-tls.rb', 'tls-and-starttls'],
    ['django/tls-and-ssl.py', 'tls-and-starttls'],
    ['dotenv/tls-on-587.env', 'tls-on-submission-port'],
    ['dotenv/typo-password.env', 'unknown-key'],
    ['nodemailer/secure-connection.json', 'unknown-key'],
    ['nodemailer/gmail-no-domain.json', 'user-without-domain'],
    ['nodemailer/gmail-no-domain.json', 'app-password-spaces'],
  ])('%s -> %s', async (file, id) => {
    const r = await runBin(['check', '--config', `fixtures/config/${file}`, '--lint-only', '--json'], { env: { SMTP_PASSWORD: 'x' } });
    const doc = JSON.parse(r.stdout) as { lints: Array<{ id: string; text: string }> };
    expect(doc.lints.map((l) => l.id)).toContain(id);
    for (const l of doc.lints) expect(l.text).not.toMatch(/example-|abcd efgh/);
  });

  it('a contradiction names the key and line where it is written', async () => {
    const r = await runBin(['check', '--config', 'fixtures/config/spring/application-465-starttls.yml', '--lint-only']);
    expect(r.stdout).toMatch(/application-465-starttls\.yml:\d+ \(spring\.mail\.properties\.mail\.smtp\.starttls\.enable\)/);
    expect(r.code).toBe(5);
  });

  it('the rest of a file still runs the check: the server decides', async () => {
    const pki = await createTestPki();
    const r = await runBin(
      ['check', '--config', 'fixtures/config/spring/application-465-starttls.yml', '--host', '127.0.0.1', '--port', String(implicit.port), '--ca', pki.caFile, '--tls-servername', 'localhost', '--timeout', '3', '--no-probe', '--json'],
      { env: { SMTP_PASSWORD: PASSWORD } },
    );
    const doc = JSON.parse(r.stdout) as { diagnoses: Array<{ category: string; keys: { hints: string[] } }>; sources: Record<string, { kind: string; file?: string; line?: number; key?: string }> };
    expect(doc.diagnoses[0]?.category).toBe('TLS_MODE_MISMATCH');
    expect(doc.diagnoses[0]?.keys.hints[0]).toBe('lint.starttls-on-465');
    expect(doc.sources.security).toMatchObject({ kind: 'file', key: 'spring.mail.properties.mail.smtp.starttls.enable' });
    expect(doc.sources.host).toMatchObject({ kind: 'flag', name: '--host' });
    expect(doc.sources.user).toMatchObject({ kind: 'file', line: 5 });
    expect(r.stdout).not.toContain(PASSWORD);
  });
});

describe('settings from the environment and from a URL', () => {
  it('--from-env reads SMTP_* and shows where each value came from', async () => {
    const pki = await createTestPki();
    const r = await runBin(['check', '--from-env', '--ca', pki.caFile, '--tls-servername', 'localhost', '--json'], {
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(starttls.port), SMTP_USERNAME: 'me@example.com', SMTP_PASSWORD: PASSWORD, SMTP_OPPORTUNISTIC_TLS: 'true' },
    });
    const doc = JSON.parse(r.stdout) as { verdict: string; target: { security: string }; sources: Record<string, { kind: string; name?: string }> };
    expect(doc.verdict).toBe('pass');
    expect(doc.target.security).toBe('starttls');
    expect(doc.sources.port).toMatchObject({ kind: 'env', name: 'SMTP_PORT' });
    expect(r.stdout).not.toContain(PASSWORD);
  });

  it('--url smtps://user@host:port means implicit TLS', async () => {
    const pki = await createTestPki();
    const r = await runBin(['check', '--url', `smtps://me%40example.com@127.0.0.1:${implicit.port}`, '--password-env', 'PW', '--ca', pki.caFile, '--tls-servername', 'localhost', '--json'], { env: { PW: PASSWORD } });
    const doc = JSON.parse(r.stdout) as { verdict: string; target: { security: string; user: string } };
    expect(doc).toMatchObject({ verdict: 'pass', target: { security: 'tls', user: 'me@example.com' } });
  });

  it('a password inside --url works but warns, like --password; never echoed', async () => {
    const pki = await createTestPki();
    const url = `smtps://me%40example.com:${encodeURIComponent(PASSWORD)}@127.0.0.1:${implicit.port}`;
    const r = await runBin(['check', '--url', url, '--ca', pki.caFile, '--tls-servername', 'localhost', '--no-probe'], { env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('The password is inside --url');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    const clean = await runBin(['check', '--url', `smtps://me%40example.com@127.0.0.1:${implicit.port}`, '--password-env', 'PW', '--ca', pki.caFile, '--tls-servername', 'localhost', '--json'], { env: { PW: PASSWORD } });
    expect(clean.stdout).not.toContain('warn.password-url');
    expect(clean.stderr).not.toContain('inside --url');
  });

  it('--emit after a passing check prints the settings; never after a failure', async () => {
    const pki = await createTestPki();
    const ok = await runBin(['check', '--host', '127.0.0.1', '--port', String(starttls.port), '--user', 'me@example.com', '--password-env', 'PW', '--ca', pki.caFile, '--tls-servername', 'localhost', '--emit', 'django'], { env: { PW: PASSWORD } });
    expect(ok.stdout).toContain("EMAIL_HOST_PASSWORD = os.environ['PW']");
    expect(ok.stdout).toContain('EMAIL_USE_TLS = True');
    expect(ok.stdout).not.toContain(PASSWORD);
    const bad = await runBin(['check', '--host', '127.0.0.1', '--port', String(starttls.port), '--user', 'me@example.com', '--password-env', 'PW', '--ca', pki.caFile, '--tls-servername', 'localhost', '--emit', 'django'], { env: { PW: 'wrong' } });
    expect(bad.stdout).not.toContain('EMAIL_HOST');
    expect(bad.stderr).toContain('--emit prints settings only after a check that passed');
    const unknown = await runBin(['check', '--host', 'h', '--emit', 'cobol']);
    expect(unknown.code).toBe(2);
  });

  it('a file that is no settings file is a one-line usage error', async () => {
    const r = await runBin(['check', '--config', 'README.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    void readFileSync;
  });
});
