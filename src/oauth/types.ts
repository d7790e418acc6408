import type { Secret } from '../core/secret.js';

/** Why a refresh grant failed: RFC 6749 section 5.2 error codes, then everything around them. */
export type RefreshFailureReason =
  | 'invalid_grant'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'invalid_scope'
  | 'invalid_request'
  | 'unsupported_grant_type'
  /** an `error` code outside RFC 6749 section 5.2 (kept in `error`) */
  | 'oauth_error'
  /** an HTTP error status without an OAuth error body */
  | 'http'
  | 'network'
  | 'timeout'
  /** the answer was not a JSON object */
  | 'not_json'
  /** the answer was bigger than the size bound */
  | 'too_large'
  /** a 2xx JSON answer without an access_token */
  | 'no_access_token'
  /** the token URL is not an http(s) URL */
  | 'bad_url';

export interface RefreshRequest {
  tokenUrl: string;
  clientId: string;
  clientSecret?: Secret;
  refreshToken: Secret;
  /** space-separated scopes; omitted from the request when undefined or empty */
  scope?: string;
  timeoutMs: number;
  /** injectable for tests; default the global fetch */
  fetch?: typeof fetch;
  /** response size bound in bytes; default 64 KiB */
  maxBytes?: number;
  /** milliseconds clock; default Date.now */
  now?: () => number;
}

export interface RefreshSuccess {
  ok: true;
  accessToken: Secret;
  /** seconds, as the endpoint said (`expires_in`) */
  expiresIn?: number;
  /** the scope granted (`scope`), when the endpoint said */
  scope?: string;
  tokenType?: string;
  /** a rotated refresh token, when the endpoint issued one */
  refreshToken?: Secret;
  /** when the answer arrived (ms since the epoch) */
  fetchedAt: number;
  /** HTTP status */
  status: number;
  elapsedMs: number;
}

export interface RefreshFailure {
  ok: false;
  reason: RefreshFailureReason;
  /** HTTP status, when an answer came */
  status?: number;
  /** the endpoint's `error` code, escaped */
  error?: string;
  /** the endpoint's `error_description`, escaped, secrets masked, bounded */
  description?: string;
  /** the endpoint's `error_uri`, escaped */
  errorUri?: string;
  /** network error code (ECONNREFUSED ...) or a short technical detail, escaped */
  detail?: string;
  elapsedMs: number;
}

export type RefreshResult = RefreshSuccess | RefreshFailure;
