/**
 * Providers smtp-doctor recognises, from the host name, the greeting banner or reply text.
 * Each entry is data: patterns to recognise it and the message keys of its own advice.
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
    host: /(^|\.)(gmail|googlemail|google)\.com$|^smtp-relay\.gmail\.com$|^aspmx\.l\.google\.com$/i,
    banner: /\bgsmtp\b|mx\.google\.com/i,
    reply: /\bgsmtp\b|support\.google\.com\/(mail|a)/i,
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365 / Outlook.com',
    host: /(^|\.)(office365\.com|outlook\.com|hotmail\.com|live\.com|protection\.outlook\.com)$/i,
    banner: /Microsoft ESMTP MAIL Service|outlook\.office365\.com|\.outlook\.com/i,
    reply: /aka\.ms\/|\[[A-Z0-9]+\.(?:[a-z]+\.)*prod\.outlook\.com\]|office365|SmtpClientAuthentication/i,
  },
  { id: 'sendgrid', name: 'SendGrid', host: /(^|\.)sendgrid\.net$/i, reply: /sendgrid/i },
  { id: 'ses', name: 'Amazon SES', host: /^email-smtp\.[a-z0-9-]+\.amazonaws\.com$/i, banner: /amazonses|Amazon SES/i, reply: /amazonses|Amazon SES/i },
  { id: 'mailgun', name: 'Mailgun', host: /(^|\.)mailgun\.org$/i, reply: /mailgun/i },
  { id: 'postmark', name: 'Postmark', host: /(^|\.)postmarkapp\.com$/i, reply: /postmark/i },
  { id: 'brevo', name: 'Brevo (Sendinblue)', host: /(^|\.)(brevo\.com|sendinblue\.com)$/i, reply: /brevo|sendinblue/i },
  { id: 'zoho', name: 'Zoho Mail', host: /(^|\.)zoho(mail)?\.(com|eu|in|com\.au|jp)$/i, reply: /zoho/i },
  { id: 'yahoo', name: 'Yahoo Mail', host: /(^|\.)(yahoo\.com|yahoo\.co\.[a-z]+|aol\.com)$/i, reply: /yahoo/i },
  { id: 'icloud', name: 'iCloud Mail', host: /(^|\.)(mail\.me\.com|icloud\.com)$/i, reply: /icloud|apple/i },
  { id: 'naver', name: 'Naver Mail', host: /(^|\.)naver\.com$/i, reply: /naver/i },
  { id: 'daum', name: 'Daum / Kakao Mail', host: /(^|\.)(daum\.net|kakao\.com|hanmail\.net)$/i, reply: /daum|kakao|hanmail/i },
  { id: 'qq', name: 'QQ Mail', host: /(^|\.)(qq\.com|exmail\.qq\.com)$/i, reply: /qq\.com|mail\.qq/i },
  { id: 'netease', name: 'NetEase 163/126', host: /(^|\.)(163|126|yeah)\.(com|net)$/i, reply: /163\.com|netease/i },
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
