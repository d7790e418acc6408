/** Helpers and source strings shared by the signature files in this folder. */

/**
 * A reply the text already carries ("535 5.7.8 ...", "(535, b'...')", 'got code "550"',
 * "responseCode: 535", ".NET: The server response was: ..."). Library wordings that only say
 * "login failed" or "end of file" mean something only when the server's own reply is absent:
 * when it is there, the reply decides (extract.ts + the rules).
 */
const REPLY_IN_TEXT = String.raw`(?:^|[\s:'"(\[=>,])[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d|[A-Z][a-z])|\(\d{3},\s*b?['"]|got (?:an? )?code|responseCode|server response was:\s*\S|\b[2-5]\d\d:\s+[245]\.\d`;

/** `re`, but only when the text has no server reply of its own. `re` must not use the i flag. */
export function withoutReply(re: RegExp): RegExp {
  return new RegExp(`^(?![\\s\\S]*(?:${REPLY_IN_TEXT}))[\\s\\S]*?(?:${re.source})`);
}

export const NM = 'nodemailer lib/smtp-connection (https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js)';
