/** Source strings shared by the provider rule files in this folder. */

export const CHECKED = '(checked 2026-11)';

export const GOOGLE_CODES = 'https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)';
export const GOOGLE_LSA =
  'https://support.google.com/accounts/answer/6010255 (less secure apps: off for personal accounts since May 30, ' +
  '2022; for Google Workspace accounts since May 1, 2025, per Google\'s "Control access to less secure apps" as ' +
  'quoted at https://nanopo.st/reference/lsa-app-passwords-2026/); ' +
  'https://support.google.com/accounts/answer/185833 (app passwords)';
export const MS_SMTP_AUTH = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
export const MS_BASIC_AUTH =
  'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750 (MC786329; timeline updated 2026-01-27: unchanged through December 2026, then off by default for existing tenants, final date announced in 2027, per https://app.cloudscout.one/evergreen-item/MC786329)';
export const MS_FIX_APPS =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off#error-authentication-unsuccessful';
export const SES_CODES = 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html (Amazon SES email sending errors, SMTP response codes)';
export const SES_CREDS = 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html (SMTP credentials are not IAM keys and are per region)';
