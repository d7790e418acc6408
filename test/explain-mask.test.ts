/** explain masks secrets pasted with an error (src/explain/mask.ts): evidence and JSON never repeat them. */
import { describe, expect, it } from 'vitest';
import { maskPastedSecrets } from '../src/explain/mask.js';
import { runBin } from './support/bin.js';

describe('maskPastedSecrets', () => {
  it.each([
    ['a URL with a password', 'smtp://user:S3cret-1@smtp.example.com:587', 'smtp://user:********@smtp.example.com:587'],
    ['smtps URL', 'SMTP_URL=smtps://me%40x.com:p%40ss@mail.x.com:465', 'SMTP_URL=smtps://me%40x.com:********@mail.x.com:465'],
    ['pass=', 'auth failed for user bob pass=Hunter2 (535)', 'auth failed for user bob pass=******** (535)'],
    ['password: "quoted"', 'password: "a b c"', 'password: ********'],
    ['JSON pair', '{"user":"bob","password":"Hunter2"}', '{"user":"bob","password":********}'],
    ['SMTP_PASSWORD=', 'SMTP_PASSWORD=Hunter2', 'SMTP_PASSWORD=********'],
    ['client_secret', 'client_secret=abc123&grant_type=refresh_token', 'client_secret=********&grant_type=refresh_token'],
    ['AUTH PLAIN', 'C: AUTH PLAIN AGJvYgBIdW50ZXIy', 'C: AUTH PLAIN ********'],
    ['Bearer header', 'Authorization: Bearer eyJhbGciOi.J9x', 'Authorization: Bearer ********'],
  ])('%s', (_name, input, masked) => {
    expect(maskPastedSecrets(input)).toBe(masked);
  });

  it.each([
    '535-5.7.8 Username and Password not accepted',
    'password=******** was given',
    'password=${SMTP_PASSWORD}',
    'pass: <your app password>',
    'Error: Invalid login: 535 Authentication failed',
    'AUTH PLAIN ********',
  ])('leaves alone text with no secret in it: %s', (text) => {
    expect(maskPastedSecrets(text)).toBe(text);
  });
});

describe('explain through the binary', () => {
  it('the pasted password is in no output (human, JSON, ko)', async () => {
    const text = 'smtp://user:Kanary-77x@smtp.gmail.com:587 Error: Invalid login: 535-5.7.8 Username and Password not accepted pass=Kanary-88y';
    const runs = await Promise.all([
      runBin(['explain', text, '--no-color']),
      runBin(['explain', text, '--json']),
      runBin(['explain', text, '--lang', 'ko']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/Kanary-77x|Kanary-88y/);
    }
    expect((JSON.parse(runs[1]!.stdout) as { category: string }).category).toBe('WRONG_CREDENTIALS');
  });
});
