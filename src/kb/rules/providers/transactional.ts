import type { Rule } from '../../rule-types.js';
import { CHECKED, SES_CODES, SES_CREDS } from './shared.js';

/**
 * Provider rules, part of PROVIDERS_RULES (../providers.ts, which keeps their order): Amazon SES,
 * SendGrid, Mailgun, Postmark, Brevo.
 */
export const TRANSACTIONAL_RULES: Rule[] = [
  // ---------------------------------------------------------------- Amazon SES
  {
    id: 'ses.smtp-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['ses'], responseCode: [535], text: /Authentication Credentials Invalid/i },
    msg: 'prov.ses.smtp-credentials',
    source: `${SES_CREDS}; ${SES_CODES}; https://github.com/hashicorp/terraform-provider-aws/issues/11930 (credentials from another region fail); https://github.com/knadh/listmonk/issues/1053 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'ses', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, text: '535 Authentication Credentials Invalid' },
    ],
  },
  {
    id: 'ses.identity-not-verified',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['ses'], text: /Email address is not verified|identities failed the check in region/i },
    msg: 'prov.ses.identity-not-verified',
    source: `https://repost.aws/knowledge-center/ses-554-400-message-rejected-error; https://github.com/3box/3box/issues/469 (quotes the SES docs: in the sandbox every recipient must be verified too; verification is per region); https://github.com/GoogleCloudPlatform/cloud-build-notifiers/issues/87 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'ses',
        command: 'DATA',
        responseCode: 554,
        text:
          '554 Message rejected: Email address is not verified. The following identities failed the check in region ' +
          'US-EAST-1: sender@example.com',
      },
    ],
  },
  {
    id: 'ses.throttling',
    category: 'RATE_LIMITED',
    when: { provider: ['ses'], text: /Throttling failure|Maximum sending rate exceeded|Daily message quota exceeded/i },
    msg: 'prov.ses.throttling',
    source: `https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html; ${SES_CODES}; https://github.com/hackclub/hackathons-backend/issues/543 ${CHECKED}`,
    examples: [
      { step: 'send', provider: 'ses', command: 'DATA', responseCode: 454, text: '454 Throttling failure: Maximum sending rate exceeded.' },
      { step: 'send', provider: 'ses', command: 'DATA', responseCode: 454, text: '454 Throttling failure: Daily message quota exceeded.' },
    ],
  },
  {
    id: 'ses.starttls-required',
    category: 'STARTTLS_REQUIRED',
    when: { provider: ['ses'], responseCode: [530], text: /Must issue a STARTTLS command first/i },
    msg: 'prov.ses.starttls',
    source: `${SES_CODES}; https://pastebin.com/t22G4F69 ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'ses', command: 'AUTH', responseCode: 530, text: '530 Must issue a STARTTLS command first' }],
  },

  // ---------------------------------------------------------------- SendGrid
  {
    id: 'sendgrid.2fa',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['sendgrid'], responseCode: [535], text: /not allowed with 2FA|two-factor/i },
    msg: 'gmail.app-password',
    source:
      'SendGrid "535 Authentication failed: Basic authentication is not allowed with 2FA enabled" (use an API key ' +
      'with the user "apikey"); https://docs.sendgrid.com/for-developers/sending-email/authentication (checked ' +
      '2026-11)',
    examples: [{ provider: 'sendgrid', responseCode: 535, text: 'Authentication failed: Basic authentication is not allowed with 2FA enabled. To fix, see https://sendgrid.com/docs/for-developers/sending-email/authentication/#basic-authentication' }],
  },
  {
    id: 'sendgrid.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['sendgrid'], responseCode: [535], text: /Bad username \/ password|authorization grant is invalid, expired, or revoked|Authentication failed/i },
    msg: 'prov.sendgrid.bad-credentials',
    source: `https://sendgrid.com/docs/for-developers/sending-email/getting-started-smtp/ (user name "apikey", password an API key; see https://github.com/sendgrid/docs/pull/6171, https://github.com/sendgrid/docs/issues/5634); https://github.com/sendgrid/docs/issues/2491; https://github.com/sendgrid/docs/issues/3947 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'sendgrid', command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication failed: Bad username / password' },
      {
        step: 'auth',
        provider: 'sendgrid',
        command: 'AUTH LOGIN',
        responseCode: 535,
        text: '535 Authentication failed: The provided authorization grant is invalid, expired, or revoked',
      },
    ],
  },
  {
    id: 'sendgrid.sender-identity',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['sendgrid'], text: /does not match a verified Sender Identity|not authorized to send from that email address/i },
    msg: 'prov.sendgrid.sender-identity',
    source: `https://sendgrid.com/docs/for-developers/sending-email/sender-identity/; https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/; https://github.com/sahat/hackathon-starter/issues/1083 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'sendgrid',
        command: 'DATA',
        responseCode: 550,
        text:
          '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is ' +
          'resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the ' +
          'Sender Identity requirements',
      },
      { step: 'send', provider: 'sendgrid', command: 'MAIL FROM', responseCode: 403, text: 'You are not authorized to send from that email address' },
    ],
  },
  {
    id: 'sendgrid.unauthenticated',
    category: 'MISSING_CREDENTIALS',
    when: { provider: ['sendgrid'], text: /Unauthenticated senders not allowed/i },
    msg: 'prov.sendgrid.unauthenticated',
    source: `https://github.com/sendgrid/docs/issues/6473; https://sendgrid.com/docs/for-developers/sending-email/upgrade-your-authentication-method-to-api-keys/ ${CHECKED}`,
    examples: [{ step: 'send', provider: 'sendgrid', command: 'MAIL FROM', responseCode: 550, text: '550 Unauthenticated senders not allowed' }],
  },

  // ---------------------------------------------------------------- Mailgun
  {
    id: 'mailgun.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['mailgun'], responseCode: [535], text: /not loving your login or password|Authentication failed/i },
    msg: 'prov.mailgun.bad-credentials',
    source: `https://github.com/mailgun/documentation/issues/132; https://github.com/swapmyvote/swapmyvote/issues/250 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'mailgun', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 Mailgun is not loving your login or password' },
    ],
  },
  {
    id: 'mailgun.sandbox-recipient',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['mailgun'], text: /Sandbox subdomains are for test purposes only|add the address to authorized recipients/i },
    msg: 'prov.mailgun.sandbox-recipient',
    source: `https://help.mailgun.com/hc/en-us/articles/217531258-Authorized-Recipients; https://github.com/zonque/AlRide/issues/7; https://github.com/leemunroe/grunt-email-workflow/issues/81 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'mailgun',
        command: 'RCPT TO',
        responseCode: 554,
        text:
          '554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to ' +
          'authorized recipients in domain settings.',
      },
    ],
  },
  {
    id: 'mailgun.account-not-activated',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['mailgun'], text: /is not allowed to send: Please activate your Mailgun account/i },
    msg: 'prov.mailgun.account-not-activated',
    source: `https://github.com/Monstarrrr/rebutify/issues/162 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'mailgun',
        command: 'MAIL FROM',
        responseCode: 421,
        text:
          "421 Domain sandboxXXXXX.mailgun.org is not allowed to send: Please activate your Mailgun account. Check " +
          "your inbox or log in to your control panel to resend the activation email.",
      },
    ],
  },

  // ---------------------------------------------------------------- Postmark
  {
    id: 'postmark.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['postmark'], responseCode: [535] },
    msg: 'prov.postmark.bad-credentials',
    source: `https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using (Server API token as user name and password, or an SMTP token pair); https://github.com/mautic/mautic/issues/1700; https://github.com/nodemailer/nodemailer-wellknown/issues/14 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'postmark', command: 'AUTH LOGIN', responseCode: 535, enhancedCode: '5.7.8', text: '535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6' },
    ],
  },
  {
    id: 'postmark.sender-signature',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['postmark'], text: /not a Sender Signature|Sender signature not defined/i },
    msg: 'prov.postmark.sender-signature',
    source: `https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using; https://github.com/feedadoc/feedadoc/pull/110 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'postmark',
        text:
          "The 'From' address you supplied (redacted) is not a Sender Signature on your account. Please add and " +
          "confirm this address in order to be able to use it in the 'From' field of your messages.",
      },
    ],
  },

  // ---------------------------------------------------------------- Brevo (Sendinblue)
  {
    id: 'brevo.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['brevo'], responseCode: [535] },
    msg: 'prov.brevo.bad-credentials',
    source: `https://developers.brevo.com/docs/smtp-integration ("Use an SMTP key, not an API key"); https://github.com/directus/directus/issues/24632; https://github.com/marcpope/borgbackupserver/issues/16 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'brevo', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, enhancedCode: '5.7.8', text: '535 5.7.8 Error: authentication failed: (reason unavailable)' },
      { step: 'auth', provider: 'brevo', command: 'AUTH LOGIN', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 Invalid login or password' },
    ],
  },
  {
    id: 'brevo.authenticate-first',
    category: 'RELAY_DENIED',
    when: { provider: ['brevo'], text: /Please authenticate first/i },
    msg: 'prov.brevo.authenticate-first',
    source: `https://github.com/frappe/frappe/issues/38806; https://github.com/frappe/frappe/issues/38558 (an EHLO sent after AUTH resets the login at Brevo) ${CHECKED}`,
    examples: [{ step: 'send', provider: 'brevo', command: 'MAIL FROM', responseCode: 502, enhancedCode: '5.7.0', text: '502 5.7.0 Please authenticate first' }],
  },
];
