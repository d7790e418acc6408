import type { Signature } from '../types.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts): OAuth 2.0 logins (XOAUTH2 / OAUTHBEARER)
 * as the stacks word them, by wording family:
 *   oauth-refused         the server refused the bearer token at AUTH
 *   oauth-token-endpoint  the client could not get an access token (refresh grant failed)
 * A refused token's reply code (535 5.7.3 at Microsoft 365, 535 5.7.8 at Gmail) is read by
 * extract.ts as usual; these say that the login was an OAuth one, which changes the advice.
 */
const GOOGLE = 'https://developers.google.com/gmail/imap/xoauth2-protocol (error response: 334 + base64 JSON status)';

export const OAUTH_SIGNATURES: Signature[] = [
  {
    id: 'oauth-error-challenge',
    wording: 'oauth-refused',
    // 334 + base64 of a JSON object: "eyJ" is base64 of '{"'.
    pattern: /\b334[ -]eyJ[A-Za-z0-9+/]{8,4096}={0,2}/,
    reason: 'oauth-token-refused',
    step: 'auth',
    command: 'AUTH XOAUTH2',
    source: `${GOOGLE}; RFC 7628 section 3.2.2`,
    examples: [
      'S: 334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\nC: \n' +
        'S: 535-5.7.8 Username and Password not accepted.',
      '<~  334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=',
    ],
  },
  {
    id: 'oauth-server-rejected',
    wording: 'oauth-refused',
    pattern: /server rejected (?:XOAUTH2|OAUTHBEARER)|SASL (?:XOAUTH2|OAUTHBEARER) authentication failed/,
    reason: 'oauth-token-refused',
    step: 'auth',
    command: 'AUTH XOAUTH2',
    source: 'Cyrus SASL clients (mbsync, mutt-wizard): https://github.com/LukeSmithxyz/mutt-wizard/issues/339',
    examples: [
      'Error: SASL(-13): authentication failure: server rejected XOAUTH2: ' +
        '{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}',
      'smtp: SASL XOAUTH2 authentication failed',
    ],
  },
  {
    id: 'oauth-client-sent',
    wording: 'oauth-refused',
    // The client's own AUTH line with its initial response; not the server's "250-AUTH XOAUTH2 ..." list. The
    // credentials are masked by the time signatures run (../mask.ts): "AUTH XOAUTH2 ********".
    pattern: /(?<![0-9][ -])\bAUTH (?:XOAUTH2|OAUTHBEARER) (?:[A-Za-z0-9+/]{16}|user=|\*{8})/,
    reason: 'oauth-token-refused',
    step: 'auth',
    command: 'AUTH XOAUTH2',
    source: 'SMTP debug logs of PHPMailer, Indy, nodemailer; https://github.com/geoffsmith82/GmailAuthSMTP/issues/15',
    examples: [
      'CLIENT -> SERVER: AUTH XOAUTH2 dXNlcj1tZUBjb250b3NvLmNvbQFhdXRoPUJlYXJlciBleUowZVhBaU9pSktWMVFpTENK\n' +
        'SERVER -> CLIENT: 535 5.7.3 Authentication unsuccessful [SN4PR0601CA0012.namprd06.prod.outlook.com]',
      'R:535 5.7.3 Authentication unsuccessful [ROAP284CA0191.BRAP284.PROD.OUTLOOK.COM]\n' +
        'The cmd string passed is like this: AUTH XOAUTH2 user= <my_user> auth=Bearer <token>',
    ],
  },
  {
    id: 'oauth-stack-config',
    wording: 'oauth-refused',
    pattern: new RegExp(
      [
        String.raw`\bSaslMechanismOAuth2\b`,
        String.raw`Using mechanism (?:XOAUTH2|OAUTHBEARER)\b`,
        String.raw`auth\.mechanisms\s*[=:]\s*["']?XOAUTH2`,
        String.raw`\.auth\(\s*['"]XOAUTH2['"]`,
        String.raw`AuthType\s*=\s*['"]XOAUTH2`,
      ].join('|'),
    ),
    reason: 'oauth-token-refused',
    step: 'auth',
    command: 'AUTH XOAUTH2',
    source:
      'MailKit SaslMechanismOAuth2 (https://github.com/jstedfast/MailKit/issues/1712, /1450); Jakarta Mail ' +
      'mail.smtp.auth.mechanisms=XOAUTH2 and its debug "Using mechanism XOAUTH2"; Python smtplib SMTP.auth; ' +
      'PHPMailer AuthType',
    examples: [
      'var oauth2 = new SaslMechanismOAuth2(authToken.Account.Username, authToken.AccessToken);\n' +
        'Error: MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful ' +
        '[AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]',
      'props.put("mail.smtp.auth.mechanisms", "XOAUTH2");\nDEBUG SMTP: Using mechanism XOAUTH2\n' +
        'jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful',
      "server.auth('XOAUTH2', lambda: auth_string)\n" +
        "smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')",
      "$mail->AuthType = 'XOAUTH2';\nSMTP ERROR: AUTH command failed: 535 5.7.3 Authentication unsuccessful",
    ],
  },
  {
    id: 'oauth-no-access-token',
    wording: 'oauth-token-endpoint',
    pattern: /Can't create new access token for user|Failed generating new Access Token/,
    code: 'EAUTH',
    reason: 'oauth-token-endpoint-failed',
    step: 'oauth',
    source: 'nodemailer lib/xoauth2 (https://github.com/nodemailer/nodemailer/issues/1166, /910, /951)',
    examples: [
      "Error: Can't create new access token for user\n" +
        '    at XOAuth2.generateToken (/app/node_modules/nodemailer/lib/xoauth2/index.js:184:33)',
      '[2018-10-27 06:35:31] ERROR Failed generating new Access Token for xx@gmail.com',
    ],
  },
  {
    id: 'oauth-invalid-grant',
    wording: 'oauth-token-endpoint',
    pattern: /\binvalid_grant\b/,
    code: 'invalid_grant',
    reason: 'oauth-invalid-grant',
    step: 'oauth',
    source: 'RFC 6749 section 5.2; https://github.com/andris9/xoauth2/issues/10; google-auth RefreshError',
    examples: [
      'XOAUTH2 Error: Error: invalid_grant',
      "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', " +
        "{'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})",
    ],
  },
  {
    id: 'oauth-invalid-client',
    wording: 'oauth-token-endpoint',
    pattern: /\binvalid_client\b/,
    code: 'invalid_client',
    reason: 'oauth-invalid-client',
    step: 'oauth',
    source:
      'RFC 6749 section 5.2; https://learn.microsoft.com/entra/identity-platform/reference-error-codes ' +
      '(AADSTS7000215)',
    examples: ['{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}'],
  },
];

/** The status of an OAuth error challenge in a pasted text (334 + base64 JSON, or the JSON itself), bounded. */
export function pastedChallengeStatus(text: string): string | undefined {
  const b64 = /\b334[ -](eyJ[A-Za-z0-9+/]{8,4096}={0,2})/.exec(text)?.[1];
  const json = b64 ? Buffer.from(b64, 'base64').toString('utf8') : text;
  return /"status"\s{0,9}:\s{0,9}"([A-Za-z0-9_.-]{1,40})"/.exec(json)?.[1];
}
