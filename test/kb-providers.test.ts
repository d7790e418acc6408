import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../src/core/types.js';
import { matchRule } from '../src/kb/match.js';
import { HINT_KEYS, hintKeysFor, providerHints } from '../src/kb/hints.js';
import { detectProvider, PROVIDERS } from '../src/kb/providers.js';
import type { Finding } from '../src/kb/rules/index.js';
import { PROVIDERS_RULES } from '../src/kb/rules/providers.js';
import { explain } from '../src/explain/explain.js';
import { en, ko } from '../src/i18n/index.js';

describe('provider detection', () => {
  it.each([
    ['smtp.gmail.com', 'gmail'],
    ['smtp.googlemail.com', 'gmail'],
    ['smtp-relay.gmail.com', 'gmail'],
    ['aspmx.l.google.com', 'gmail'],
    ['gmail-smtp-in.l.google.com.', 'gmail'],
    ['smtp.office365.com', 'microsoft'],
    ['smtp-legacy.office365.com', 'microsoft'],
    ['smtp-mail.outlook.com', 'microsoft'],
    ['contoso-com.mail.protection.outlook.com', 'microsoft'],
    ['email-smtp.eu-west-1.amazonaws.com', 'ses'],
    ['email-smtp.ap-northeast-2.amazonaws.com', 'ses'],
    ['email-smtp-fips.us-east-1.amazonaws.com', 'ses'],
    ['smtp.sendgrid.net', 'sendgrid'],
    ['smtp.mailgun.org', 'mailgun'],
    ['smtp.eu.mailgun.org', 'mailgun'],
    ['smtp.postmarkapp.com', 'postmark'],
    ['smtp-broadcasts.postmarkapp.com', 'postmark'],
    ['smtp-relay.brevo.com', 'brevo'],
    ['smtp-relay.sendinblue.com', 'brevo'],
    ['smtp.zoho.com', 'zoho'],
    ['smtp.zoho.eu', 'zoho'],
    ['smtppro.zoho.in', 'zoho'],
    ['smtp.zoho.com.au', 'zoho'],
    ['smtp.mail.yahoo.com', 'yahoo'],
    ['smtp.aol.com', 'yahoo'],
    ['smtp.mail.me.com', 'icloud'],
    ['smtp.qq.com', 'qq'],
    ['smtp.exmail.qq.com', 'qq'],
    ['smtp.163.com', 'netease'],
    ['smtp.126.com', 'netease'],
    ['smtp.naver.com', 'naver'],
    ['smtp.daum.net', 'daum'],
    ['smtp.kakao.com', 'daum'],
  ])('host %s -> %s', (host, id) => {
    expect(detectProvider({ host })).toBe(id);
  });

  it.each([
    ['220 smtp.gmail.com ESMTP i68sm37730904pfi.72 - gsmtp', 'gmail'],
    ['220 YQBPR0101CA0294.outlook.office365.com Microsoft ESMTP MAIL Service ready at Sun, 5 Jan 2025', 'microsoft'],
    ['220 SG ESMTP service ready at ismtpd0003p1lon1.sendgrid.net', 'sendgrid'],
    ['220 smtp.postmarkapp.com ESMTP sc-ams-smtp1', 'postmark'],
    ['220 mx.zohomail.com SMTP Server ready July 7, 2015 8:18:44 AM PDT', 'zoho'],
    ['220 smtp.mail.yahoo.com ESMTP ready', 'yahoo'],
  ])('banner %s -> %s', (greeting, id) => {
    expect(detectProvider({ host: 'relay.corp.test', greeting })).toBe(id);
  });

  it('an on-premises Exchange banner is not Microsoft 365', () => {
    expect(detectProvider({ host: 'mail.corp.test', greeting: '220 mail.blah.com Microsoft ESMTP MAIL Service ready at Wed, 6 Mar 2013 10:51:10 -0800' })).toBeUndefined();
  });

  it.each([
    ['535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp', 'gmail'],
    ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]', 'microsoft'],
    ['550 5.7.30 Basic authentication is not supported for Client Submission.', 'microsoft'],
    ['554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException', 'microsoft'],
    ['454 Throttling failure: Maximum sending rate exceeded.', 'ses'],
    ['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@b.c', 'ses'],
    ['550 The from address does not match a verified Sender Identity. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/', 'sendgrid'],
    ['535 5.7.0 Mailgun is not loving your login or password', 'mailgun'],
    ['554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in domain settings.', 'mailgun'],
    ["The 'From' address you supplied is not a Sender Signature on your account.", 'postmark'],
    ['553 Relaying disallowed as @', 'zoho'],
    ['535 5.7.0 (#AUTH005) Too many bad auth attempts.', 'yahoo'],
    ['535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256', 'qq'],
    ['550 User has no permission', 'netease'],
  ])('reply %s -> %s', (reply, id) => {
    expect(detectProvider({ host: 'relay.corp.test', replies: [reply] })).toBe(id);
  });

  it('plain replies name no provider', () => {
    expect(detectProvider({ host: 'mail.corp.test', replies: ['535 5.7.8 Error: authentication failed: authentication failure'] })).toBeUndefined();
    expect(detectProvider({ host: 'mail.corp.test', replies: ['550 5.7.1 Unable to relay'] })).toBeUndefined();
  });

  it('every provider id is unique and every provider rule names a known provider', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PROVIDERS_RULES) for (const p of r.when.provider ?? []) expect(ids).toContain(p);
  });
});

/** A realistic failure per provider: the rule it selects, its category and the hint a check shows. */
const CASES: Array<{ name: string; f: Finding; rule: string; category: CategoryId; hint?: string }> = [
  {
    name: 'Gmail: sign-in challenge',
    f: {
      step: 'auth',
      provider: 'gmail',
      command: 'AUTH PLAIN',
      responseCode: 534,
      enhancedCode: '5.7.14',
      text: '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbvE> Please log in via\n534-5.7.14 your web browser and then try again.\n534-5.7.14 Learn more at\n534 5.7.14 https://support.google.com/mail/answer/78754 e131-v6sm38790685pfc.52 - gsmtp',
    },
    rule: 'gmail.web-login-required',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    hint: 'hint.gmail.app-password',
  },
  {
    name: 'Gmail: no login before MAIL FROM',
    f: {
      step: 'send',
      provider: 'gmail',
      command: 'MAIL FROM',
      responseCode: 530,
      enhancedCode: '5.7.0',
      text: '530-5.7.0 Authentication Required. Learn more at\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError - gsmtp',
    },
    rule: 'gmail.auth-required',
    category: 'MISSING_CREDENTIALS',
    hint: 'hint.gmail.smtp-relay',
  },
  {
    name: 'Gmail: daily limit',
    f: { step: 'send', provider: 'gmail', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.4.5', text: '550 5.4.5 Daily user sending limit exceeded. - gsmtp' },
    rule: 'gmail.sending-limit',
    category: 'RATE_LIMITED',
    hint: 'hint.gmail.sending-limits',
  },
  {
    name: 'Gmail: SPF/DKIM missing',
    f: {
      step: 'send',
      provider: 'gmail',
      command: 'DATA',
      responseCode: 550,
      enhancedCode: '5.7.26',
      text: '550-5.7.26 Your email has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
    },
    rule: 'mailbox-providers.unauthenticated-sender',
    category: 'MESSAGE_REJECTED_POLICY',
    hint: 'hint.gmail.sender-guidelines',
  },
  {
    name: 'Gmail: still BadCredentials from the core table',
    f: { step: 'auth', provider: 'gmail', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: 'Username and Password not accepted. https://support.google.com/mail/?p=BadCredentials - gsmtp' },
    rule: 'gmail.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.gmail.app-password',
  },
  {
    name: 'Microsoft 365: SMTP AUTH off for the tenant',
    f: {
      step: 'auth',
      provider: 'microsoft',
      command: 'AUTH LOGIN',
      responseCode: 535,
      enhancedCode: '5.7.139',
      text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]',
    },
    rule: 'microsoft.smtp-auth-disabled-tenant',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    hint: 'hint.microsoft.smtp-auth',
  },
  {
    name: 'Outlook.com: Basic auth gone',
    f: {
      step: 'auth',
      provider: 'microsoft',
      command: 'AUTH LOGIN',
      responseCode: 535,
      enhancedCode: '5.7.139',
      text: '535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PH7P220CA0132.NAMP220.PROD.OUTLOOK.COM 2024-11-11T21:51:32.927Z 08DD021D9EEB05BC]',
    },
    rule: 'microsoft.basic-auth-disabled',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    hint: 'hint.microsoft.basic-auth-retirement',
  },
  {
    name: 'Microsoft 365: Send As denied',
    f: {
      step: 'send',
      provider: 'microsoft',
      command: 'DATA',
      responseCode: 554,
      enhancedCode: '5.2.252',
      text: '554 5.2.252 SendAsDenied; c___m@XXXXX.org not allowed to send as e______s@XXXXX.org',
    },
    rule: 'exchange.send-as-denied',
    category: 'SENDER_NOT_AUTHORIZED',
    hint: 'hint.microsoft.send-as',
  },
  {
    name: 'Amazon SES: IAM keys instead of SMTP credentials',
    f: { step: 'auth', provider: 'ses', command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication Credentials Invalid' },
    rule: 'ses.smtp-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.ses.smtp-credentials',
  },
  {
    name: 'Amazon SES: sandbox recipient',
    f: {
      step: 'send',
      provider: 'ses',
      command: 'DATA',
      responseCode: 554,
      text: '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-CENTRAL-1: you@example.com',
    },
    rule: 'ses.identity-not-verified',
    category: 'SENDER_NOT_AUTHORIZED',
    hint: 'hint.ses.sandbox',
  },
  {
    name: 'Amazon SES: throttled',
    f: { step: 'send', provider: 'ses', command: 'DATA', responseCode: 454, text: 'Net::SMTPServerBusy: 454 Throttling failure: Maximum sending rate exceeded.' },
    rule: 'ses.throttling',
    category: 'RATE_LIMITED',
    hint: 'hint.ses.quotas',
  },
  {
    name: 'SendGrid: user name is not apikey',
    f: { step: 'auth', provider: 'sendgrid', command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication failed: Bad username / password' },
    rule: 'sendgrid.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.sendgrid.apikey',
  },
  {
    name: 'SendGrid: unverified sender',
    f: {
      step: 'send',
      provider: 'sendgrid',
      command: 'DATA',
      responseCode: 550,
      text: 'Net::SMTPFatalError: 550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.',
    },
    rule: 'sendgrid.sender-identity',
    category: 'SENDER_NOT_AUTHORIZED',
    hint: 'hint.sendgrid.sender-identity',
  },
  {
    name: 'Mailgun: wrong SMTP login',
    f: { step: 'auth', provider: 'mailgun', command: 'AUTH LOGIN', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 Mailgun is not loving your login or password' },
    rule: 'mailgun.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.mailgun.smtp-credentials',
  },
  {
    name: 'Mailgun: sandbox recipient',
    f: {
      step: 'send',
      provider: 'mailgun',
      command: 'RCPT TO',
      responseCode: 554,
      text: '554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in domain settings.',
    },
    rule: 'mailgun.sandbox-recipient',
    category: 'SENDER_NOT_AUTHORIZED',
    hint: 'hint.mailgun.sandbox',
  },
  {
    name: 'Postmark: account login instead of the server token',
    f: { step: 'auth', provider: 'postmark', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: '535 5.7.8 Error: authentication failed: ' },
    rule: 'postmark.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.postmark.server-token',
  },
  {
    name: 'Brevo: API key instead of an SMTP key',
    f: { step: 'auth', provider: 'brevo', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: '535 5.7.8 Error: authentication failed: (reason unavailable)' },
    rule: 'brevo.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.brevo.smtp-key',
  },
  {
    name: 'Zoho: From is not the login',
    f: { step: 'send', provider: 'zoho', command: 'DATA', responseCode: 553, text: '553 Relaying disallowed as noreply@other.example' },
    rule: 'zoho.relaying-disallowed',
    category: 'SENDER_NOT_AUTHORIZED',
    hint: 'hint.zoho.account',
  },
  {
    name: 'Yahoo: account password refused',
    f: { step: 'auth', provider: 'yahoo', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 (#AUTH005) Too many bad auth attempts.' },
    rule: 'yahoo.app-password',
    category: 'APP_PASSWORD_REQUIRED',
    hint: 'hint.yahoo.app-password',
  },
  {
    name: 'iCloud: Apple Account password refused',
    f: { step: 'auth', provider: 'icloud', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8' },
    rule: 'icloud.app-specific-password',
    category: 'APP_PASSWORD_REQUIRED',
    hint: 'hint.icloud.app-password',
  },
  {
    name: 'QQ: QQ password instead of the authorization code',
    f: {
      step: 'auth',
      provider: 'qq',
      command: 'AUTH LOGIN',
      responseCode: 535,
      text: 'AuthenticationFailedException: 535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
    },
    rule: 'qq.authorization-code',
    category: 'APP_PASSWORD_REQUIRED',
    hint: 'hint.qq.authorization-code',
  },
  {
    name: '163: SMTP not turned on',
    f: { step: 'send', provider: 'netease', command: 'MAIL FROM', responseCode: 550, text: '550 User has no permission' },
    rule: 'netease.smtp-not-enabled',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    hint: 'hint.netease.authorization-code',
  },
  {
    name: 'Naver: login refused',
    f: { step: 'auth', provider: 'naver', command: 'AUTH LOGIN', responseCode: 535 },
    rule: 'naver.auth-failed',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.naver.enable-smtp',
  },
  {
    name: 'Daum/Kakao: login refused',
    f: { step: 'auth', provider: 'daum', command: 'AUTH LOGIN', responseCode: 535 },
    rule: 'daum.auth-failed',
    category: 'WRONG_CREDENTIALS',
    hint: 'hint.daum.enable-smtp',
  },
  {
    name: 'Exim: wrong mailbox password',
    f: { step: 'auth', command: 'AUTH LOGIN', responseCode: 535, text: '535 Incorrect authentication data' },
    rule: 'exim.incorrect-authentication-data',
    category: 'WRONG_CREDENTIALS',
  },
  {
    name: 'Exchange on-premises: anonymous relay',
    f: { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Unable to relay for someone@example.org' },
    rule: 'exchange.unable-to-relay',
    category: 'RELAY_DENIED',
  },
  {
    name: 'Postfix: no reverse DNS',
    f: { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.25', text: '450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.7]' },
    rule: 'postfix.unknown-client-hostname',
    category: 'CLIENT_IP_BLOCKED',
  },
];

describe('provider findings', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rule = matchRule(c.f);
    expect(rule.id).toBe(c.rule);
    expect(rule.category).toBe(c.category);
    const hints = c.f.provider ? providerHints(c.f.provider, rule.category, {}).map((h) => h.key) : [];
    if (c.hint) expect(hints).toContain(c.hint);
    else expect(hints).toEqual([]);
  });

  it('provider rules do not fire for another provider', () => {
    const sesLike = { step: 'auth' as const, command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication Credentials Invalid' };
    expect(matchRule(sesLike).msg).toBe('auth.wrong');
    expect(matchRule({ ...sesLike, provider: 'sendgrid' }).id).not.toBe('ses.smtp-credentials');
    expect(matchRule({ step: 'auth', provider: 'zoho', command: 'AUTH LOGIN', responseCode: 535 }).id).toBe('auth.535');
  });

  it('every hint key exists in both catalogs, and each provider with rules has hints', () => {
    for (const k of HINT_KEYS) {
      expect(en).toHaveProperty([k]);
      expect(ko).toHaveProperty([k]);
    }
    for (const p of ['gmail', 'microsoft', 'ses', 'sendgrid', 'mailgun', 'postmark', 'brevo', 'zoho', 'yahoo', 'icloud', 'qq', 'netease', 'naver', 'daum']) {
      expect(hintKeysFor(p, 'WRONG_CREDENTIALS').length + hintKeysFor(p, 'APP_PASSWORD_REQUIRED').length, p).toBeGreaterThan(0);
    }
  });

  it('every provider rule cites where it comes from, with the date it was checked', () => {
    for (const r of PROVIDERS_RULES) {
      expect(r.source, r.id).toMatch(/https?:\/\//);
      expect(r.source, r.id).toContain('(checked 2026-11)');
    }
  });
});

describe('explain, pasted provider errors', () => {
  it('a Microsoft 365 tenant block pasted from nodemailer', () => {
    const r = explain(
      'Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]',
    );
    expect(r.provider).toBe('microsoft');
    expect(r.rule).toBe('microsoft.smtp-auth-disabled-tenant');
    expect(r.category).toBe('AUTH_DISABLED_BY_PROVIDER');
  });

  it('a Gmail sign-in challenge pasted from Python', () => {
    const r = explain(
      "smtplib.SMTPAuthenticationError: (534, b'5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs7> Please log in via your web browser and\\n5.7.14 then try again.\\n5.7.14 Learn more at\\n5.7.14 https://support.google.com/mail/answer/78754 r62sm34599651pfi.184 - gsmtp')",
    );
    expect(r.provider).toBe('gmail');
    expect(r.category).toBe('AUTH_DISABLED_BY_PROVIDER');
  });

  it('an SES throttling reply pasted from Rails', () => {
    const r = explain('Net::SMTPServerBusy: 454 Throttling failure: Maximum sending rate exceeded.');
    expect(r.provider).toBe('ses');
    expect(r.rule).toBe('ses.throttling');
  });
});
