import { describe, expect, it } from 'vitest';
import { buildCheckOptions } from '../src/cli/options.js';
import { UsageError } from '../src/core/errors.js';
import { Secret } from '../src/core/secret.js';
import { lintSettings } from '../src/lint/credentials.js';
import { findPreset, presets } from '../src/presets/presets.js';
import { baseOptions } from './support/run.js';

const io = { env: {}, stdin: process.stdin, canPrompt: false, prompt: async () => '' };

describe('provider presets', () => {
  it('come from nodemailer\'s well-known list plus our own entries', () => {
    const names = presets().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Gmail', 'Outlook365', 'SES', 'SendGrid', 'Naver', 'Daum', 'Kakao']));
    expect(findPreset('gmail')).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'tls', kb: 'gmail', origin: 'nodemailer' });
    expect(findPreset('hanmail')).toMatchObject({ host: 'smtp.daum.net', origin: 'smtp-doctor' });
    expect(findPreset('someone@googlemail.com')?.name).toBe('Gmail');
  });

  it('--provider fills host, port and security; explicit flags win', async () => {
    const a = await buildCheckOptions({ provider: 'Outlook365' }, io);
    expect(a.options).toMatchObject({ host: 'smtp.office365.com', port: 587, security: 'starttls', provider: 'Outlook365' });
    const b = await buildCheckOptions({ provider: 'gmail', security: 'starttls' }, io);
    expect(b.options).toMatchObject({ host: 'smtp.gmail.com', port: 587, security: 'starttls' });
    const c = await buildCheckOptions({ provider: 'gmail', port: '2525', host: '127.0.0.1' }, io);
    expect(c.options).toMatchObject({ host: '127.0.0.1', port: 2525, security: 'auto' });
  });

  it('an unknown provider is a usage error with suggestions', async () => {
    const err = await buildCheckOptions({ provider: 'gmial' }, io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).msg.params?.suggestions).toContain('Gmail');
  });
});

describe('credential lint, before anything is sent', () => {
  const lint = async (over: Parameters<typeof baseOptions>[1]) => (await lintSettings(await baseOptions(587, over))).map((l) => l.id);

  it.each([
    [{ host: 'email-smtp.eu-west-1.amazonaws.com', user: 'AKIAIOSFODNN7EXAMPLE', password: new Secret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY') }, 'ses-iam-secret'],
    [{ host: 'email-smtp.eu-west-1.amazonaws.com', user: 'me@example.com', password: new Secret('BFdummySmtpPassword0000000000000000000000000') }, 'ses-user-shape'],
    [{ host: 'smtp.sendgrid.net', user: 'me@example.com', password: new Secret('SG.xxxx') }, 'sendgrid-user'],
    [{ host: 'smtp.sendgrid.net', user: 'apikey', password: new Secret('my-password') }, 'sendgrid-key'],
    [{ host: 'smtp.gmail.com', user: 'me@gmail.com', password: new Secret('abcd efgh ijkl mnop') }, 'app-password-spaces'],
    [{ host: 'smtp.gmail.com', user: 'me', password: new Secret('x-secret-1') }, 'user-without-domain'],
    [{ user: 'me@example.com', password: new Secret('secret\n') }, 'password-newline'],
    [{ user: 'me@example.com', password: new Secret(' secret') }, 'password-whitespace'],
    [{ user: ' me@example.com', password: new Secret('secret') }, 'user-whitespace'],
    [{ user: 'me@example.com', passwordEnv: 'SMTP_PASSWORD' }, 'missing-password'],
    [{ host: 'gmail.com' }, 'bare-domain-host'],
  ] as const)('%j -> %s', async (over, id) => {
    expect(await lint(over)).toContain(id);
  });

  it('says nothing about settings that look right', async () => {
    expect(await lint({ host: 'smtp.gmail.com', user: 'me@gmail.com', password: new Secret('abcdefghijklmnop') })).toEqual([]);
    expect(await lint({ host: 'smtp.sendgrid.net', user: 'apikey', password: new Secret('SG.abc.def') })).toEqual([]);
  });

  it('names the environment variable that is empty', async () => {
    const [l] = lintSettings(await baseOptions(587, { user: 'me@example.com', passwordEnv: 'SMTP_PASSWORD' }));
    expect(l).toMatchObject({ severity: 'error', category: 'MISSING_CREDENTIALS', msg: { params: { name: 'SMTP_PASSWORD' } } });
  });
});
