/** Proxies (--proxy, SMTP_DOCTOR_PROXY, ALL_PROXY / NO_PROXY): options, notes, reasons and the proxy rules. */
export const enProxy = {
  'help.proxy':
    'connect through a proxy: socks5://[user[:pass]@]host:port (socks5h:// lets the proxy resolve the name), ' +
    'socks4://, socks4a://, http:// (CONNECT); default SMTP_DOCTOR_PROXY, then ALL_PROXY; ' +
    'NO_PROXY lists hosts reached directly',
  'help.no-proxy': 'connect directly: ignore SMTP_DOCTOR_PROXY and ALL_PROXY',
  'help.proxy-password-env': 'read the proxy password from this environment variable (keeps it off the command line)',
  'err.bad-proxy':
    'invalid proxy URL in {source}: give SCHEME://[user[:password]@]host[:port], with SCHEME one of {schemes}',
  'err.proxy-password-env': '--proxy-password-env: the environment variable {name} is not set',
  'err.proxy-and-no-proxy': '--proxy and --no-proxy contradict each other: give one of them',
  'err.proxy-password-env-no-proxy':
    '--proxy-password-env {name}: there is no proxy to give the password to (no --proxy, SMTP_DOCTOR_PROXY or ' +
    'ALL_PROXY)',
  'err.proxy-password-env-no-user':
    '--proxy-password-env {name}: the proxy URL in {source} has no user name; give it in the URL, e.g. {example}',
  'warn.extra-ca-empty':
    'NODE_EXTRA_CA_CERTS names {path}, which holds no PEM certificate; its CAs are not trusted.',
  'warn.extra-ca-unreadable':
    'NODE_EXTRA_CA_CERTS names {path}, which cannot be read ({reason}); its CAs are not trusted.',
  'warn.proxy-password-url':
    'The proxy password is inside --proxy, so it is on the command line where other local users can see it (ps, ' +
    'shell history). Leave it out of the URL (socks5://user@host:port) and give it with --proxy-password-env.',
  'note.via-proxy': 'through the proxy {proxy} (from {source})',
  'fact.proxy': 'through the proxy {proxy} (from {source})',
  'fact.dns-by-proxy': 'resolved by the proxy {proxy} (no local lookup)',
  'outcome.proxy': 'proxy failed',
  'probe.problem.connect-proxy': 'the proxy failed',
  'param.proxy': 'the proxy',
  'category.PROXY_FAILURE': 'proxy failure',
  'reason.proxy-unreachable': 'the proxy cannot be reached',
  'reason.proxy-auth-failed': 'the proxy refused the credentials',
  'reason.proxy-refused': 'the proxy refused the connection request',
  'reason.proxy-protocol-error': 'the proxy does not speak the proxy protocol',
  'reason.proxy-target-refused': 'connection refused (from the proxy\'s network)',
  'reason.proxy-target-unreachable': 'the proxy cannot reach the server',
  'reason.proxy-target-failed': 'the proxy could not connect to the server (refused, unreachable or timed out)',
  'proxy.target-failed.title': 'the proxy could not connect to the server',
  'proxy.target-failed.cause':
    'The proxy {proxy} works, but could not connect to {host} port {port} ({code}): the connection was refused, ' +
    'unreachable or timed out from the proxy\'s network; the proxy does not say which.',
  'proxy.target-failed.fix':
    'Check the SMTP host and port (submission: 587 or 465). A firewall between the proxy and the server may block ' +
    'the port; --no-proxy tries from this machine instead.',
  'proxy.unreachable.cause': 'The proxy {proxy} could not be reached ({code}): nothing got as far as the SMTP server.',
  'proxy.unreachable.fix':
    'Check the proxy\'s host and port in --proxy, SMTP_DOCTOR_PROXY or ALL_PROXY (and that the proxy runs). To ' +
    'connect directly, add --no-proxy or list {host} in NO_PROXY.',
  'proxy.auth.cause':
    'The proxy {proxy} refused the login ({code}): the proxy user name or password is wrong or missing.',
  'proxy.auth.fix':
    'Give the proxy\'s user in the URL (socks5://user@host:port) and its password with --proxy-password-env VAR ' +
    '(or in the URL of SMTP_DOCTOR_PROXY / ALL_PROXY). These are the proxy\'s credentials, not the mailbox\'s.',
  'proxy.refused.cause':
    'The proxy {proxy} refused to open a connection to {host}:{port} ({code}): its rules do not allow it, or it ' +
    'failed.',
  'proxy.refused.fix':
    'Ask the proxy\'s administrator to allow connections to {host} port {port}, or use another proxy in --proxy / ' +
    'SMTP_DOCTOR_PROXY / ALL_PROXY (--no-proxy connects directly).',
  'proxy.protocol.cause':
    'What answers at {proxy} does not speak that proxy protocol ({code}): the wrong port, or another kind of proxy.',
  'proxy.protocol.fix':
    'Check the scheme and port in --proxy, SMTP_DOCTOR_PROXY or ALL_PROXY: socks5:// or socks5h:// for a SOCKS5 ' +
    'proxy (usually port 1080), http:// for an HTTP proxy that allows CONNECT.',
  'proxy.target-refused.cause':
    'The proxy {proxy} works, but from its network nothing accepts connections on {host} port {port}: the server ' +
    'refused the connection ({code}). The connection was made from the proxy\'s network, not from this machine.',
  'proxy.target-refused.fix':
    'Check the SMTP host and port (submission: 587 or 465). If the server only accepts some networks, it must ' +
    'accept the proxy\'s address; --no-proxy tries from this machine instead.',
  'proxy.target-unreachable.cause':
    'The proxy {proxy} works, but could not reach {host} port {port} from its network ({code}).',
  'proxy.target-unreachable.fix':
    'Check the SMTP host name and port. A firewall between the proxy and the server may drop the connection; with ' +
    'socks5h:// the proxy resolves the name, so it must know it.',
  // explain: a pasted error names neither the proxy nor, often, the server
  'proxy.unreachable.cause.explain': 'The proxy could not be reached: nothing got as far as the SMTP server.',
  'proxy.auth.cause.explain': 'The proxy refused the login: the proxy user name or password is wrong or missing.',
  'proxy.refused.cause.explain':
    'The proxy refused to open the connection to the SMTP server: its rules do not allow it, or it failed.',
  'proxy.refused.fix.explain':
    'Ask the proxy\'s administrator to allow connections to the SMTP server\'s host and port, or set another proxy ' +
    'in the program\'s proxy setting.',
  'proxy.refused.fix.explain-app':
    'Ask the proxy\'s administrator to allow connections to the SMTP server\'s host and port, or point {setting} at ' +
    'another proxy.',
  'proxy.unreachable.fix.explain':
    'Check the proxy host and port in the program\'s proxy setting, and that the proxy runs; to connect directly, ' +
    'remove that setting.',
  'proxy.unreachable.fix.explain-app':
    'Check the proxy host and port in {setting}, and that the proxy runs; to connect directly, remove that setting.',
  'proxy.auth.fix.explain':
    'Give the proxy\'s user name and password in the program\'s proxy setting. These are the proxy\'s ' +
    'credentials, not the mailbox\'s.',
  'proxy.auth.fix.explain-app':
    'Give the proxy\'s user name and password where {setting} is set. These are the proxy\'s credentials, not the ' +
    'mailbox\'s.',
  'proxy.protocol.fix.explain':
    'Check the proxy type and port in the program\'s proxy setting: a SOCKS5 proxy usually listens on 1080, and an ' +
    'HTTP proxy needs the HTTP (CONNECT) proxy setting, not the SOCKS one.',
  'proxy.protocol.fix.explain-app':
    'Check the proxy type and port in {setting}: a SOCKS5 proxy usually listens on 1080, and an HTTP proxy needs ' +
    'the HTTP (CONNECT) proxy setting, not the SOCKS one.',
  'proxy.target-refused.fix.explain':
    'Check the SMTP host and port (submission: 587 or 465). If the server only accepts some networks, it must ' +
    'accept the proxy\'s address.',
  'proxy.target-unreachable.fix.explain':
    'Check the SMTP host name and port. A firewall between the proxy and the server may drop the connection; when ' +
    'the proxy resolves names (socks5h, SOCKS4a), it must know the name.',
  'proxy.target-failed.cause.explain':
    'The proxy works, but could not connect to the SMTP server: the connection was refused, unreachable or timed ' +
    'out from the proxy\'s network; the proxy does not say which.',
  'proxy.target-failed.fix.explain':
    'Check the SMTP host and port (submission: 587 or 465). A firewall between the proxy and the server may block ' +
    'the port.',
  'proxy-client.java':
    'In JavaMail: set mail.smtp.socks.host and mail.smtp.socks.port (SOCKS) or mail.smtp.proxy.host and ' +
    'mail.smtp.proxy.port (HTTP CONNECT) in the session properties; the JVM-wide -DsocksProxyHost and ' +
    '-DsocksProxyPort (user: -Djava.net.socks.username) apply to every socket.',
  'proxy-client.pysocks':
    'In Python with PySocks: socks.set_default_proxy(socks.SOCKS5, "proxy.host", 1080, username=..., ' +
    'password=...), then socket.socket = socks.socksocket before smtplib.SMTP() connects (rdns=True lets the ' +
    'proxy resolve the name).',
  'proxy-client.curl':
    'In curl: --proxy socks5h://user@proxy.host:1080 (or --socks5-hostname proxy.host:1080), or the ALL_PROXY ' +
    'variable; --noproxy \'*\' connects directly.',
  'proxy-client.socks-npm':
    'With the socks package: SocksClient.createConnection({ proxy: { host, port, type: 5, userId, password }, ' +
    'command: \'connect\', destination: { host, port } }).',
  'proxy-client.nodemailer':
    'In nodemailer: createTransport({ ..., proxy: \'socks5://user@proxy.host:1080\' }) and ' +
    'transporter.set(\'proxy_socks_module\', require(\'socks\')); an http:// proxy needs no extra module.',
  'proxy.protocol.cause.explain':
    'What answers at the proxy address does not speak that proxy protocol: the wrong port, or another kind of proxy.',
  'proxy.target-refused.cause.explain':
    'The proxy works, but from its network nothing accepts connections on that host and port: the server refused ' +
    'the connection. The connection was made from the proxy\'s network, not from this machine.',
  'proxy.target-unreachable.cause.explain':
    'The proxy works, but could not reach the SMTP server from its network (no route, unknown name, or no answer).',
} as const;
