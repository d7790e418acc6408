/**
 * The real Dovecot asks a FIXED loopback port (env.json oauthIntrospectionPort) whether a token
 * is good, so only one test file at a time can serve it. Each file that needs it starts its
 * authorization server through here: on EADDRINUSE it waits for the other file to finish.
 */
import { startOAuthServer, type OAuthServer, type OAuthServerOptions } from '../../src/sandbox/oauth-server.js';

/** How long a file waits for the port (the other file's whole run). */
export const PORT_WAIT_MS = 120_000;

export async function startOAuthServerExclusive(o: OAuthServerOptions & { port: number }): Promise<OAuthServer> {
  const deadline = Date.now() + PORT_WAIT_MS;
  for (;;) {
    try {
      return await startOAuthServer(o);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw err;
      await new Promise((res) => setTimeout(res, 250));
    }
  }
}
