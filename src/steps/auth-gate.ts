import type { Facts, Msg, Reason } from '../core/types.js';

/**
 * What every login (password or OAuth token) checks before it sends a credential: a port that takes no logins
 * at all (no AUTH, and no STARTTLS that could bring it) is not an encryption problem; a credential never goes in
 * clear unless --allow-plaintext-auth. Returns the failure reason, or the warnings to carry on with.
 */
export function authGate(
  g: { offered: readonly string[]; secure: boolean; starttlsOffered: boolean; allowPlaintextAuth: boolean },
  facts: Facts,
): { refuse: Reason } | { warnings: Msg[] } {
  if (!g.offered.length && (g.secure || !g.starttlsOffered)) {
    facts.starttlsOffered = g.starttlsOffered;
    return { refuse: 'auth-not-offered' };
  }
  if (g.secure) return { warnings: [] };
  facts.starttlsOffered = g.starttlsOffered;
  if (!g.allowPlaintextAuth) return { refuse: 'plaintext-auth-refused' };
  return { warnings: [{ key: 'warn.plaintext-auth' }] };
}
