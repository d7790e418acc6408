/**
 * The token-side pieces: JWT claims read without verifying, findings from them, the SASL
 * blobs, the 334 error challenges real servers send, and the token's redaction forms in
 * the Transcript.
 */
import { describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { Transcript } from '../src/core/transcript.js';
import {
  alignedBase64,
  challengeResponse,
  decodeChallenge,
  jwtClaims,
  oauthbearerBlob,
  OAUTH_PROVIDERS,
  tokenFindings,
  tokenForms,
  xoauth2Blob,
} from '../src/oauth/index.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (payload: unknown, header: unknown = { alg: 'RS256', typ: 'JWT' }): string =>
  `${part(header)}.${part(payload)}.c2lnbmF0dXJl`;

const NOW = Date.UTC(2026, 11, 6, 6, 0, 0);
const nowS = NOW / 1000;
const MS = OAUTH_PROVIDERS.microsoft;

/** The shape of a Microsoft access token for SMTP.Send (claims as Entra ID issues them). */
const msClaims = {
  aud: 'https://outlook.office.com',
  iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
  iat: nowS - 600,
  nbf: nowS - 600,
  exp: nowS + 3000,
  appid: '0e4d2f4c-1111-2222-3333-444455556666',
  scp: 'SMTP.Send User.Read',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  upn: 'me@contoso.com',
  unique_name: 'ME@contoso.com',
};

describe('jwtClaims', () => {
  it('reads a Microsoft token without verifying it', () => {
    expect(jwtClaims(jwt(msClaims))).toEqual({
      aud: ['https://outlook.office.com'],
      iss: msClaims.iss,
      iat: msClaims.iat,
      nbf: msClaims.nbf,
      exp: msClaims.exp,
      appId: msClaims.appid,
      scopes: ['SMTP.Send', 'User.Read'],
      roles: [],
      tid: msClaims.tid,
      user: 'me@contoso.com',
    });
  });

  it('takes scope / roles / preferred_username / email / azp / aud arrays too', () => {
    const c = jwtClaims(jwt({ aud: ['a', 'b'], scope: 'x y', roles: ['SMTP.SendAsApp'], email: 'e@x', azp: 'cli' }));
    const want = { aud: ['a', 'b'], scopes: ['x', 'y'], roles: ['SMTP.SendAsApp'], user: 'e@x', appId: 'cli' };
    expect(c).toMatchObject(want);
    expect(jwtClaims(jwt({ preferred_username: 'p@x', email: 'e@x' }))!.user).toBe('p@x');
  });

  it('is tolerant: an opaque token, garbage, huge input -> undefined; hostile claims are escaped', () => {
    expect(jwtClaims('ya29.a0AfH6SMBopaque-google-token')).toBeUndefined();
    expect(jwtClaims('a.b.c')).toBeUndefined();
    expect(jwtClaims(`${part({ alg: 'none' })}.${part([1, 2])}.`)).toBeUndefined();
    expect(jwtClaims(`${part({ alg: 'none' })}.%%%.x`)).toBeUndefined();
    expect(jwtClaims(jwt({ upn: 'x'.repeat(20_000) }))).toBeUndefined();
    expect(jwtClaims('')).toBeUndefined();
    const c = jwtClaims(jwt({ upn: 'evil\x1b[2J@x', exp: 'soon', aud: 42 }));
    expect(c!.user).toBe('evil\\x1b[2J@x');
    expect(c!.exp).toBeUndefined();
    expect(c!.aud).toEqual([]);
  });
});

describe('tokenFindings', () => {
  const opts = { now: NOW, user: 'me@contoso.com', expectedAudience: MS.audiences, expectedScopes: MS.smtpScopes };

  it('a good token has no findings (user compared case-insensitively)', () => {
    expect(tokenFindings(jwtClaims(jwt(msClaims))!, { ...opts, user: 'Me@Contoso.com' })).toEqual([]);
  });

  it('expired, with seconds; not yet valid; another audience; no SMTP scope; another user', () => {
    const aud = 'https://graph.microsoft.com';
    const bad = { exp: nowS - 90, nbf: nowS + 600, aud, scp: 'Mail.Read', upn: 'boss@contoso.com' };
    const c = jwtClaims(jwt({ ...msClaims, ...bad }))!;
    expect(tokenFindings(c, opts)).toEqual([
      { kind: 'expired', secondsAgo: 90 },
      { kind: 'not-yet-valid', secondsAhead: 600 },
      { kind: 'wrong-audience', audience: ['https://graph.microsoft.com'], expected: MS.audiences },
      { kind: 'missing-scope', scopes: ['Mail.Read'], expected: MS.smtpScopes },
      { kind: 'wrong-user', tokenUser: 'boss@contoso.com', user: 'me@contoso.com' },
    ]);
  });

  it('an app-only token with the SMTP.SendAsApp role and the Exchange app id audience is fine', () => {
    const app = { aud: '00000002-0000-0ff1-ce00-000000000000', roles: ['SMTP.SendAsApp'], exp: nowS + 60 };
    const c = jwtClaims(jwt(app))!;
    expect(tokenFindings(c, opts)).toEqual([]);
  });

  it('a token fetched seconds ago that looks expired means the clock is off, not that the token is', () => {
    const c = jwtClaims(jwt({ ...msClaims, exp: nowS - 30 }))!;
    const skew = [{ kind: 'clock-skew', secondsAgo: 30, fetchedSecondsAgo: 5 }];
    expect(tokenFindings(c, { ...opts, fetchedAt: NOW - 5000 })).toEqual(skew);
    expect(tokenFindings(c, { ...opts, fetchedAt: NOW - 3_600_000 })).toEqual([{ kind: 'expired', secondsAgo: 30 }]);
  });

  it('nothing to say about what the token does not carry', () => {
    expect(tokenFindings(jwtClaims(jwt({ scp: 'SMTP.Send' }))!, opts)).toEqual([]);
  });
});

describe('SASL blobs and error challenges', () => {
  it('XOAUTH2 and OAUTHBEARER (RFC 7628) initial responses, and the answer to a challenge', () => {
    expect(xoauth2Blob('me@x', new Secret('T0K'))).toBe('user=me@x\x01auth=Bearer T0K\x01\x01');
    const want = 'n,a=me@x,\x01host=smtp.x\x01port=587\x01auth=Bearer T0K\x01\x01';
    expect(oauthbearerBlob('me@x', 'T0K', 'smtp.x', 587)).toBe(want);
    expect(oauthbearerBlob('a,b=c', 'T', 'h', 1)).toMatch(/^n,a=a=2Cb=3Dc,\x01/);
    expect(challengeResponse('XOAUTH2')).toBe('');
    expect(Buffer.from(challengeResponse('OAUTHBEARER'), 'base64').toString()).toBe('\x01');
  });

  it('decodes Dovecot, Gmail and RFC 7628 challenges', () => {
    expect(decodeChallenge(b64('{"status":"401","schemes":"bearer","scope":"mail"}'))).toEqual({
      kind: 'json', meaning: 'invalid-token', status: '401', schemes: 'bearer', scope: 'mail',
      text: '{"status":"401","schemes":"bearer","scope":"mail"}',
    });
    const gmail = decodeChallenge(b64('{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}'));
    expect(gmail).toMatchObject({ meaning: 'bad-request', status: '400', scope: 'https://mail.google.com/' });
    const oidc = 'https://x/.well-known/openid-configuration';
    const body = { status: 'invalid_token', scope: 'smtp', 'openid-configuration': oidc };
    const rfc = decodeChallenge(b64(JSON.stringify(body)));
    expect(rfc).toMatchObject({ meaning: 'invalid-token', openidConfiguration: oidc });
    expect(decodeChallenge(b64('{"status":"insufficient_scope"}'))).toMatchObject({ meaning: 'insufficient-scope' });
    expect(decodeChallenge(b64('{"status":401}'))).toMatchObject({ meaning: 'invalid-token', status: '401' });
    expect(decodeChallenge(b64('{"schemes":"bearer"}'))).toMatchObject({ meaning: 'none' });
    expect(decodeChallenge(b64('{"status":"418"}'))).toMatchObject({ meaning: 'other' });
  });

  it('tolerates garbage: empty, not base64, not JSON, hostile bytes', () => {
    expect(decodeChallenge('')).toEqual({ kind: 'empty' });
    expect(decodeChallenge('  ')).toEqual({ kind: 'empty' });
    expect(decodeChallenge('Go ahead')).toMatchObject({ kind: 'not-base64' });
    expect(decodeChallenge(b64('Authentication failed'))).toEqual({ kind: 'not-json', text: 'Authentication failed' });
    expect(decodeChallenge(b64('[1,2]'))).toMatchObject({ kind: 'not-json' });
    const evil = decodeChallenge(b64('{"status":"401\\u001b[2J","scope":"x"}'));
    expect(evil).toMatchObject({ kind: 'json', status: '401\\x1b[2J', meaning: 'other' });
    expect(JSON.stringify(evil)).not.toContain('\x1b');
  });
});

describe('a token is a secret everywhere', () => {
  const token = new Secret('eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Canary-Payload-7Qx.sig-Zz9');
  const user = 'me@contoso.com';

  it('aligned base64 forms occur in base64 of any text that contains the token', () => {
    const t = token.reveal();
    const blobs = ['user=x\x01auth=Bearer ', 'n,a=someone,\x01host=h\x01port=1\x01auth=Bearer '];
    for (const prefix of ['', 'a', 'ab', 'abc', ...blobs]) {
      const enc = b64(`${prefix}${t}\x01\x01`);
      expect(alignedBase64(t).some((f) => enc.includes(f))).toBe(true);
    }
  });

  it('the transcript shows neither the AUTH line, the blob in base64 nor the token in plain', () => {
    const xo = b64(xoauth2Blob(user, token));
    const ob = b64(oauthbearerBlob(user, token, 'smtp.office365.com', 587));
    // the same token in blobs for other users: the token sits at each of the three base64 alignments
    const other = ['o@x', 'ot@x', 'oth@x'].map((u) => b64(oauthbearerBlob(u, token, 'h', 2525))).join(' ');
    const secrets = tokenForms(token, user, { host: 'smtp.office365.com', port: 587 });
    const tr = new Transcript({ now: () => 0, secrets });
    tr.sent(`AUTH XOAUTH2 ${xo}`, true);
    tr.received(`334 ${b64('{"status":"401","schemes":"bearer","scope":"x"}')}`, true);
    tr.sent('', true);
    tr.received('535 5.7.3 Authentication unsuccessful', true);
    tr.sent(`AUTH OAUTHBEARER ${ob}`, true);
    tr.received('235 2.7.0 ok', true);
    tr.note('http-answer', { message: `server echoed ${xo} and ${ob} and ${other} and ${token.reveal()}` });
    tr.received(`250 hello ${token.reveal()} ${b64(token.reveal())}`, true);
    const text = JSON.stringify(tr.lines);
    expect(text).not.toContain(token.reveal());
    expect(text).not.toContain('Canary-Payload');
    expect(text).not.toContain(b64(token.reveal()));
    for (const f of alignedBase64(token.reveal())) expect(text).not.toContain(f);
    expect(text).not.toContain(xo);
    expect(text).not.toContain(ob);
    expect(text).toContain('AUTH XOAUTH2 ********');
    expect(text).toContain('535 5.7.3 Authentication unsuccessful');
  });

  it('short tokens get no aligned forms (they would mask unrelated text)', () => {
    const forms = tokenForms(new Secret('abc123'), 'u');
    expect(forms).toContain('abc123');
    expect(forms.every((f) => f.length >= 3)).toBe(true);
    expect(forms.filter((f) => f.length < 6)).toEqual([]);
  });
});
