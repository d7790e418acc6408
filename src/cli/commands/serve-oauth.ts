/**
 * `serve --oauth2`: the sandbox's own OAuth 2.0 authorization server (src/sandbox/oauth-server.ts)
 * next to the SMTP listeners, which then offer only XOAUTH2 and OAUTHBEARER (after TLS) and
 * accept the tokens it issues. Everything it hands out is a throw-away sandbox value.
 */
import { parseAuthUser } from './serve-util.js';
import { t, type Lang } from '../../i18n/index.js';
import type { OAuthServer } from '../../sandbox/oauth-server.js';

export const DEFAULT_OAUTH_USER = 'sandbox@smtp-doctor.test';

/** Environment variable names the printed sandbox values are offered under. */
export const OAUTH_ENV = {
  clientSecret: 'OAUTH2_CLIENT_SECRET',
  refreshToken: 'OAUTH2_REFRESH_TOKEN',
  accessToken: 'OAUTH2_ACCESS_TOKEN',
} as const;

export interface ServeOAuth {
  server: OAuthServer;
  user: string;
  /** for the 'listening' JSON event */
  json: Record<string, unknown>;
  /** human lines (already translated), without indentation */
  lines: (cyan: (s: string) => string) => string[];
}

export function parseOAuthUser(auth: string | undefined): string {
  if (auth === undefined) return DEFAULT_OAUTH_USER;
  return parseAuthUser(auth);
}

/** Start the authorization server on loopback (it never listens elsewhere, whatever --listen says). */
export async function startServeOAuth(lang: Lang, user: string, port: number): Promise<ServeOAuth> {
  const { startOAuthServer } = await import('../../sandbox/oauth-server.js');
  const server = await startOAuthServer({ host: '127.0.0.1', port, user });
  const accessToken = server.token('good');
  return {
    server,
    user,
    json: {
      user,
      tokenUrl: server.tokenUrl,
      introspectUrl: server.introspectUrl,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
      refreshToken: server.goodRefreshToken,
      revokedRefreshToken: server.revokedRefreshToken,
      scope: server.issuer.scope,
      tokens: {
        good: accessToken,
        expired: server.token('expired'),
        'wrong-user': server.token('wrong-user'),
        'no-scope': server.token('no-scope'),
      },
    },
    lines: (cyan) => [
      t(lang, 'serve.oauth2-auth', { user }),
      t(lang, 'serve.oauth2-token-url', { url: cyan(server.tokenUrl), clientId: server.clientId }),
      t(lang, 'serve.oauth2-introspect', { url: server.introspectUrl }),
      t(lang, 'serve.oauth2-values'),
      `  ${OAUTH_ENV.clientSecret}=${server.clientSecret}`,
      `  ${OAUTH_ENV.refreshToken}=${server.goodRefreshToken}`,
      `  ${OAUTH_ENV.accessToken}=${accessToken}`,
    ],
  };
}
