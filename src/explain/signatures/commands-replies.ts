import type { Signature } from '../types.js';
import { NM } from './shared.js';

/**
 * Signatures, part of COMMAND_SIGNATURES (commands.ts, which keeps their order):
 * other client-side wordings, and which command a reply belongs to.
 */
export const REPLY_COMMAND_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- other client-side wordings
  {
    id: 'python-not-connected',
    pattern: /please run connect\(\) first/,
    source:
      'CPython Lib/smtplib.py send(): raised when no socket is open; ' +
      'https://github.com/pixelated/pixelated-user-agent/issues/88, https://github.com/odoo/odoo/issues/51747',
    examples: [
      '  File "/usr/lib/python2.7/smtplib.py", line 336, in putcmd\n    self.send(str)\n  File ' +
      '"/usr/lib/python2.7/smtplib.py", line 328, in send\n    raise SMTPServerDisconnected(\'please run connect() ' +
      'first\')\nSMTPServerDisconnected: please run connect() first',
      'smtplib.SMTPServerDisconnected: please run connect() first',
    ],
  },
  {
    id: 'connect-failed-unspecified',
    pattern:
      /(?<![\s\S])(?![\s\S]*(?:timed out|[Tt]imeout\b(?! -?\d)|refused|unreachable|[Uu]nknown ?[Hh]ost|not known|certificate|SSL|TLS|EOF|reset|response: -?\d))[\s\S]*?(?:SMTP connect\(\) failed|Couldn't connect to host, port: [^;\n]+; timeout [-\d]+;?\s*$|Mail server connection failed|Connection could not be established with host)/m,
    step: 'tcp',
    source:
      'PHPMailer ("SMTP connect() failed"), JavaMail MailConnectException, Spring MailSendException, Symfony ' +
      'TransportException: the library says only that the session did not open; ' +
      'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting, ' +
      'https://github.com/grails-plugins/grails-mail/issues/42',
    examples: [
      'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is " +
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1;",
    ],
  },
  // ---------------------------------------------------------------- which command a reply belongs to
  {
    id: 'command-rcpt',
    pattern:
      /Can't send mail - all recipients were rejected|Recipient command failed|command: ['"]RCPT TO['"]|SMTPAddressFailedException|SMTP ERROR: RCPT TO command failed|The following recipients failed|Expected response code "?250\/251\/252"?|in `?rcptto\b|SmtpFailedRecipient/,
    command: 'RCPT TO',
    step: 'send',
    source: `${NM} (_actionRCPT); JavaMail SMTPAddressFailedException; PHPMailer recipient(); Symfony SmtpTransport (RCPT TO expects 250/251/252); Ruby net/smtp rcptto; .NET SmtpFailedRecipientException`,
    examples: [
      "{\n [Error: Can't send mail - all recipients were rejected]\n  code: 'EENVELOPE',\n  response: '550 5.7.1 " +
      "Unable to relay for paris.team@parisoptimalplanning.com',\n  responseCode: 550\n }",
      ' javax.mail.SendFailedException: Invalid Addresses;\n   nested exception is:\n\t ' +
      'com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <Ungültige EMail-Adresse>: Recipient address ' +
      'rejected: \n User unknown in virtual mailbox table',
      '2014-07-09 12:52:22 SMTP ERROR: RCPT TO command failed: 451 Temporary local problem - please try ' +
      'later\n2014-07-09 12:52:22 CLIENT -> SERVER: QUIT\nSMTP Error: The following recipients failed: ' +
      'support@pineisland48.com',
      'Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException \n\n  Expected response code ' +
      '"250/251/252" but got code "556", with message "556 5.1.10 <your@example.com>: Recipient address rejected: ' +
      'Domain example.com does not accept mail (nullMX)".',
      "Net::SMTPSyntaxError: 501 Syntax error in parameters\n\n  net/smtp.rb:969:in `check_response'\n    raise " +
      "res.exception_class, res.message\n  net/smtp.rb:937:in `getok'\n  net/smtp.rb:865:in `rcptto'",
      'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: unroutable ' +
      'domain: gmail',
    ],
  },
  {
    id: 'command-mail-from',
    pattern: /Mail command failed|command: ['"]MAIL FROM['"]|SMTPSenderRefused|SMTPSenderFailedException|SMTP ERROR: MAIL FROM command failed|SMTPTransport\.mailFrom|MailCommand\.Send|in `?mailfrom\b/,
    command: 'MAIL FROM',
    step: 'send',
    source: `${NM} (_actionMAIL: 'Mail command failed'); CPython SMTPSenderRefused; JavaMail SMTPTransport.mailFrom; .NET MailCommand; Ruby net/smtp mailfrom`,
    examples: [
      'Error: Mail command failed: 501 mail from address must be same as authorization user',
      "SMTPSenderRefused: (553, '5.7.1 Sender address rejected: not owned by auth user.', u'Notifications " +
      "<admin@example.com>')",
      'com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. pe5sm5768337wjb.15 ' +
      '- gsmtp\n2016-10-05 19:29:34,191 ERROR [stderr] (EJB default - 2) \tat ' +
      'com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2249)\n2016-10-05 19:29:34,191 ERROR ' +
      '[stderr] (EJB default - 2) \tat com.sun.mail.smtp.SMTPTransport.mailFrom(SMTPTransport.java:1740)',
    ],
  },
  {
    id: 'command-data',
    pattern: /SMTPDataError|SMTP Error: data not accepted|SMTP ERROR: DATA(?: END)? command failed|Data command failed|Message failed: \d{3}|Expected response code "?354"?|in `?(?:block in )?data\b(?!base)/,
    command: 'DATA',
    step: 'send',
    source: `${NM} (_actionDATA / _actionSMTPStream); CPython SMTPDataError; PHPMailer data(); Symfony DATA expects 354; Ruby net/smtp data`,
    examples: [
      "  File \"/usr/lib/python3.5/smtplib.py\", line 883, in sendmail\n    raise SMTPDataError(code, " +
      "resp)\nsmtplib.SMTPDataError: (550, b'5.7.1 Unconfigured Sending Domain <asu.edu>')",
      'SMTP ERROR: DATA command failed: 550 5.4.5 Daily user sending quota exceeded.\nMessage could not be sent. ' +
      'Mailer Error: SMTP Error: data not accepted.',
      'Net::SMTPUnknownError: could not get 3xx (421: 421 4.7.0 Temporary System Problem.  Try again later (WS). ' +
      'z88sm1025705wrb.26 - gsmtp\n)\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", ' +
      'line 971, in check_continue\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line ' +
      '904, in block in data',
    ],
  },
  {
    id: 'command-auth',
    pattern: /command: ['"]AUTH [A-Z0-9-]+['"]|SMTP ERROR: (?:Password|Username) command failed|Expected response code "?235"?|in `?(?:auth_(?:plain|login|cram_md5)|authenticate|check_auth_response)\b|MailKit\.Security\.AuthenticationException/,
    command: 'AUTH',
    step: 'auth',
    source: `${NM} (_actionAUTHComplete); PHPMailer authenticate(); Symfony AUTH expects 235; Ruby net/smtp auth_*; MailKit AuthenticationException`,
    examples: [
      "  code: 'EAUTH',\n  response: '535-5.7.8 Username and Password not accepted. Learn more at\\n' +\n    '535 " +
      "5.7.8  https://support.google.com/mail/?p=BadCredentials i5sm8565805wrv.34 - gsmtp',\n  responseCode: 535,\n " +
      " command: 'AUTH PLAIN'",
      '2018-03-13 12:21:18 SERVER -> CLIENT: 535 Incorrect authentication data\n2018-03-13 12:21:18 SMTP ERROR: ' +
      'Username command failed: 535 Incorrect authentication data\nSMTP Error: Could not authenticate.',
      'Error: MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful ' +
      '[AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]',
      'MailKit.Security.AuthenticationException: 421: 4.3.2 Service not active ' +
      '[TYAPR01CA0229.jpnprd01.prod.outlook.com] ---> MailKit.Net.Smtp.SmtpCommandException: 4.3.2 Service not ' +
      'active [TYAPR01CA0229.jpnprd01.prod.outlook.com]',
    ],
  },
  {
    id: 'reply-out-of-step',
    // A success reply where another one was due: the client read the answer to an earlier
    // command (pipelining, a reused connection, a proxy in between).
    pattern: /Invalid greeting from server:\s*2\d\d\b|Expected response code "?\d{3}(?:\/\d{3})*"? but got (?:an? )?code "?2\d\d\b/,
    code: 'EPROTOCOL',
    step: 'greeting',
    source: `${NM} (_actionGreeting: a greeting that is not 220, code EPROTOCOL); SwiftMailer/Symfony assertResponseCode; https://github.com/maildev/maildev/issues/88 (a 250 read as the greeting: the reply stream is out of step), https://github.com/swiftmailer/swiftmailer/issues/669, https://github.com/swiftmailer/swiftmailer/issues/1300`,
    examples: [
      'Swift_TransportException: "Expected response code 250 but got code "235", with message "235 2.0.0 OK ' +
      '""\nfrom:\n/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php line 383',
      '[2020-10-13 23:18:41] local.ERROR: Expected response code 354 but got code "250", with message "250 ' +
      'Accepted\n" {"exception":"[object] (Swift_TransportException(code: 250): Expected response code 354 but got ' +
      'code \\"250\\", with message \\"250 Accepted',
      'Error: Invalid greeting from server:\n250 2.0.0 Ok: queued as B4C8112124D\n    at ' +
      'SMTPConnection._actionGreeting ' +
      '(/usr/lib/node_modules/maildev/node_modules/smtp-connection/src/smtp-connection.js:611:23)',
    ],
  },
  {
    id: 'greeting-reply',
    pattern: /SMTPConnectError|Could not connect to SMTP host: [^\n]*response: [2-5]\d\d|Invalid greeting\. response=[2-5]\d\d/,
    step: 'greeting',
    source:
      'CPython smtplib connect() raises SMTPConnectError on a non-220 greeting; JavaMail "Could not connect to SMTP ' +
      'host ... response: NNN"; https://github.com/kootenpv/yagmail/pull/117, ' +
      'https://github.com/spring-projects/spring-boot/issues/14006',
    examples: [
      "ErrorMessage: SMTPConnectError: (421, b'Too many connections').",
      'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is ' +
      'javax.mail.MessagingException: Could not connect to SMTP host: xxx.xxxx.xxx.com.tr, port: 25, response: 554. ' +
      'Failed messages: javax.mail.MessagingException: Could not connect to SMTP host: xxx.xxxx.xxx.com.tr, port: ' +
      '25, response: 554',
      "Error: Invalid greeting. response=421 4.3.2 mx.example.net Service not available, closing transmission " +
      "channel: 421 4.3.2 mx.example.net Service not available, closing transmission channel\n    at " +
      "SMTPConnection._actionGreeting (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1195:27) {\n  " +
      "code: 'EPROTOCOL',\n  response: '421 4.3.2 mx.example.net Service not available, closing transmission " +
      "channel',\n  responseCode: 421,\n  command: 'CONN'\n}",
    ],
  },
  {
    id: 'greeting-refusal-wording',
    // RFC 5321's wording for a server that will not talk to this client at all, said instead of
    // the 220 greeting; stacks that do not name the step (Go, Ruby) print only the reply.
    pattern: /\b554[ -](?:5\.\d{1,3}\.\d{1,3} )?(?:[^\n]{0,200}\b)?(?:No SMTP service here|not accepting (?:connections|network messages))/i,
    step: 'greeting',
    source:
      'RFC 5321 section 3.1 ("554 No SMTP service here", https://www.rfc-editor.org/rfc/rfc5321#section-3.1); seen ' +
      'with Go and Ruby in test/stacks/matrix.json',
    examples: [
      '554 5.7.1 mx.smtp-doctor.test ESMTP not accepting connections',
      'Net::SMTPFatalError: 554 No SMTP service here',
    ],
  },
  {
    id: 'http-status-as-greeting',
    // An HTTP server on the port: the client reads its status line where the 220 greeting belongs
    // (Python smtplib even cuts "HTTP" off as if it were a reply code).
    pattern: /(?:^|[\s:=("])HTTP\/[12](?:\.[01])? [1-5]\d\d\b|\(-1, b'\/1\.[01] [1-5]\d\d\b/,
    code: 'EPROTOCOL',
    step: 'greeting',
    reason: 'http-server',
    source:
      'RFC 9112 status line (https://www.rfc-editor.org/rfc/rfc9112#section-4) read as an SMTP greeting; Go ' +
      'textproto "short response:", Ruby Net::SMTPUnknownError, nodemailer "Invalid greeting"; seen in ' +
      'test/stacks/matrix.json',
    examples: [
      'short response: HTTP/1.1 408 Request Timeout',
      'Net::SMTPUnknownError: HTTP/1.1 400 Bad Request',
      "smtplib.SMTPConnectError: (-1, b'/1.1 408 Request Timeout')",
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "220" but got empty code, ' +
      'with message "HTTP/1.1 408 Request Timeout\nConnection: close".',
    ],
  },
];
