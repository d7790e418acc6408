/**
 * The sandbox authorization server's tokens: JWT-shaped and signed HS256 with a key made at
 * start (never leaves the process), so smtp-doctor's jwtClaims() reads them like Microsoft's
 * and the server can tell its own tokens from forgeries. Introspection (RFC 7662) answers
 * from the signature, `exp` and the revocation list, the way Dovecot's oauth2 passdb expects.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The test tokens the issuer can mint on request. */
export type TestTokenKind = 'good' | 'expired' | 'wrong-user' | 'no-scope';

export interface IssuerOptions {
  /** the issuer URL put into `iss` */
  issuer: string;
  /** the mailbox the good tokens are for */
  user: string;
  /** the scope the good tokens carry (space-separated); default "mail" */
  scope?: string;
  /** the audience put into `aud`; default "smtp-doctor-sandbox" */
  audience?: string;
  /** access token lifetime in seconds; default 3600 */
  lifetimeSeconds?: number;
  /** ms clock; default Date.now */
  now?: () => number;
}

export interface Introspection {
  active: boolean;
  username?: string;
  scope?: string;
  exp?: number;
  iat?: number;
  aud?: string;
  client_id?: string;
  token_type?: string;
}

export const OTHER_USER = 'someone-else@smtp-doctor.test';
export const SANDBOX_AUDIENCE = 'smtp-doctor-sandbox';

const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export class TokenIssuer {
  readonly #key = randomBytes(32);
  readonly #revoked = new Set<string>();
  readonly #o: Required<Omit<IssuerOptions, 'now'>> & { now: () => number };

  constructor(o: IssuerOptions) {
    this.#o = {
      issuer: o.issuer,
      user: o.user,
      scope: o.scope ?? 'mail',
      audience: o.audience ?? SANDBOX_AUDIENCE,
      lifetimeSeconds: o.lifetimeSeconds ?? 3600,
      now: o.now ?? Date.now,
    };
  }

  get user(): string {
    return this.#o.user;
  }
  get scope(): string {
    return this.#o.scope;
  }

  /** A signed access token. */
  issue(c: { user: string; scope: string; lifetimeSeconds?: number; clientId?: string }): string {
    const iat = Math.floor(this.#o.now() / 1000);
    const payload = {
      iss: this.#o.issuer,
      sub: c.user,
      upn: c.user,
      aud: this.#o.audience,
      scope: c.scope,
      iat,
      nbf: iat - 5,
      exp: iat + (c.lifetimeSeconds ?? this.#o.lifetimeSeconds),
      jti: randomBytes(9).toString('base64url'),
      ...(c.clientId ? { azp: c.clientId } : {}),
    };
    const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}`;
    return `${head}.${this.#sign(head)}`;
  }

  /** One of the test tokens: good, expired (an hour ago), for another user, without the scope. */
  testToken(kind: TestTokenKind): string {
    const { user, scope } = this.#o;
    if (kind === 'expired') return this.issue({ user, scope, lifetimeSeconds: -3600 });
    if (kind === 'wrong-user') return this.issue({ user: OTHER_USER, scope });
    if (kind === 'no-scope') return this.issue({ user, scope: '' });
    return this.issue({ user, scope });
  }

  revoke(token: string): void {
    this.#revoked.add(token);
  }

  /** RFC 7662: active only for a token this issuer signed, not expired, not revoked. */
  introspect(token: string): Introspection {
    const parts = token.split('.');
    if (parts.length !== 3 || this.#revoked.has(token)) return { active: false };
    const [h, p, sig] = parts as [string, string, string];
    const want = Buffer.from(this.#sign(`${h}.${p}`));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return { active: false };
    let claims: Record<string, unknown>;
    try {
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return { active: false };
    }
    const exp = Number(claims.exp);
    if (!(exp > this.#o.now() / 1000)) return { active: false };
    return {
      active: true,
      username: String(claims.sub),
      scope: String(claims.scope ?? ''),
      exp,
      iat: Number(claims.iat),
      aud: String(claims.aud),
      ...(typeof claims.azp === 'string' ? { client_id: claims.azp } : {}),
      token_type: 'Bearer',
    };
  }

  /** Would the mail server accept this token for `user`? (what the SMTP sandbox asks) */
  accepts(token: string, user: string): boolean {
    const i = this.introspect(token);
    if (!i.active || (i.username ?? '').toLowerCase() !== user.toLowerCase()) return false;
    const have = (i.scope ?? '').split(/\s+/).filter(Boolean);
    return this.#o.scope.split(/\s+/).filter(Boolean).every((s) => have.includes(s));
  }

  #sign(data: string): string {
    return createHmac('sha256', this.#key).update(data).digest('base64url');
  }
}
