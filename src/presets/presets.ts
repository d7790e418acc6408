import { createRequire } from 'node:module';
import type { Security } from '../core/options.js';

export interface Preset {
  /** Name as given to --provider (case-insensitive), e.g. "Gmail". */
  name: string;
  aliases: string[];
  description: string;
  host: string;
  port: number;
  security: Security;
  /** Mail domains hosted by the service (for guessing the preset from an address). */
  domains: string[];
  authMethod?: string;
  /** The knowledge-base provider id, for provider-specific advice. */
  kb?: string;
  /** Where the entry comes from. */
  origin: 'nodemailer' | 'smtp-doctor';
}

interface WellKnown {
  description?: string;
  aliases?: string[];
  domains?: string[];
  host?: string;
  port?: number | string;
  secure?: boolean;
  authMethod?: string;
}

/**
 * Entries nodemailer's list lacks, with where the values were seen (checked 2026-11):
 * - Daum: smtp.daum.net 465 SSL; "IMAP/SMTP 사용" must be switched on in the mail settings, and with
 *   2-step verification an issued app password is needed (https://docs.channel.io/campaignus/ko/articles/...-de33ee9c,
 *   and Korean developer write-ups).
 * - Kakao Mail: smtp.kakao.com 465 SSL (seen in public client code, e.g. github.com/bedro96/email-send-mcp).
 * - Brevo: smtp-relay.brevo.com 587 STARTTLS (nodemailer still lists the Sendinblue host).
 * - Outlook.com: smtp-mail.outlook.com 587 STARTTLS (Microsoft's "POP, IMAP, and SMTP settings for Outlook.com").
 */
const OWN: Preset[] = [
  { name: 'Daum', aliases: ['Hanmail', '다음'], description: 'Daum Mail (Kakao)', host: 'smtp.daum.net', port: 465, security: 'tls', domains: ['daum.net', 'hanmail.net'], kb: 'daum', origin: 'smtp-doctor' },
  { name: 'Kakao', aliases: ['KakaoMail', '카카오'], description: 'Kakao Mail', host: 'smtp.kakao.com', port: 465, security: 'tls', domains: ['kakao.com'], kb: 'daum', origin: 'smtp-doctor' },
  { name: 'Brevo', aliases: ['Sendinblue-new'], description: 'Brevo (formerly Sendinblue)', host: 'smtp-relay.brevo.com', port: 587, security: 'starttls', domains: [], kb: 'brevo', origin: 'smtp-doctor' },
  { name: 'Outlook', aliases: ['Outlook.com', 'Live'], description: 'Outlook.com / Hotmail (personal Microsoft accounts)', host: 'smtp-mail.outlook.com', port: 587, security: 'starttls', domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'], kb: 'microsoft', origin: 'smtp-doctor' },
];

/** nodemailer service name -> knowledge-base provider id. */
const KB_OF: Array<[RegExp, string]> = [
  [/^gmail/i, 'gmail'],
  [/^(outlook365|hotmail)$/i, 'microsoft'],
  [/^ses/i, 'ses'],
  [/^sendgrid$/i, 'sendgrid'],
  [/^mailgun$/i, 'mailgun'],
  [/^postmark$/i, 'postmark'],
  [/^sendinblue$/i, 'brevo'],
  [/^zoho$/i, 'zoho'],
  [/^(yahoo|aol)$/i, 'yahoo'],
  [/^icloud$/i, 'icloud'],
  [/^naver$/i, 'naver'],
  [/^(qq|qqex)$/i, 'qq'],
  [/^(126|163)$/i, 'netease'],
];

let cache: Preset[] | undefined;

/** nodemailer's well-known services plus smtp-doctor's own entries, own entries first. */
export function presets(): Preset[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const services = require('nodemailer/lib/well-known/services.json') as Record<string, WellKnown>;
  const fromNodemailer: Preset[] = [];
  for (const [name, s] of Object.entries(services)) {
    if (!s.host) continue;
    const port = Number(s.port ?? (s.secure ? 465 : 587));
    const p: Preset = {
      name,
      aliases: s.aliases ?? [],
      description: s.description ?? name,
      host: s.host,
      port,
      security: s.secure ? 'tls' : port === 465 ? 'tls' : 'starttls',
      domains: s.domains ?? [],
      origin: 'nodemailer',
    };
    if (s.authMethod) p.authMethod = s.authMethod;
    const kb = KB_OF.find(([re]) => re.test(name))?.[1];
    if (kb) p.kb = kb;
    fromNodemailer.push(p);
  }
  const ownNames = new Set(OWN.map((o) => o.name.toLowerCase()));
  cache = [...OWN, ...fromNodemailer.filter((p) => !ownNames.has(p.name.toLowerCase()))];
  return cache;
}

/** By name, alias, or an e-mail address / domain the service hosts. */
export function findPreset(key: string): Preset | undefined {
  const k = key.trim().toLowerCase();
  const domain = k.includes('@') ? k.split('@').pop()! : k;
  return (
    presets().find((p) => p.name.toLowerCase() === k || p.aliases.some((a) => a.toLowerCase() === k)) ??
    presets().find((p) => p.domains.includes(domain))
  );
}

/** Closest names, for "did you mean". */
export function suggestPresets(key: string, n = 3): string[] {
  const k = key.toLowerCase();
  const dist = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  return presets()
    .map((p) => ({ name: p.name, d: Math.min(dist(k, p.name.toLowerCase()), ...p.aliases.map((a) => dist(k, a.toLowerCase()))) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map((x) => x.name);
}
