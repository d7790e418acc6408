import { enProvidersBig } from './providers-big.js';
import { enProvidersRelays } from './providers-relays.js';

/**
 * Catalog part: providers (rules in src/kb/rules/providers.ts, hints in src/kb/hints.ts).
 * Korean twin in ../ko/providers.ts. Provider advice was checked in 2026-11.
 */
export const enProviders = {
  'prov.unauthenticated-sender.cause':
    'The receiving provider refused the message because the sender is not authenticated: neither SPF nor DKIM ' +
    'passes for the From domain ("{reply}").',
  'prov.unauthenticated-sender.fix':
    'Publish an SPF record that includes the server or provider that sends for {from}, turn on DKIM signing for ' +
    'that domain (at your ESP: domain authentication), and add a DMARC record. Or send through the provider that ' +
    'hosts the From domain. Check the result in a received message\'s Authentication-Results header.',

  // ---- Zoho Mail
  'prov.zoho.auth-failed.cause': 'Zoho Mail rejected the login: "{reply}".',
  'prov.zoho.auth-failed.fix':
    'Use the full e-mail address as the user, and an application-specific password if two-factor authentication is ' +
    'on (Zoho Accounts > Security > App Passwords). Connect to your data centre\'s host: smtp.zoho.com, .eu, .in, ' +
    '.com.au ... and smtppro.zoho.* for paid organisation (own domain) accounts.',
  'prov.zoho.relaying-disallowed.cause':
    'Zoho refused the From address: it is not the logged-in account\'s address or one of its aliases ("{reply}").',
  'prov.zoho.relaying-disallowed.fix':
    'Send with From equal to the login address ({user}) or one of its aliases (Zoho Mail > Settings > Mail ' +
    'Accounts), and make sure the From header is set at all (an empty From gives "Relaying disallowed as @").',

  // ---- Yahoo / AOL
  'prov.yahoo.app-password.cause':
    'Yahoo rejected the password sign-in (#AUTH005): "{reply}". Yahoo does not accept the account password for ' +
    'SMTP; repeated tries also lock it for a while.',
  'prov.yahoo.app-password.fix':
    'Generate an app password (Yahoo Account > Account security > Generate app password; AOL the same) and use it ' +
    'as the SMTP password with the full address as the user, on smtp.mail.yahoo.com 465 (--security tls) or 587 ' +
    '(--security starttls). Stop retries for a while if the account is locked.',

  // ---- iCloud
  'prov.icloud.app-password.cause':
    'iCloud Mail rejected the login ({reply}). iCloud does not accept the Apple Account password for SMTP; it needs ' +
    'an app-specific password.',
  'prov.icloud.app-password.fix':
    'Create an app-specific password at https://account.apple.com (Sign-In and Security > App-Specific Passwords; ' +
    'two-factor authentication must be on) and use it with the full iCloud Mail address as the user, on ' +
    'smtp.mail.me.com port 587 with --security starttls.',

  // ---- QQ Mail
  'prov.qq.authorization-code.cause':
    'QQ Mail rejected the login: "{reply}". QQ Mail only accepts an authorization code (授权码) for SMTP, not ' +
    'the QQ password, and SMTP must be turned on.',
  'prov.qq.authorization-code.fix':
    'In QQ Mail: 设置 > 账号 (Settings > Account) > turn on the POP3/IMAP/SMTP service and generate an ' +
    'authorization code (授权码); use that code as the password and the full QQ address as the user, on ' +
    'smtp.qq.com 465 (--security tls) or 587 (--security starttls).',
  'prov.qq.secure-connection.cause': 'QQ Mail requires an encrypted connection before login: "{reply}".',
  'prov.qq.secure-connection.fix':
    'Use smtp.qq.com port 465 with --security tls (Spring mail.smtp.ssl.enable=true) or port 587 with --security ' +
    'starttls (mail.smtp.starttls.enable=true, no ssl.enable); do not mix the two.',

  // ---- NetEase 163 / 126
  'prov.netease.authorization-code.cause':
    'NetEase mail (163/126) rejected the login: "{reply}". It needs SMTP turned on and a client authorization ' +
    'password (授权码), not the web password.',
  'prov.netease.authorization-code.fix':
    'In the 163/126 web mail: 设置 > POP3/SMTP/IMAP > turn on the SMTP service and add a client authorization ' +
    'password (授权码); use it as the SMTP password with the full address as the user, on smtp.163.com (or ' +
    'smtp.126.com) 465 with --security tls.',
  'prov.netease.no-permission.cause':
    'NetEase mail (Coremail) refused: SMTP is not enabled for this account ("{reply}").',
  'prov.netease.no-permission.fix':
    'Turn on the SMTP service in the web mail (设置 > POP3/SMTP/IMAP > 开启 SMTP服务), create a client ' +
    'authorization password (授权码), and log in with it; the From must be the same account.',

  // ---- Naver, Daum / Kakao
  'prov.naver.auth-failed.cause': 'Naver Mail rejected the login ({reply}).',
  'prov.naver.auth-failed.fix':
    'In Naver Mail: 환경설정 > POP3/IMAP 설정 > turn on "POP3/SMTP 사용" or "IMAP/SMTP 사용" and save. ' +
    'The user is your Naver ID (or the full @naver.com address); if 2-step verification is on, use an application ' +
    'password (네이버 내정보 > 보안설정 > 2단계 인증 > 애플리케이션 비밀번호). Use ' +
    'smtp.naver.com 465 (--security tls) or 587 (--security starttls).',
  'prov.daum.auth-failed.cause': 'Daum/Kakao Mail rejected the login ({reply}).',
  'prov.daum.auth-failed.fix':
    'In Daum Mail (PC web): 환경설정 > IMAP/POP3 > set "IMAP/SMTP 사용" to 사용함 and save. If the Kakao ' +
    'account uses 2-step verification, use the app password issued in the 2-step verification settings. Use ' +
    'smtp.daum.net 465 with --security tls.',

  // ---- self-hosted: Postfix, Exim, Exchange on-premises
  'prov.postfix.sasl-failed.cause':
    'Postfix logged a failed SASL login: the user name or password was wrong, or the SASL backend (Dovecot auth, ' +
    'saslauthd) could not check them.',
  'prov.postfix.sasl-failed.fix':
    'Check the login the mailbox really uses (often the full address) and its password; on the server, look at the ' +
    'Dovecot/saslauthd log for the reason ("unknown user", "password mismatch", "cannot connect to saslauthd"). ' +
    'Many such lines from unknown addresses are password guessing: rate-limit them (fail2ban) rather than changing ' +
    'settings.',
  'prov.postfix.unknown-client-hostname.cause':
    'The server refused this client because its IP address has no valid reverse DNS name: "{reply}".',
  'prov.postfix.unknown-client-hostname.fix':
    'Set a PTR (reverse DNS) record for the sending IP address at whoever owns the IP (cloud or ISP), pointing to a ' +
    'name whose A/AAAA record points back to the same address; use that name as --helo. Or send through your ' +
    'provider\'s submission server instead of delivering directly.',
  'prov.exim.incorrect-auth.cause': 'The Exim server rejected the login: "{reply}".',
  'prov.exim.incorrect-auth.fix':
    'Use the full mailbox address as the user and that mailbox\'s own password (cPanel: Email Accounts > the ' +
    'account); reset it if unsure. Repeated failures can get the client IP address blocked (cPHulk, fail2ban), so ' +
    'stop retrying while you check.',
  'prov.exim.relay-not-permitted.cause':
    'The server refused to relay: "{reply}". It accepts mail for other domains only from authenticated clients.',
  'prov.exim.relay-not-permitted.fix':
    'Log in before sending (--user and a password source, on 587 with --security starttls or 465 with --security ' +
    'tls). On cPanel/Exim also check that the From domain is hosted on that server or that "SMTP restrictions" are ' +
    'not in the way.',
  'prov.exim.sender-verify-failed.cause':
    'The receiving server could not verify the sender address, so it refused the mail: "{reply}".',
  'prov.exim.sender-verify-failed.fix':
    'Send from an address that really exists and can receive mail: a real mailbox in a domain with working MX ' +
    'records, not a local name such as user@localhost or a noreply@ address that bounces. Set --from accordingly ' +
    '(also the envelope sender: nodemailer envelope.from, Postfix myorigin).',

  // ---- hints (provider advice added by smtp-doctor's provider table)
  'hint.gmail.smtp-relay':
    'Gmail: smtp.gmail.com needs a login (app password or OAuth); only smtp-relay.gmail.com (Workspace) can take ' +
    'mail by IP address, once the IP is listed in Admin console > Gmail > Routing > SMTP relay service.',
  'hint.gmail.sending-limits':
    'Gmail: sending limits count over a rolling 24 hours (https://support.google.com/a/answer/166852); bulk or ' +
    'transactional volume belongs on a dedicated sending provider.',
  'hint.gmail.sender-guidelines':
    'Gmail: senders must pass SPF or DKIM, bulk senders also DMARC and one-click unsubscribe ' +
    '(https://support.google.com/mail/answer/81126); watch Google Postmaster Tools.',
  'hint.microsoft.basic-auth-retirement':
    'Microsoft: Basic authentication (user name and password) for SMTP AUTH in Exchange Online is being retired ' +
    '(MC786329, checked 2026-11: unchanged until the end of December 2026, then off by default for existing ' +
    'tenants, final removal date in 2027); personal Outlook.com accounts lost it on September 16, 2024. Plan OAuth ' +
    '2.0 (XOAUTH2).',
  'hint.microsoft.send-as':
    'Microsoft 365: From must be the login mailbox, or a mailbox/group the login has "Send As" rights on; "Send on ' +
    'behalf" is not enough for SMTP AUTH.',
  'hint.microsoft.limits':
    'Microsoft 365: 10,000 recipients a day per mailbox and 30 messages a minute over SMTP AUTH; user mailboxes are ' +
    'not meant for bulk mail.',
  'hint.sendgrid.sender-identity':
    'SendGrid: every From address must be a verified Single Sender or belong to an authenticated domain (Settings > ' +
    'Sender Authentication).',
  'hint.ses.sandbox':
    'Amazon SES: identities are verified per region, and in the sandbox every recipient must be verified too until ' +
    'production access is granted.',
  'hint.ses.quotas':
    'Amazon SES: the account dashboard shows the maximum send rate and the 24-hour quota of this region; pace ' +
    'sending to the rate.',
  'hint.mailgun.smtp-credentials':
    'Mailgun: SMTP logins are per sending domain (postmaster@mg.yourdomain.com or a created SMTP user); EU domains ' +
    'use smtp.eu.mailgun.org.',
  'hint.mailgun.sandbox':
    'Mailgun: the sandbox domain sends only to Authorized Recipients; add your own verified domain for real sending.',
  'hint.postmark.server-token':
    'Postmark: SMTP logs in with the Server API token as both user name and password (or an SMTP token key pair), ' +
    'per server.',
  'hint.postmark.sender-signature':
    'Postmark: the From address needs a confirmed Sender Signature or a verified domain.',
  'hint.brevo.smtp-key':
    'Brevo: SMTP uses the SMTP login from Settings > SMTP & API and an SMTP key as the password, not the account ' +
    'password or an API key.',
  'hint.brevo.senders':
    'Brevo: the From address must be a verified sender or on an authenticated domain (Senders, Domains & Dedicated ' +
    'IPs).',
  'hint.zoho.account':
    'Zoho: the user is the full address, the From must be that address or an alias, two-factor accounts need an ' +
    'application-specific password, and the host must match your data centre (smtp.zoho.com/.eu/.in..., smtppro.* ' +
    'for organisation accounts).',
  'hint.yahoo.app-password':
    'Yahoo/AOL: SMTP needs an app password (Account security > Generate app password) with the full address as the ' +
    'user.',
  'hint.icloud.app-password':
    'iCloud: SMTP needs an app-specific password from account.apple.com, the full iCloud Mail address as the user, ' +
    'and smtp.mail.me.com:587 with STARTTLS.',
  'hint.qq.authorization-code':
    'QQ Mail: turn on POP3/IMAP/SMTP in Settings > Account and log in with the authorization code (授权码), not ' +
    'the QQ password.',
  'hint.netease.authorization-code':
    'NetEase 163/126: turn on SMTP in Settings > POP3/SMTP/IMAP and log in with the client authorization password ' +
    '(授权码).',
  ...enProvidersBig,
  ...enProvidersRelays,
} as const;
