/** OAuth 2.0 for SMTP AUTH: a library (no printing; failures are data). */
export * from './types.js';
export { refreshAccessToken } from './refresh.js';
export { OAUTH_PROVIDERS, defaultTenant, oauthProvider, tokenUrlFor, type OAuthProviderDefaults } from './providers.js';
export { jwtClaims, tokenFindings, type JwtClaims, type TokenFinding, type FindingOptions } from './jwt.js';
export {
  xoauth2Blob,
  oauthbearerBlob,
  saslBlob,
  challengeResponse,
  decodeChallenge,
  type OAuthMechanism,
  type DecodedChallenge,
  type ChallengeMeaning,
} from './sasl.js';
export { tokenForms } from './redact.js';
export { alignedBase64 } from '../core/secret.js';
