/**
 * OAuth 2.0 defaults of the providers smtp-doctor knows, keyed by the knowledge-base provider
 * ids (src/kb/providers.ts, and Preset.kb in src/presets).
 */
export interface OAuthProviderDefaults {
  /** knowledge-base provider id */
  id: 'gmail' | 'microsoft';
  /** token endpoint; Microsoft's has a `{tenant}` placeholder */
  tokenUrl: string;
  /** scopes to ask for in a refresh grant (space-separated) */
  scope: string;
  /** scopes (any one) that allow SMTP AUTH, as they appear in a token's scp/scope/roles claims */
  smtpScopes: string[];
  /** audiences (`aud`) of tokens the mail service accepts; empty when tokens are opaque */
  audiences: string[];
  /** tenant used when none is given */
  defaultTenant?: string;
  /** device authorization endpoint (RFC 8628) */
  deviceUrl?: string;
}

export const OAUTH_PROVIDERS: Record<OAuthProviderDefaults['id'], OAuthProviderDefaults> = {
  gmail: {
    id: 'gmail',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    scope: 'https://mail.google.com/',
    smtpScopes: ['https://mail.google.com/'],
    // Google's access tokens are opaque (not JWTs): nothing to read locally.
    audiences: [],
    deviceUrl: 'https://oauth2.googleapis.com/device/code',
  },
  microsoft: {
    id: 'microsoft',
    tokenUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token',
    scope: 'https://outlook.office.com/SMTP.Send offline_access',
    smtpScopes: ['SMTP.Send', 'https://outlook.office.com/SMTP.Send', 'SMTP.SendAsApp'],
    // Exchange Online, by URL and by its well-known application id.
    audiences: ['https://outlook.office.com', 'https://outlook.office365.com', '00000002-0000-0ff1-ce00-000000000000'],
    // `common` accepts work and personal accounts; a single-tenant app needs its tenant id or
    // `organizations`.
    defaultTenant: 'common',
    deviceUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode',
  },
};

const TENANT = /^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/;

export function oauthProvider(id: string | undefined): OAuthProviderDefaults | undefined {
  if (id === 'gmail' || id === 'microsoft') return OAUTH_PROVIDERS[id];
  return undefined;
}

/**
 * The Microsoft tenant to use when none is given, from the preset's name: work and school
 * accounts (Outlook365, Office365) `organizations`, everything else `common` (personal
 * Outlook.com / Hotmail accounts and work accounts both sign in there).
 */
export function defaultTenant(presetName: string | undefined): string {
  return presetName && /365/.test(presetName) ? 'organizations' : 'common';
}

/** The provider's token URL with the tenant filled in (undefined for an unknown provider or a bad tenant). */
export function tokenUrlFor(id: string | undefined, tenant?: string): string | undefined {
  const p = oauthProvider(id);
  if (!p) return undefined;
  if (!p.tokenUrl.includes('{tenant}')) return p.tokenUrl;
  const t = tenant ?? p.defaultTenant ?? 'common';
  if (!TENANT.test(t)) return undefined;
  return p.tokenUrl.replace('{tenant}', encodeURIComponent(t));
}
