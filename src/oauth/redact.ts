/**
 * Every form in which a bearer token can show up, for the Transcript's secret masking
 * (Transcript.addSecrets / TranscriptOptions.secrets, the same list Secret.forms() feeds).
 * token.forms() holds the plain, base64 and aligned-base64 forms; the SASL blobs are added here.
 */
import type { Secret } from '../core/secret.js';
import { b64, oauthbearerBlob, xoauth2Blob } from './sasl.js';

export function tokenForms(token: Secret, user?: string, where?: { host: string; port: number }): string[] {
  const v = token.reveal();
  if (!v) return [];
  const forms = new Set(token.forms(user));
  if (user !== undefined) {
    forms.add(b64(xoauth2Blob(user, v)));
    if (where) forms.add(b64(oauthbearerBlob(user, v, where.host, where.port)));
  }
  return [...forms].filter((f) => f.length >= 3);
}
