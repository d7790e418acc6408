/**
 * Catalog part: providers (rules in src/kb/rules/providers.ts, hints in src/kb/hints.ts).
 * Korean twin in ../ko/providers.ts. Provider advice was checked in 2026-11.
 */
export const enProviders = {
  // ---- Gmail / Google Workspace
  'prov.gmail.web-login.cause':
    'Gmail blocked this sign-in and wants a browser login first (534 5.7.14): "{reply}". Google no longer lets apps sign in with the account password ("less secure apps" ended on May 30, 2022 for personal accounts and by May 1, 2025 for Google Workspace).',
  'prov.gmail.web-login.fix':
    'Turn on 2-Step Verification for the Google account, create an app password (Google Account > Security > App passwords, https://myaccount.google.com/apppasswords) and use those 16 characters, without spaces, as the SMTP password; the user is the full address. Or sign in with OAuth 2.0 (XOAUTH2; nodemailer auth.type "OAuth2"). If an app password already fails, sign in once at https://accounts.google.com from the same network and confirm the blocked attempt in Security activity.',
  'prov.gmail.auth-required.cause':
    'Gmail refused to take mail before the client logged in (530 Authentication Required): "{reply}". smtp.gmail.com never relays anonymously; no AUTH was sent, often because the password was empty or the client did not log in after STARTTLS.',
  'prov.gmail.auth-required.fix':
    'Send credentials: --user with the full Gmail address and an app password (--password-env ...), over --security starttls on 587 or --security tls on 465 (Gmail offers AUTH only after TLS). In nodemailer set auth.user/auth.pass; Spring mail.smtp.auth=true; Django EMAIL_HOST_USER/EMAIL_HOST_PASSWORD; check that CI secrets are not empty. Without credentials, use smtp-relay.gmail.com with your IP address allowed in the Admin console (Apps > Google Workspace > Gmail > Routing > SMTP relay service).',
  'prov.gmail.ehlo-try-again.cause':
    'Gmail closed the connection at EHLO ("{reply}"). Google documents this at the HELO stage of its SMTP relay; it is typically triggered by a client greeting name Gmail does not accept (such as localhost or an empty name) or by too many connections.',
  'prov.gmail.ehlo-try-again.fix':
    'Send a real, fully qualified greeting name: --helo mail.yourdomain.com (nodemailer name; Spring mail.smtp.localhost; Python local_hostname; Rails domain). With smtp-relay.gmail.com, also make sure this IP address or the login is allowed in the Admin console SMTP relay settings, and open fewer connections at once.',
  'prov.gmail.temporary.cause': 'Gmail reported a temporary problem: "{reply}".',
  'prov.gmail.temporary.fix':
    'Retry after a few minutes with back-off; keep the message queued rather than dropping it. If it lasts for hours, check https://www.google.com/appsstatus and, for bulk mail, Google Postmaster Tools.',
  'prov.gmail.sending-limit.cause': 'The Gmail account reached its sending limit: "{reply}".',
  'prov.gmail.sending-limit.fix':
    'Wait: Gmail counts sending over a rolling 24 hours and the account can send again once older messages age out. For regular volume, send through a transactional provider (SES, SendGrid, Mailgun, Postmark, Brevo) or Workspace\'s smtp-relay.gmail.com, which has its own limits (https://support.google.com/a/answer/166852).',
  'prov.gmail.unsolicited-rate.cause':
    'Gmail is temporarily rate-limiting mail from your IP address because it looks unsolicited: "{reply}".',
  'prov.gmail.unsolicited-rate.fix':
    'Slow down and retry later (it is a 4xx deferral). Then fix reputation: SPF and DKIM passing for the From domain, a DMARC record, a matching reverse DNS (PTR) name, one-click unsubscribe for bulk mail, and low complaint rates; watch the domain in Google Postmaster Tools.',
  'prov.gmail.unsolicited-blocked.cause': 'Gmail refused the message as likely unsolicited mail: "{reply}".',
  'prov.gmail.unsolicited-blocked.fix':
    'This is about reputation and content, not your SMTP settings. Check SPF, DKIM and DMARC for the From domain, the sending IP address\'s reverse DNS and blocklist status, and Google Postmaster Tools; send only to people who asked for the mail, and test with plain content before resending.',
  'prov.unauthenticated-sender.cause':
    'The receiving provider refused the message because the sender is not authenticated: neither SPF nor DKIM passes for the From domain ("{reply}").',
  'prov.unauthenticated-sender.fix':
    'Publish an SPF record that includes the server or provider that sends for {from}, turn on DKIM signing for that domain (at your ESP: domain authentication), and add a DMARC record. Or send through the provider that hosts the From domain. Check the result in a received message\'s Authentication-Results header.',

  // ---- Microsoft 365 / Outlook.com / Exchange
  'prov.microsoft.tenant-disabled.cause':
    'Microsoft 365 has SMTP AUTH turned off for the whole organisation (tenant): "{reply}".',
  'prov.microsoft.tenant-disabled.fix':
    'An admin turns it on: Exchange admin center > Settings > Mail flow > clear "Turn off SMTP AUTH protocol for your organization", or in Exchange Online PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $false. Better: leave it off for the tenant and enable it only for the sending mailbox (Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false). Changes can take up to an hour.',
  'prov.microsoft.mailbox-disabled.cause': 'SMTP AUTH is turned off for this mailbox: "{reply}".',
  'prov.microsoft.mailbox-disabled.fix':
    'In the Microsoft 365 admin center: Users > Active users > the user > Mail > Manage email apps > tick "Authenticated SMTP"; or Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false. For a personal Outlook.com/Hotmail account there is no such switch: use OAuth 2.0 (XOAUTH2) or another provider.',
  'prov.microsoft.basic-auth-disabled.cause':
    'Microsoft refused user name and password (Basic authentication) for SMTP: "{reply}". Personal Outlook.com accounts lost Basic auth on September 16, 2024; Exchange Online is retiring it for SMTP AUTH (MC786329).',
  'prov.microsoft.basic-auth-disabled.fix':
    'Authenticate with OAuth 2.0 (XOAUTH2, scope https://outlook.office365.com/SMTP.Send; nodemailer auth.type "OAuth2"; MailKit SaslMechanismOAuth2; Spring mail.smtp.auth.mechanisms=XOAUTH2) against smtp.office365.com:587. An app password does not help: it is Basic auth too. If the application cannot do OAuth, send through an SMTP relay that accepts passwords (a transactional provider, or an Exchange connector authorised by IP address).',
  'prov.microsoft.security-defaults.cause':
    'Microsoft Entra sign-in policy refused the login: "{reply}". Security defaults or a Conditional Access policy (MFA, "block legacy authentication") does not let SMTP AUTH with a password through.',
  'prov.microsoft.security-defaults.fix':
    'An admin decides: turn off security defaults (Entra admin center > Identity > Overview > Properties > Manage security defaults) and replace them with Conditional Access that excludes this sending account, or exclude the account from the blocking policy. Also check that the mailbox has "Authenticated SMTP" on. Better: use OAuth 2.0 (XOAUTH2), which passes these policies.',
  'prov.microsoft.wrong-credentials.cause': 'Exchange Online rejected the login: "{reply}".',
  'prov.microsoft.wrong-credentials.fix':
    'Check the user name (the full user principal name, e.g. name@yourtenant.com, not an alias) and the password. If they are right, the same reply also comes when SMTP AUTH is off for the mailbox or MFA applies to the account: turn on "Authenticated SMTP" for the mailbox (Microsoft 365 admin center > Users > the user > Mail > Manage email apps) or switch to OAuth 2.0 (XOAUTH2).',
  'prov.microsoft.not-authenticated.cause':
    'Exchange Online refused to take mail from a client that has not logged in: "{reply}".',
  'prov.microsoft.not-authenticated.fix':
    'Log in before MAIL FROM: give --user and a password source on smtp.office365.com:587 with --security starttls (nodemailer auth; .NET SmtpClient UseDefaultCredentials=false and Credentials set; Spring mail.smtp.auth=true). If the AUTH step itself failed earlier, fix that first. To send without logging in, use the tenant\'s MX endpoint (<domain>.mail.protection.outlook.com:25) with a connector that trusts your IP address.',
  'prov.microsoft.send-as-denied.cause':
    'Exchange refused to send as the From address: the logged-in mailbox has no Send As permission for it ("{reply}").',
  'prov.microsoft.send-as-denied.fix':
    'Send with From equal to the login mailbox ({user}), or have an admin grant the login "Send As" on the mailbox or group you want in From (Microsoft 365 admin center > Users or Teams & groups > the mailbox > Mail > Send as; or Add-RecipientPermission -Identity <from> -Trustee <login> -AccessRights SendAs). Put the other address in Reply-To if you only need replies there.',
  'prov.microsoft.submission-quota.cause':
    'The mailbox hit Exchange Online\'s sending limit (submission quota): "{reply}".',
  'prov.microsoft.submission-quota.fix':
    'Wait: the recipient rate limit (10,000 recipients a day per mailbox) counts the last 24 hours, and SMTP AUTH is also throttled at 30 messages a minute. Spread the sending out; for bulk or high-volume mail use a transactional provider or Azure Communication Services rather than a user mailbox.',
  'prov.microsoft.ip-blocked.cause':
    'Exchange Online refuses traffic from this IP address or tenant: "{reply}".',
  'prov.microsoft.ip-blocked.fix':
    'If the reply names your sending IP address, request delisting at https://sender.office.com after fixing the cause (a compromised account, spam, missing SPF/DKIM). For 5.7.705 (tenant over threshold) an admin must secure the tenant and ask Microsoft support to lift the block. Check Microsoft Defender > Restricted entities for blocked users.',
  'prov.microsoft.unregistered-domain.cause':
    'Exchange Online blocked sending from a domain that is not registered in the tenant: "{reply}".',
  'prov.microsoft.unregistered-domain.fix':
    'Send From an address in an accepted, verified domain of the tenant (Microsoft 365 admin center > Settings > Domains); add and verify the domain you use in {from}, or change --from.',
  'prov.microsoft.recipient-dbeb.cause':
    'The recipient does not exist in the receiving Microsoft 365 organisation; its Directory-Based Edge Blocking refused it: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix':
    'Check the recipient address {to}. If it should exist, the receiving admin must create the mailbox or contact, or sync it to Entra ID; the block happens before any spam check, so your settings cannot change it.',

  // ---- Amazon SES
  'prov.ses.smtp-credentials.cause':
    'Amazon SES rejected the SMTP credentials: "{reply}". SES SMTP credentials are not your IAM access key and secret, and they work only in the AWS region they were made for.',
  'prov.ses.smtp-credentials.fix':
    'Create SMTP credentials in the SES console of the region you send from (SES > SMTP settings > Create SMTP credentials) and use that SMTP user name and SMTP password. The host must be the same region: email-smtp.<region>.amazonaws.com. Rotated IAM keys need a newly derived SMTP password; copy both values without spaces.',
  'prov.ses.identity-not-verified.cause':
    'Amazon SES refused the message because an address or domain is not verified in this region: "{reply}".',
  'prov.ses.identity-not-verified.fix':
    'Verify the From domain or address ({from}) in SES > Identities of the same region as the SMTP host. While the account is in the SES sandbox, every recipient must be verified too: verify the test recipient, or request production access (SES > Account dashboard > Request production access).',
  'prov.ses.throttling.cause': 'Amazon SES throttled the sending: "{reply}".',
  'prov.ses.throttling.fix':
    'Send no faster than the account\'s maximum send rate (SES > Account dashboard) and stay under the 24-hour quota; retry 454 replies with back-off instead of dropping them (nodemailer pool with rateLimit/maxMessages). Ask for a quota increase in the SES console if you need more.',
  'prov.ses.starttls.cause': 'Amazon SES requires TLS before authentication: "{reply}".',
  'prov.ses.starttls.fix':
    'Use --security starttls on port 587 (or 25/2587), or --security tls on 465 (or 2465). In nodemailer: port 587, secure false, requireTLS true; Spring mail.smtp.starttls.enable=true and mail.smtp.starttls.required=true.',

  // ---- SendGrid
  'prov.sendgrid.bad-credentials.cause': 'SendGrid rejected the login: "{reply}".',
  'prov.sendgrid.bad-credentials.fix':
    'Use the user name apikey, literally, and an API key with "Mail Send" permission as the password (Settings > API Keys). Your SendGrid login name, or the API key ID, does not work. Create a new key if this one was deleted or revoked.',
  'prov.sendgrid.sender-identity.cause':
    'SendGrid refused the From address: it is not a verified Sender Identity ("{reply}").',
  'prov.sendgrid.sender-identity.fix':
    'Verify the From address ({from}) as a Single Sender, or authenticate its domain (Settings > Sender Authentication), then send with exactly that From. The login user "apikey" is not the sender.',
  'prov.sendgrid.unauthenticated.cause': 'SendGrid does not accept mail without authentication: "{reply}".',
  'prov.sendgrid.unauthenticated.fix':
    'Log in with --user apikey and the API key as the password (nodemailer auth: { user: "apikey", pass: key }); the older user name/password login is gone.',

  // ---- Mailgun
  'prov.mailgun.bad-credentials.cause': 'Mailgun rejected the SMTP login: "{reply}".',
  'prov.mailgun.bad-credentials.fix':
    'Use the SMTP credentials of the sending domain (Sending > Domain settings > SMTP credentials): the login is a full address such as postmaster@mg.yourdomain.com and the password is the one set there, not the account password or an API key. EU-region domains use smtp.eu.mailgun.org.',
  'prov.mailgun.sandbox-recipient.cause':
    'The Mailgun sandbox domain only delivers to authorised recipients: "{reply}".',
  'prov.mailgun.sandbox-recipient.fix':
    'Add and confirm the recipient under the sandbox domain\'s Authorized Recipients, or add and verify your own sending domain in Mailgun and send from it.',
  'prov.mailgun.account-not-activated.cause': 'Mailgun does not let this domain send yet: "{reply}".',
  'prov.mailgun.account-not-activated.fix':
    'Activate the Mailgun account (the activation e-mail, and phone verification if asked), then retry; add your own verified domain for real sending.',

  // ---- Postmark
  'prov.postmark.bad-credentials.cause': 'Postmark rejected the SMTP login: "{reply}".',
  'prov.postmark.bad-credentials.fix':
    'Use the Server API token (Servers > your server > API Tokens) as both the user name and the password, or an SMTP token\'s Access Key as the user and its Secret Key as the password. The account login and the Account API token do not work. Ports 587, 2525 or 25 with STARTTLS.',
  'prov.postmark.sender-signature.cause':
    'Postmark refused the From address: it is not a confirmed Sender Signature or verified domain of the account ("{reply}").',
  'prov.postmark.sender-signature.fix':
    'Add and confirm {from} under Sender Signatures, or verify its domain (DKIM and Return-Path DNS records), then send from it.',

  // ---- Brevo (Sendinblue)
  'prov.brevo.bad-credentials.cause': 'Brevo rejected the SMTP login: "{reply}".',
  'prov.brevo.bad-credentials.fix':
    'Use the SMTP login shown in Brevo (Settings > SMTP & API > SMTP; it may differ from your account e-mail) and an SMTP key as the password, not your Brevo password and not an API key (xkeysib-...). Host smtp-relay.brevo.com, port 587 or 2525 with STARTTLS, or 465 with TLS.',
  'prov.brevo.authenticate-first.cause':
    'Brevo refused MAIL FROM because the session is not logged in: "{reply}".',
  'prov.brevo.authenticate-first.fix':
    'Make sure the client sends AUTH (with the SMTP login and SMTP key) and does not send EHLO again after AUTH: Brevo resets the login on a new EHLO. In Python smtplib call login() and then sendmail() without another ehlo().',

  // ---- Zoho Mail
  'prov.zoho.auth-failed.cause': 'Zoho Mail rejected the login: "{reply}".',
  'prov.zoho.auth-failed.fix':
    'Use the full e-mail address as the user, and an application-specific password if two-factor authentication is on (Zoho Accounts > Security > App Passwords). Connect to your data centre\'s host: smtp.zoho.com, .eu, .in, .com.au ... and smtppro.zoho.* for paid organisation (own domain) accounts.',
  'prov.zoho.relaying-disallowed.cause':
    'Zoho refused the From address: it is not the logged-in account\'s address or one of its aliases ("{reply}").',
  'prov.zoho.relaying-disallowed.fix':
    'Send with From equal to the login address ({user}) or one of its aliases (Zoho Mail > Settings > Mail Accounts), and make sure the From header is set at all (an empty From gives "Relaying disallowed as @").',

  // ---- Yahoo / AOL
  'prov.yahoo.app-password.cause':
    'Yahoo rejected the password sign-in (#AUTH005): "{reply}". Yahoo does not accept the account password for SMTP; repeated tries also lock it for a while.',
  'prov.yahoo.app-password.fix':
    'Generate an app password (Yahoo Account > Account security > Generate app password; AOL the same) and use it as the SMTP password with the full address as the user, on smtp.mail.yahoo.com 465 (--security tls) or 587 (--security starttls). Stop retries for a while if the account is locked.',

  // ---- iCloud
  'prov.icloud.app-password.cause':
    'iCloud Mail rejected the login ({reply}). iCloud does not accept the Apple Account password for SMTP; it needs an app-specific password.',
  'prov.icloud.app-password.fix':
    'Create an app-specific password at https://account.apple.com (Sign-In and Security > App-Specific Passwords; two-factor authentication must be on) and use it with the full iCloud Mail address as the user, on smtp.mail.me.com port 587 with --security starttls.',

  // ---- QQ Mail
  'prov.qq.authorization-code.cause':
    'QQ Mail rejected the login: "{reply}". QQ Mail only accepts an authorization code (授权码) for SMTP, not the QQ password, and SMTP must be turned on.',
  'prov.qq.authorization-code.fix':
    'In QQ Mail: 设置 > 账号 (Settings > Account) > turn on the POP3/IMAP/SMTP service and generate an authorization code (授权码); use that code as the password and the full QQ address as the user, on smtp.qq.com 465 (--security tls) or 587 (--security starttls).',
  'prov.qq.secure-connection.cause': 'QQ Mail requires an encrypted connection before login: "{reply}".',
  'prov.qq.secure-connection.fix':
    'Use smtp.qq.com port 465 with --security tls (Spring mail.smtp.ssl.enable=true) or port 587 with --security starttls (mail.smtp.starttls.enable=true, no ssl.enable); do not mix the two.',

  // ---- NetEase 163 / 126
  'prov.netease.authorization-code.cause':
    'NetEase mail (163/126) rejected the login: "{reply}". It needs SMTP turned on and a client authorization password (授权码), not the web password.',
  'prov.netease.authorization-code.fix':
    'In the 163/126 web mail: 设置 > POP3/SMTP/IMAP > turn on the SMTP service and add a client authorization password (授权码); use it as the SMTP password with the full address as the user, on smtp.163.com (or smtp.126.com) 465 with --security tls.',
  'prov.netease.no-permission.cause':
    'NetEase mail (Coremail) refused: SMTP is not enabled for this account ("{reply}").',
  'prov.netease.no-permission.fix':
    'Turn on the SMTP service in the web mail (设置 > POP3/SMTP/IMAP > 开启 SMTP服务), create a client authorization password (授权码), and log in with it; the From must be the same account.',

  // ---- Naver, Daum / Kakao
  'prov.naver.auth-failed.cause': 'Naver Mail rejected the login ({reply}).',
  'prov.naver.auth-failed.fix':
    'In Naver Mail: 환경설정 > POP3/IMAP 설정 > turn on "POP3/SMTP 사용" or "IMAP/SMTP 사용" and save. The user is your Naver ID (or the full @naver.com address); if 2-step verification is on, use an application password (네이버 내정보 > 보안설정 > 2단계 인증 > 애플리케이션 비밀번호). Use smtp.naver.com 465 (--security tls) or 587 (--security starttls).',
  'prov.daum.auth-failed.cause': 'Daum/Kakao Mail rejected the login ({reply}).',
  'prov.daum.auth-failed.fix':
    'In Daum Mail (PC web): 환경설정 > IMAP/POP3 > set "IMAP/SMTP 사용" to 사용함 and save. If the Kakao account uses 2-step verification, use the app password issued in the 2-step verification settings. Use smtp.daum.net 465 with --security tls.',

  // ---- self-hosted: Postfix, Exim, Exchange on-premises
  'prov.postfix.sasl-failed.cause':
    'Postfix logged a failed SASL login: the user name or password was wrong, or the SASL backend (Dovecot auth, saslauthd) could not check them.',
  'prov.postfix.sasl-failed.fix':
    'Check the login the mailbox really uses (often the full address) and its password; on the server, look at the Dovecot/saslauthd log for the reason ("unknown user", "password mismatch", "cannot connect to saslauthd"). Many such lines from unknown addresses are password guessing: rate-limit them (fail2ban) rather than changing settings.',
  'prov.postfix.unknown-client-hostname.cause':
    'The server refused this client because its IP address has no valid reverse DNS name: "{reply}".',
  'prov.postfix.unknown-client-hostname.fix':
    'Set a PTR (reverse DNS) record for the sending IP address at whoever owns the IP (cloud or ISP), pointing to a name whose A/AAAA record points back to the same address; use that name as --helo. Or send through your provider\'s submission server instead of delivering directly.',
  'prov.exim.incorrect-auth.cause': 'The Exim server rejected the login: "{reply}".',
  'prov.exim.incorrect-auth.fix':
    'Use the full mailbox address as the user and that mailbox\'s own password (cPanel: Email Accounts > the account); reset it if unsure. Repeated failures can get the client IP address blocked (cPHulk, fail2ban), so stop retrying while you check.',
  'prov.exim.relay-not-permitted.cause':
    'The server refused to relay: "{reply}". It accepts mail for other domains only from authenticated clients.',
  'prov.exim.relay-not-permitted.fix':
    'Log in before sending (--user and a password source, on 587 with --security starttls or 465 with --security tls). On cPanel/Exim also check that the From domain is hosted on that server or that "SMTP restrictions" are not in the way.',
  'prov.exim.sender-verify-failed.cause':
    'The receiving server could not verify the sender address, so it refused the mail: "{reply}".',
  'prov.exim.sender-verify-failed.fix':
    'Send from an address that really exists and can receive mail: a real mailbox in a domain with working MX records, not a local name such as user@localhost or a noreply@ address that bounces. Set --from accordingly (also the envelope sender: nodemailer envelope.from, Postfix myorigin).',
  'prov.exchange.client-not-authenticated.cause':
    'Exchange refused anonymous mail submission: "{reply}".',
  'prov.exchange.client-not-authenticated.fix':
    'Log in first (--user DOMAIN\\user or the address, with a password source) on the client submission port 587 with --security starttls; Exchange offers AUTH only there and only after TLS. To send without a login, an Exchange admin must allow your IP address on an anonymous relay receive connector.',
  'prov.exchange.unable-to-relay.cause':
    'Exchange (or IIS SMTP) refused to relay to {to}: "{reply}". It relays only for authenticated clients or allowed IP addresses.',
  'prov.exchange.unable-to-relay.fix':
    'Authenticate (--user and a password source on 587 with --security starttls), or have the Exchange admin add this IP address to a relay receive connector (IIS SMTP: Default SMTP Virtual Server > Access > Relay). Sending to the server\'s own domains does not need relay.',

  // ---- hints (provider advice added by smtp-doctor's provider table)
  'hint.gmail.smtp-relay':
    'Gmail: smtp.gmail.com needs a login (app password or OAuth); only smtp-relay.gmail.com (Workspace) can take mail by IP address, once the IP is listed in Admin console > Gmail > Routing > SMTP relay service.',
  'hint.gmail.sending-limits':
    'Gmail: sending limits count over a rolling 24 hours (https://support.google.com/a/answer/166852); bulk or transactional volume belongs on a dedicated sending provider.',
  'hint.gmail.sender-guidelines':
    'Gmail: senders must pass SPF or DKIM, bulk senders also DMARC and one-click unsubscribe (https://support.google.com/mail/answer/81126); watch Google Postmaster Tools.',
  'hint.microsoft.basic-auth-retirement':
    'Microsoft: Basic authentication (user name and password) for SMTP AUTH in Exchange Online is being retired (MC786329, checked 2026-11: unchanged until the end of December 2026, then off by default for existing tenants, final removal date in 2027); personal Outlook.com accounts lost it on September 16, 2024. Plan OAuth 2.0 (XOAUTH2).',
  'hint.microsoft.send-as':
    'Microsoft 365: From must be the login mailbox, or a mailbox/group the login has "Send As" rights on; "Send on behalf" is not enough for SMTP AUTH.',
  'hint.microsoft.limits':
    'Microsoft 365: 10,000 recipients a day per mailbox and 30 messages a minute over SMTP AUTH; user mailboxes are not meant for bulk mail.',
  'hint.sendgrid.sender-identity':
    'SendGrid: every From address must be a verified Single Sender or belong to an authenticated domain (Settings > Sender Authentication).',
  'hint.ses.sandbox':
    'Amazon SES: identities are verified per region, and in the sandbox every recipient must be verified too until production access is granted.',
  'hint.ses.quotas':
    'Amazon SES: the account dashboard shows the maximum send rate and the 24-hour quota of this region; pace sending to the rate.',
  'hint.mailgun.smtp-credentials':
    'Mailgun: SMTP logins are per sending domain (postmaster@mg.yourdomain.com or a created SMTP user); EU domains use smtp.eu.mailgun.org.',
  'hint.mailgun.sandbox':
    'Mailgun: the sandbox domain sends only to Authorized Recipients; add your own verified domain for real sending.',
  'hint.postmark.server-token':
    'Postmark: SMTP logs in with the Server API token as both user name and password (or an SMTP token key pair), per server.',
  'hint.postmark.sender-signature':
    'Postmark: the From address needs a confirmed Sender Signature or a verified domain.',
  'hint.brevo.smtp-key':
    'Brevo: SMTP uses the SMTP login from Settings > SMTP & API and an SMTP key as the password, not the account password or an API key.',
  'hint.brevo.senders':
    'Brevo: the From address must be a verified sender or on an authenticated domain (Senders, Domains & Dedicated IPs).',
  'hint.zoho.account':
    'Zoho: the user is the full address, the From must be that address or an alias, two-factor accounts need an application-specific password, and the host must match your data centre (smtp.zoho.com/.eu/.in..., smtppro.* for organisation accounts).',
  'hint.yahoo.app-password':
    'Yahoo/AOL: SMTP needs an app password (Account security > Generate app password) with the full address as the user.',
  'hint.icloud.app-password':
    'iCloud: SMTP needs an app-specific password from account.apple.com, the full iCloud Mail address as the user, and smtp.mail.me.com:587 with STARTTLS.',
  'hint.qq.authorization-code':
    'QQ Mail: turn on POP3/IMAP/SMTP in Settings > Account and log in with the authorization code (授权码), not the QQ password.',
  'hint.netease.authorization-code':
    'NetEase 163/126: turn on SMTP in Settings > POP3/SMTP/IMAP and log in with the client authorization password (授权码).',
} as const;
