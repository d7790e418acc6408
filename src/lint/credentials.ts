import type { CheckOptions } from '../core/options.js';
import type { CategoryId, Msg } from '../core/types.js';
import { detectProvider } from '../kb/providers.js';
import { findPreset } from '../presets/presets.js';

export interface Lint {
  id: string;
  severity: 'error' | 'warning';
  field: 'host' | 'port' | 'user' | 'password' | 'security';
  msg: Msg;
  /** The diagnosis category this lint predicts, when it predicts one. */
  category?: CategoryId;
}

/** Gmail shows app passwords as four groups of four letters. */
const SPACED_APP_PASSWORD = /^[a-z]{4}( [a-z]{4}){3}$/i;
/** IAM secret access keys: 40 characters of base64. SES SMTP passwords are 44 and start with "B". */
const IAM_SECRET = /^[A-Za-z0-9/+]{40}$/;
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
/** Providers whose SMTP user name is the full e-mail address. */
const FULL_ADDRESS_PROVIDERS = new Set(['gmail', 'microsoft', 'yahoo', 'icloud', 'zoho']);

/**
 * Look at what was given before anything is sent: shapes that are known to fail.
 * Each lint names the fix. They are hypotheses; the check still runs and confirms.
 */
export function lintSettings(o: CheckOptions): Lint[] {
  const lints: Lint[] = [];
  const add = (l: Lint): void => void lints.push(l);
  const provider = detectProvider({ host: o.host }) ?? (o.provider ? findPreset(o.provider)?.kb : undefined);
  const pw = o.password?.reveal();

  // Missing or mangled secrets
  // An OAuth login has no password: its token is checked at the `oauth` and AUTH steps.
  if (o.user !== undefined && !pw && !o.oauth) {
    add({
      id: 'missing-password',
      severity: 'error',
      field: 'password',
      category: 'MISSING_CREDENTIALS',
      msg: o.passwordEnv ? { key: 'lint.password-env-empty', params: { name: o.passwordEnv } } : { key: 'lint.password-empty' },
    });
  }
  if (pw !== undefined) {
    if (/[\r\n]/.test(pw)) add({ id: 'password-newline', severity: 'error', field: 'password', msg: { key: 'lint.password-newline' } });
    else if (pw !== pw.trim()) add({ id: 'password-whitespace', severity: 'warning', field: 'password', msg: { key: 'lint.password-whitespace' } });
    if (SPACED_APP_PASSWORD.test(pw)) add({ id: 'app-password-spaces', severity: 'warning', field: 'password', msg: { key: 'lint.app-password-spaces' } });
  }
  if (o.user !== undefined && o.user !== o.user.trim()) add({ id: 'user-whitespace', severity: 'warning', field: 'user', msg: { key: 'lint.user-whitespace' } });

  // Provider-specific shapes
  if (provider === 'ses' && pw && IAM_SECRET.test(pw)) {
    add({ id: 'ses-iam-secret', severity: 'error', field: 'password', category: 'WRONG_CREDENTIALS', msg: { key: 'lint.ses-iam-secret' } });
  }
  if (provider === 'ses' && o.user && !ACCESS_KEY_ID.test(o.user.trim())) {
    add({ id: 'ses-user-shape', severity: 'warning', field: 'user', category: 'WRONG_CREDENTIALS', msg: { key: 'lint.ses-user-shape' } });
  }
  if (provider === 'sendgrid' && o.user !== undefined && o.user.trim() !== 'apikey') {
    add({ id: 'sendgrid-user', severity: 'error', field: 'user', category: 'WRONG_CREDENTIALS', msg: { key: 'lint.sendgrid-user', params: { user: o.user } } });
  }
  if (provider === 'sendgrid' && pw && !pw.startsWith('SG.')) {
    add({ id: 'sendgrid-key', severity: 'warning', field: 'password', category: 'WRONG_CREDENTIALS', msg: { key: 'lint.sendgrid-key' } });
  }
  if (provider && FULL_ADDRESS_PROVIDERS.has(provider) && o.user !== undefined && !o.user.includes('@')) {
    add({ id: 'user-without-domain', severity: 'warning', field: 'user', category: 'WRONG_CREDENTIALS', msg: { key: 'lint.user-without-domain', params: { user: o.user } } });
  }

  // A mail domain where a server name belongs (gmail.com instead of smtp.gmail.com)
  const byDomain = findPreset(`x@${o.host.toLowerCase()}`);
  if (byDomain && byDomain.host.toLowerCase() !== o.host.toLowerCase()) {
    add({ id: 'bare-domain-host', severity: 'warning', field: 'host', category: 'DNS_FAILURE', msg: { key: 'lint.bare-domain-host', params: { host: o.host, suggestion: byDomain.host, port: byDomain.port } } });
  }
  return lints;
}
