import type { Rule } from '../../rule-types.js';
import { CHECKED, MS_SMTP_AUTH, MS_BASIC_AUTH, MS_FIX_APPS } from './shared.js';

/**
 * Provider rules, part of PROVIDERS_RULES (../providers.ts, which keeps their order): Microsoft
 * 365 / Outlook.com / Exchange.
 */
export const MICROSOFT_RULES: Rule[] = [
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
        text:
          '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit ' +
          'https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]',
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
        text:
          '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. ' +
          '[PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]',
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
        text:
          'Invalid login: Authentication unsuccessful, the request did not meet the criteria to be authenticated ' +
          'successfully. Contact your administrator. [INDPRD01.PROD.OUTLOOK.COM]',
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
        text:
          '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. ' +
          '[PH0PR07CA0004.namprd07.prod.outlook.com]',
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
        text:
          '5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM ' +
          '[AM0PR10CA0081.EURPRD10.PROD.OUTLOOK.COM]',
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
        text:
          '554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; ' +
          'STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message ' +
          'due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.',
      },
      {
        step: 'send',
        provider: 'microsoft',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.60',
        text:
          '550 5.7.60 SMTP; Client does not have permissions to send as this sender ' +
          '[MW2PR1901MB2155.namprd19.prod.outlook.com]',
      },
      {
        step: 'send',
        command: 'DATA',
        responseCode: 554,
        enhancedCode: '5.2.0',
        text:
          '5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process ' +
          'message due to a permanent exception with message Cannot submit message.',
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
        text:
          '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information ' +
          'please go to https://go.microsoft.com/fwlink/?LinkID=526655 AS(7171)',
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
        text:
          '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) ' +
          '[DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]',
      },
    ],
  },
];
