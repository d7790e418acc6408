/**
 * The `oauth` step: run the refresh grant (before DNS) when the user asked smtp-doctor to get
 * the access token itself. Facts never hold the token: endpoint, scope granted, expires_in,
 * fetchedAt. Failures carry a reason the knowledge base reads (src/kb/rules/core/oauth.ts).
 */
import type { Context } from '../core/context.js';
import type { CheckOptions } from '../core/options.js';
import type { Facts, Failure, Reason, StepResult } from '../core/types.js';
import { StepClock } from '../steps/step.js';
import type { OAuthGrant } from './auth-step.js';
import { refreshAccessToken } from './refresh.js';
import { bypassed, proxyUrlWithoutPassword } from '../proxy/settings.js';
import type { RefreshFailure } from './types.js';

const REASON: Partial<Record<RefreshFailure['reason'], Reason>> = {
  invalid_grant: 'oauth-invalid-grant',
  invalid_client: 'oauth-invalid-client',
  unauthorized_client: 'oauth-unauthorized-client',
  invalid_scope: 'oauth-invalid-scope',
  network: 'oauth-endpoint-unreachable',
  timeout: 'oauth-endpoint-unreachable',
};

/** Microsoft's AADSTS codes for a tenant that does not exist or cannot be used with this app. */
const WRONG_TENANT = /\bAADSTS(90002|900023|50128|50059|700016)\b/;

export function tokenFailureReason(f: RefreshFailure): Reason {
  if (f.description && WRONG_TENANT.test(f.description) && f.reason !== 'invalid_client') return 'oauth-wrong-tenant';
  return REASON[f.reason] ?? 'oauth-token-endpoint-failed';
}

/**
 * Where the URL points, without query or user info (the facts never hold a secret), and its host (for
 * NO_PROXY); both empty when it is no URL (refreshAccessToken reports that).
 */
function endpointOf(url: string): { endpoint: string; host: string } {
  try {
    const u = new URL(url);
    return { endpoint: `${u.protocol}//${u.host}${u.pathname}`, host: u.hostname };
  } catch {
    return { endpoint: '', host: '' };
  }
}

export interface TokenStepOutcome {
  result: StepResult;
  grant?: OAuthGrant;
}

export async function oauthTokenStep(
  opts: CheckOptions,
  ctx: Context,
  fetchImpl?: typeof fetch,
): Promise<TokenStepOutcome> {
  const clock = new StepClock(ctx.now);
  const refresh = opts.oauth?.refresh;
  const url = endpointOf(refresh?.tokenUrl ?? '');
  const facts: Facts = { endpoint: url.endpoint };
  const fail = (reason: Reason, more: Partial<Failure> = {}): TokenStepOutcome => ({
    result: clock.done('oauth', 'fail', facts, { failure: { reason, ...more } }),
  });
  if (!refresh) return fail('oauth-token-endpoint-failed');
  if (refresh.scope) facts.scopeAsked = refresh.scope;
  if (!refresh.refreshToken || refresh.refreshToken.length === 0) {
    return fail('missing-token', { code: 'MISSING_CREDENTIALS' });
  }
  // The token endpoint is reached the way the SMTP server is: through the proxy, unless NO_PROXY lists it.
  const proxy = opts.proxy ?? ctx.proxy;
  if (!fetchImpl && proxy && !bypassed(proxy.noProxy, url.host)) {
    const { proxiedFetch } = await import('../proxy/fetch.js');
    fetchImpl = proxiedFetch(ctx, proxy, opts.timeouts.connect) as unknown as typeof fetch;
    facts.proxy = proxyUrlWithoutPassword(proxy);
  }
  const r = await refreshAccessToken({
    tokenUrl: refresh.tokenUrl,
    clientId: refresh.clientId,
    ...(refresh.clientSecret ? { clientSecret: refresh.clientSecret } : {}),
    refreshToken: refresh.refreshToken,
    ...(refresh.scope ? { scope: refresh.scope } : {}),
    timeoutMs: opts.timeouts.connect,
    now: () => ctx.now(),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  if (!r.ok) {
    if (r.status !== undefined) facts.httpStatus = r.status;
    if (r.error) facts.error = r.error;
    if (r.description) facts.errorDescription = r.description;
    if (r.detail) facts.detail = r.detail;
    const failure: Failure = { reason: tokenFailureReason(r), command: 'POST token' };
    if (r.error) failure.code = r.error;
    else if (r.detail && r.reason === 'network') failure.code = r.detail;
    if (r.description) failure.response = r.description;
    return { result: clock.done('oauth', 'fail', facts, { failure }) };
  }
  if (r.scope !== undefined) facts.scope = r.scope;
  if (r.expiresIn !== undefined) facts.expiresIn = r.expiresIn;
  if (r.tokenType) facts.tokenType = r.tokenType;
  facts.fetchedAt = new Date(r.fetchedAt).toISOString();
  return { result: clock.done('oauth', 'pass', facts), grant: { token: r.accessToken, fetchedAt: r.fetchedAt } };
}
