/**
 * One OAuth 2.0 SASL exchange on an open SMTP session: `AUTH <MECH> <base64 blob>`; on a 334
 * error challenge keep its DECODED form (the Transcript masks every 334 line, so this is the
 * only place the challenge is read), send the required answer, read the final reply.
 * Never throws: every outcome is data.
 */
import type { Secret } from '../core/secret.js';
import { parseReply } from '../smtp/extensions.js';
import type { SmtpError, SmtpSession } from '../smtp/session.js';
import { b64, challengeResponse, decodeChallenge, saslBlob } from './sasl.js';
import type { DecodedChallenge, OAuthMechanism } from './sasl.js';

export interface OAuthLoginReply {
  code?: number;
  enhanced?: string;
  /** the server's words without the codes (escaping happens at the step's sink) */
  text: string;
  raw: string;
}

export type OAuthLoginResult =
  | { ok: true; final: OAuthLoginReply; challenge?: undefined }
  /** a final reply other than 235; `challenge` when a 334 came before it */
  | { ok: false; kind: 'refused'; final: OAuthLoginReply; challenge?: DecodedChallenge }
  /** no reply in time, or the connection broke */
  | { ok: false; kind: 'error'; error: SmtpError; challenge?: DecodedChallenge };

const replyOf = (raw: string): OAuthLoginReply => {
  const r = parseReply(raw);
  const out: OAuthLoginReply = { text: r.text, raw };
  if (r.code !== undefined) out.code = r.code;
  if (r.enhanced) out.enhanced = r.enhanced;
  return out;
};

export interface OAuthLoginRequest {
  mech: OAuthMechanism;
  user: string;
  token: Secret;
  /** for OAUTHBEARER's host= and port= */
  host: string;
  port: number;
}

export async function oauthLogin(session: SmtpSession, req: OAuthLoginRequest): Promise<OAuthLoginResult> {
  const blob = b64(saslBlob(req.mech, req.user, req.token, req.host, req.port));
  session.phase = 'auth';
  let challenge: DecodedChallenge | undefined;
  try {
    let raw = await session.command(`AUTH ${req.mech} ${blob}`, `AUTH ${req.mech}`);
    if (raw.startsWith('334')) {
      challenge = decodeChallenge(raw.slice(4).split('\n')[0] ?? '');
      raw = await session.command(challengeResponse(req.mech), `AUTH ${req.mech}`);
    }
    const final = replyOf(raw);
    if (final.code === 235) return { ok: true, final };
    return { ok: false, kind: 'refused', final, ...(challenge ? { challenge } : {}) };
  } catch (err) {
    return { ok: false, kind: 'error', error: err as SmtpError, ...(challenge ? { challenge } : {}) };
  }
}
