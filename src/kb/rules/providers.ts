import type { Rule } from '../rule-types.js';
import { GOOGLE_RULES } from './providers/google.js';
import { MICROSOFT_RULES } from './providers/microsoft.js';
import { TRANSACTIONAL_RULES } from './providers/transactional.js';
import { MAILBOX_RULES } from './providers/mailboxes.js';
import { SELFHOSTED_RULES } from './providers/selfhosted.js';

/**
 * Provider-aware rules: what a reply means at one provider and what to change there.
 *
 * A rule names `provider` when the words alone are ambiguous (a bare "535 Authentication
 * Failed" means different things at Zoho, Postmark and QQ). Rules without `provider` match
 * wording only one product writes (Exchange's "SendAsDenied", Exim's "Sender verify failed"),
 * so they also work on pasted text where no host is known.
 *
 * Sources were checked in 2026-11; provider advice (dates, console paths) may go stale.
 */

export const PROVIDERS_RULES: Rule[] = [
  ...GOOGLE_RULES,
  ...MICROSOFT_RULES,
  ...TRANSACTIONAL_RULES,
  ...MAILBOX_RULES,
  ...SELFHOSTED_RULES,
];
