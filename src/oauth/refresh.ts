/**
 * RFC 6749 section 6: exchange a refresh token for an access token. Bounded in time (one
 * deadline for connect, headers and body) and size; never throws; every failure is data.
 * The client secret goes in the request body (client_secret_post), which Google and the
 * Microsoft identity platform both accept.
 */
import { Secret } from '../core/secret.js';
import { visible } from '../core/text.js';
import type { RefreshFailure, RefreshFailureReason, RefreshRequest, RefreshResult } from './types.js';

const DEFAULT_MAX_BYTES = 64 * 1024;
const MAX_TEXT = 500;
const RFC_ERRORS = new Set<RefreshFailureReason>([
  'invalid_grant',
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'invalid_request',
  'unsupported_grant_type',
]);

class TooLarge extends Error {}

async function readBounded(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Escape, mask the request's secrets, bound. */
function clean(s: unknown, secrets: string[]): string | undefined {
  if (typeof s !== 'string' || !s) return undefined;
  let out = s;
  for (const sec of secrets) if (sec.length >= 3) out = out.split(sec).join('********');
  out = visible(out);
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
}

function causeCode(err: unknown): string {
  const e = err as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  return e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? 'unknown';
}

export async function refreshAccessToken(req: RefreshRequest): Promise<RefreshResult> {
  const now = req.now ?? Date.now;
  const start = now();
  const secrets = [req.refreshToken.reveal(), ...(req.clientSecret ? [req.clientSecret.reveal()] : [])];
  const fail = (reason: RefreshFailureReason, extra: Partial<RefreshFailure> = {}): RefreshFailure => ({
    ok: false,
    reason,
    ...extra,
    elapsedMs: now() - start,
  });
  let url: URL;
  try {
    url = new URL(req.tokenUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    return fail('bad_url', { detail: clean(req.tokenUrl, secrets) ?? '' });
  }
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: req.refreshToken.reveal() });
  body.set('client_id', req.clientId);
  if (req.clientSecret) body.set('client_secret', req.clientSecret.reveal());
  if (req.scope && req.scope.trim()) body.set('scope', req.scope.trim());

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const doFetch = req.fetch ?? fetch;
  let status: number;
  let text: string;
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      signal: controller.signal,
      redirect: 'error',
    });
    status = res.status;
    text = await readBounded(res, req.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (err) {
    if (err instanceof TooLarge) return fail('too_large', { detail: `> ${req.maxBytes ?? DEFAULT_MAX_BYTES} bytes` });
    if (timedOut) return fail('timeout', { detail: `${req.timeoutMs} ms` });
    return fail('network', { detail: clean(causeCode(err), secrets) ?? 'unknown' });
  } finally {
    clearTimeout(timer);
  }

  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const ok = status >= 200 && status < 300;
  if (!json) {
    const snippet = clean(text.slice(0, 200), secrets);
    return fail(ok ? 'not_json' : 'http', { status, ...(snippet ? { detail: snippet } : {}) });
  }
  if (typeof json.error === 'string' && json.error) {
    const code = json.error as RefreshFailureReason;
    const description = clean(json.error_description, secrets);
    const errorUri = clean(json.error_uri, secrets);
    return fail(RFC_ERRORS.has(code) ? code : 'oauth_error', {
      status,
      error: clean(json.error, secrets) ?? '',
      ...(description ? { description } : {}),
      ...(errorUri ? { errorUri } : {}),
    });
  }
  if (!ok) return fail('http', { status });
  if (typeof json.access_token !== 'string' || !json.access_token) return fail('no_access_token', { status });
  const expiresIn = Number(json.expires_in);
  return {
    ok: true,
    accessToken: new Secret(json.access_token),
    ...(json.expires_in !== undefined && Number.isFinite(expiresIn) ? { expiresIn } : {}),
    ...(typeof json.scope === 'string' ? { scope: visible(json.scope) } : {}),
    ...(typeof json.token_type === 'string' ? { tokenType: visible(json.token_type) } : {}),
    ...(typeof json.refresh_token === 'string' && json.refresh_token
      ? { refreshToken: new Secret(json.refresh_token) }
      : {}),
    fetchedAt: now(),
    status,
    elapsedMs: now() - start,
  };
}
