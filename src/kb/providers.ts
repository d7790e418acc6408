/**
 * Providers smtp-doctor recognises, from the host name, the greeting banner or reply text.
 * Each entry is data: patterns to recognise it. Its advice lives in ./hints.ts and its
 * rules in ./rules/providers.ts.
 *
 * Reply patterns are tried on every failure's reply (and on pasted text in `explain`), so
 * they must be words only that provider writes: its own host names, help URLs, or reply
 * wording nobody else uses (Yahoo's "#AUTH005", Exchange Online's "5.7.139", SES's
 * "Throttling failure", Mailgun's "Sandbox subdomains ...", Zoho's "Relaying disallowed as").
 */
export interface Provider {
  id: string;
  name: string;
  host: RegExp;
  banner?: RegExp;
  reply?: RegExp;
}

export const PROVIDERS: Provider[] = [
  {
    id: 'gmail',
    name: 'Gmail / Google Workspace',
    // smtp.gmail.com, smtp.googlemail.com, smtp-relay.gmail.com, aspmx.l.google.com, gmail-smtp-in.l.google.com
    host: /(^|\.)(gmail|googlemail|google)\.com$/i,
    banner: /\bgsmtp\b|mx\.google\.com|smtp\.gmail\.com|smtp\.googlemail\.com/i,
    reply: /\bgsmtp\b|support\.google\.com\/(mail|a)|accounts\.google\.com\/(signin|ContinueSignIn)/i,
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365 / Outlook.com',
    // smtp.office365.com, smtp-legacy.office365.com, smtp-mail.outlook.com, <tenant>.mail.protection.outlook.com, smtp.live.com
    host: /(^|\.)(office365\.com|outlook\.com|hotmail\.com|live\.com|protection\.outlook\.com)$/i,
    // Only Exchange Online's own names: an on-premises Exchange says "Microsoft ESMTP MAIL Service" too.
    banner: /\.outlook\.com\b|outlook\.office365\.com|\.office365\.com\b/i,
    reply:
      /aka\.ms\/|\.prod\.(?:protection\.)?outlook\.com\b|office365|SmtpClientAuthentication|STOREDRV\.Submission|Basic authentication is not supported for Client Submission|\b5\.7\.139\b|\b5\.7\.57\b/i,
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    host: /(^|\.)sendgrid\.(net|com)$/i,
    banner: /\bSG ESMTP\b|sendgrid\.net/i,
    // Its 535 for a bad or revoked API key names no host: the wording is SendGrid's own.
    reply: /sendgrid|Authentication failed: The provided authorization grant is invalid, expired, or revoked/i,
  },
  {
    id: 'ses',
    name: 'Amazon SES',
    // email-smtp.<region>.amazonaws.com, email-smtp-fips.<region>.amazonaws.com
    host: /^email-smtp(-fips)?\.[a-z0-9-]+\.amazonaws\.com$/i,
    banner: /amazonses|Amazon SES|email-smtp\.[a-z0-9-]+\.amazonaws\.com/i,
    // "535 Authentication Credentials Invalid": SES's reply to IAM keys or a wrong SMTP password.
    reply: /amazonses|Amazon SES|email-smtp\.[a-z0-9-]+\.amazonaws\.com|\b535[ -]Authentication Credentials Invalid|Throttling failure: (?:Maximum sending rate|Daily message quota)|identities failed the check in region/i,
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    // smtp.mailgun.org, smtp.eu.mailgun.org
    host: /(^|\.)mailgun\.(org|net|com)$/i,
    banner: /mailgun/i,
    reply: /mailgun|Sandbox subdomains are for test purposes only/i,
  },
  {
    id: 'postmark',
    name: 'Postmark',
    // smtp.postmarkapp.com, smtp-broadcasts.postmarkapp.com
    host: /(^|\.)postmarkapp\.com$/i,
    banner: /postmarkapp/i,
    reply: /postmark|is not a Sender Signature on your account|Sender signature not defined/i,
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    // smtp-relay.brevo.com, smtp-relay.sendinblue.com
    host: /(^|\.)(brevo\.com|sendinblue\.com)$/i,
    banner: /brevo|sendinblue/i,
    reply: /brevo|sendinblue/i,
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    // smtp.zoho.com/.eu/.in/.com.au/.jp/.com.cn/.sa/.ca, smtppro.zoho.*
    host: /(^|\.)(zoho|zohomail)\.(com|eu|in|com\.au|jp|com\.cn|sa|ca|uk)$/i,
    banner: /zohomail|\bzoho\b/i,
    reply: /zoho|Relaying disallowed as\b/i,
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail / AOL',
    // smtp.mail.yahoo.com, smtp.aol.com
    host: /(^|\.)(yahoo\.com|yahoo\.co\.[a-z]+|ymail\.com|aol\.com)$/i,
    banner: /yahoo|aol\.com/i,
    reply: /yahoo|#AUTH005|senders\.yahooinc\.com/i,
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    // smtp.mail.me.com
    host: /(^|\.)(me\.com|icloud\.com|mac\.com)$/i,
    banner: /icloud|mail\.me\.com/i,
    reply: /icloud|mail\.me\.com|support\.apple\.com/i,
  },
  {
    id: 'naver',
    name: 'Naver Mail',
    host: /(^|\.)naver\.com$/i,
    banner: /naver/i,
    // Naver's replies end in "- nsmtp" (as Gmail's in "- gsmtp").
    reply: /naver|[-\s]nsmtp\b/i,
  },
  {
    id: 'daum',
    name: 'Daum / Kakao Mail',
    // smtp.daum.net, smtp.kakao.com
    host: /(^|\.)(daum\.net|kakao\.com|hanmail\.net)$/i,
    banner: /daum|kakao|hanmail/i,
    reply: /daum|kakao|hanmail/i,
  },
  {
    id: 'qq',
    name: 'QQ Mail',
    // smtp.qq.com, smtp.exmail.qq.com
    host: /(^|\.)(qq\.com|foxmail\.com)$/i,
    banner: /qq\.com|QQ Mail/i,
    reply: /qq\.com|mail\.qq/i,
  },
  {
    id: 'netease',
    name: 'NetEase 163/126',
    // smtp.163.com, smtp.126.com, smtp.yeah.net, smtp.188.com
    host: /(^|\.)(163|126|yeah|188)\.(com|net)$|(^|\.)netease\.com$/i,
    banner: /\b163com\b|\b126com\b|yeahnet|netease/i,
    // "User has no permission" is Coremail's answer when SMTP is not turned on for the account.
    reply: /163\.com|126\.com|netease|User has no permission/i,
  },
];

export interface ProviderClues {
  host?: string;
  greeting?: string;
  replies?: string[];
}

/** The provider, if any, recognised from host name first, then banner, then reply text. */
export function detectProvider(c: ProviderClues): string | undefined {
  const host = (c.host ?? '').trim().replace(/\.$/, '');
  if (host) for (const p of PROVIDERS) if (p.host.test(host)) return p.id;
  if (c.greeting) for (const p of PROVIDERS) if (p.banner?.test(c.greeting)) return p.id;
  const text = (c.replies ?? []).join('\n');
  if (text) for (const p of PROVIDERS) if (p.reply?.test(text)) return p.id;
  return undefined;
}

export function providerName(id: string | undefined): string | undefined {
  return PROVIDERS.find((p) => p.id === id)?.name;
}
