import type { CategoryId, Msg } from '../core/types.js';

/**
 * Provider-specific advice, keyed by provider and category. Message keys live in the catalogs
 * (hint.* of the core part, and the newer ones in the providers part). A diagnosis gets every
 * hint whose provider and category match, in this order.
 */
const HINTS: Array<{ provider: string; categories: CategoryId[]; key: string }> = [
  // Gmail / Google Workspace
  { provider: 'gmail', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.gmail.app-password' },
  { provider: 'gmail', categories: ['RELAY_DENIED', 'MISSING_CREDENTIALS'], key: 'hint.gmail.smtp-relay' },
  { provider: 'gmail', categories: ['RATE_LIMITED'], key: 'hint.gmail.sending-limits' },
  { provider: 'gmail', categories: ['MESSAGE_REJECTED_POLICY'], key: 'hint.gmail.sender-guidelines' },
  // Microsoft 365 / Outlook.com
  { provider: 'microsoft', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.microsoft.smtp-auth' },
  { provider: 'microsoft', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER', 'RELAY_DENIED', 'MISSING_CREDENTIALS'], key: 'hint.microsoft.basic-auth-retirement' },
  { provider: 'microsoft', categories: ['SENDER_NOT_AUTHORIZED'], key: 'hint.microsoft.send-as' },
  { provider: 'microsoft', categories: ['RATE_LIMITED'], key: 'hint.microsoft.limits' },
  // SendGrid
  { provider: 'sendgrid', categories: ['WRONG_CREDENTIALS', 'RELAY_DENIED'], key: 'hint.sendgrid.apikey' },
  { provider: 'sendgrid', categories: ['SENDER_NOT_AUTHORIZED'], key: 'hint.sendgrid.sender-identity' },
  // Amazon SES
  { provider: 'ses', categories: ['WRONG_CREDENTIALS'], key: 'hint.ses.smtp-credentials' },
  { provider: 'ses', categories: ['SENDER_NOT_AUTHORIZED', 'RECIPIENT_REJECTED'], key: 'hint.ses.sandbox' },
  { provider: 'ses', categories: ['RATE_LIMITED'], key: 'hint.ses.quotas' },
  // Mailgun
  { provider: 'mailgun', categories: ['WRONG_CREDENTIALS'], key: 'hint.mailgun.smtp-credentials' },
  { provider: 'mailgun', categories: ['RECIPIENT_REJECTED', 'SENDER_NOT_AUTHORIZED'], key: 'hint.mailgun.sandbox' },
  // Postmark
  { provider: 'postmark', categories: ['WRONG_CREDENTIALS'], key: 'hint.postmark.server-token' },
  { provider: 'postmark', categories: ['SENDER_NOT_AUTHORIZED'], key: 'hint.postmark.sender-signature' },
  // Brevo
  { provider: 'brevo', categories: ['WRONG_CREDENTIALS', 'RELAY_DENIED'], key: 'hint.brevo.smtp-key' },
  { provider: 'brevo', categories: ['SENDER_NOT_AUTHORIZED'], key: 'hint.brevo.senders' },
  // Zoho
  { provider: 'zoho', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED', 'SENDER_NOT_AUTHORIZED'], key: 'hint.zoho.account' },
  // Yahoo / AOL
  { provider: 'yahoo', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED'], key: 'hint.yahoo.app-password' },
  // iCloud
  { provider: 'icloud', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED'], key: 'hint.icloud.app-password' },
  // QQ, NetEase
  { provider: 'qq', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.qq.authorization-code' },
  { provider: 'netease', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.netease.authorization-code' },
  // Naver, Daum / Kakao
  { provider: 'naver', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER', 'APP_PASSWORD_REQUIRED'], key: 'hint.naver.enable-smtp' },
  { provider: 'daum', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER', 'APP_PASSWORD_REQUIRED'], key: 'hint.daum.enable-smtp' },
];

export function providerHints(provider: string, category: CategoryId, params: Record<string, string | number>): Msg[] {
  return HINTS.filter((h) => h.provider === provider && h.categories.includes(category)).map((h) => ({ key: h.key, params }));
}

export const HINT_KEYS = [...new Set(HINTS.map((h) => h.key))];

/** For tests and docs: which hint keys a provider gives for a category. */
export function hintKeysFor(provider: string, category: CategoryId): string[] {
  return HINTS.filter((h) => h.provider === provider && h.categories.includes(category)).map((h) => h.key);
}
