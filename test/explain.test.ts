import { describe, expect, it } from 'vitest';
import { explain } from '../src/explain/explain.js';
import { extractReplies } from '../src/explain/extract.js';
import { normalize } from '../src/explain/normalize.js';
import { tm } from '../src/i18n/index.js';

describe('normalising pasted text', () => {
  it('turns Python byte strings, JSON escapes and ANSI colours into plain lines', () => {
    expect(normalize("(535, b'5.7.8 Username and Password not accepted.\\n5.7.8  https://x')")).toBe("(535, b'5.7.8 Username and Password not accepted.\n5.7.8  https://x')");
    expect(normalize('{"response":"535-5.7.8 a\\r\\n535 5.7.8 b"}')).toBe('{"response":"535-5.7.8 a\n535 5.7.8 b"}');
    expect(normalize('\x1b[31mError\x1b[0m: x')).toBe('Error: x');
    expect(normalize('&lt;user@example.com&gt;')).toBe('<user@example.com>');
  });
  it('is bounded', () => {
    expect(normalize('x'.repeat(2_000_000)).length).toBeLessThanOrEqual(512 * 1024);
  });
});

describe('finding SMTP replies in text', () => {
  it('joins multi-line continuation replies', () => {
    const r = extractReplies('Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ code: 535, enhanced: '5.7.8' });
    expect(r[0]!.text).toContain('BadCredentials');
  });
  it('reads Symfony, .NET and Python wordings', () => {
    expect(extractReplies('Expected response code "250" but got code "550", with message "550 5.1.1 <x@y>: Recipient address rejected"')[0]).toMatchObject({ code: 550, enhanced: '5.1.1' });
    expect(extractReplies('The server response was: 5.7.0 Authentication Required.')[0]).toMatchObject({ enhanced: '5.7.0' });
    expect(extractReplies("SMTPRecipientsRefused: {'a@b.c': (550, b'5.1.1 The email account does not exist')}")[0]).toMatchObject({ code: 550, enhanced: '5.1.1' });
  });
  it('does not take port numbers or line numbers for reply codes', () => {
    expect(extractReplies('connect ECONNREFUSED 127.0.0.1:465')).toEqual([]);
    expect(extractReplies('at Object.<anonymous> (/app/index.js:535:12)')).toEqual([]);
    expect(extractReplies('Mail server: smtp.example.com port 587')).toEqual([]);
  });
});

describe('explain', () => {
  it.each([
    ["Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1 - gsmtp\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) {\n  code: 'EAUTH',\n  response: '535-5.7.8 Username and Password not accepted.',\n  responseCode: 535,\n  command: 'AUTH PLAIN'\n}", 'WRONG_CREDENTIALS', 'nodemailer', 'gmail'],
    ["smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. Learn more at\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp')", 'APP_PASSWORD_REQUIRED', 'python', 'gmail'],
    ['Error: Greeting never received', 'TLS_MODE_MISMATCH', 'nodemailer', undefined],
    ["ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131)", 'TLS_MODE_MISMATCH', 'python', undefined],
    ['com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. x1 - gsmtp', 'STARTTLS_REQUIRED', 'java', 'gmail'],
    ['Net::SMTPFatalError: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'RECIPIENT_REJECTED', 'ruby', undefined],
    ['Error: connect ECONNREFUSED 10.1.2.3:587', 'CONNECTION_REFUSED', 'node', undefined],
    ['554 5.7.1 <someone@example.org>: Relay access denied', 'RELAY_DENIED', undefined, undefined],
  ])('%s', (text, category, stack, provider) => {
    const r = explain(text);
    expect(r.category).toBe(category);
    expect(r.stack).toBe(stack);
    expect(r.provider).toBe(provider);
    expect(tm('en', r.cause)).not.toMatch(/\{\w+\}/);
    expect(tm('ko', r.fix)).not.toMatch(/\{\w+\}/);
  });

  it('says honestly when it recognises nothing', () => {
    const r = explain('something went wrong, please try again');
    expect(r.match).toBe('none');
    expect(r.category).toBeUndefined();
    expect(r.cause.key).toBe('explain.none.cause');
  });

  it('takes the decisive (last) reply of a log', () => {
    const r = explain('250 2.1.0 Sender OK\n250 2.1.5 Recipient OK\n552 5.3.4 Message size exceeds fixed maximum message size');
    expect(r.category).toBe('SIZE_LIMIT');
    expect(r.reply).toMatchObject({ code: 552, enhanced: '5.3.4' });
  });
});

describe('long logs', () => {
  it('one decisive reply among hundreds of repeated retries is still found, wherever it is', () => {
    for (const at of [10, 100, 399]) {
      const lines = Array.from({ length: 400 }, (_, i) => (i === at ? 'S: 552 5.3.4 message size exceeds fixed limit' : 'S: 451 4.3.0 try again later'));
      expect(explain(lines.join('\n')).category, `at line ${at}`).toBe('SIZE_LIMIT');
    }
  });
});
