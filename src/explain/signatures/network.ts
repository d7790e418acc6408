import type { Signature } from '../types.js';
import { NM } from './shared.js';

/** Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): DNS and TCP. */
export const NETWORK_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- DNS
  {
    id: 'dns-not-found',
    pattern:
      /getaddrinfo ENOTFOUND|\bENOTFOUND\b|Name or service not known|nodename nor servname provided, or not known|\[Errno 11001\] getaddrinfo failed|java\.net\.UnknownHostException|Unknown SMTP host|getaddrinfo(?: for \S+)? failed: Name|no such host|No such host is known|php_network_getaddresses: getaddrinfo failed|No address associated with hostname|cannot locate host \S{1,255}: |["']?code["']?\s*:\s*["']EDNS["']|알려진 호스트가 없습니다/,
    code: 'ENOTFOUND',
    step: 'dns',
    source:
      'getaddrinfo EAI_NONAME as worded by Node, Python, Java, Ruby, Go, PHP and .NET; ' +
      'https://github.com/nodemailer/nodemailer/issues/409, https://github.com/FeeiCN/GSIL/issues/36, ' +
      'https://github.com/uniplug/youtrack-docker/issues/4, https://github.com/gophish/gophish/issues/570; ' +
      'nodemailer code EDNS (https://github.com/nodemailer/nodemailer/issues/1153)',
    examples: [
      // msmtp src/net.c
      'msmtp: cannot locate host smtp.example.com: host not found (authoritative)',
      "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com]\n  code: 'ENOTFOUND',\n  errno: 'ENOTFOUND',\n  syscall: " +
      "'getaddrinfo',\n  hostname: 'smtp.gmail.com' }",
      "Error: getaddrinfo ENOTFOUND \"smtp.gmail.com\";\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] " +
      "(node:dns:79:26) {\n  errno: -3008,\n  code: 'EDNS',\n  syscall: 'getaddrinfo',",
      '  File "/usr/local/lib/python3.6/smtplib.py", line 335, in connect\n    self.sock = self._get_socket(host, ' +
      'port, self.timeout)\n  File "/usr/local/lib/python3.6/socket.py", line 743, in getaddrinfo\n    for res in ' +
      '_socket.getaddrinfo(host, port, family, type, proto, flags):\nsocket.gaierror: [Errno -2] Name or service ' +
      'not known',
      'Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn\'t connect ' +
      'to host, port: smtp.1und1.de, 587; timeout 30000; nested exception is: java.net.UnknownHostException: ' +
      'smtp.1und1.de.',
      'I am getting " dial tcp: lookup smtp.gmail.com: getaddrinfow: No such host is known." error',
      // EAI_NODATA as CPython's socket.gaierror words it (Modules/socketmodule.c, gai_strerror)
      'socket.gaierror: [Errno -5] No address associated with hostname',
      '"error": {\n    "errno":-3008,\n    "code":"EDNS",\n    "syscall":"getaddrinfo",\n    ' +
      '"hostname":"smtp.mail.ru,",\n    "command":"CONN"\n}',
      // WSAHOST_NOT_FOUND (11001) on a Korean Windows (.NET SocketException)
      'System.Net.Sockets.SocketException (11001): 알려진 호스트가 없습니다.',
    ],
  },
  {
    id: 'dns-temporary',
    pattern: /getaddrinfo EAI_AGAIN|\bEAI_AGAIN\b|Temporary failure in name resolution|queryA E(?:REFUSED|CONNREFUSED|TIMEOUT|SERVFAIL)|server misbehaving|dial tcp: lookup \S{1,255}(?: on \S{1,60})?: (?:read udp \S{1,120}: )?i\/o timeout/,
    code: 'EAI_AGAIN',
    step: 'dns',
    source:
      'getaddrinfo EAI_AGAIN / c-ares EREFUSED (resolver did not answer); ' +
      'https://github.com/nodemailer/nodemailer/issues/679, https://github.com/nodemailer/nodemailer/issues/1371',
    examples: [
      // Go net.DNSError: the resolver did not answer (not the SMTP server)
      'dial tcp: lookup smtp.example.com on 127.0.0.11:53: read udp 172.18.0.3:45678->127.0.0.11:53: i/o timeout',
      "{ [Error: getaddrinfo EAI_AGAIN west.exch032.serverdata.net:587]\n  code: 'EAI_AGAIN',\n  errno: " +
      "'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'west.exch032.serverdata.net',",
      "Error: queryA EREFUSED smtp.office365.com\nat QueryReqWrap.onresolve [as oncomplete] (dns.js:203:19) { " +
      "\nerrno: 'EREFUSED', \ncode: 'EDNS',\nsyscall: 'queryA',\n hostname: 'smtp.office365.com',\ncommand: " +
      "'CONN'\n}",
      'Failed to send email. Reason: getaddrinfo EAI_AGAIN smtp.mailgun.org:587',
    ],
  },
  // ---------------------------------------------------------------- TCP
  {
    id: 'econnrefused',
    wording: 'connect-refused',
    pattern: /ECONNREFUSED|Connection refused|ConnectionRefusedError|\[Errno 111\]|No connection could be made because the target machine actively refused it|대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다/i,
    code: 'ECONNREFUSED',
    step: 'tcp',
    source:
      'POSIX ECONNREFUSED as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/889, ' +
      'https://github.com/wildfly-extras/wildfly-camel/issues/402, https://github.com/mikel/mail/issues/726, ' +
      'https://github.com/goharbor/harbor/issues/1356',
    examples: [
      'Error: connect ECONNREFUSED 127.0.0.1:587',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      "Caused by: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 10025; timeout " +
      "30000;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
      "/usr/local/lib/ruby/2.0.0/net/smtp.rb:541:in `initialize': Connection refused - connect(2) " +
      "(Errno::ECONNREFUSED)",
      '2016-02-10 SMTP ERROR: Failed to connect to server: Connection refused (111)\nSMTP connect() failed. ' +
      'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'Send email failed: dial tcp 172.18.0.25:587: getsockopt: connection refused',
      'Mail Error on dialing with encryption type STARTTLS: dial tcp 127.0.0.1:587: connectex: No connection could ' +
      'be made because the target machine actively refused it.',
      // WSAECONNREFUSED (10061) on a Korean Windows
      'System.Net.Sockets.SocketException (10061): 대상 컴퓨터에서 연결을 거부했으므로 연결하지 ' +
      '못했습니다. 127.0.0.1:25',
    ],
  },
  {
    id: 'connect-timeout',
    pattern:
      /connect ETIMEDOUT|Error: Connection timeout|\[Error: Connection timeout\]|errno: '?ETIMEDOUT'?,\s*code: '?E(?:SOCKET|CONNECTION)'?,\s*syscall: '?connect|(?<![245]\.\d{1,3}\.\d{1,3} )Connection timed out|connect timed out|(?<!handshake )Operation timed out|\[WinError 10060\]|\[Errno 110\]|(?<!Net::OpenTimeout: )Net::OpenTimeout(?!: Net::OpenTimeout)|(?<!Unable to read data from the transport connection: )A connection attempt failed because the connected party did not properly respond|dial tcp [^\n]*i\/o timeout|dial tcp: i\/o timeout|sock\.connect\(sa\)\s{1,40}(?:socket\.timeout|TimeoutError): timed out|network_failure, [^{}\n]{1,300}, \{:?error, :?timeout\}|연결된 구성원으로부터 응답이 없어 연결하지 못했거나/i,
    code: 'ETIMEDOUT',
    reason: 'connect-timeout',
    step: 'tcp',
    source:
      'connect() timeouts as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/915 ' +
      '(maintainer: firewall), https://github.com/nodemailer/nodemailer/issues/1365, ' +
      'https://github.com/jhipster/generator-jhipster/issues/4329, https://github.com/exercism/website/issues/2365, ' +
      'https://github.com/gophish/gophish/issues/1360',
    examples: [
      // gen_smtp src/gen_smtp_client.erl: the connect timed out
      "{:error, :retries_exceeded, {:network_failure, 'smtp.example.com', {:error, :timeout}}}",
      // CPython Lib/socket.py create_connection(): the connect itself timed out (not a later read)
      '  File "/usr/lib/python3.11/socket.py", line 836, in create_connection\n    sock.connect(sa)\nTimeoutError: ' +
      'timed out',
      "{ Error: Connection timeout\nat SMTPConnection._formatError " +
      "(/var/www/html/project/node_modules/nodemailer/lib/smtp-connection/index.js:606:19)\nat " +
      "SMTPConnection._onError " +
      "(/var/www/html/project/node_modules/nodemailer/lib/smtp-connection/index.js:579:20)\nat " +
      "Timeout._connectionTimeout.setTimeout at ontimeout (timers.js:482:11) code: 'ETIMEDOUT', command: 'CONN' }",
      "{\n  errno: 'ETIMEDOUT',\n  code: 'ESOCKET',\n  syscall: 'connect',\n  address: '151.106.116.107',\n  port: " +
      "465,\n  command: 'CONN'\n}",
      "{ Error: connect ETIMEDOUT 74.125.24.108:465\n    at TCPConnectWrap.afterConnect [as oncomplete] " +
      "(net.js:1198:14)\n  code: 'ECONNECTION',\n  errno: 'ETIMEDOUT',\n  syscall: 'connect',",
      "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is " +
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.mail.yahoo.com, 587; timeout " +
      "-1;\n  nested exception is:\n\tjava.net.ConnectException: Connection timed out: connect.",
      "org.keycloak.email.EmailException: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: " +
      "smtp.strato.de, 465; timeout 10000;\n  nested exception is:\n        java.net.SocketTimeoutException: " +
      "Connect timed out",
      'TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly ' +
      'respond after a period of time, or established connection failed because connected host has failed to respond',
      '**Net::OpenTimeout** in **ActionMailer::MailDeliveryJob@mailers**\nexecution expired\n    ' +
      '/usr/local/lib/ruby/2.6.0/net/smtp.rb:539 - initialize',
      '2018-01-15 15:58:23\tConnection: Failed to connect to server. Error number 2. "Error notice: ' +
      'stream_socket_client(): unable to connect to ssl://smtp.hosts.co.uk:465 (Connection timed out)\n2018-01-15 ' +
      '15:58:23\tSMTP ERROR: Failed to connect to server: Connection timed out (110)',
      '"dial tcp 74.125.133.108:587: i/o timeout"',
      // WSAETIMEDOUT (10060) on a Korean Windows
      'System.Net.Sockets.SocketException (10060): 연결된 구성원으로부터 응답이 없어 연결하지 ' +
      '못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다 203.0.113.5:587',
    ],
  },
  {
    id: 'nodemailer-timeout-object',
    wording: 'connect-timeout',
    // nodemailer error object whose message line was cut off: ETIMEDOUT during CONN is the
    // connection timeout ("Greeting never received" has its own signature).
    pattern: /^(?![\s\S]*(?:Greeting never received|UPGRADE_TIMEOUT))[\s\S]*?\bcode: ['"]ETIMEDOUT['"],\s*command: ['"]CONN['"]/,
    code: 'ETIMEDOUT',
    reason: 'connect-timeout',
    step: 'tcp',
    source: `${NM} (connectionTimeout: code ETIMEDOUT, command CONN); https://github.com/nodemailer/nodemailer/issues/1522`,
    examples: [
      " at SMTPConnection._formatError " +
      "(/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at " +
      "SMTPConnection._onError " +
      "(/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:776:20)\n    at " +
      "Timeout.<anonymous> " +
      "(/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:235:22)\n    at " +
      "listOnTimeout (node:internal/timers:573:17)\n    at process.processTimers (node:internal/timers:514:7) {\n  " +
      "code: 'ETIMEDOUT',\n  command: 'CONN'\n}",
    ],
  },
  {
    id: 'unreachable',
    pattern: /ENETUNREACH|EHOSTUNREACH|Network is unreachable|No route to host|\[Errno 101\]|\[Errno 113\]|A socket operation was attempted to an unreachable (?:network|host)/,
    code: 'ENETUNREACH',
    step: 'tcp',
    source:
      'POSIX ENETUNREACH / EHOSTUNREACH; https://github.com/kootenpv/yagmail/issues/104, ' +
      'https://github.com/langgenius/dify/issues/10601, ' +
      'https://github.com/brandonjenniges/JavaMail-API-Android/issues/3',
    examples: [
      '  File "/usr/lib/python2.7/smtplib.py", line 806, in _get_socket\n    new_socket = ' +
      'socket.create_connection((host, port), timeout)\n  File "/usr/lib/python2.7/socket.py", line 575, in ' +
      'create_connection\n    raise err\nsocket.error: [Errno 101] Network is unreachable',
      "W/System.err: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 465; " +
      "timeout -1;\nW/System.err:   nested exception is:\nW/System.err: \tjava.net.ConnectException: failed to " +
      "connect to smtp.gmail.com/2404:6800:4003:c02::6c (port 465) after 90000ms: isConnected failed: ENETUNREACH " +
      "(Network is unreachable)",
    ],
  },
  {
    id: 'connect-reset',
    pattern: /connect ECONNRESET/,
    code: 'ECONNRESET',
    reason: 'connect-reset',
    step: 'tcp',
    source:
      'https://nodejs.org/api/errors.html#common-system-errors (ECONNRESET during connect: the peer or a middlebox ' +
      'reset the TCP connection as it opened)',
    examples: ['Error: connect ECONNRESET\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)'],
  },
  {
    id: 'connection-reset',
    pattern: /read ECONNRESET|ECONNRESET|Connection reset by peer|\[Errno 104\]|An existing connection was forcibly closed by the remote host|Errno::ECONNRESET|현재 연결은 원격 호스트에 의해 강제로 끊겼습니다|원격 호스트에 의해 기존 연결이 강제로 (?:끊겼|종료되었)습니다|An established connection was aborted by the software in your host machine|현재 연결은 사용자의 호스트 시스템의 소프트웨어(?:의|에) 의해 중단되었습니다/,
    code: 'ECONNRESET',
    source:
      'POSIX ECONNRESET as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/824, ' +
      'https://github.com/symfony/symfony/issues/48691, https://github.com/jstedfast/MailKit/issues/1414',
    examples: [
      "Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: " +
      "-4077,\n  code: 'ESOCKET',\n  syscall: 'read',\n  command: 'CONN'",
      'Mailer: fgets(): SSL: Connection reset by peer',
      'System.IO.IOException: An existing connection was forcibly closed by the remote host ---> ' +
      'System.Net.Sockets.SocketException: An existing connection was forcibly closed by the remote host',
      // WSAECONNRESET (10054) and WSAECONNABORTED (10053: software on this machine, often an antivirus or firewall,
      // cut the connection) on a Korean Windows
      'System.IO.IOException: 전송 연결에서 데이터를 읽을 수 없습니다: 현재 연결은 원격 ' +
      '호스트에 의해 강제로 끊겼습니다.',
      'System.Net.Sockets.SocketException (10053): 현재 연결은 사용자의 호스트 시스템의 ' +
      '소프트웨어의 의해 중단되었습니다.',
    ],
  },
  {
    id: 'connection-closed',
    pattern:
      /Unexpected socket close|Connection closed unexpectedly|SMTPServerDisconnected:? Connection unexpectedly closed|net_io_connectionclosed|Syntax error, command unrecognized\. The server response was:\s*$|The SMTP server has unexpectedly disconnected/m,
    code: 'ECONNECTION',
    source:
      `${NM}; nodemailer lib/smtp-transport ('Unexpected socket close'); CPython smtplib getreply; .NET SmtpException (empty reply maps to "Syntax error, command unrecognized"); https://github.com/nodemailer/nodemailer/issues/1385, https://github.com/NeloF4/brutegmail/issues/5, https://github.com/OctopusDeploy/Issues/issues/1609, https://github.com/btcpayserver/btcpayserver/issues/2049`,
    examples: [
      'Error: Unexpected socket close\n    at Timeout._onTimeout ' +
      '(E:\\app\\node_modules\\nodemailer\\lib\\smtp-transport\\index.js:189:31)\n    at listOnTimeout ' +
      '(internal/timers.js:557:17)\n    at processTimers (internal/timers.js:500:7)',
      '  File "C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 739, in ' +
      'login\n    (code, resp) = self.auth(\n  File ' +
      '"C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 432, in docmd\n    ' +
      'return self.getreply()\n  File ' +
      '"C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 405, in getreply\n    ' +
      'raise SMTPServerDisconnected("Connection unexpectedly closed")\nsmtplib.SMTPServerDisconnected: Connection ' +
      'unexpectedly closed',
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from ' +
      'the transport connection: net_io_connectionclosed.\nat ' +
      'System.Net.Mail.SmtpReplyReaderFactory.ProcessRead(Byte[] buffer, Int32 offset, Int32 read, Boolean readLine)',
      'Email server: Syntax error, command unrecognized. The server response was:',
    ],
  },
  {
    id: 'read-timeout',
    pattern: /Net::ReadTimeout|SocketTimeoutException: Read timed out|Unable to read data from the transport connection: A connection attempt failed|socket\.timeout: timed out/,
    code: 'ETIMEDOUT',
    source:
      'read timeouts after the connection opened; https://github.com/pivorakmeetup/pivorak-web-app/issues/781, ' +
      'https://github.com/SaiUpadhyayula/spring-reddit-clone/issues/24, https://github.com/i4004/Simplify/issues/53',
    examples: [
      'Net::ReadTimeout: Net::ReadTimeout\n  File ' +
      '"/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/protocol.rb", line 158, in rbuf_fill\n  File ' +
      '"/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 946, in recv_response\n  File ' +
      '"/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 917, in block in data',
      'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is ' +
      'javax.mail.MessagingException: Exception reading response;\n  nested exception ' +
      'is:\n\tjava.net.SocketTimeoutException: Read timed out.',
    ],
  },
];
