/**
 * The AUTH step with a bearer token (XOAUTH2 / OAUTHBEARER). The walk calls this instead of
 * the password login when OAuth was asked for; the reason of a refusal is narrowed here from
 * what smtp-doctor can know (the decoded challenge, the token's own claims, when it was fetched).
 */
import { isOAuthMethod } from '../core/options.js';
import type { Secret } from '../core/secret.js';
import type { Facts, Failure, FactValue, Msg, Reason, StepResult } from '../core/types.js';
import { detectProvider } from '../kb/providers.js';
import { findPreset } from '../presets/presets.js';
import { parseEhlo } from '../smtp/extensions.js';
import type { SmtpSession } from '../smtp/session.js';
import { failureFromError } from '../steps/failure.js';
import { StepClock } from '../steps/step.js';
import type { StepContext } from '../steps/context.js';
import { jwtClaims, tokenFindings, type TokenFinding } from './jwt.js';
import { oauthLogin } from './login.js';
import { oauthProvider } from './providers.js';
import { tokenForms } from './redact.js';
import type { DecodedChallenge, OAuthMechanism } from './sasl.js';
import { authGate } from '../steps/auth-gate.js';

/** The access token the walk uses: given by the user, or fetched by the `oauth` step. */
export interface OAuthGrant {
  token: Secret;
  /** ms since the epoch, when smtp-doctor fetched it */
  fetchedAt?: number;
}

/** Order of the narrowed reasons, most telling first. */
const FINDING_REASON: [TokenFinding['kind'], Reason][] = [
  ['clock-skew', 'oauth-clock-skew'],
  ['expired', 'oauth-token-expired'],
  ['not-yet-valid', 'oauth-clock-skew'],
  ['wrong-user', 'oauth-wrong-user'],
  ['wrong-audience', 'oauth-wrong-audience'],
  ['missing-scope', 'oauth-missing-scope'],
];

function challengeFacts(c: DecodedChallenge): FactValue {
  if (c.kind !== 'json') return { kind: c.kind };
  const o: Record<string, FactValue> = { kind: 'json', meaning: c.meaning };
  if (c.status !== undefined) o.status = c.status;
  if (c.schemes !== undefined) o.schemes = c.schemes;
  if (c.scope !== undefined) o.scope = c.scope;
  return o;
}

function findingFacts(fs: TokenFinding[], facts: Facts): void {
  for (const f of fs) {
    if (f.kind === 'expired' || f.kind === 'clock-skew') facts.tokenExpiredSecondsAgo = f.secondsAgo;
    if (f.kind === 'clock-skew') facts.tokenFetchedSecondsAgo = f.fetchedSecondsAgo;
    if (f.kind === 'wrong-user') facts.tokenUser = f.tokenUser;
    if (f.kind === 'wrong-audience') facts.expectedAudience = f.expected;
    if (f.kind === 'missing-scope') facts.expectedScopes = f.expected;
  }
  if (fs.length) facts.tokenFindings = fs.map((f) => f.kind);
}

/** The reason of a refused login, from typed data only. */
export function refusalReason(fs: TokenFinding[], challenge: DecodedChallenge | undefined, provider?: string): Reason {
  const kinds = new Set(fs.map((f) => f.kind));
  const narrowed = FINDING_REASON.find(([k]) => kinds.has(k));
  if (narrowed) return narrowed[1];
  if (challenge?.kind === 'json' && challenge.meaning === 'insufficient-scope') return 'oauth-missing-scope';
  // Microsoft 365 refuses every token with a bare 535 5.7.3: no challenge is its normal answer.
  if (!challenge && provider !== 'microsoft') return 'oauth-backend-failed';
  return 'oauth-token-refused';
}

function providerOf(state: StepContext): string | undefined {
  const { opts } = state;
  return (
    opts.oauth?.refresh?.provider ??
    detectProvider({ host: opts.host, ...(state.greeting ? { greeting: state.greeting } : {}) }) ??
    (opts.provider ? findPreset(opts.provider)?.kb : undefined)
  );
}

export async function oauthAuthStep(state: StepContext, session: SmtpSession, grant?: OAuthGrant): Promise<StepResult> {
  const { opts, ctx, transcript } = state;
  const clock = new StepClock(ctx.now);
  const ehlo = session.ehloTls ?? session.ehloPlain;
  const offered = ehlo ? (parseEhlo(ehlo).auth ?? []) : [];
  const starttlsOffered = Boolean(session.ehloPlain && parseEhlo(session.ehloPlain).starttls);
  const facts: Facts = { offered, encrypted: session.secure };
  const fail = (reason: Reason, more: Partial<Failure> = {}): StepResult =>
    clock.done('auth', 'fail', facts, { failure: { reason, ...more } });

  const token = grant?.token ?? opts.oauth?.token;
  if (!token || token.length === 0) return fail('missing-token', { code: 'MISSING_CREDENTIALS' });
  const user = opts.user ?? '';
  transcript.addSecrets(tokenForms(token, user, { host: opts.host, port: opts.port }));
  const gate = authGate({ offered, secure: session.secure, starttlsOffered, allowPlaintextAuth: opts.allowPlaintextAuth }, facts);
  if ('refuse' in gate) return fail(gate.refuse);
  const warnings: Msg[] = gate.warnings;
  const asked = isOAuthMethod(opts.authMethod) ? opts.authMethod : undefined;
  if (asked && !offered.includes(asked)) return fail('mechanism-not-offered', { command: `AUTH ${asked}` });
  const mech: OAuthMechanism | undefined =
    asked ?? (offered.includes('XOAUTH2') ? 'XOAUTH2' : offered.includes('OAUTHBEARER') ? 'OAUTHBEARER' : undefined);
  if (!mech) {
    // Offered only after STARTTLS (which --security none skipped): the plain session lists other mechanisms.
    if (!session.secure && starttlsOffered) return fail('auth-after-starttls-only');
    return fail('oauth-not-offered');
  }
  facts.mechanism = mech;

  const provider = providerOf(state);
  const defaults = oauthProvider(provider);
  const claims = jwtClaims(token.reveal());
  facts.tokenIsJwt = Boolean(claims);
  if (claims?.exp !== undefined) facts.tokenExpiresInSeconds = Math.round(claims.exp - ctx.now() / 1000);

  const r = await oauthLogin(session, { mech, user, token, host: opts.host, port: opts.port });
  if (r.challenge) facts.challenge = challengeFacts(r.challenge);
  if (r.ok) {
    facts.user = user;
    return clock.done('auth', warnings.length ? 'warn' : 'pass', facts, { warnings });
  }
  // The scope the server named in its challenge is what it wants when no provider default says.
  const challengeScopes = r.challenge?.kind === 'json' && r.challenge.scope ? r.challenge.scope.split(/\s+/) : [];
  const expectedScopes = defaults?.smtpScopes ?? challengeScopes.filter(Boolean);
  const findings = claims
    ? tokenFindings(claims, {
        now: ctx.now(),
        user,
        ...(defaults?.audiences.length ? { expectedAudience: defaults.audiences } : {}),
        ...(expectedScopes.length ? { expectedScopes } : {}),
        ...(grant?.fetchedAt !== undefined ? { fetchedAt: grant.fetchedAt } : {}),
      })
    : [];
  findingFacts(findings, facts);
  if (r.kind === 'error') {
    const timedOut = r.error.code === 'ETIMEDOUT';
    const failure = failureFromError(r.error, timedOut ? 'auth-reply-timeout' : 'auth-rejected');
    failure.command ??= `AUTH ${mech}`;
    return clock.done('auth', 'fail', facts, { failure });
  }
  const failure: Failure = {
    reason: refusalReason(findings, r.challenge, provider),
    command: `AUTH ${mech}`,
    response: r.final.text,
  };
  if (r.final.code !== undefined) failure.responseCode = r.final.code;
  if (r.final.enhanced) failure.enhancedCode = r.final.enhanced;
  return clock.done('auth', 'fail', facts, { failure });
}
