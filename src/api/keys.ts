/**
 * The option names each library function knows: an unknown one (a typo such as `securty`) is an
 * OptionsError naming it and the closest known name, never silently ignored.
 */
import { suggest } from '../config/formats/shared.js';
import { UsageError } from '../core/errors.js';

const CONNECTION = ['host', 'port', 'helo', 'tlsServername', 'ca', 'insecure', 'family', 'timeout', 'proxy',
  'proxyPasswordEnv', 'lang', 'env'] as const;
export const CHECK_KEYS: readonly string[] = [...CONNECTION, 'security', 'provider', 'user', 'password', 'oauth2',
  'authMethod', 'from', 'to', 'noData', 'allowPlaintextAuth', 'probe'];
const PROBE_OMITS = new Set(['host', 'security', 'from', 'to', 'noData', 'probe']);
export const PROBE_KEYS: readonly string[] = [...CHECK_KEYS.filter((k) => !PROBE_OMITS.has(k)), 'ports', 'dnsServer'];
export const MX_KEYS: readonly string[] = ['port', 'helo', 'ca', 'timeout', 'lang', 'env', 'proxy', 'proxyPasswordEnv',
  'dnsServer'];
export const OAUTH2_KEYS: readonly string[] = ['token', 'refreshToken', 'clientId', 'clientSecret', 'tokenUrl',
  'tenant', 'scope'];
export const EXPLAIN_KEYS: readonly string[] = ['lang'];

/** Throws a UsageError for the first key of `input` (and of `input.oauth2`) that is not in `known`. */
export function rejectUnknownKeys(input: unknown, known: readonly string[], prefix = ''): void {
  if (input === null || typeof input !== 'object') return;
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) {
      const suggestion = suggest(key, known);
      const name = `${prefix}${key}`;
      throw suggestion
        ? new UsageError('err.api-unknown-option-suggest', { name, suggestion: `${prefix}${suggestion}` })
        : new UsageError('err.api-unknown-option', { name });
    }
  }
  const oauth2 = (input as { oauth2?: unknown }).oauth2;
  if (known.includes('oauth2') && oauth2 !== undefined) rejectUnknownKeys(oauth2, OAUTH2_KEYS, 'oauth2.');
}

/** One value or a list of them (`ca: '/path/ca.pem'` or `ca: ['a.pem', 'b.pem']`) -> a list. */
export function list(v: string | readonly string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'string' ? [v] : [...v];
}
