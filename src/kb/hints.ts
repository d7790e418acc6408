import type { CategoryId, Msg } from '../core/types.js';

/** Provider-specific advice, keyed by provider and category. Message keys live in the catalogs. */
const HINTS: Array<{ provider: string; categories: CategoryId[]; key: string }> = [
  { provider: 'gmail', categories: ['WRONG_CREDENTIALS', 'APP_PASSWORD_REQUIRED'], key: 'hint.gmail.app-password' },
  { provider: 'microsoft', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.microsoft.smtp-auth' },
  { provider: 'sendgrid', categories: ['WRONG_CREDENTIALS'], key: 'hint.sendgrid.apikey' },
  { provider: 'ses', categories: ['WRONG_CREDENTIALS'], key: 'hint.ses.smtp-credentials' },
  { provider: 'naver', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.naver.enable-smtp' },
  { provider: 'daum', categories: ['WRONG_CREDENTIALS', 'AUTH_DISABLED_BY_PROVIDER'], key: 'hint.daum.enable-smtp' },
];

export function providerHints(provider: string, category: CategoryId, params: Record<string, string | number>): Msg[] {
  return HINTS.filter((h) => h.provider === provider && h.categories.includes(category)).map((h) => ({ key: h.key, params }));
}

export const HINT_KEYS = HINTS.map((h) => h.key);
