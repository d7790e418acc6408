import type { Signature } from '../types.js';
import { NM } from './shared.js';
import { CERT_SIGNATURES } from './tls-cert.js';
import { TLS_VERSION_SIGNATURES } from './tls-version.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): STARTTLS / plaintext
 * AUTH, certificates, TLS versions and failed handshakes.
 */
export const TLS_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- STARTTLS / plaintext AUTH
  {
    id: 'python-auth-not-offered',
    pattern:
      /SMTP AUTH extension not supported by server|SMTPException: No suitable authentication method found|The SMTP AUTH extension is not supported by this server\. Try connecting via TLS/,
    reason: 'auth-after-starttls-only',
    step: 'auth',
    source:
      'CPython Lib/smtplib.py login(); https://github.com/pst-group/pysystemtrade/issues/202 and ' +
      'https://github.com/rr-/szurubooru/issues/365 (fixed by starttls() before login()), ' +
      'https://github.com/cole/aiosmtplib/issues/122, https://github.com/mmarodin/icinga2-plugins/issues/11 ("No ' +
      'suitable authentication method found": the usable mechanisms appear only after starttls())',
    examples: [
      '  File "/Users/batman/opt/anaconda3/envs/pysystemtrade/lib/python3.8/smtplib.py", line 700, in login\n    ' +
      'raise SMTPNotSupportedError(\nsmtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server',
      "'    raise SMTPException(\"SMTP AUTH extension not supported by " +
      "server.\")\\n'\n'aiosmtplib.errors.SMTPException: SMTP AUTH extension not supported by server.\\n'",
      '`smtplib.SMTPException: No suitable authentication method found`',
      // aiosmtplib src/aiosmtplib/smtp.py login(), raised when the connection is not encrypted yet
      'aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server. Try connecting via ' +
      'TLS (or STARTTLS).',
    ],
  },
  {
    id: 'starttls-not-offered',
    pattern: /STARTTLS extension not supported by server|STARTTLS is required but host does not support STARTTLS|Server does not support secure connections/,
    step: 'tls',
    source:
      'CPython smtplib starttls(), JavaMail mail.smtp.starttls.required, .NET SmtpClient EnableSsl; ' +
      'https://github.com/google/grr/issues/1053, https://github.com/jakartaee/mail-api/issues/392, ' +
      'https://github.com/harlam357/hfm-net/issues/152, https://github.com/saucepleez/taskt/issues/230 (EnableSsl ' +
      'hard-coded against a plaintext-only server)',
    examples: [
      '  File "/usr/lib/python3.10/smtplib.py", line 771, in starttls\n    raise ' +
      'SMTPNotSupportedError(\nsmtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
      'javax.mail.MessagingException: STARTTLS is required but host does not support STARTTLS\n        at ' +
      'com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:734)',
      '[04/01/2010-20:17:40] ! HFM.Helpers.NetworkOps.SendEmail Threw Exception:\nServer does not support secure ' +
      'connections.',
      '2020-08-06 09:51:51.101 -05:00 [INF] Error: System.Net.Mail.SmtpException: Server does not support secure ' +
      'connections.\n   at taskt.Core.Automation.Engine.AutomationEngineInstance.ExecuteCommand(ScriptAction ' +
      'command)',
    ],
  },
  {
    id: 'go-unencrypted-auth',
    pattern: /unencrypted connect(?:ion|ed)\b/,
    step: 'auth',
    source:
      'Go net/smtp PlainAuth only sends credentials over TLS or to localhost ' +
      '(https://pkg.go.dev/net/smtp#PlainAuth); https://github.com/prometheus/alertmanager/issues/1358, ' +
      'https://github.com/go-mail/mail/issues/52, https://github.com/ccfos/nightingale/issues/2100',
    examples: [
      'level=error ts=2018-05-03T03:18:35.632974975Z caller=dispatch.go:266 component=dispatcher msg="Notify for ' +
      'alerts failed" num_alerts=2 err="*smtp.plainAuth failed: unencrypted connection"',
      '{"level":"warn","component":"pulse-config","error":"SMTP auth failed: unencrypted ' +
      'connection","attempt":0,"provider":"","time":"2026-02-04T12:11:00Z","message":"Email send attempt failed"}',
      'email_send:failed to send: unencrypted connected',
    ],
  },
  {
    id: 'nodemailer-starttls-failed',
    pattern: /Error upgrading connection with STARTTLS/,
    reason: 'starttls-rejected',
    step: 'tls',
    command: 'STARTTLS',
    source: `${NM} (_actionSTARTTLS: 'Error upgrading connection with STARTTLS', code ETLS)`,
    examples: ["Error: Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to local problem\n  code: 'ETLS',\n  response: '454 4.7.0 TLS not available due to local problem',\n  responseCode: 454,\n  command: 'STARTTLS'"],
  },
  {
    id: 'starttls-refused-454',
    // The server offered STARTTLS, then refused it: Postfix's wording when its certificate or key
    // cannot be loaded. Every stack just passes the reply on (smtplib SMTPResponseException,
    // Net::SMTPServerBusy, Go's bare reply).
    pattern: /\b454[ -](?:4\.\d{1,3}\.\d{1,3} )?TLS not available|\(454, b'4\.\d{1,3}\.\d{1,3} TLS not available/i,
    reason: 'starttls-rejected',
    step: 'tls',
    command: 'STARTTLS',
    source:
      'Postfix smtpd tls_reset/STARTTLS: "454 4.7.0 TLS not available due to local problem" ' +
      '(https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c); seen with Python, Ruby and Go ' +
      'in test/stacks/matrix.json',
    examples: [
      "smtplib.SMTPResponseException: (454, b'4.7.0 TLS not available due to local problem')",
      'Net::SMTPServerBusy: 454 4.7.0 TLS not available due to local problem',
    ],
  },
  {
    id: 'tls-handshake-timeout',
    // The TCP connection and STARTTLS went through; then the TLS handshake never finished.
    // Ruby raises a bare Net::OpenTimeout only there (a TCP connect timeout says
    // "Timeout to open TCP connection to ...").
    pattern: /The handshake operation timed out|TLS handshake timed out|timeoutType: 'UPGRADE_TIMEOUT'|Net::OpenTimeout: Net::OpenTimeout\b/,
    code: 'ETIMEDOUT',
    reason: 'tls-handshake-timeout',
    step: 'tls',
    source: `CPython Modules/_ssl.c ("The handshake operation timed out", https://github.com/python/cpython/blob/3.11/Modules/_ssl.c); ${NM} (UPGRADE_TIMEOUT, "TLS handshake timed out"); net-protocol ssl_socket_connect raises Net::OpenTimeout without a message (https://github.com/ruby/net-protocol/blob/master/lib/net/protocol.rb)`,
    examples: [
      'TimeoutError: _ssl.c:975: The handshake operation timed out',
      "Error: TLS handshake timed out\n    at timeoutError " +
      "(/app/node_modules/nodemailer/lib/smtp-connection/index.js:1031:17) {\n  timeoutType: 'UPGRADE_TIMEOUT',\n  " +
      "code: 'ETIMEDOUT',\n  command: 'CONN'\n}",
      'Net::OpenTimeout: Net::OpenTimeout',
    ],
  },
  ...CERT_SIGNATURES,
  ...TLS_VERSION_SIGNATURES,
];
