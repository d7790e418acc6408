import type { Finding, Rule } from '../../rule-types.js';
import type { CategoryId, Reason } from '../../../core/types.js';

/**
 * OAuth 2.0: the token step (a refresh grant, RFC 6749 section 5.2 errors) and a bearer token
 * refused at AUTH (XOAUTH2 / OAUTHBEARER, RFC 7628). Rules read the reasons src/oauth narrows
 * from typed data (the decoded 334 challenge, the token's claims, when it was fetched), never text.
 */
const RFC6749 = 'RFC 6749 section 5.2 (token endpoint errors)';
const RFC7628 = 'RFC 7628 section 3.2.2 (error challenge); Google XOAUTH2 protocol';
const MS_LEARN = 'https://learn.microsoft.com/exchange';
const MS_SMTP_OAUTH =
  `${MS_LEARN}/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth`;
const MS_SMTP_AUTH = `${MS_LEARN}/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission`;
const GOOGLE_OAUTH =
  'https://developers.google.com/gmail/imap/xoauth2-protocol; https://developers.google.com/identity/protocols/oauth2';

const tokenStep = (reason: Reason, more: Partial<Finding> = {}): Finding => ({
  step: 'oauth',
  reason,
  command: 'POST token',
  ...more,
});
const authStep = (reason: Reason, more: Partial<Finding> = {}): Finding => ({
  step: 'auth',
  reason,
  command: 'AUTH XOAUTH2',
  responseCode: 535,
  enhancedCode: '5.7.8',
  text: 'Error: authentication failed: (reason unavailable)',
  ...more,
});

function rule(id: string, category: CategoryId, reasons: Reason[], source: string, example: Finding): Rule {
  return { id, category, when: { reason: reasons }, msg: id, source, examples: [example] };
}

/** A provider's own wording of the fix: provider + reason + step + command beats its plain reply rules. */
function providerRule(id: string, provider: string, reasons: Reason[], source: string, example: Finding): Rule {
  const step = example.step ?? 'auth';
  const command = example.command?.split(' ')[0] ?? 'AUTH';
  return {
    id,
    category: 'WRONG_CREDENTIALS',
    when: { provider: [provider], reason: reasons, step: [step], command: [command] },
    msg: id,
    source,
    examples: [{ ...example, provider }],
  };
}

const MS_535 = {
  enhancedCode: '5.7.3',
  text: 'Authentication unsuccessful [SN4PR0601CA0012.namprd06.prod.outlook.com]',
};

export const OAUTH_RULES: Rule[] = [
  // ---- the token step
  rule('oauth.missing-token', 'MISSING_CREDENTIALS', ['missing-token'], 'RFC 6750 (bearer tokens)', {
    step: 'auth', reason: 'missing-token', code: 'MISSING_CREDENTIALS',
  }),
  providerRule('oauth.invalid-grant.gmail', 'gmail', ['oauth-invalid-grant'], GOOGLE_OAUTH,
    tokenStep('oauth-invalid-grant', { code: 'invalid_grant', text: 'Token has been expired or revoked.' })),
  providerRule('oauth.invalid-grant.microsoft', 'microsoft', ['oauth-invalid-grant'], MS_SMTP_OAUTH,
    tokenStep('oauth-invalid-grant', { code: 'invalid_grant', text: 'AADSTS700082: The refresh token has expired' })),
  rule('oauth.invalid-grant', 'WRONG_CREDENTIALS', ['oauth-invalid-grant'], RFC6749,
    tokenStep('oauth-invalid-grant', { code: 'invalid_grant' })),
  providerRule('oauth.invalid-client.microsoft', 'microsoft', ['oauth-invalid-client'], MS_SMTP_OAUTH,
    tokenStep('oauth-invalid-client', {
      code: 'invalid_client',
      text: 'AADSTS7000215: Invalid client secret provided.',
    })),
  rule('oauth.invalid-client', 'WRONG_CREDENTIALS', ['oauth-invalid-client'], RFC6749,
    tokenStep('oauth-invalid-client', { code: 'invalid_client' })),
  rule('oauth.unauthorized-client', 'WRONG_CREDENTIALS', ['oauth-unauthorized-client'], RFC6749,
    tokenStep('oauth-unauthorized-client', { code: 'unauthorized_client' })),
  providerRule('oauth.invalid-scope.microsoft', 'microsoft', ['oauth-invalid-scope'], MS_SMTP_OAUTH,
    tokenStep('oauth-invalid-scope', {
      code: 'invalid_scope',
      text: 'AADSTS70011: The provided value for scope is not valid.',
    })),
  providerRule('oauth.invalid-scope.gmail', 'gmail', ['oauth-invalid-scope'], GOOGLE_OAUTH,
    tokenStep('oauth-invalid-scope', { code: 'invalid_scope' })),
  rule('oauth.invalid-scope', 'WRONG_CREDENTIALS', ['oauth-invalid-scope'], RFC6749,
    tokenStep('oauth-invalid-scope', { code: 'invalid_scope' })),
  rule('oauth.wrong-tenant', 'WRONG_CREDENTIALS', ['oauth-wrong-tenant'], MS_SMTP_OAUTH,
    tokenStep('oauth-wrong-tenant', {
      code: 'invalid_request',
      text: "AADSTS90002: Tenant 'contoso.example' not found.",
    })),
  rule('oauth.endpoint-unreachable', 'SERVER_TEMPORARY_FAILURE', ['oauth-endpoint-unreachable'], RFC6749,
    tokenStep('oauth-endpoint-unreachable', { code: 'ECONNREFUSED' })),
  rule('oauth.endpoint-failed', 'SERVER_TEMPORARY_FAILURE', ['oauth-token-endpoint-failed'], RFC6749,
    tokenStep('oauth-token-endpoint-failed')),
  // ---- AUTH with a bearer token
  rule('oauth.not-offered', 'AUTH_MECHANISM_UNSUPPORTED', ['oauth-not-offered'], RFC7628, {
    step: 'auth', reason: 'oauth-not-offered',
  }),
  providerRule('oauth.token-refused.microsoft', 'microsoft', ['oauth-token-refused'],
    `${MS_SMTP_AUTH}; ${MS_SMTP_OAUTH}`, authStep('oauth-token-refused', MS_535)),
  providerRule('oauth.token-refused.gmail', 'gmail', ['oauth-token-refused'], GOOGLE_OAUTH,
    authStep('oauth-token-refused', { text: 'Username and Password not accepted.' })),
  rule('oauth.token-refused', 'WRONG_CREDENTIALS', ['oauth-token-refused'], RFC7628, authStep('oauth-token-refused')),
  rule('oauth.token-expired', 'WRONG_CREDENTIALS', ['oauth-token-expired'], 'RFC 7519 section 4.1.4 (exp)',
    authStep('oauth-token-expired')),
  rule('oauth.clock-skew', 'WRONG_CREDENTIALS', ['oauth-clock-skew'], 'RFC 7519 section 4.1.4 (exp, clock skew)',
    authStep('oauth-clock-skew')),
  rule('oauth.wrong-user', 'WRONG_CREDENTIALS', ['oauth-wrong-user'], RFC7628, authStep('oauth-wrong-user')),
  rule('oauth.wrong-audience', 'WRONG_CREDENTIALS', ['oauth-wrong-audience'], 'RFC 7519 section 4.1.3 (aud)',
    authStep('oauth-wrong-audience')),
  providerRule('oauth.missing-scope.microsoft', 'microsoft', ['oauth-missing-scope'], MS_SMTP_OAUTH,
    authStep('oauth-missing-scope', MS_535)),
  providerRule('oauth.missing-scope.gmail', 'gmail', ['oauth-missing-scope'], GOOGLE_OAUTH,
    authStep('oauth-missing-scope')),
  rule('oauth.missing-scope', 'WRONG_CREDENTIALS', ['oauth-missing-scope'], RFC7628, authStep('oauth-missing-scope')),
  rule('oauth.backend-failed', 'SERVER_TEMPORARY_FAILURE', ['oauth-backend-failed'],
    'Dovecot oauth2 passdb: introspection failure is a temporary failure, answered 535 with no challenge',
    authStep('oauth-backend-failed')),
];
