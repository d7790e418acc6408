/** probe and mx. */
export const enProbe = {
  'probe.title': 'Probing {host} ({addresses}), ports {ports}',
  'probe.col.port': 'PORT',
  'probe.col.ip': 'IP',
  'probe.col.mode': 'MODE',
  'probe.col.auth': 'AUTH (plain → TLS)',
  'probe.col.cert': 'CERTIFICATE',
  'probe.col.detail': 'BANNER / PROBLEM',
  'probe.col.time': 'TIME',
  'probe.mode.tls': 'implicit TLS',
  'probe.mode.starttls': 'STARTTLS',
  'probe.mode.plain': 'plain only',
  'probe.mode.none': '—',
  'probe.problem.connect-refused': 'refused: nothing listens',
  'probe.problem.connect-timeout': 'timed out: filtered',
  'probe.problem.connect-unreachable': 'unreachable',
  'probe.problem.connect-reset': 'reset',
  'probe.problem.connect-error': 'connection error',
  'probe.problem.no-smtp-greeting': 'open, but no SMTP greeting (not SMTP, or a tarpit)',
  'probe.problem.greeting-rejected': 'greeting refused',
  'probe.problem.closed-after-greeting': 'closed right after its greeting',
  'probe.problem.starttls-failed': 'STARTTLS offered but failed',
  'probe.recommended': 'Recommended: {mode} on port {port} ({why})',
  'probe.why.tls': 'implicit TLS from the first byte, certificate verified',
  'probe.why.starttls': 'STARTTLS, certificate verified',
  'probe.why.tls-unverified':
    'implicit TLS from the first byte; certificate NOT verified ({verdict}), accepted only because of --insecure',
  'probe.why.starttls-unverified':
    'STARTTLS; certificate NOT verified ({verdict}), accepted only because of --insecure',
  'probe.why.tls-untrusted':
    'implicit TLS works, but its certificate is not trusted ({verdict}): trust it before sending a password',
  'probe.why.starttls-untrusted':
    'STARTTLS works, but its certificate is not trusted ({verdict}): trust it before sending a password',
  'probe.cert-untrusted':
    'Encryption works on port {port}, but its certificate is not trusted, so the server\'s identity is not ' +
    'proven. Give the CA that issued it with --ca FILE, or fix the server\'s certificate chain (a complete chain ' +
    'from a public CA, the right name, not expired); then check again.',
  'probe.cert-insecure': '{verdict}, accepted by --insecure',
  'probe.unverified':
    'The certificate on port {port} is NOT verified: anyone on the path can pose as this server and read the ' +
    'password. It works here only because of --insecure; fix the certificate (or pass --ca with the issuing CA) ' +
    'before relying on it.',
  'probe.why.none': 'no encryption offered anywhere: only for a trusted relay without credentials',
  'probe.none-works': 'No combination works from here.',
  'probe.settings': 'Settings that work:',
  'probe.command': 'Check it with:',
  'probe.confirm.ok': 'Confirmed: {user} logged in on port {port} ({mode}).',
  'probe.confirm.ok-unverified':
    "Logged in: {user} on port {port} ({mode}), but over a certificate that was NOT verified (--insecure): " +
    "the server's identity is not proven.",
  'probe.confirm.fail': 'Login on the recommended combination failed: {category}. {cause}',
  'probe.dns-failed': 'The name {host} could not be resolved, so no port could be tried.',
  'probe.all-filtered':
    'Every port timed out while DNS works: outbound SMTP is probably blocked by this network, a firewall or the ' +
    'cloud provider. Try from another network, or ask for the ports to be opened.',
  'probe.port25-filtered':
    'Port 25 timed out while other ports answer: outbound port 25 is probably blocked by your network or cloud ' +
    'provider (many block it by default). Use 587 or 465 for submission.',
  'probe.ipv6-broken':
    'IPv6 does not work from here, IPv4 does: use --family 4 (nodemailer family: 4; Java ' +
    '-Djava.net.preferIPv4Stack=true; or fix the IPv6 route).',
  'hint.probe-works': 'From here these work: {list}. (smtp-doctor probe {host} for details)',
  'hint.probe-none': 'From here no standard port answers with SMTP; see smtp-doctor probe {host}.',
  'mx.title': 'Mail servers (MX) of {domain}',
  'mx.null': '{domain} publishes a null MX (RFC 7505): this domain accepts no mail.',
  'mx.implicit': '{domain} has no MX records; mail goes to its A/AAAA address (implicit MX).',
  'mx.dns-error':
    'The MX lookup for {domain} failed ({code}): the resolver gave no answer, so this says nothing about the ' +
    'records. Try again, or ask another resolver with --dns-server.',
  'mx.none': '{domain} has neither MX nor address records: mail to it cannot be delivered.',
  'mx.host': '{preference}  {host}',
  'mx.addresses': 'addresses: {list}',
  'mx.ptr': 'reverse DNS: {ptr} ({match})',
  'mx.ptr-match': 'matches forward',
  'mx.ptr-mismatch': 'does not match forward',
  'mx.ptr-none': 'reverse DNS: none',
  'mx.summary.ok': 'accepts connections; {starttls}; certificate {cert}',
  'mx.summary.fail': '{problem}',
  'mx.starttls-yes': 'STARTTLS offered',
  'mx.starttls-no': 'no STARTTLS',
  'mx.verdict.all-ok': 'Verdict: every MX accepts connections.',
  'mx.verdict.primary-down':
    'Verdict: the primary MX ({host}) does not accept connections, a backup MX does: mail is delayed or goes to the ' +
    'backup.',
  'mx.verdict.some-down': 'Verdict: some MX hosts do not accept connections: {hosts}.',
  'mx.verdict.all-down':
    'Verdict: no MX accepts connections from here (if only port 25 is blocked on this network, check from ' +
    'elsewhere).',
  'err.bad-ports': 'invalid --ports "{value}": give port numbers separated by commas',
  'err.bad-dns-server': 'invalid --dns-server "{value}": give an IP address, optionally with :PORT',
  'err.missing-target': 'give the host (or domain) to look at',
  'help.probe': 'find the port and TLS mode that actually work from this network',
  'help.probe-host': 'the SMTP server host name',
  'help.ports': 'try only these ports, comma-separated (without it: --port if given, then 25,465,587,2525)',
  'help.dns-server': 'resolve every name through this DNS server (IP[:PORT])',
  'help.mx': 'inbound mail triage: MX records and what each MX host answers on port 25',
  'help.mx-domain': 'the mail domain',
  'help.mx-port': 'port to try on each MX host (default 25)',
  'help.no-probe': 'on a refused, filtered or mismatched port, do not look for the ports that work',
} as const;
