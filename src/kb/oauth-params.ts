import type { Facts } from '../core/types.js';
import { factText as str } from './lines.js';

const seconds = (v: Facts[string] | undefined): string => (typeof v === 'number' ? `${v} s` : '');

/** Diagnosis parameters from the facts of the `oauth` and AUTH steps (never a token). */
export function oauthParams(f: Facts): Record<string, string | number> {
  const challenge = f.challenge && typeof f.challenge === 'object' && !Array.isArray(f.challenge) ? f.challenge : {};
  return {
    endpoint: str(f.endpoint),
    oauthError: str(f.error) || str(f.detail),
    oauthDescription: str(f.errorDescription) || '-',
    scope: str(f.scopeAsked) || str(f.scope) || '-',
    tokenUser: str(f.tokenUser),
    secondsAgo: seconds(f.tokenExpiredSecondsAgo),
    fetchedSecondsAgo: seconds(f.tokenFetchedSecondsAgo),
    expectedScopes: str(f.expectedScopes) || '-',
    expectedAudience: str(f.expectedAudience) || '-',
    challenge: str(challenge.status) || '-',
  };
}
