import type { Rule } from '../rule-types.js';

/**
 * Provider-aware rules: what a reply means at one provider and what to change there.
 *
 * A rule names `provider` when the words alone are ambiguous (a bare "535 Authentication
 * Failed" means different things at Zoho, Postmark and QQ). Rules without `provider` match
 * wording only one product writes (Exchange's "SendAsDenied", Exim's "Sender verify failed"),
 * so they also work on pasted text where no host is known.
 *
 * Sources were checked in 2026-11; provider advice (dates, console paths) may go stale.
 */

const CHECKED = '(checked 2026-11)';

const GOOGLE_CODES = 'https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)';
const GOOGLE_LSA =
  'https://support.google.com/accounts/answer/6010255 (less secure apps: off for personal accounts since May 30, 2022; for Google Workspace accounts since May 1, 2025, per Google\'s "Control access to less secure apps" as quoted at https://nanopo.st/reference/lsa-app-passwords-2026/); https://support.google.com/accounts/answer/185833 (app passwords)';
const MS_SMTP_AUTH = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
const MS_BASIC_AUTH =
  'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750 (MC786329; timeline updated 2026-01-27: unchanged through December 2026, then off by default for existing tenants, final date announced in 2027, per https://app.cloudscout.one/evergreen-item/MC786329)';
const MS_FIX_APPS =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off#error-authentication-unsuccessful';
const SES_CODES = 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html (Amazon SES email sending errors, SMTP response codes)';
const SES_CREDS = 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html (SMTP credentials are not IAM keys and are per region)';

export const PROVIDERS_RULES: Rule[] = [
  // ---------------------------------------------------------------- Gmail / Google Workspace
  {
    id: 'gmail.web-login-required',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['gmail'], responseCode: [534], enhanced: ['5.7.14'], text: /web browser|WebLoginRequired|answer\/78754/i },
    msg: 'prov.gmail.web-login',
    source: `https://support.google.com/mail/answer/78754; ${GOOGLE_LSA}; seen in https://pastebin.com/BPLPGWmA and https://gist.github.com/palash25/5f8c4fd4a67defa0c0ce3d9c8238c596 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        code: 'EAUTH',
        responseCode: 534,
        enhancedCode: '5.7.14',
        text:
          '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbv_\n534-5.7.14 zR7mnH8igWdTeU9EPAHvZ_YlSTc0tUfckCSqFu09AaumeVPdDxTia6h8O4z6I3hXEDFzc1> Please log in via your web browser and\n534-5.7.14 then try again.\n534-5.7.14 Learn more at\n534 5.7.14 https://support.google.com/mail/answer/78754 y6sm6163530wrg.48 - gsmtp',
      },
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH LOGIN',
        responseCode: 534,
        enhancedCode: '5.7.14',
        text: 'Please log in via your web browser and then try again. Learn more at https://support.google.com/mail/answer/78754 x66sm53059629pfb.86 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.auth-required',
    category: 'MISSING_CREDENTIALS',
    when: { provider: ['gmail'], responseCode: [530], enhanced: ['5.7.0', '5.5.1'], text: /Authentication Required|WantAuthError/i },
    msg: 'prov.gmail.auth-required',
    source: `${GOOGLE_CODES}; https://github.com/dawidd6/action-send-mail/issues/186; https://github.com/node-red/node-red/issues/1199 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        code: 'EENVELOPE',
        responseCode: 530,
        enhancedCode: '5.7.0',
        text: 'Mail command failed: 530-5.7.0 Authentication Required. Learn more at 530 5.7.0 https://support.google.com/mail/?p=WantAuthError j5-20020a05620a288500b0077d8526bcdesm2261723qkp.86 - gsmtp',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        responseCode: 530,
        enhancedCode: '5.5.1',
        text: '530-5.5.1 Authentication Required. Learn more at\n530 5.5.1  https://support.google.com/mail/?p=WantAuthError j34sm20675690wre.7 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.ehlo-try-again',
    category: 'HELO_REJECTED',
    when: { provider: ['gmail'], responseCode: [421], enhanced: ['4.7.0'], text: /Try again later, closing connection\.?\s*\(EHLO\)/i },
    msg: 'prov.gmail.ehlo-try-again',
    source: `${GOOGLE_CODES} ("Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage"); https://github.com/calcom/cal.diy/issues/5254; https://github.com/dawidd6/action-send-mail/pull/302 (fixed by sending a real EHLO name); https://help.passbolt.com/faq/hosting/why-email-not-sent ${CHECKED}`,
    examples: [
      {
        step: 'ehlo',
        provider: 'gmail',
        command: 'EHLO',
        responseCode: 421,
        enhancedCode: '4.7.0',
        text: '421 4.7.0 Try again later, closing connection. (EHLO) v6-20020a50c406000000b00461d375b0a5sm78344edf.43 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { provider: ['gmail'], replyClass: [4], enhanced: ['4.7.0', '4.3.0', '4.4.5'], text: /Temporary System Problem|try again later|Server busy/i },
    msg: 'prov.gmail.temporary',
    source: `${GOOGLE_CODES} (421 4.3.0 / 4.4.5 / 4.7.0 temporary replies) ${CHECKED}`,
    generic: true,
    examples: [
      { step: 'send', provider: 'gmail', command: 'MAIL FROM', responseCode: 421, enhancedCode: '4.3.0', text: 'Temporary System Problem. Try again later' },
      { step: 'send', provider: 'gmail', command: 'RCPT TO', responseCode: 421, enhancedCode: '4.4.5', text: 'Server busy, try again later.' },
    ],
  },
  {
    id: 'gmail.sending-limit',
    category: 'RATE_LIMITED',
    when: { provider: ['gmail'], enhanced: ['5.4.5', '4.4.5'], text: /sending (limit|quota)/i },
    msg: 'prov.gmail.sending-limit',
    source: `https://support.google.com/a/answer/166852 (Gmail sending limits in Google Workspace); https://github.com/woowacourse-teams/2025-ah-madda/issues/635; https://github.com/gen-smtp/gen_smtp/issues/140 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        responseCode: 550,
        enhancedCode: '5.4.5',
        text: '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 d2e1a72fcca58-76e7d551493sm9728466b3a.112 - gsmtp',
      },
      { step: 'send', provider: 'gmail', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.4.5', text: '550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp' },
    ],
  },
  {
    id: 'gmail.unsolicited-rate',
    category: 'RATE_LIMITED',
    when: { provider: ['gmail'], replyClass: [4], enhanced: ['4.7.28', '4.7.0'], text: /unusual rate of[\s\S]{0,40}unsolicited|UnsolicitedRateLimitError/i },
    msg: 'prov.gmail.unsolicited-rate',
    source: `${GOOGLE_CODES}; https://smtp.codes/google; https://github.com/mail-in-a-box/mailinabox/issues/1771 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 421,
        enhancedCode: '4.7.28',
        text: '421 4.7.28 [x.xx.xx.xx] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.unsolicited-ip',
    category: 'CLIENT_IP_BLOCKED',
    when: { provider: ['gmail'], replyClass: [5], enhanced: ['5.7.1'], text: /UnsolicitedIPError|from your IP address has been blocked/i },
    msg: 'ip.blocked',
    source: `${GOOGLE_CODES} (550 5.7.1 ... mail sent from your IP address has been blocked, p=UnsolicitedIPError) ${CHECKED}`,
    examples: [
      {
        provider: 'gmail',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text: 'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedIPError to review our Bulk Email Senders Guidelines. - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.unsolicited-blocked',
    category: 'MESSAGE_REJECTED_POLICY',
    when: { provider: ['gmail'], replyClass: [5], enhanced: ['5.7.1'], text: /likely unsolicited mail|unusual rate of[\s\S]{0,40}unsolicited|UnsolicitedMessageError/i },
    msg: 'prov.gmail.unsolicited-blocked',
    source: `${GOOGLE_CODES}; https://github.com/cgeo/cgeo/issues/5737; https://github.com/maxking/docker-mailman/issues/303 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text: '550-5.7.1 [193.95.241.239      12] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please visit\n550 5.7.1  https://support.google.com/mail/answer/188131 for more information. r11si2166wmb.87 - gsmtp',
      },
    ],
  },
  {
    id: 'mailbox-providers.unauthenticated-sender',
    category: 'MESSAGE_REJECTED_POLICY',
    when: {
      provider: ['gmail', 'yahoo'],
      enhanced: ['5.7.26', '5.7.27', '5.7.1', '5.7.9', '4.7.26', '4.7.27', '4.7.0'],
      text: /sender is unauthenticated|mail is unauthenticated|does not have authentication information|(?:does not|fails to) pass authentication checks|requires all senders to authenticate/i,
    },
    msg: 'prov.unauthenticated-sender',
    source: `https://support.google.com/mail/answer/81126#authentication (Gmail sender guidelines); https://senders.yahooinc.com/smtp-error-codes/#authentication-failures; seen in https://github.com/cloudflare/cloudflare-docs/issues/11542, https://github.com/docker-mailserver/docker-mailserver/issues/1137, https://github.com/docker-mailserver/docker-mailserver/issues/2996, https://github.com/docusealco/docuseal/issues/524 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.26',
        text: '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550-5.7.26  Authentication results:\n550-5.7.26  DKIM = did not pass\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text: '550-5.7.1 this message does not have authentication information or fails to pass authentication checks',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 421,
        enhancedCode: '4.7.0',
        text: '421-4.7.0 This message does not pass authentication checks (SPF and DKIM both do 421-4.7.0 not pass). SPF check for [domain.com] does not pass with ip: 421-4.7.0 [ipaddress].To best protect our users from spam, the message has 421-4.7.0 been blocked. Please visit 421-4.7.0  https://support.google.com/mail/answer/81126#authentication for more 421 4.7.0 information. - gsmtp',
      },
      {
        step: 'send',
        provider: 'yahoo',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.9',
        text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF with ip 209.85.215.170 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for more information.',
      },
    ],
  },

  // ---------------------------------------------------------------- Microsoft 365 / Outlook.com / Exchange
  {
    id: 'microsoft.smtp-auth-disabled-tenant',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['microsoft'], enhanced: ['5.7.139'], text: /SmtpClientAuthentication is disabled for the Tenant/i },
    msg: 'prov.microsoft.tenant-disabled',
    source: `${MS_SMTP_AUTH}; https://github.com/nodemailer/nodemailer/issues/1484; https://github.com/simonrob/email-oauth2-proxy/issues/193 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        code: 'EAUTH',
        responseCode: 535,
        enhancedCode: '5.7.139',
        text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]',
      },
    ],
  },
  {
    id: 'microsoft.smtp-auth-disabled-mailbox',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['microsoft'], enhanced: ['5.7.139'], text: /SmtpClientAuthentication is disabled for the Mailbox/i },
    msg: 'prov.microsoft.mailbox-disabled',
    source: `${MS_SMTP_AUTH} (per-mailbox "Authenticated SMTP"); Microsoft Learn, Dynamics 365 email troubleshooting ("SmtpClientAuthentication is disabled for the Mailbox": enable SMTP client authentication for the user account) ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 535,
        enhancedCode: '5.7.139',
        text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
      },
    ],
  },
  {
    id: 'microsoft.basic-auth-disabled',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['microsoft'], enhanced: ['5.7.139', '5.7.30'], text: /basic authentication is disabled|Basic authentication is not supported for Client Submission/i },
    msg: 'prov.microsoft.basic-auth-disabled',
    source: `${MS_BASIC_AUTH}; Outlook.com personal accounts lost Basic authentication on September 16, 2024 (https://techissuestoday.com/how-to-update-outlook-email-settings-to-avoid-losing-access-after-september-16/, https://patriotmail.ai/blog/microsoft-modern-authentication-outlook-app-passwords); seen in https://github.com/nodemailer/nodemailer/issues/1714, https://github.com/rpremraj/mailR/issues/107 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 535,
        enhancedCode: '5.7.139',
        text: '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]',
      },
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 550,
        enhancedCode: '5.7.30',
        text: '550 5.7.30 Basic authentication is not supported for Client Submission.',
      },
    ],
  },
  {
    id: 'microsoft.security-defaults',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: {
      provider: ['microsoft'],
      text: /did not meet the criteria to be authenticated|security defaults policy|organization configuration does not allow this authentication/i,
    },
    msg: 'prov.microsoft.security-defaults',
    source: `${MS_FIX_APPS}; https://docs.microsoft.com/en-gb/azure/active-directory/fundamentals/concept-fundamentals-security-defaults (security defaults disable legacy authentication); seen in https://github.com/nodemailer/nodemailer/issues/1617 and https://docs.bookyourpto.com/features/smtp-troubleshoot ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        code: 'EAUTH',
        text: 'Invalid login: Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. [INDPRD01.PROD.OUTLOOK.COM]',
      },
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 535,
        enhancedCode: '5.7.139',
        text: "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
      },
    ],
  },
  {
    id: 'microsoft.wrong-credentials',
    category: 'WRONG_CREDENTIALS',
    when: {
      provider: ['microsoft'],
      responseCode: [535],
      text: /user credentials were incorrect|Authentication unsuccessful(?![,.\s]*(?:SmtpClientAuthentication|basic authentication|the request did not|user is locked|the organization))/i,
    },
    msg: 'prov.microsoft.wrong-credentials',
    source: `${MS_FIX_APPS}; seen in https://github.com/jstedfast/MailKit/issues/700, https://github.com/codassassin/email-bomber-v2.0/issues/1 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 535,
        enhancedCode: '5.7.3',
        text: '535 5.7.3 Authentication unsuccessful [BN3PR03CA0067.namprd03.prod.outlook.com]',
      },
      {
        step: 'auth',
        provider: 'microsoft',
        command: 'AUTH LOGIN',
        responseCode: 535,
        enhancedCode: '5.7.139',
        text: '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]',
      },
    ],
  },
  {
    id: 'microsoft.not-authenticated',
    category: 'MISSING_CREDENTIALS',
    when: { provider: ['microsoft'], enhanced: ['5.7.57'], text: /not authenticated to send/i },
    msg: 'prov.microsoft.not-authenticated',
    source: `${MS_FIX_APPS}; seen in https://github.com/tarickb/sasl-xoauth2/issues/96, https://github.com/mageplaza/magento-2-smtp/issues/268 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'microsoft',
        command: 'MAIL FROM',
        responseCode: 530,
        enhancedCode: '5.7.57',
        text: '530 5.7.57 Client not authenticated to send mail. [US22278CA0034.US7P278.PROD.OUTLOOK.COM 2024-10-24',
      },
      {
        step: 'send',
        provider: 'microsoft',
        command: 'MAIL FROM',
        enhancedCode: '5.7.57',
        text: '5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR10CA0081.EURPRD10.PROD.OUTLOOK.COM]',
      },
    ],
  },
  {
    id: 'exchange.send-as-denied',
    category: 'SENDER_NOT_AUTHORIZED',
    when: {
      replyClass: [5],
      enhanced: ['5.7.60', '5.2.252', '5.2.0', '5.7.1'],
      text: /SendAsDenied|send as denied|does not have permissions to send as this sender|not allowed to send as/i,
    },
    msg: 'prov.microsoft.send-as-denied',
    source: `https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/give-mailbox-permissions-to-another-user (Send As); https://learn.microsoft.com/en-us/Exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions (550 5.2.252); seen in https://github.com/gophish/gophish/issues/2900, https://github.com/swiftmailer/swiftmailer/issues/1030, https://github.com/rss2email/rss2email/issues/147, https://github.com/nodemailer/nodemailer/issues/145 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'microsoft',
        command: 'DATA',
        responseCode: 554,
        enhancedCode: '5.2.252',
        text: '554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.',
      },
      {
        step: 'send',
        provider: 'microsoft',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.60',
        text: '550 5.7.60 SMTP; Client does not have permissions to send as this sender [MW2PR1901MB2155.namprd19.prod.outlook.com]',
      },
      {
        step: 'send',
        command: 'DATA',
        responseCode: 554,
        enhancedCode: '5.2.0',
        text: '5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
      },
      { step: 'send', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Client does not have permissions to send as this sender' },
    ],
  },
  {
    id: 'microsoft.submission-quota',
    category: 'RATE_LIMITED',
    when: { replyClass: [5], enhanced: ['5.2.0', '5.2.2'], text: /SubmissionQuotaExceeded|submission quota exceeded/i },
    msg: 'prov.microsoft.submission-quota',
    source: `https://docs.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#message-limits and https://docs.microsoft.com/en-us/exchange/troubleshoot/send-emails/smtp-submission-improvements (10,000 recipients a day; SMTP AUTH 30 messages a minute); error text quoted in https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150 ${CHECKED}`,
    examples: [{ step: 'send', provider: 'microsoft', command: 'DATA', responseCode: 554, enhancedCode: '5.2.0', text: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException' }],
  },
  {
    id: 'microsoft.ip-blocked',
    category: 'CLIENT_IP_BLOCKED',
    when: { enhanced: ['5.7.708', '5.7.705'], text: /traffic not accepted from this IP|tenant has exceeded threshold/i },
    msg: 'prov.microsoft.ip-blocked',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750; https://sender.office.com (delist portal); text seen at https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-708-m365-traffic-not-accepted-from-ip/ ${CHECKED}`,
    examples: [
      {
        step: 'send',
        command: 'RCPT TO',
        responseCode: 550,
        enhancedCode: '5.7.708',
        text: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to https://go.microsoft.com/fwlink/?LinkID=526655 AS(7171)',
      },
    ],
  },
  {
    id: 'microsoft.unregistered-domain',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { enhanced: ['5.7.750'], text: /unregistered domain/i },
    msg: 'prov.microsoft.unregistered-domain',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750 ${CHECKED}`,
    examples: [{ step: 'send', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.7.750', text: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains' }],
  },
  {
    id: 'microsoft.recipient-not-in-directory',
    category: 'RECIPIENT_REJECTED',
    when: { enhanced: ['5.4.1'], text: /Recipient address rejected: Access denied/i },
    msg: 'prov.microsoft.recipient-dbeb',
    source: `https://aka.ms/EXOSmtpErrors (Exchange Online Directory-Based Edge Blocking: the recipient is not in the tenant's directory); bounce texts quoted in public repositories (qemu-devel MAINTAINERS bounce, bounce classifiers) ${CHECKED}`,
    examples: [
      {
        step: 'send',
        command: 'RCPT TO',
        responseCode: 550,
        enhancedCode: '5.4.1',
        text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]',
      },
    ],
  },

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
        text: '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com',
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
    source: 'SendGrid "535 Authentication failed: Basic authentication is not allowed with 2FA enabled" (use an API key with the user "apikey"); https://docs.sendgrid.com/for-developers/sending-email/authentication (checked 2026-11)',
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
        text: '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
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
        text: '554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in domain settings.',
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
        text: "421 Domain sandboxXXXXX.mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
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
        text: "The 'From' address you supplied (redacted) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the 'From' field of your messages.",
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

  // ---------------------------------------------------------------- Zoho Mail
  {
    id: 'zoho.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['zoho'], responseCode: [535], text: /Authentication Failed/i },
    msg: 'prov.zoho.auth-failed',
    source: `https://www.zoho.com/mail/help/zoho-smtp.html (full address as user, application-specific password with two-factor authentication, regional hosts, smtppro for organisation accounts); https://github.com/nodemailer/nodemailer/issues/456 ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'zoho', command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication Failed' }],
  },
  {
    id: 'zoho.relaying-disallowed',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['zoho'], responseCode: [553, 550], text: /Relaying disallowed|Sender is not allowed to relay/i },
    msg: 'prov.zoho.relaying-disallowed',
    source: `https://www.zoho.com/mail/help/zoho-smtp.html ("The email address should match the email address/aliases of the account"); https://github.com/mattermost/mattermost/issues/13224; https://github.com/frappe/erpnext/issues/19057; https://github.com/mybb/mybb/issues/2644 ${CHECKED}`,
    examples: [
      { step: 'send', provider: 'zoho', command: 'DATA', responseCode: 553, text: '553 Relaying disallowed as @' },
      { step: 'send', provider: 'zoho', command: 'DATA', responseCode: 553, text: 'Relaying disallowed as "email add"' },
    ],
  },

  // ---------------------------------------------------------------- Yahoo / AOL
  {
    id: 'yahoo.app-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['yahoo'], responseCode: [535], text: /#AUTH005|Too many bad auth attempts/i },
    msg: 'prov.yahoo.app-password',
    source: `https://help.yahoo.com/kb/SLN15241.html (generate an app password); https://github.com/nodemailer/nodemailer/issues/1112; https://github.com/nedimf/maildroid/issues/17 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'yahoo', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 (#AUTH005) Too many bad auth attempts.' },
    ],
  },

  // ---------------------------------------------------------------- iCloud Mail
  {
    id: 'icloud.app-specific-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['icloud'], responseCode: [535] },
    msg: 'prov.icloud.app-password',
    source: `https://support.apple.com/en-us/HT204397 (app-specific passwords, as linked in https://github.com/Foundry376/Mailspring/issues/1544); https://support.apple.com/en-us/HT202304 (iCloud Mail server settings, as linked in https://github.com/dawidd6/action-send-mail/issues/84: smtp.mail.me.com, 587, STARTTLS); https://github.com/kellylford/QuickMail/issues/32 ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'icloud', command: 'AUTH PLAIN', responseCode: 535 }],
  },

  // ---------------------------------------------------------------- QQ Mail
  {
    id: 'qq.authorization-code',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['qq'], responseCode: [535] },
    msg: 'prov.qq.authorization-code',
    source: `https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256 (授权码); https://github.com/louislam/uptime-kuma/issues/3434; https://github.com/YMFE/yapi/issues/2219; https://github.com/lossme/ComicBook/issues/3 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'qq',
        command: 'AUTH LOGIN',
        code: 'EAUTH',
        responseCode: 535,
        text: '535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
      },
      { step: 'auth', provider: 'qq', command: 'AUTH PLAIN', responseCode: 535, text: '535 Error: authentication failed' },
    ],
  },
  {
    id: 'qq.secure-connection-required',
    category: 'STARTTLS_REQUIRED',
    when: { provider: ['qq'], responseCode: [530], text: /secure connection is requi/i },
    msg: 'prov.qq.secure-connection',
    source: `https://hkjyled.com/31e333372aa3bbed/f3068c1bb93960c0.html (Spring Boot + smtp.qq.com: 465 with SSL or 587 with STARTTLS) ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'qq', command: 'AUTH LOGIN', responseCode: 530, text: '530 Login fail. A secure connection is requiered(such as ssl).' }],
  },

  // ---------------------------------------------------------------- NetEase 163 / 126
  {
    id: 'netease.authorization-code',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['netease'], responseCode: [535] },
    msg: 'prov.netease.authorization-code',
    source: `http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (客户端授权密码); https://github.com/hongrunhui/node_12306/issues/1; https://github.com/Vincedream/NodeMail/issues/11 ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'netease', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, text: '535 Error: authentication failed' }],
  },
  {
    id: 'netease.smtp-not-enabled',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['netease'], responseCode: [550], text: /User has no permission/i },
    msg: 'prov.netease.no-permission',
    source: `http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html; https://github.com/open-falcon/mail-provider/issues/6; https://github.com/testerSunshine/12306/issues/62 ${CHECKED}`,
    examples: [
      { step: 'send', provider: 'netease', command: 'MAIL FROM', responseCode: 550, text: '550 User has no permission' },
      { step: 'auth', provider: 'netease', command: 'AUTH LOGIN', responseCode: 550, text: "SMTPAuthenticationError(550, 'User has no permission')" },
    ],
  },

  // ---------------------------------------------------------------- Naver, Daum / Kakao
  {
    id: 'naver.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['naver'], responseCode: [535] },
    msg: 'prov.naver.auth-failed',
    source: `https://help.naver.com/support/contents/contents.help?serviceNo=2342&categoryNo=2288 (메일 환경설정 > POP3/IMAP 설정 > POP3/SMTP 사용 또는 IMAP/SMTP 사용); https://github.com/naver/guitar/issues/474 (IMAP/SMTP 사용 and port 587); Naver 2-step verification uses application passwords ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'naver', command: 'AUTH LOGIN', responseCode: 535 }],
  },
  {
    id: 'daum.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['daum'], responseCode: [535] },
    msg: 'prov.daum.auth-failed',
    source: `https://docs.channel.io/campaignus/ko/articles/%EB%8B%A4%EC%9D%8C%EC%9C%BC%EB%A1%9C-%EB%A9%94%EC%9D%BC-%EC%84%9C%EB%B9%84%EC%8A%A4-%EC%A0%9C%EA%B3%B5%EC%97%85%EC%B2%B4-%EC%A7%80%EC%A0%95-%EB%B0%A9%EB%B2%95-de33ee9c (다음 메일 환경설정 > IMAP/POP3 > IMAP/SMTP 사용; 2단계 인증이면 발급받은 비밀번호) ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'daum', command: 'AUTH LOGIN', responseCode: 535 }],
  },

  // ---------------------------------------------------------------- self-hosted: Postfix, Exim, Exchange on-premises
  {
    id: 'postfix.sasl-authentication-failed',
    category: 'WRONG_CREDENTIALS',
    when: { text: /SASL (?:LOGIN |PLAIN |CRAM-MD5 |DIGEST-MD5 )?authentication failed/i },
    msg: 'prov.postfix.sasl-failed',
    source: `https://www.postfix.org/SASL_README.html; Postfix smtpd log wording seen in public fail2ban/log-parser fixtures ("warning: unknown[...]: SASL LOGIN authentication failed: ...") ${CHECKED}`,
    examples: [
      { text: 'Sep 19 17:12:33 mx postfix/submission/smtpd[399]: warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6' },
      { text: 'warning: unknown[11.22.33.44]: SASL PLAIN authentication failed: authentication failure' },
    ],
  },
  {
    id: 'postfix.unknown-client-hostname',
    category: 'CLIENT_IP_BLOCKED',
    when: { enhanced: ['4.7.1', '4.7.25', '5.7.1', '5.7.25'], text: /Client host rejected: cannot find your hostname/i },
    msg: 'prov.postfix.unknown-client-hostname',
    source: `https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname; bounce texts quoted in public repositories (Postfix log parsers, an LKML bounce) ${CHECKED}`,
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.25', text: '450 4.7.25 Client host rejected: cannot find your hostname, [181.229.197.169]' },
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.1', text: '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5];' },
    ],
  },
  {
    id: 'exim.incorrect-authentication-data',
    category: 'WRONG_CREDENTIALS',
    when: { responseCode: [535], text: /Incorrect authentication data/i },
    msg: 'prov.exim.incorrect-auth',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-smtp_authentication.html; Exim mainlog "authenticator failed ... 535 Incorrect authentication data" seen in public log parsers; Symfony mailer error quoted in public repositories ${CHECKED}`,
    examples: [{ step: 'auth', command: 'AUTH LOGIN', responseCode: 535, text: '535 Incorrect authentication data' }],
  },
  {
    id: 'exim.relay-not-permitted',
    category: 'RELAY_DENIED',
    when: { responseCode: [550], text: /relay not permitted|relaying (?:denied|not permitted)/i },
    msg: 'prov.exim.relay-not-permitted',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html (default "relay not permitted" ACL); texts quoted in public repositories ${CHECKED}`,
    examples: [
      { code: 'EENVELOPE', responseCode: 550, text: '550 relay not permitted' },
      { responseCode: 550, text: '550 Relay not permitted' },
    ],
  },
  {
    id: 'exim.sender-verify-failed',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { responseCode: [550], text: /Sender verify failed|Verification failed for </i },
    msg: 'prov.exim.sender-verify-failed',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html (verify = sender); bounce texts quoted in public repositories ${CHECKED}`,
    examples: [
      {
        step: 'send',
        command: 'RCPT TO',
        responseCode: 550,
        text: '550-Verification failed for <noreply@samui-transfers.com>\n550-No Such User Here\n550 Sender verify failed',
      },
      { step: 'send', command: 'RCPT TO', responseCode: 550, text: '550-Verification failed for <nobody@whatever.com>\n550 Sender verify failed' },
    ],
  },
  {
    id: 'exchange.client-not-authenticated',
    category: 'RELAY_DENIED',
    when: { responseCode: [530], enhanced: ['5.7.1'], text: /Client was not authenticated/i },
    msg: 'prov.exchange.client-not-authenticated',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow/test-smtp-with-telnet ("530 5.7.1 Client was not authenticated": the server does not accept anonymous submission); https://github.com/jstedfast/MailKit/issues/1265 ${CHECKED}`,
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.1', text: '530 5.7.1 Client was not authenticated' },
    ],
  },
  {
    id: 'exchange.unable-to-relay',
    category: 'RELAY_DENIED',
    when: { responseCode: [550], enhanced: ['5.7.1'], text: /Unable to relay/i },
    msg: 'prov.exchange.unable-to-relay',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow/test-smtp-with-telnet; texts quoted in public repositories (Exchange and IIS SMTP: "Does the SMTP server allow you to relay (Exchange: SMTP server - Access) - Did you authenticate") ${CHECKED}`,
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Unable to relay' },
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Unable to relay for community@site' },
    ],
  },
];
