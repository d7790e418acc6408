import type { Security } from '../core/options.js';

/** What worked, in the terms every stack's settings are made of. */
export interface WorkingSettings {
  host: string;
  port: number;
  security: Exclude<Security, 'auto'>;
  user?: string;
  /** The environment variable the password is read from (never the password itself). */
  passwordEnv?: string;
  family?: 4 | 6;
}

/** OAuth 2.0 (XOAUTH2) instead of a password, for the emitted settings: environment references only. */
export interface OAuthCtx {
  /** variable holding the access token (when the user fetches it) */
  tokenEnv: string;
  /** the refresh flow, when the check ran it */
  refresh?: { tokenUrl: string; clientId: string; scope?: string; refreshEnv: string; secretEnv?: string };
}
