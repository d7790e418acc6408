/** Catalog part: Google and Microsoft (Exchange Online and on-premises Exchange) diagnoses. Korean twin in ../ko/providers-big.ts. */
export const enProvidersBig = {
  // ---- Gmail / Google Workspace
  'prov.gmail.web-login.cause':
    'Gmail blocked this sign-in and wants a browser login first (534 5.7.14): "{reply}". Google no longer lets apps ' +
    'sign in with the account password ("less secure apps" ended on May 30, 2022 for personal accounts and by May ' +
    '1, 2025 for Google Workspace).',
  'prov.gmail.web-login.fix':
    'Turn on 2-Step Verification for the Google account, create an app password (Google Account > Security > App ' +
    'passwords, https://myaccount.google.com/apppasswords) and use those 16 characters, without spaces, as the SMTP ' +
    'password; the user is the full address. Or sign in with OAuth 2.0 (XOAUTH2; nodemailer auth.type "OAuth2"). If ' +
    'an app password already fails, sign in once at https://accounts.google.com from the same network and confirm ' +
    'the blocked attempt in Security activity.',
  'prov.gmail.auth-required.cause':
    'Gmail refused to take mail before the client logged in (530 Authentication Required): "{reply}". ' +
    'smtp.gmail.com never relays anonymously; no AUTH was sent, often because the password was empty or the client ' +
    'did not log in after STARTTLS.',
  'prov.gmail.auth-required.fix':
    'Send credentials: --user with the full Gmail address and an app password (--password-env ...), over --security ' +
    'starttls on 587 or --security tls on 465 (Gmail offers AUTH only after TLS). In nodemailer set ' +
    'auth.user/auth.pass; Spring mail.smtp.auth=true; Django EMAIL_HOST_USER/EMAIL_HOST_PASSWORD; check that CI ' +
    'secrets are not empty. Without credentials, use smtp-relay.gmail.com with your IP address allowed in the Admin ' +
    'console (Apps > Google Workspace > Gmail > Routing > SMTP relay service).',
  'prov.gmail.ehlo-try-again.cause':
    'Gmail closed the connection at EHLO ("{reply}"). Google documents this at the HELO stage of its SMTP relay; it ' +
    'is typically triggered by a client greeting name Gmail does not accept (such as localhost or an empty name) or ' +
    'by too many connections.',
  'prov.gmail.ehlo-try-again.fix':
    'Send a real, fully qualified greeting name: --helo mail.yourdomain.com (nodemailer name; Spring ' +
    'mail.smtp.localhost; Python local_hostname; Rails domain). With smtp-relay.gmail.com, also make sure this IP ' +
    'address or the login is allowed in the Admin console SMTP relay settings, and open fewer connections at once.',
  'prov.gmail.temporary.cause': 'Gmail reported a temporary problem: "{reply}".',
  'prov.gmail.temporary.fix':
    'Retry after a few minutes with back-off; keep the message queued rather than dropping it. If it lasts for ' +
    'hours, check https://www.google.com/appsstatus and, for bulk mail, Google Postmaster Tools.',
  'prov.gmail.sending-limit.cause': 'The Gmail account reached its sending limit: "{reply}".',
  'prov.gmail.sending-limit.fix':
    'Wait: Gmail counts sending over a rolling 24 hours and the account can send again once older messages age out. ' +
    'For regular volume, send through a transactional provider (SES, SendGrid, Mailgun, Postmark, Brevo) or ' +
    'Workspace\'s smtp-relay.gmail.com, which has its own limits (https://support.google.com/a/answer/166852).',
  'prov.gmail.unsolicited-rate.cause':
    'Gmail is temporarily rate-limiting mail from your IP address because it looks unsolicited: "{reply}".',
  'prov.gmail.unsolicited-rate.fix':
    'Slow down and retry later (it is a 4xx deferral). Then fix reputation: SPF and DKIM passing for the From ' +
    'domain, a DMARC record, a matching reverse DNS (PTR) name, one-click unsubscribe for bulk mail, and low ' +
    'complaint rates; watch the domain in Google Postmaster Tools.',
  'prov.gmail.unsolicited-blocked.cause': 'Gmail refused the message as likely unsolicited mail: "{reply}".',
  'prov.gmail.unsolicited-blocked.fix':
    'This is about reputation and content, not your SMTP settings. Check SPF, DKIM and DMARC for the From domain, ' +
    'the sending IP address\'s reverse DNS and blocklist status, and Google Postmaster Tools; send only to people ' +
    'who asked for the mail, and test with plain content before resending.',

  // ---- Microsoft 365 / Outlook.com / Exchange
  'prov.microsoft.tenant-disabled.cause':
    'Microsoft 365 has SMTP AUTH turned off for the whole organisation (tenant): "{reply}".',
  'prov.microsoft.tenant-disabled.fix':
    'An admin turns it on: Exchange admin center > Settings > Mail flow > clear "Turn off SMTP AUTH protocol for ' +
    'your organization", or in Exchange Online PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled ' +
    '$false. Better: leave it off for the tenant and enable it only for the sending mailbox (Set-CASMailbox ' +
    '-Identity <mailbox> -SmtpClientAuthenticationDisabled $false). Changes can take up to an hour.',
  'prov.microsoft.mailbox-disabled.cause': 'SMTP AUTH is turned off for this mailbox: "{reply}".',
  'prov.microsoft.mailbox-disabled.fix':
    'In the Microsoft 365 admin center: Users > Active users > the user > Mail > Manage email apps > tick ' +
    '"Authenticated SMTP"; or Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false. For a ' +
    'personal Outlook.com/Hotmail account there is no such switch: use OAuth 2.0 (XOAUTH2) or another provider.',
  'prov.microsoft.basic-auth-disabled.cause':
    'Microsoft refused user name and password (Basic authentication) for SMTP: "{reply}". Personal Outlook.com ' +
    'accounts lost Basic auth on September 16, 2024; Exchange Online is retiring it for SMTP AUTH (MC786329).',
  'prov.microsoft.basic-auth-disabled.fix':
    'Authenticate with OAuth 2.0 (XOAUTH2, scope https://outlook.office365.com/SMTP.Send; nodemailer auth.type ' +
    '"OAuth2"; MailKit SaslMechanismOAuth2; Spring mail.smtp.auth.mechanisms=XOAUTH2) against ' +
    'smtp.office365.com:587. An app password does not help: it is Basic auth too. If the application cannot do ' +
    'OAuth, send through an SMTP relay that accepts passwords (a transactional provider, or an Exchange connector ' +
    'authorised by IP address).',
  'prov.microsoft.security-defaults.cause':
    'Microsoft Entra sign-in policy refused the login: "{reply}". Security defaults or a Conditional Access policy ' +
    '(MFA, "block legacy authentication") does not let SMTP AUTH with a password through.',
  'prov.microsoft.security-defaults.fix':
    'An admin decides: turn off security defaults (Entra admin center > Identity > Overview > Properties > Manage ' +
    'security defaults) and replace them with Conditional Access that excludes this sending account, or exclude the ' +
    'account from the blocking policy. Also check that the mailbox has "Authenticated SMTP" on. Better: use OAuth ' +
    '2.0 (XOAUTH2), which passes these policies.',
  'prov.microsoft.wrong-credentials.cause': 'Exchange Online rejected the login: "{reply}".',
  'prov.microsoft.wrong-credentials.fix':
    'Check the user name (the full user principal name, e.g. name@yourtenant.com, not an alias) and the password. ' +
    'If they are right, the same reply also comes when SMTP AUTH is off for the mailbox or MFA applies to the ' +
    'account: turn on "Authenticated SMTP" for the mailbox (Microsoft 365 admin center > Users > the user > Mail > ' +
    'Manage email apps) or switch to OAuth 2.0 (XOAUTH2).',
  'prov.microsoft.not-authenticated.cause':
    'Exchange Online refused to take mail from a client that has not logged in: "{reply}".',
  'prov.microsoft.not-authenticated.fix':
    'Log in before MAIL FROM: give --user and a password source on smtp.office365.com:587 with --security starttls ' +
    '(nodemailer auth; .NET SmtpClient UseDefaultCredentials=false and Credentials set; Spring ' +
    'mail.smtp.auth=true). If the AUTH step itself failed earlier, fix that first. To send without logging in, use ' +
    'the tenant\'s MX endpoint (<domain>.mail.protection.outlook.com:25) with a connector that trusts your IP ' +
    'address.',
  'prov.microsoft.send-as-denied.cause':
    'Exchange refused to send as the From address: the logged-in mailbox has no Send As permission for it ("{reply}").',
  'prov.microsoft.send-as-denied.fix':
    'Send with From equal to the login mailbox ({user}), or have an admin grant the login "Send As" on the mailbox ' +
    'or group you want in From (Microsoft 365 admin center > Users or Teams & groups > the mailbox > Mail > Send ' +
    'as; or Add-RecipientPermission -Identity <from> -Trustee <login> -AccessRights SendAs). Put the other address ' +
    'in Reply-To if you only need replies there.',
  'prov.microsoft.submission-quota.cause':
    'The mailbox hit Exchange Online\'s sending limit (submission quota): "{reply}".',
  'prov.microsoft.submission-quota.fix':
    'Wait: the recipient rate limit (10,000 recipients a day per mailbox) counts the last 24 hours, and SMTP AUTH ' +
    'is also throttled at 30 messages a minute. Spread the sending out; for bulk or high-volume mail use a ' +
    'transactional provider or Azure Communication Services rather than a user mailbox.',
  'prov.microsoft.ip-blocked.cause':
    'Exchange Online refuses traffic from this IP address or tenant: "{reply}".',
  'prov.microsoft.ip-blocked.fix':
    'If the reply names your sending IP address, request delisting at https://sender.office.com after fixing the ' +
    'cause (a compromised account, spam, missing SPF/DKIM). For 5.7.705 (tenant over threshold) an admin must ' +
    'secure the tenant and ask Microsoft support to lift the block. Check Microsoft Defender > Restricted entities ' +
    'for blocked users.',
  'prov.microsoft.unregistered-domain.cause':
    'Exchange Online blocked sending from a domain that is not registered in the tenant: "{reply}".',
  'prov.microsoft.unregistered-domain.fix':
    'Send From an address in an accepted, verified domain of the tenant (Microsoft 365 admin center > Settings > ' +
    'Domains); add and verify the domain you use in {from}, or change --from.',
  'prov.microsoft.recipient-dbeb.cause':
    'The recipient does not exist in the receiving Microsoft 365 organisation; its Directory-Based Edge Blocking ' +
    'refused it: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix':
    'Check the recipient address {to}. If it should exist, the receiving admin must create the mailbox or contact, ' +
    'or sync it to Entra ID; the block happens before any spam check, so your settings cannot change it.',
  'prov.exchange.client-not-authenticated.cause':
    'Exchange refused anonymous mail submission: "{reply}".',
  'prov.exchange.client-not-authenticated.fix':
    'Log in first (--user DOMAIN\\user or the address, with a password source) on the client submission port 587 ' +
    'with --security starttls; Exchange offers AUTH only there and only after TLS. To send without a login, an ' +
    'Exchange admin must allow your IP address on an anonymous relay receive connector.',
  'prov.exchange.unable-to-relay.cause':
    'Exchange (or IIS SMTP) refused to relay to {to}: "{reply}". It relays only for authenticated clients or ' +
    'allowed IP addresses.',
  'prov.exchange.unable-to-relay.fix':
    'Authenticate (--user and a password source on 587 with --security starttls), or have the Exchange admin add ' +
    'this IP address to a relay receive connector (IIS SMTP: Default SMTP Virtual Server > Access > Relay). Sending ' +
    'to the server\'s own domains does not need relay.',
} as const;
