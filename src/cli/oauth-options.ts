/**
 * The OAuth 2.0 flags of `check`: an access token (env, file, stdin, masked prompt; never on
 * argv) or a refresh grant smtp-doctor runs itself, with the provider's defaults. Bad
 * combinations are usage errors (exit 2).
 */
import { UsageError } from '../core/errors.js';
import { isOAuthMethod, type OAuthOptions, type OAuthRefresh, type PasswordSource } from '../core/options.js';
import { readFailure, readFileBounded } from '../core/read.js';
import { Secret } from '../core/secret.js';
import { detectProvider } from '../kb/providers.js';
import { defaultTenant, oauthProvider, tokenUrlFor } from '../oauth/providers.js';
import type { Preset } from '../presets/presets.js';
import { resolvePassword, type PasswordIo } from './password.js';

export interface OAuthFlags {
  user?: string;
  host?: string;
  authMethod?: string;
  passwordEnv?: string;
  passwordFile?: string;
  passwordStdin?: boolean;
  password?: string;
  oauth2TokenEnv?: string;
  oauth2TokenFile?: string;
  oauth2TokenStdin?: boolean;
  oauth2TokenUrl?: string;
  oauth2Tenant?: string;
  oauth2ClientId?: string;
  oauth2ClientSecretEnv?: string;
  oauth2ClientSecretFile?: string;
  oauth2RefreshTokenEnv?: string;
  oauth2RefreshTokenFile?: string;
  oauth2Scope?: string;
}

const MAX_SECRET_BYTES = 64 * 1024;
const TENANT = /^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/;

/** A secret from an environment variable or a file (one trailing newline dropped); undefined when unset. */
async function secretFrom(env: NodeJS.ProcessEnv, name: string | undefined, file: string | undefined, flag: string) {
  if (name !== undefined && file !== undefined) throw new UsageError('err.oauth2-one-source', { flag });
  if (name !== undefined) return env[name] ? new Secret(env[name]!) : undefined;
  if (file === undefined) return undefined;
  try {
    const v = (await readFileBounded(file, MAX_SECRET_BYTES)).replace(/\r?\n$/, '');
    return v ? new Secret(v) : undefined;
  } catch (err) {
    throw new UsageError('err.oauth2-file', { path: file, reason: readFailure(err) });
  }
}

const refreshAsked = (f: OAuthFlags): boolean =>
  [f.oauth2TokenUrl, f.oauth2Tenant, f.oauth2ClientId, f.oauth2ClientSecretEnv, f.oauth2ClientSecretFile,
    f.oauth2RefreshTokenEnv, f.oauth2RefreshTokenFile, f.oauth2Scope].some((v) => v !== undefined);

const tokenAsked = (f: OAuthFlags): boolean =>
  f.oauth2TokenEnv !== undefined || f.oauth2TokenFile !== undefined || f.oauth2TokenStdin === true;

const passwordAsked = (f: OAuthFlags): boolean =>
  f.passwordEnv !== undefined || f.passwordFile !== undefined || f.passwordStdin === true || f.password !== undefined;

async function resolveRefresh(f: OAuthFlags, io: PasswordIo, preset: Preset | undefined): Promise<OAuthRefresh> {
  if (f.oauth2ClientId === undefined || !f.oauth2ClientId.trim()) throw new UsageError('err.oauth2-needs-client-id');
  if (f.oauth2RefreshTokenEnv === undefined && f.oauth2RefreshTokenFile === undefined) {
    throw new UsageError('err.oauth2-needs-refresh-token');
  }
  if (f.oauth2Tenant !== undefined && !TENANT.test(f.oauth2Tenant)) {
    throw new UsageError('err.oauth2-bad-tenant', { value: f.oauth2Tenant });
  }
  const provider = preset?.kb ?? detectProvider({ host: f.host ?? preset?.host ?? '' });
  const defaults = oauthProvider(provider);
  const tenant = f.oauth2Tenant ?? (defaults?.id === 'microsoft' ? defaultTenant(preset?.name) : undefined);
  const tokenUrl = f.oauth2TokenUrl ?? tokenUrlFor(defaults?.id, tenant);
  if (!tokenUrl) throw new UsageError('err.oauth2-needs-token-url');
  if (!/^https?:\/\/[^\s]+$/i.test(tokenUrl)) throw new UsageError('err.oauth2-bad-token-url', { value: tokenUrl });
  const refreshToken = await secretFrom(io.env, f.oauth2RefreshTokenEnv, f.oauth2RefreshTokenFile, 'refresh token');
  const clientSecret = await secretFrom(io.env, f.oauth2ClientSecretEnv, f.oauth2ClientSecretFile, 'client secret');
  const scope = f.oauth2Scope ?? defaults?.scope;
  const r: OAuthRefresh = { tokenUrl, clientId: f.oauth2ClientId.trim() };
  if (refreshToken) r.refreshToken = refreshToken;
  if (clientSecret) r.clientSecret = clientSecret;
  if (scope) r.scope = scope;
  if (defaults) r.provider = defaults.id;
  if (f.oauth2RefreshTokenEnv !== undefined) r.refreshTokenEnv = f.oauth2RefreshTokenEnv;
  if (f.oauth2ClientSecretEnv !== undefined) r.clientSecretEnv = f.oauth2ClientSecretEnv;
  return r;
}

/** The OAuth options, or undefined when no OAuth flag was given (a password login). */
export async function resolveOAuth(f: OAuthFlags, io: PasswordIo, preset?: Preset): Promise<OAuthOptions | undefined> {
  const method = f.authMethod?.toUpperCase();
  const viaMethod = isOAuthMethod(method);
  const token = tokenAsked(f);
  const refresh = refreshAsked(f);
  if (!token && !refresh && !viaMethod) return undefined;
  if (passwordAsked(f)) throw new UsageError('err.oauth2-and-password');
  if (method !== undefined && !viaMethod) throw new UsageError('err.oauth2-method', { value: f.authMethod ?? '' });
  if (f.user === undefined) throw new UsageError('err.oauth2-needs-user');
  if (token && refresh) throw new UsageError('err.oauth2-token-and-refresh');
  if (refresh) return { tokenSource: 'none', refresh: await resolveRefresh(f, io, preset) };
  const sources = [f.oauth2TokenEnv !== undefined, f.oauth2TokenFile !== undefined, f.oauth2TokenStdin === true];
  if (sources.filter(Boolean).length > 1) throw new UsageError('err.oauth2-several-token-sources');
  // The password's own reader does the rest (env, file, stdin, masked prompt), as for a password.
  const pw = await resolvePassword(
    {
      user: f.user,
      ...(f.oauth2TokenEnv !== undefined ? { passwordEnv: f.oauth2TokenEnv } : {}),
      ...(f.oauth2TokenFile !== undefined ? { passwordFile: f.oauth2TokenFile } : {}),
      ...(f.oauth2TokenStdin ? { passwordStdin: true } : {}),
    },
    io,
  ).catch((err: unknown) => {
    const none = err instanceof UsageError && err.msg.key === 'err.no-password-source';
    throw none ? new UsageError('err.oauth2-no-token-source') : err;
  });
  const o: OAuthOptions = { tokenSource: pw.source as PasswordSource };
  if (pw.password) o.token = pw.password;
  if (pw.envName) o.tokenEnv = pw.envName;
  return o;
}
