/**
 * Every form in which a bearer token can show up, for the Transcript's secret masking
 * (Transcript.addSecrets / TranscriptOptions.secrets, the same list Secret.forms() feeds).
 */
import type { Secret } from '../core/secret.js';
import { b64, oauthbearerBlob, xoauth2Blob } from './sasl.js';

/**
 * The part of base64(prefix + s) that depends on s alone, for a prefix of 0, 1 and 2 bytes:
 * whatever surrounds the token inside a base64 string (a SASL blob with any user, host or
 * port), one of these three appears in it.
 */
export function alignedBase64(s: string): string[] {
  const bytes = Buffer.from(s, 'utf8');
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const from = Math.ceil((8 * k) / 6);
    const to = Math.floor((8 * (k + bytes.length)) / 6);
    out.push(enc.slice(from, to));
  }
  return out;
}

/** Shorter tokens get no aligned forms: a few base64 characters would mask unrelated text. */
const MIN_ALIGNED = 12;

export function tokenForms(token: Secret, user?: string, where?: { host: string; port: number }): string[] {
  const v = token.reveal();
  if (!v) return [];
  const forms = new Set(token.forms(user));
  if (v.length >= MIN_ALIGNED) for (const f of alignedBase64(v)) forms.add(f);
  if (user !== undefined) {
    forms.add(b64(xoauth2Blob(user, v)));
    if (where) forms.add(b64(oauthbearerBlob(user, v, where.host, where.port)));
  }
  return [...forms].filter((f) => f.length >= 3);
}
