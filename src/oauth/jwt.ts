/**
 * Read a JWT's claims WITHOUT verifying its signature (smtp-doctor cannot, and need not: the
 * claims only narrow down why a server refused a token), and turn them into findings.
 */
import { visible } from '../core/text.js';

const MAX_TOKEN = 16 * 1024;
const MAX_CLAIM = 300;

export interface JwtClaims {
  exp?: number;
  nbf?: number;
  iat?: number;
  iss?: string;
  /** `aud`, always a list */
  aud: string[];
  /** scopes from `scp` / `scope` (space-separated) */
  scopes: string[];
  /** app roles (`roles`), e.g. SMTP.SendAsApp */
  roles: string[];
  /** upn / preferred_username / email / unique_name, first present */
  user?: string;
  /** tenant id (`tid`) */
  tid?: string;
  /** client application (`appid` / `azp`) */
  appId?: string;
}

function b64urlJson(part: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? visible(v).slice(0, MAX_CLAIM) : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .slice(0, 50)
    .map((x) => visible(x).slice(0, MAX_CLAIM));
const words = (v: unknown): string[] => (typeof v === 'string' ? list(v.split(/\s+/).filter(Boolean)) : list(v));

/** The payload of a JWT (header.payload.signature), or undefined when `token` is not one. */
export function jwtClaims(token: string): JwtClaims | undefined {
  if (typeof token !== 'string' || token.length > MAX_TOKEN) return undefined;
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return undefined;
  const header = b64urlJson(parts[0]);
  const p = b64urlJson(parts[1]);
  if (!header || !p) return undefined;
  const claims: JwtClaims = { aud: list(p.aud), scopes: [...words(p.scp), ...words(p.scope)], roles: list(p.roles) };
  const set = <K extends keyof JwtClaims>(k: K, v: JwtClaims[K] | undefined): void => {
    if (v !== undefined) claims[k] = v;
  };
  set('exp', num(p.exp));
  set('nbf', num(p.nbf));
  set('iat', num(p.iat));
  set('iss', str(p.iss));
  set('user', str(p.upn) ?? str(p.preferred_username) ?? str(p.email) ?? str(p.unique_name));
  set('tid', str(p.tid));
  set('appId', str(p.appid) ?? str(p.azp));
  return claims;
}

export type TokenFinding =
  /** exp is in the past */
  | { kind: 'expired'; secondsAgo: number }
  /** exp is in the past although the token was fetched moments ago: this machine's clock is off */
  | { kind: 'clock-skew'; secondsAgo: number; fetchedSecondsAgo: number }
  | { kind: 'not-yet-valid'; secondsAhead: number }
  | { kind: 'wrong-audience'; audience: string[]; expected: string[] }
  | { kind: 'missing-scope'; scopes: string[]; expected: string[] }
  | { kind: 'wrong-user'; tokenUser: string; user: string };

export interface FindingOptions {
  /** ms since the epoch */
  now: number;
  /** the login name (--user) */
  user?: string;
  /** audiences the mail service accepts (any one) */
  expectedAudience?: string[];
  /** scopes that allow SMTP (any one); matched also by their last path segment */
  expectedScopes?: string[];
  /** when the token was fetched (ms since the epoch), if smtp-doctor fetched it */
  fetchedAt?: number;
  /** clock leeway in seconds; default 60 */
  leewaySeconds?: number;
}

/** A fetch this recent (seconds) cannot have produced an expired token. */
const FRESH_SECONDS = 300;

function scopeMatches(have: string, want: string): boolean {
  const h = have.toLowerCase();
  const w = want.toLowerCase();
  return h === w || w.endsWith(`/${h}`) || h.endsWith(`/${w}`);
}

const bare = (s: string): string => s.replace(/\/+$/, '').toLowerCase();
const sameAudience = (a: string, b: string): boolean => bare(a) === bare(b);

export function tokenFindings(claims: JwtClaims, o: FindingOptions): TokenFinding[] {
  const out: TokenFinding[] = [];
  const nowS = o.now / 1000;
  const leeway = o.leewaySeconds ?? 60;
  if (claims.exp !== undefined && claims.exp <= nowS) {
    const secondsAgo = Math.round(nowS - claims.exp);
    const fetchedSecondsAgo = o.fetchedAt !== undefined ? Math.round((o.now - o.fetchedAt) / 1000) : undefined;
    if (fetchedSecondsAgo !== undefined && fetchedSecondsAgo >= 0 && fetchedSecondsAgo < FRESH_SECONDS) {
      out.push({ kind: 'clock-skew', secondsAgo, fetchedSecondsAgo });
    } else out.push({ kind: 'expired', secondsAgo });
  }
  if (claims.nbf !== undefined && claims.nbf > nowS + leeway) {
    out.push({ kind: 'not-yet-valid', secondsAhead: Math.round(claims.nbf - nowS) });
  }
  const expectedAud = o.expectedAudience ?? [];
  if (expectedAud.length && claims.aud.length && !claims.aud.some((a) => expectedAud.some((e) => sameAudience(a, e)))) {
    out.push({ kind: 'wrong-audience', audience: claims.aud, expected: expectedAud });
  }
  const expectedScopes = o.expectedScopes ?? [];
  const granted = [...claims.scopes, ...claims.roles];
  if (expectedScopes.length && !granted.some((g) => expectedScopes.some((e) => scopeMatches(g, e)))) {
    out.push({ kind: 'missing-scope', scopes: granted, expected: expectedScopes });
  }
  if (o.user && claims.user && claims.user.toLowerCase() !== o.user.trim().toLowerCase()) {
    out.push({ kind: 'wrong-user', tokenUser: claims.user, user: o.user });
  }
  return out;
}
