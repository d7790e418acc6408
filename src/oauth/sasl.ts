/**
 * The two OAuth 2.0 SASL mechanisms for SMTP AUTH, and the error challenge a server sends
 * (as a 334 reply) when it refuses a token.
 *   XOAUTH2      Google's: base64("user=U\x01auth=Bearer T\x01\x01")
 *   OAUTHBEARER  RFC 7628: base64("n,a=U,\x01host=H\x01port=P\x01auth=Bearer T\x01\x01")
 * After an error challenge the client must answer (XOAUTH2: an empty line; OAUTHBEARER:
 * "AQ==", a single \x01, RFC 7628 section 3.2.3) and the server then ends with its 5xx.
 */
import type { Secret } from '../core/secret.js';
import { visible } from '../core/text.js';

export type OAuthMechanism = 'XOAUTH2' | 'OAUTHBEARER';

const reveal = (t: Secret | string): string => (typeof t === 'string' ? t : t.reveal());

/** RFC 5801 saslname: "," and "=" in the authorization identity are escaped as =2C and =3D. */
function saslname(s: string): string {
  return s.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

export function xoauth2Blob(user: string, token: Secret | string): string {
  return `user=${user}\x01auth=Bearer ${reveal(token)}\x01\x01`;
}

export function oauthbearerBlob(user: string, token: Secret | string, host: string, port: number): string {
  return `n,a=${saslname(user)},\x01host=${host}\x01port=${port}\x01auth=Bearer ${reveal(token)}\x01\x01`;
}

export function saslBlob(
  mech: OAuthMechanism,
  user: string,
  token: Secret | string,
  host: string,
  port: number,
): string {
  return mech === 'XOAUTH2' ? xoauth2Blob(user, token) : oauthbearerBlob(user, token, host, port);
}

/** The client's answer to an error challenge, already base64 ('' is an empty line). */
export function challengeResponse(mech: OAuthMechanism): string {
  return mech === 'OAUTHBEARER' ? 'AQ==' : '';
}

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/**
 * What a challenge means, as far as its status says:
 *   invalid-token       401 / invalid_token: expired, revoked, for another user, or wrong audience
 *   insufficient-scope  403 / insufficient_scope
 *   bad-request         400 / invalid_request (Gmail sends 400 for a token it cannot use for this user)
 *   other               a status this table does not know
 *   none                no status at all
 */
export type ChallengeMeaning = 'invalid-token' | 'insufficient-scope' | 'bad-request' | 'other' | 'none';

export type DecodedChallenge =
  | {
      kind: 'json';
      meaning: ChallengeMeaning;
      status?: string;
      schemes?: string;
      scope?: string;
      openidConfiguration?: string;
      /** the decoded JSON, escaped and bounded (for display) */
      text: string;
    }
  /** 334 with nothing after it */
  | { kind: 'empty' }
  /** base64 of something that is not a JSON object (escaped, bounded) */
  | { kind: 'not-json'; text: string }
  | { kind: 'not-base64'; text: string };

const MAX_CHALLENGE = 4096;
const MAX_FIELD = 300;

function meaningOf(status: string | undefined): ChallengeMeaning {
  if (status === undefined) return 'none';
  const s = status.trim().toLowerCase();
  if (s === '401' || s === 'invalid_token') return 'invalid-token';
  if (s === '403' || s === 'insufficient_scope') return 'insufficient-scope';
  if (s === '400' || s === 'invalid_request') return 'bad-request';
  return 'other';
}

const field = (v: unknown): string | undefined =>
  typeof v === 'string' ? visible(v).slice(0, MAX_FIELD) : typeof v === 'number' ? String(v) : undefined;

/** Decode the text of a 334 error challenge (the part after "334 "). Never throws. */
export function decodeChallenge(base64: string): DecodedChallenge {
  const raw = (base64 ?? '').trim().slice(0, MAX_CHALLENGE);
  if (!raw) return { kind: 'empty' };
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) return { kind: 'not-base64', text: visible(raw).slice(0, MAX_FIELD) };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  const text = visible(decoded).slice(0, MAX_CHALLENGE);
  let json: unknown;
  try {
    json = JSON.parse(decoded);
  } catch {
    return { kind: 'not-json', text: text.slice(0, MAX_FIELD) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'not-json', text: text.slice(0, MAX_FIELD) };
  }
  const o = json as Record<string, unknown>;
  const status = field(o.status);
  const schemes = field(o.schemes);
  const scope = field(o.scope);
  const openid = field(o['openid-configuration']);
  return {
    kind: 'json',
    meaning: meaningOf(status),
    ...(status !== undefined ? { status } : {}),
    ...(schemes !== undefined ? { schemes } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(openid !== undefined ? { openidConfiguration: openid } : {}),
    text,
  };
}
