import type { Rule } from '../rule-types.js';
import { CONNECT_RULES } from './core/connect.js';
import { PROXY_RULES } from './core/proxy.js';
import { TLS_RULES } from './core/tls.js';
import { WORDINGS_RULES } from './core/wordings.js';
import { AUTH_RULES } from './core/auth.js';
import { SEND_RULES } from './core/send.js';
import { FALLBACK_RULES } from './core/fallbacks.js';

/**
 * The core rules. Matching picks, among the rules whose conditions all hold, the strongest
 * precedence tier (see ../match.ts); order only breaks ties within a tier. Add a rule here with
 * at least one example, and its messages in src/i18n/en and src/i18n/ko.
 */
export const CORE_RULES: Rule[] = [
  ...CONNECT_RULES,
  ...PROXY_RULES,
  ...TLS_RULES,
  ...WORDINGS_RULES,
  ...AUTH_RULES,
  ...SEND_RULES,
  ...FALLBACK_RULES,
];
