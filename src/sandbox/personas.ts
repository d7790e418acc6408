/**
 * Fault personas for `smtp-doctor serve --persona NAME`: the sandbox answers the way a real
 * provider fails, with the wording of its real replies, so an application's error handling
 * (and smtp-doctor's own diagnosis) can be tried without an account at that provider.
 *
 * Every reply below is a real one, quoted in a public issue thread (sources next to each).
 * Real replies are often multi-line ("535-5.7.8 ...\r\n535 5.7.8 ..."); smtp-server sends one
 * line per hook error (it turns control characters into spaces), so the continuation lines are
 * joined into one line with the same words, the way most clients log them anyway. Session ids
 * Google and Microsoft append (e.g. "af79cd13be357-...sm18893085a.74") are the ones quoted.
 *
 * Replies carry their enhanced status code in the text: the sandbox runs smtp-server with
 * hideENHANCEDSTATUSCODES, so the text is sent exactly as written here.
 */

export const PERSONA_NAMES = [
  'gmail-bad-credentials',
  'gmail-app-password',
  'm365-smtp-auth-disabled',
  'ses-unverified-sender',
  'greeting-554',
  'starttls-required',
  'tarpit',
  'rate-limit',
] as const;

export type PersonaName = (typeof PERSONA_NAMES)[number];

export function isPersonaName(s: string): s is PersonaName {
  return (PERSONA_NAMES as readonly string[]).includes(s);
}

/** One SMTP reply: the code and the text after it (enhanced status code included). */
export interface Reply {
  code: number;
  text: string;
}

/** What a reply may mention: the client's address, the envelope sender, the time. */
export interface ReplyContext {
  ip: string;
  from: string;
  now: Date;
}

export interface Persona {
  name: PersonaName;
  /** smtp-server `name`: the host name in the greeting and the EHLO reply */
  serverName?: string;
  /** smtp-server `banner`: what follows "220 <name> ESMTP" */
  banner?: (c: ReplyContext) => string;
  /** refuse the connection with this reply instead of the 220 greeting */
  greeting?: (c: ReplyContext) => Reply;
  /** accept the connection and never greet (closed by a server-side deadline) */
  tarpit?: boolean;
  /** MAIL FROM needs a successful AUTH first */
  authRequired?: boolean;
  /** the reply to MAIL FROM without AUTH (after TLS) when authRequired */
  authRequiredReply?: (c: ReplyContext) => Reply;
  /** the reply to every AUTH attempt, whatever the credentials */
  auth?: (c: ReplyContext) => Reply;
  /** mechanisms advertised after TLS (default PLAIN LOGIN CRAM-MD5) */
  authMethods?: string[];
  /** the reply to MAIL FROM before STARTTLS on the plain port */
  mailBeforeTls?: (c: ReplyContext) => Reply;
  /** the reply to the end of DATA instead of accepting the message */
  data?: (c: ReplyContext) => Reply;
}

// 530 5.7.0 Must issue a STARTTLS command first. s31sm1331632ywa.30 - gsmtp
// https://github.com/deanproxy/eMail/issues/53 ; https://github.com/virtualzone/tubewarder/issues/29 ;
// https://github.com/passbolt/passbolt_docker/issues/25 (smtp.gmail.com:587 without STARTTLS)
const gmailStarttlsFirst = (): Reply => ({ code: 530, text: '5.7.0 Must issue a STARTTLS command first. s31sm1331632ywa.30 - gsmtp' });

// 220 smtp.gmail.com ESMTP g16-20020adff3d0000000b00318147fd2d3sm7366394wrp.41 - gsmtp
// https://github.com/mobizt/ESP-Mail-Client/issues/295 (a session log against smtp.gmail.com:587)
const GMAIL_SUBMISSION = {
  serverName: 'smtp.gmail.com',
  banner: () => 'g16-20020adff3d0000000b00318147fd2d3sm7366394wrp.41 - gsmtp',
  mailBeforeTls: gmailStarttlsFirst,
};

// "530-5.7.0 Authentication Required. Learn more at 530 5.7.0 https://support.google.com/mail/?p=WantAuthError j5-... - gsmtp":
// Gmail's reply to MAIL FROM before AUTH (https://github.com/PHPMailer/PHPMailer/issues/2077; the full text as
// quoted in smtp-doctor's own Gmail rules, src/kb/rules/providers.ts)
const gmailWantAuth = (): Reply => ({
  code: 530,
  text:
    '5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError ' +
    'j5-20020a05620a288500b0077d8526bcdesm2261723qkp.86 - gsmtp',
});

const PERSONAS: Record<PersonaName, Persona> = {
  // 535-5.7.8 Username and Password not accepted. For more information, go to
  // 535 5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp
  // https://github.com/dawidd6/action-send-mail/issues/205 ; older "Learn more at" wording:
  // https://github.com/jef/streetmerchant/issues/1190, https://github.com/swiftmailer/swiftmailer/issues/1083
  'gmail-bad-credentials': {
    name: 'gmail-bad-credentials',
    ...GMAIL_SUBMISSION,
    authRequired: true,
    authRequiredReply: gmailWantAuth,
    authMethods: ['PLAIN', 'LOGIN'],
    auth: () => ({
      code: 535,
      text:
        '5.7.8 Username and Password not accepted. For more information, go to ' +
        'https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp',
    }),
  },
  // (534, b'5.7.9 Application-specific password required. For more information, go to\n5.7.9
  //  https://support.google.com/mail/?p=InvalidSecondFactor ffacd0b85a97d-368119970e7sm1809147f8f.21 - gsmtp')
  // https://github.com/Der-Henning/tgtg/issues/517 ; also https://github.com/leiweibau/Pi.Alert/issues/236,
  // https://github.com/nodemailer/nodemailer/issues/1116 ("534-5.7.9 ... Learn more at")
  'gmail-app-password': {
    name: 'gmail-app-password',
    ...GMAIL_SUBMISSION,
    authRequired: true,
    authRequiredReply: gmailWantAuth,
    authMethods: ['PLAIN', 'LOGIN'],
    auth: () => ({
      code: 534,
      text:
        '5.7.9 Application-specific password required. For more information, go to ' +
        'https://support.google.com/mail/?p=InvalidSecondFactor ffacd0b85a97d-368119970e7sm1809147f8f.21 - gsmtp',
    }),
  },
  // 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit
  // https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]
  // https://github.com/simonrob/email-oauth2-proxy/issues/193 ; https://github.com/nodemailer/nodemailer/issues/1484
  // Greeting: "220 SC1PR80CA0174.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 27 Mar 2023 18:17:53 +0000"
  // (https://github.com/datawookie/emayili/issues/147); smtp-server always writes "<name> ESMTP <banner>", so ours
  // reads "220 MN2PR05CA0004.outlook.office365.com ESMTP MAIL Service ready at <date>".
  // MAIL before AUTH: "5.7.57 Client not authenticated to send mail" (https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124).
  'm365-smtp-auth-disabled': {
    name: 'm365-smtp-auth-disabled',
    serverName: 'MN2PR05CA0004.outlook.office365.com',
    banner: (c) => `MAIL Service ready at ${c.now.toUTCString().replace('GMT', '+0000')}`,
    authRequired: true,
    authRequiredReply: () => ({ code: 530, text: '5.7.57 Client not authenticated to send mail. [MN2PR05CA0004.namprd05.prod.outlook.com]' }),
    authMethods: ['LOGIN', 'PLAIN'],
    auth: (c) => ({
      code: 535,
      text: `5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com ${c.now.toISOString()} 08DBB276B7E699C4]`,
    }),
  },
  // 554 Message rejected: Email address is not verified. The following identities failed the check in region US-WEST-2: email
  // https://github.com/sul-dlss/dlme/issues/813 (Net::SMTPFatalError from the SES SMTP endpoint);
  // US-EAST-1 and the address list: https://github.com/mageplaza/magento-2-smtp/issues/152, https://github.com/WPManageNinja/fluent-smtp/issues/74
  // Greeting: "220 email-smtp.amazonaws.com ESMTP SimpleEmailService-909942753 aSK3of4ybdKqba6CpB7f"
  // (https://github.com/drewblas/aws-ses/issues/60). Any AUTH is accepted; the message is refused at the end of DATA.
  'ses-unverified-sender': {
    name: 'ses-unverified-sender',
    serverName: 'email-smtp.amazonaws.com',
    banner: () => 'SimpleEmailService-909942753 aSK3of4ybdKqba6CpB7f',
    authMethods: ['PLAIN', 'LOGIN'],
    data: (c) => ({ code: 554, text: `Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: ${c.from || '<>'}` }),
  },
  // 554 5.7.1 Service unavailable; Client host [37.x.y.z] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/44.192.176.0
  // https://github.com/MailScanner/v5/issues/634 ; https://github.com/simple-login/app/issues/2675 (Postfix reject_rbl_client wording).
  // Postfix usually says it to RCPT TO; a server that refuses listed clients outright says it instead of the greeting.
  'greeting-554': {
    name: 'greeting-554',
    serverName: 'mx.example.net',
    greeting: (c) => ({ code: 554, text: `5.7.1 Service unavailable; Client host [${c.ip}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/${c.ip}` }),
  },
  // Gmail's submission port refusing MAIL FROM before STARTTLS (gmailStarttlsFirst above, with its sources);
  // after STARTTLS (or on the implicit TLS port) mail is accepted.
  'starttls-required': {
    name: 'starttls-required',
    ...GMAIL_SUBMISSION,
  },
  // No reply at all: a firewall or overloaded server that accepts TCP and never sends the 220 greeting
  // (nodemailer "Greeting never received", https://github.com/nodemailer/nodemailer/issues/1470).
  tarpit: {
    name: 'tarpit',
    tarpit: true,
  },
  // 421-4.7.28 [xxx.59.88.xxx       4] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating
  // from your IP address. To protect our ... users from spam, mail sent from your IP address has been temporarily ...
  // rate limited. Please visit ... https://support.google.com/mail/?p=UnsolicitedRateLimitError to ... review our Bulk
  // Email Senders Guidelines. z1si9679476pln.401 - gsmtp (in reply to end of DATA command)
  // https://github.com/mail-in-a-box/mailinabox/issues/1771 (Gmail's MX, answering the end of DATA).
  'rate-limit': {
    name: 'rate-limit',
    serverName: 'mx.google.com',
    banner: () => 'z1si9679476pln.401 - gsmtp',
    data: (c) => ({
      code: 421,
      text: `4.7.28 [${c.ip}       4] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. z1si9679476pln.401 - gsmtp`,
    }),
  },
};

export function persona(name: PersonaName): Persona {
  return PERSONAS[name];
}
