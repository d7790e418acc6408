import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../src/core/types.js';
import { matchRule } from '../src/kb/match.js';
import { RULES, type Finding } from '../src/kb/rules/index.js';
import { ENHANCED_CODES, REPLY_CODES, RFC_RULES, enhancedMsg } from '../src/kb/rules/rfc.js';
import { en, ko } from '../src/i18n/index.js';
import { enRfc } from '../src/i18n/en/rfc.js';

/** Every detail code RFC 3463 section 3 defines (X.0.0 and X.1.0 to X.7.7), copied from the RFC. */
const RFC3463 = [
  '0.0',
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8',
  '2.0', '2.1', '2.2', '2.3', '2.4',
  '3.0', '3.1', '3.2', '3.3', '3.4', '3.5',
  '4.0', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7',
  '5.0', '5.1', '5.2', '5.3', '5.4', '5.5',
  '6.0', '6.1', '6.2', '6.3', '6.4', '6.5',
  '7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7',
];

/** Registered later (IANA registry, RFC 5248) and listed in the brief. */
const LATER = [
  '1.9', '1.10', '3.6', '5.6', '6.6', '6.7', '6.8', '6.9', '6.10',
  ...Array.from({ length: 23 }, (_, i) => `7.${i + 8}`), // 7.8 ... 7.30
];

/** RFC 5321 (and RFC 4954 / RFC 7504) reply codes the brief lists. */
const REPLIES = [421, 450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556];

const rfcIds = new Set(RFC_RULES.map((r) => r.id));
const byId = new Map(RULES.map((r) => [r.id, r]));

function pick(f: Finding): { id: string; category: CategoryId } {
  const r = matchRule(f);
  return { id: r.id, category: r.category };
}

describe('RFC code table', () => {
  it('has every RFC 3463 code and the later registered ones, once each', () => {
    const codes = ENHANCED_CODES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of [...RFC3463, ...LATER]) expect(codes, `X.${c}`).toContain(c);
    const replies = REPLY_CODES.map((r) => r.code);
    expect(new Set(replies).size).toBe(replies.length);
    expect([...replies].sort()).toEqual([...REPLIES].sort());
  });

  it('generated rules are generic, except the class-4 ones that must outrank core server.temporary', () => {
    for (const r of RFC_RULES) {
      if (r.id.startsWith('rfc.4.')) expect(r.generic, r.id).toBeFalsy();
      else expect(r.generic, r.id).toBe(true);
    }
  });

  it('a code a core rule answers by itself points at a rule that exists and matches it', () => {
    for (const e of ENHANCED_CODES) {
      if (e.by) expect(byId.has(e.by), e.by).toBe(true);
      if (e.transient?.by) expect(byId.has(e.transient.by), e.transient.by).toBe(true);
    }
    for (const r of REPLY_CODES) if (r.by) expect(byId.has(r.by), r.by).toBe(true);
  });

  it('every catalog key of the rfc part is used by a rule, and every rule has its messages', () => {
    const used = new Set(RFC_RULES.flatMap((r) => [`${r.msg}.cause`, `${r.msg}.fix`]));
    expect([...used].filter((k) => !(k in en) || !(k in ko))).toEqual([]);
    expect(Object.keys(enRfc).filter((k) => !used.has(k))).toEqual([]);
    for (const e of ENHANCED_CODES) if (!e.by) expect(en, enhancedMsg(e)).toHaveProperty([`${enhancedMsg(e)}.cause`]);
  });

  it('every cause quotes the server\'s words', () => {
    for (const [k, v] of Object.entries(enRfc)) if (k.endsWith('.cause')) expect(v, k).toContain('{reply}');
  });
});

describe('each permanent code (5.x.x) picks its category', () => {
  it.each(ENHANCED_CODES.map((e) => [`5.${e.code}`, e] as const))('%s', (code, e) => {
    // With its usual reply code (X.0.0 has none: any reply code says more than it does) ...
    const withReply: Finding = e.reply !== undefined && e.code !== '0.0' ? { responseCode: e.reply, enhancedCode: code } : { enhancedCode: code };
    expect(pick(withReply).category, JSON.stringify(withReply)).toBe(e.category);
    // ... and alone, as .NET and some logs print it.
    expect(pick({ enhancedCode: code }).category).toBe(e.category);
    // Its own rule, unless a core rule answers the code (or its reply code) by itself.
    const own = e.code.endsWith('.0') ? `rfc.5.${e.code.split('.')[0]}.*` : `rfc.${code}`;
    if (!e.by) {
      expect(rfcIds.has(own), own).toBe(true);
      expect(pick({ enhancedCode: code }).id).toBe(own);
    }
  });
});

describe('each transient code (4.x.x) picks its category', () => {
  it.each(ENHANCED_CODES.map((e) => [`4.${e.code}`, e] as const))('%s', (code, e) => {
    const expected = e.transient?.category ?? 'SERVER_TEMPORARY_FAILURE';
    const reply = e.transient?.reply ?? 451;
    expect(pick({ responseCode: reply, enhancedCode: code }).category).toBe(expected);
    expect(pick({ enhancedCode: code }).category).toBe(expected);
  });
});

describe('subject fallbacks', () => {
  it.each(['1', '2', '3', '4', '5', '6', '7'])('an unregistered 5.%s.99 falls to the 5.%s.* rule', (s) => {
    expect(pick({ responseCode: 550, enhancedCode: `5.${s}.99` }).id).toBe(`rfc.5.${s}.*`);
    expect(pick({ enhancedCode: `5.${s}.999` }).id).toBe(`rfc.5.${s}.*`);
  });

  it('5.0.x is the weakest: alone it is the 5.0.* rule, with a reply code the reply code decides', () => {
    expect(pick({ enhancedCode: '5.0.7' }).id).toBe('rfc.5.0.*');
    expect(pick({ responseCode: 550, enhancedCode: '5.0.0' }).id).toBe('rfc.reply.550');
    expect(pick({ responseCode: 534, enhancedCode: '5.0.0' }).id).toBe('rfc.reply.534');
  });

  it('an unregistered 4.x.y is a temporary failure (core server.temporary)', () => {
    expect(pick({ responseCode: 451, enhancedCode: '4.4.99' })).toEqual({ id: 'server.temporary', category: 'SERVER_TEMPORARY_FAILURE' });
    expect(pick({ enhancedCode: '4.7.99' }).category).toBe('SERVER_TEMPORARY_FAILURE');
  });

  it('precise reply codes outrank a subject, broad ones do not', () => {
    expect(pick({ responseCode: 530, enhancedCode: '5.7.0' }).id).toBe('rfc.reply.530');
    expect(pick({ responseCode: 550, enhancedCode: '5.7.0' }).id).toBe('rfc.5.7.*');
    expect(pick({ responseCode: 554, enhancedCode: '5.7.54' }).id).toBe('rfc.5.7.*');
  });
});

describe('reply codes alone', () => {
  it.each(REPLY_CODES.map((r) => [r.code, r] as const))('%s', (code, r) => {
    const got = pick({ responseCode: code });
    expect(got.category).toBe(r.category);
    expect(got.id).toBe(r.by ?? `rfc.reply.${code}`);
  });
});

describe('rules about the failure itself still win over what a code generally means', () => {
  it.each([
    ['greeting 554 5.7.1 is a blocked client', { step: 'greeting', responseCode: 554, enhancedCode: '5.7.1', text: 'Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org' }, 'CLIENT_IP_BLOCKED'],
    ['EHLO 501 5.5.2 is a rejected HELO name', { step: 'ehlo', responseCode: 501, enhancedCode: '5.5.2', text: '<client.test>: Helo command rejected: need fully-qualified hostname' }, 'HELO_REJECTED'],
    ['MAIL FROM 553 5.1.3 is the sender, not a recipient', { step: 'send', command: 'MAIL FROM', responseCode: 553, enhancedCode: '5.1.3', text: '<foo@@nil>... Invalid route address' }, 'SENDER_NOT_AUTHORIZED'],
    ['RCPT TO 550 5.7.1 relay wording is relay denied', { step: 'send', command: 'RCPT TO', responseCode: 554, enhancedCode: '5.7.1', text: '<someone@example.org>: Relay access denied' }, 'RELAY_DENIED'],
    ['Gmail 534 5.7.9 application-specific password', { step: 'auth', command: 'AUTH PLAIN', responseCode: 534, enhancedCode: '5.7.9', text: 'Application-specific password required. For more information, go to\nhttps://support.google.com/mail/?p=InvalidSecondFactor - gsmtp' }, 'APP_PASSWORD_REQUIRED'],
    ['535 5.7.8 is wrong credentials', { step: 'auth', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: 'Error: authentication failed' }, 'WRONG_CREDENTIALS'],
    ['530 5.7.0 STARTTLS wording', { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.0', text: 'Must issue a STARTTLS command first' }, 'STARTTLS_REQUIRED'],
    ['AUTH 454 4.7.0 is a temporary auth failure', { step: 'auth', command: 'AUTH PLAIN', responseCode: 454, enhancedCode: '4.7.0', text: 'Temporary authentication failure' }, 'SERVER_TEMPORARY_FAILURE'],
    ['DATA 552 5.3.4 is the size', { step: 'send', command: 'DATA', responseCode: 552, enhancedCode: '5.3.4', text: 'Message size exceeds fixed limit' }, 'SIZE_LIMIT'],
  ] as const)('%s', (_name, finding, category) => {
    const r = matchRule(finding as Finding);
    expect(r.category).toBe(category);
    expect(r.id.startsWith('rfc.')).toBe(false);
  });

  it('an RFC code still decides where no rule knows the context: AUTH 534 5.7.9 without Gmail words', () => {
    expect(pick({ step: 'auth', command: 'AUTH CRAM-MD5', responseCode: 534, enhancedCode: '5.7.9', text: 'Mechanism requires a stronger channel' })).toEqual({
      id: 'rfc.5.7.9',
      category: 'AUTH_MECHANISM_UNSUPPORTED',
    });
    expect(pick({ step: 'auth', command: 'AUTH PLAIN', responseCode: 432, enhancedCode: '4.7.12', text: 'A password transition is needed' }).id).toBe('rfc.4.7.12');
  });
});
