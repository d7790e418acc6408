/** Catalog part: transactional relays (SES, SendGrid, Mailgun, Postmark, Brevo). Korean twin in ../ko/providers-relays.ts. */
export const enProvidersRelays = {

  // ---- Amazon SES
  'prov.ses.smtp-credentials.cause':
    'Amazon SES rejected the SMTP credentials: "{reply}". SES SMTP credentials are not your IAM access key and ' +
    'secret, and they work only in the AWS region they were made for.',
  'prov.ses.smtp-credentials.fix':
    'Create SMTP credentials in the SES console of the region you send from (SES > SMTP settings > Create SMTP ' +
    'credentials) and use that SMTP user name and SMTP password. The host must be the same region: ' +
    'email-smtp.<region>.amazonaws.com. Rotated IAM keys need a newly derived SMTP password; copy both values ' +
    'without spaces.',
  'prov.ses.identity-not-verified.cause':
    'Amazon SES refused the message because an address or domain is not verified in this region: "{reply}".',
  'prov.ses.identity-not-verified.fix':
    'Verify the From domain or address ({from}) in SES > Identities of the same region as the SMTP host. While the ' +
    'account is in the SES sandbox, every recipient must be verified too: verify the test recipient, or request ' +
    'production access (SES > Account dashboard > Request production access).',
  'prov.ses.throttling.cause': 'Amazon SES throttled the sending: "{reply}".',
  'prov.ses.throttling.fix':
    'Send no faster than the account\'s maximum send rate (SES > Account dashboard) and stay under the 24-hour ' +
    'quota; retry 454 replies with back-off instead of dropping them (nodemailer pool with rateLimit/maxMessages). ' +
    'Ask for a quota increase in the SES console if you need more.',
  'prov.ses.starttls.cause': 'Amazon SES requires TLS before authentication: "{reply}".',
  'prov.ses.starttls.fix':
    'Use --security starttls on port 587 (or 25/2587), or --security tls on 465 (or 2465). In nodemailer: port 587, ' +
    'secure false, requireTLS true; Spring mail.smtp.starttls.enable=true and mail.smtp.starttls.required=true.',

  // ---- SendGrid
  'prov.sendgrid.bad-credentials.cause': 'SendGrid rejected the login: "{reply}".',
  'prov.sendgrid.bad-credentials.fix':
    'Use the user name apikey, literally, and an API key with "Mail Send" permission as the password (Settings > ' +
    'API Keys). Your SendGrid login name, or the API key ID, does not work. Create a new key if this one was ' +
    'deleted or revoked.',
  'prov.sendgrid.sender-identity.cause':
    'SendGrid refused the From address: it is not a verified Sender Identity ("{reply}").',
  'prov.sendgrid.sender-identity.fix':
    'Verify the From address ({from}) as a Single Sender, or authenticate its domain (Settings > Sender ' +
    'Authentication), then send with exactly that From. The login user "apikey" is not the sender.',
  'prov.sendgrid.unauthenticated.cause': 'SendGrid does not accept mail without authentication: "{reply}".',
  'prov.sendgrid.unauthenticated.fix':
    'Log in with --user apikey and the API key as the password (nodemailer auth: { user: "apikey", pass: key }); ' +
    'the older user name/password login is gone.',

  // ---- Mailgun
  'prov.mailgun.bad-credentials.cause': 'Mailgun rejected the SMTP login: "{reply}".',
  'prov.mailgun.bad-credentials.fix':
    'Use the SMTP credentials of the sending domain (Sending > Domain settings > SMTP credentials): the login is a ' +
    'full address such as postmaster@mg.yourdomain.com and the password is the one set there, not the account ' +
    'password or an API key. EU-region domains use smtp.eu.mailgun.org.',
  'prov.mailgun.sandbox-recipient.cause':
    'The Mailgun sandbox domain only delivers to authorised recipients: "{reply}".',
  'prov.mailgun.sandbox-recipient.fix':
    'Add and confirm the recipient under the sandbox domain\'s Authorized Recipients, or add and verify your own ' +
    'sending domain in Mailgun and send from it.',
  'prov.mailgun.account-not-activated.cause': 'Mailgun does not let this domain send yet: "{reply}".',
  'prov.mailgun.account-not-activated.fix':
    'Activate the Mailgun account (the activation e-mail, and phone verification if asked), then retry; add your ' +
    'own verified domain for real sending.',

  // ---- Postmark
  'prov.postmark.bad-credentials.cause': 'Postmark rejected the SMTP login: "{reply}".',
  'prov.postmark.bad-credentials.fix':
    'Use the Server API token (Servers > your server > API Tokens) as both the user name and the password, or an ' +
    'SMTP token\'s Access Key as the user and its Secret Key as the password. The account login and the Account API ' +
    'token do not work. Ports 587, 2525 or 25 with STARTTLS.',
  'prov.postmark.sender-signature.cause':
    'Postmark refused the From address: it is not a confirmed Sender Signature or verified domain of the account ' +
    '("{reply}").',
  'prov.postmark.sender-signature.fix':
    'Add and confirm {from} under Sender Signatures, or verify its domain (DKIM and Return-Path DNS records), then ' +
    'send from it.',

  // ---- Brevo (Sendinblue)
  'prov.brevo.bad-credentials.cause': 'Brevo rejected the SMTP login: "{reply}".',
  'prov.brevo.bad-credentials.fix':
    'Use the SMTP login shown in Brevo (Settings > SMTP & API > SMTP; it may differ from your account e-mail) and ' +
    'an SMTP key as the password, not your Brevo password and not an API key (xkeysib-...). Host ' +
    'smtp-relay.brevo.com, port 587 or 2525 with STARTTLS, or 465 with TLS.',
  'prov.brevo.authenticate-first.cause':
    'Brevo refused MAIL FROM because the session is not logged in: "{reply}".',
  'prov.brevo.authenticate-first.fix':
    'Make sure the client sends AUTH (with the SMTP login and SMTP key) and does not send EHLO again after AUTH: ' +
    'Brevo resets the login on a new EHLO. In Python smtplib call login() and then sendmail() without another ' +
    'ehlo().',
} as const;
