/**
 * OAuth 2.0 logins for the SMTP sandbox (`serve --oauth2`).
 *
 * smtp-server (3.21) implements XOAUTH2 itself: onAuth gets the user and the bearer token; a
 * refusal answered with `{ data }` becomes `334 base64(JSON)`, and the client's next line gets
 * "535 Error: Username and Password not accepted". It does not implement OAUTHBEARER (RFC
 * 7628), so this module adds it: smtp-server looks mechanisms up by name (`SASL_<NAME>`) on
 * its exported SASL table (`smtp-server/lib/sasl.js`), and a new entry there is offered only
 * by servers whose authMethods list it. A refused OAUTHBEARER token gets what Dovecot sends,
 * `334 base64({"status":"invalid_token"})`, then 535 after the client's answer ("AQ==").
 */
import sasl from 'smtp-server/lib/sasl.js';
import type { SMTPServerAuthentication, SMTPServerAuthenticationResponse, SMTPServerSession } from 'smtp-server';
import type { TokenIssuer } from './oauth-tokens.js';

/** The part of smtp-server's SMTPConnection the mechanism uses. */
interface Connection {
  session: SMTPServerSession;
  send(code: number, text?: string): void;
  _nextHandler: ((data: Buffer | string, cb: () => void) => void) | false;
  _server: {
    onAuth(
      auth: SMTPServerAuthentication,
      session: SMTPServerSession,
      cb: (err: Error | null | undefined, res?: SMTPServerAuthenticationResponse) => void,
    ): void;
  };
  _transmissionType(): string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const REFUSED_535 = '5.7.8 Error: authentication failed: (reason unavailable)';
export const OAUTHBEARER_CHALLENGE = { status: 'invalid_token' } as const;

/** RFC 7628 section 3.1: "n,a=user," then key=value pairs separated by \x01. */
export function parseOauthbearer(raw: string): { user?: string; token?: string } {
  const text = Buffer.from(raw.trim(), 'base64').toString('utf8');
  const [gs2 = '', ...pairs] = text.split('\x01');
  const a = /(?:^|,)a=([^,]*)/.exec(gs2)?.[1];
  const user = a?.replace(/=2C/gi, ',').replace(/=3D/gi, '=');
  let token: string | undefined;
  for (const p of pairs) {
    const m = /^auth=Bearer\s+(.+)$/i.exec(p);
    if (m?.[1]) token = m[1].trim();
  }
  return { ...(user ? { user } : {}), ...(token ? { token } : {}) };
}

function oauthbearerToken(this: Connection, canAbort: boolean, data: Buffer | string, done: () => void): void {
  const raw = data.toString().trim();
  if (canAbort && raw === '*') {
    this.send(501, 'Authentication aborted');
    return done();
  }
  const { user, token } = parseOauthbearer(raw);
  if (!user || !token || CONTROL.test(user)) {
    this.send(501, 'Error: invalid userdata');
    return done();
  }
  const auth = { method: 'OAUTHBEARER', username: user, accessToken: token } as unknown as SMTPServerAuthentication;
  this._server.onAuth(auth, this.session, (err, res) => {
    if (err) {
      this.send((err as Error & { responseCode?: number }).responseCode ?? 535, err.message);
      return done();
    }
    if (!res?.user) {
      this._nextHandler = (_d, cb) => {
        this.send(535, REFUSED_535);
        cb();
      };
      this.send(334, Buffer.from(JSON.stringify(OAUTHBEARER_CHALLENGE)).toString('base64'));
      return done();
    }
    this.session.user = res.user;
    this.session.transmissionType = this._transmissionType();
    this.send(235, '2.7.0 Authentication successful');
    done();
  });
}

let installed = false;

/** Teach smtp-server OAUTHBEARER (idempotent). */
export function installOauthbearer(): void {
  if (installed) return;
  installed = true;
  const table = sasl as unknown as Record<string, unknown>;
  if (typeof table.SASL_OAUTHBEARER === 'function') return;
  table.SASL_OAUTHBEARER = function (this: Connection, args: string[], done: () => void): void {
    if (args.length > 1) {
      this.send(501, 'Error: syntax: AUTH OAUTHBEARER token');
      return done();
    }
    if (!args.length) {
      this._nextHandler = (d, cb) => oauthbearerToken.call(this, true, d, cb);
      this.send(334);
      return done();
    }
    oauthbearerToken.call(this, false, args[0] ?? '', done);
  };
}

/** What the sandbox says when it refuses a token (for its event line). */
export interface OAuthRefusal {
  method: 'XOAUTH2' | 'OAUTHBEARER';
  user: string;
  challenge: string;
}

/**
 * onAuth for OAuth logins: a token the sandbox's issuer signed, unexpired, for this user, with
 * its scope logs in; anything else gets the error challenge (XOAUTH2: Dovecot's JSON).
 */
export function oauthOnAuth(
  issuer: TokenIssuer,
  onRefused?: (r: OAuthRefusal) => void,
): (auth: SMTPServerAuthentication, cb: (err: Error | null, res?: SMTPServerAuthenticationResponse) => void) => void {
  return (auth, cb) => {
    const method = auth.method as string;
    const token = auth.accessToken ?? '';
    if (issuer.accepts(token, auth.username ?? '')) return cb(null, { user: auth.username ?? '' });
    if (method === 'XOAUTH2') {
      const data = { status: '401', schemes: 'bearer', scope: issuer.scope };
      onRefused?.({ method: 'XOAUTH2', user: auth.username ?? '', challenge: JSON.stringify(data) });
      return cb(null, { data } as unknown as SMTPServerAuthenticationResponse);
    }
    onRefused?.({ method: 'OAUTHBEARER', user: auth.username ?? '', challenge: JSON.stringify(OAUTHBEARER_CHALLENGE) });
    return cb(null, {} as SMTPServerAuthenticationResponse);
  };
}
