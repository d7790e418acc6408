import type { OAuthCtx } from '../types.js';
import { sq, type Ctx } from './shared.js';

/**
 * OAuth 2.0 (XOAUTH2) settings for the stacks that can log in with a bearer token. Secrets are
 * environment references only: the access token, or the refresh token and client secret.
 *   nodemailer  auth.type 'OAuth2' (https://nodemailer.com/smtp/oauth2/): accessToken, or clientId,
 *               clientSecret, refreshToken and accessUrl (nodemailer refreshes the token itself)
 *   PHPMailer   AuthType 'XOAUTH2' and setOAuth() with an OAuthTokenProvider (PHPMailer 6.6+)
 *   Python      smtplib SMTP.auth('XOAUTH2', authobject); urllib for the refresh grant
 *   Spring / Jakarta Mail: the access token is the password, mail.smtp.auth.mechanisms=XOAUTH2
 *               (the javamail and spring emitters do that from c.auth)
 */
export type { OAuthCtx } from '../types.js';

/** The `auth` option of a nodemailer transport. */
export function nodemailerOAuth(c: Ctx, o: OAuthCtx): string[] {
  const user = sq(c.user ?? '');
  if (!o.refresh) {
    return ['  auth: {', "    type: 'OAuth2',", `    user: ${user},`, `    accessToken: process.env.${o.tokenEnv},`,
      '  },'];
  }
  const r = o.refresh;
  return [
    '  auth: {',
    "    type: 'OAuth2', // nodemailer gets a fresh access token with the refresh token",
    `    user: ${user},`,
    `    clientId: ${sq(r.clientId)},`,
    ...(r.secretEnv ? [`    clientSecret: process.env.${r.secretEnv},`] : []),
    `    refreshToken: process.env.${r.refreshEnv},`,
    `    accessUrl: ${sq(r.tokenUrl)},`,
    '  },',
  ];
}

/** PHPMailer: the token provider and AuthType, after Username. */
export function phpmailerOAuth(c: Ctx, o: OAuthCtx): string[] {
  const out = [
    "$mail->AuthType = 'XOAUTH2';",
    '// PHPMailer 6.6+: any PHPMailer\\PHPMailer\\OAuthTokenProvider; with league/oauth2-client use',
    '// new PHPMailer\\PHPMailer\\OAuth([...]) to refresh the token instead.',
    '$mail->setOAuth(new class implements PHPMailer\\PHPMailer\\OAuthTokenProvider {',
    '    public function getOauth64(): string {',
  ];
  const token = o.refresh ? 'fetch_access_token()' : `getenv('${o.tokenEnv}')`;
  const blob = `"user=" . ${sq(c.user ?? '')} . "\\001auth=Bearer " . ${token} . "\\001\\001"`;
  out.push(`        return base64_encode(${blob});`);
  out.push('    }', '});');
  if (o.refresh) {
    const r = o.refresh;
    out.push(`// fetch_access_token(): POST grant_type=refresh_token to ${r.tokenUrl} (getenv('${r.refreshEnv}'))`);
  }
  return out;
}

/** Python: the lines that get the token (refresh flow) before the SMTP connection. */
export function pythonTokenLines(o: OAuthCtx): string[] {
  if (!o.refresh) return [`token = os.environ['${o.tokenEnv}']`];
  const r = o.refresh;
  const form = [
    "'grant_type': 'refresh_token'",
    `'client_id': ${sq(r.clientId)}`,
    `'refresh_token': os.environ['${r.refreshEnv}']`,
    ...(r.secretEnv ? [`'client_secret': os.environ['${r.secretEnv}']`] : []),
    ...(r.scope ? [`'scope': ${sq(r.scope)}`] : []),
  ];
  return [
    'import json, urllib.parse, urllib.request',
    `form = urllib.parse.urlencode({${form.join(', ')}}).encode()`,
    `with urllib.request.urlopen(${sq(r.tokenUrl)}, form, timeout=30) as resp:`,
    "    token = json.load(resp)['access_token']",
  ];
}

/** Python: the login line (answers an error challenge with the empty response XOAUTH2 requires). */
export function pythonLogin(c: Ctx): string {
  const blob = `'user=' + ${sq(c.user ?? '')} + '\\x01auth=Bearer ' + token + '\\x01\\x01'`;
  return `    s.auth('XOAUTH2', lambda challenge=None: '' if challenge else ${blob})`;
}

/** The stacks without a built-in XOAUTH2 login: a comment instead of settings that would send a password. */
export function noOAuth(target: string): string {
  const use = 'nodemailer, Spring/JavaMail, PHPMailer or Python smtplib';
  return `# ${target} has no built-in OAuth 2.0 (XOAUTH2) login: use ${use}\n`;
}
