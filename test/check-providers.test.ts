import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { check, fakeResolver, step, withLogin } from './support/run.js';

/** The same local server answers as if it were each provider: the host name decides the advice. */
let s: RunningServer;
beforeAll(async () => {
  s = await startSmtpServer({ personality: 'reject-auth', authReply: { code: 535, message: '5.7.8 Authentication credentials invalid' } });
});
afterAll(async () => {
  await s.close();
});

const as = (host: string) => ({ resolver: fakeResolver({ [host]: { a: ['127.0.0.1'] } }) });

describe('check uses provider knowledge', () => {
  it('a 535 from smtp.gmail.com gets the Gmail app-password advice', async () => {
    const r = await check(s.port, { host: 'smtp.gmail.com', ...withLogin('me@gmail.com') }, as('smtp.gmail.com'));
    expect(step(r, 'auth').failure?.responseCode).toBe(535);
    expect(r.diagnoses[0]?.provider).toBe('gmail');
    expect(r.diagnoses[0]?.hints.map((h) => h.key)).toContain('hint.gmail.app-password');
  });

  it('a 535 from smtp.sendgrid.net gets the "apikey" advice, and the lint saw it coming', async () => {
    const r = await check(s.port, { host: 'smtp.sendgrid.net', ...withLogin('me@example.com', 'SG.not-a-real-key') }, as('smtp.sendgrid.net'));
    expect(r.diagnoses[0]?.provider).toBe('sendgrid');
    expect(r.lints.map((l) => l.id)).toContain('sendgrid-user');
    const hints = r.diagnoses[0]!.hints.map((h) => h.key);
    expect(hints[0]).toBe('lint.sendgrid-user');
    expect(hints).toContain('hint.sendgrid.apikey');
  });

  it('an unknown host gets no provider advice', async () => {
    const r = await check(s.port, { host: 'mail.corp.test', ...withLogin() }, as('mail.corp.test'));
    expect(r.diagnoses[0]?.provider).toBeUndefined();
    expect(r.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
  });
});
