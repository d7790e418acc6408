import type { Rule } from '../../rule-types.js';
import { RFC4954 } from './shared.js';

/** Core rules, part of CORE_RULES (../core.ts, which keeps their order): AUTH. */
export const AUTH_RULES: Rule[] = [
  // ---- AUTH
  {
    id: 'auth.missing-password',
    category: 'MISSING_CREDENTIALS',
    when: { reason: ['missing-password', 'missing-credentials'] },
    msg: 'auth.missing',
    source: 'nodemailer "Missing credentials for PLAIN"',
    examples: [{ step: 'auth', reason: 'missing-password', code: 'MISSING_CREDENTIALS' }],
  },
  {
    id: 'auth.not-offered',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { reason: ['auth-not-offered'] },
    msg: 'auth.not-offered',
    source: RFC4954,
    examples: [{ step: 'auth', reason: 'auth-not-offered' }],
  },
  {
    id: 'auth.mechanism',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { reason: ['mechanism-not-offered', 'no-supported-mechanism'] },
    msg: 'auth.mechanism',
    source: RFC4954,
    examples: [{ step: 'auth', reason: 'mechanism-not-offered', command: 'AUTH CRAM-MD5' }],
  },
  {
    id: 'auth.504',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { command: ['AUTH'], responseCode: [504, 503, 502, 500] },
    msg: 'auth.mechanism',
    source: RFC4954,
    examples: [{ step: 'auth', command: 'AUTH CRAM-MD5', responseCode: 504, enhancedCode: '5.5.4', text: 'Unrecognized authentication type' }],
  },
  {
    id: 'auth.535',
    category: 'WRONG_CREDENTIALS',
    when: { responseCode: [535] },
    msg: 'auth.wrong',
    source: 'RFC 4954 section 6 (535 5.7.8 Authentication credentials invalid)',
    examples: [
      { step: 'auth', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: 'Error: authentication failed: authentication failure' },
      { step: 'auth', command: 'AUTH LOGIN', responseCode: 535, text: 'Authentication credentials invalid' },
    ],
  },
  {
    id: 'gmail.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['gmail'], responseCode: [535], enhanced: ['5.7.8'] },
    msg: 'gmail.bad-credentials',
    source:
      'https://support.google.com/mail/?p=BadCredentials; https://support.google.com/accounts/answer/185833 (app ' +
      'passwords)',
    examples: [
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        responseCode: 535,
        enhancedCode: '5.7.8',
        text:
          'Username and Password not accepted. For more information, go ' +
          'to\nhttps://support.google.com/mail/?p=BadCredentials d9443c01a7336-21c5c7f3a4bsm123456ad.9 - gsmtp',
      },
    ],
  },
  {
    // No AUTH reply within the timeout: after failed logins servers delay the next reply on
    // purpose (Dovecot auth_failure_delay, 2 s doubling up to 15 s), which is not a rejection.
    id: 'auth.reply-timeout',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { step: ['auth'], reason: ['auth-reply-timeout'] },
    msg: 'auth.reply-timeout',
    source: 'Dovecot auth_failure_delay (auth penalty); RFC 5321 section 4.5.3.2 (timeouts)',
    examples: [{ step: 'auth', reason: 'auth-reply-timeout', code: 'ETIMEDOUT', command: 'AUTH PLAIN' }],
  },
  {
    id: 'auth.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { step: ['auth'], replyClass: [4] },
    msg: 'auth.temporary',
    source: 'RFC 4954 section 6 (454 4.7.0 Temporary authentication failure)',
    examples: [{ step: 'auth', command: 'AUTH PLAIN', responseCode: 454, enhancedCode: '4.7.0', text: 'Temporary authentication failure' }],
  },
];
