import type { Signature } from '../types.js';

const PYSOCKS = 'https://github.com/Anorov/PySocks (socks.py)';
const CURL = 'https://github.com/curl/curl (lib/socks.c)';
const JDK = 'https://github.com/openjdk/jdk (java/net/SocksSocketImpl.java)';
const SOCKS_NPM = 'https://github.com/JoshGlazebrook/socks (src/common/constants.ts)';

/**
 * Signatures, part of SIGNATURES (../signatures.ts): a connection through a SOCKS or HTTP proxy, as
 * curl, PySocks, the JDK (java.net.SocksSocketImpl) and the socks npm package word it. Each carries a
 * proxy reason, which outranks the bare "Connection refused" inside the same text.
 */
export const PROXY_SIGNATURES: Signature[] = [
  {
    id: 'proxy-unreachable',
    pattern: new RegExp(
      [
        'Error connecting to SOCKS[45] proxy \\S{1,300}',
        'Can\'t connect to SOCKS proxy:',
        'Failed to connect to (?:the )?proxy',
        'proxy connection (?:refused|failed)',
      ].join('|'),
      'i',
    ),
    reason: 'proxy-unreachable',
    step: 'tcp',
    source:
      'PySocks socks.py ProxyConnectionError("Error connecting to {} proxy {}"), JDK java/net/SocksSocketImpl.java ' +
      '"Can\'t connect to SOCKS proxy:" + message' +
      `; ${PYSOCKS}, ${JDK}`,
    examples: [
      'socks.ProxyConnectionError: Error connecting to SOCKS5 proxy 127.0.0.1:1080: [Errno 111] Connection refused',
      'java.net.SocketException: Can\'t connect to SOCKS proxy:Connection refused (Connection refused)',
    ],
  },
  {
    id: 'proxy-auth-failed',
    pattern: new RegExp(
      [
        'User was rejected by the SOCKS5 server',
        'No authentication method was acceptable',
        'SOCKS5 authentication failed',
        'All offered SOCKS5 authentication methods were rejected',
        'SOCKS ?: (?:authentication failed|No acceptable methods)',
        'Socks5 Authentication failed',
        'Received invalid Socks5 initial handshake \\(no accepted authentication type\\)',
        '\\b407 Proxy Authentication Required',
      ].join('|'),
      'i',
    ),
    reason: 'proxy-auth-failed',
    step: 'tcp',
    source:
      'curl lib/socks.c ("User was rejected by the SOCKS5 server (%d %d).", "No authentication method was ' +
      'acceptable."); PySocks SOCKS5AuthError; JDK SocksSocketImpl ("SOCKS : authentication failed", "SOCKS : No ' +
      'acceptable methods"); socks npm ERRORS.Socks5AuthenticationFailed; RFC 9110 407' +
      `; ${CURL}, ${PYSOCKS}, ${JDK}, ${SOCKS_NPM}`,
    examples: [
      'curl: (97) User was rejected by the SOCKS5 server (1 1).',
      'socks.GeneralProxyError: Socket error: SOCKS5 authentication failed',
      'socks.SOCKS5AuthError: All offered SOCKS5 authentication methods were rejected',
      'java.net.SocketException: SOCKS : authentication failed',
      'SocksClientError: Socks5 Authentication failed',
    ],
  },
  {
    id: 'proxy-target-refused',
    pattern: new RegExp(
      [
        'Can\'t complete SOCKS5 connection to \\S{1,300}\\. \\(5\\)',
        '0x05: Connection refused',
        'SOCKS: Connection refused',
        'Socks5 proxy rejected connection - ConnectionRefused',
      ].join('|'),
    ),
    reason: 'proxy-target-refused',
    step: 'tcp',
    source:
      'RFC 1928 reply 05 as worded by curl lib/socks.c ("Can\'t complete SOCKS5 connection to %s. (%d)"), PySocks ' +
      '(SOCKS5Error "{:#04x}: {}"), JDK SocksSocketImpl ("SOCKS: Connection refused"), socks npm' +
      `; ${CURL}, ${PYSOCKS}, ${JDK}, ${SOCKS_NPM}`,
    examples: [
      "curl: (97) Can't complete SOCKS5 connection to smtp.example.com. (5)",
      'socks.GeneralProxyError: Socket error: 0x05: Connection refused',
      'java.net.SocketException: SOCKS: Connection refused',
      'SocksClientError: Socks5 proxy rejected connection - ConnectionRefused',
    ],
  },
  {
    id: 'proxy-target-unreachable',
    pattern: new RegExp(
      [
        'Can\'t complete SOCKS5 connection to \\S{1,300}\\. \\([346]\\)',
        '0x0[346]: (?:Network unreachable|Host unreachable|TTL expired)',
        'SOCKS: (?:Network unreachable|Host unreachable|TTL expired)',
        'Socks5 proxy rejected connection - (?:HostUnreachable|NetworkUnreachable|TTLExpired)',
      ].join('|'),
    ),
    reason: 'proxy-target-unreachable',
    step: 'tcp',
    source:
      'RFC 1928 replies 03, 04, 06 as worded by curl lib/socks.c, PySocks, JDK SocksSocketImpl and socks npm' +
      `; ${CURL}, ${PYSOCKS}, ${JDK}, ${SOCKS_NPM}`,
    examples: [
      "curl: (97) Can't complete SOCKS5 connection to mail.example.org. (4)",
      'socks.GeneralProxyError: Socket error: 0x04: Host unreachable',
      'java.net.SocketException: SOCKS: Host unreachable',
      'SocksClientError: Socks5 proxy rejected connection - HostUnreachable',
    ],
  },
  {
    id: 'proxy-refused',
    pattern: new RegExp(
      [
        'Can\'t complete SOCKS5 connection to \\S{1,300}\\. \\([1278]\\)',
        '0x0[12]: (?:General SOCKS server failure|Connection not allowed by ruleset)',
        '0x0[78]: (?:Command not supported|Address type not supported)',
        'SOCKS server general failure',
        'SOCKS: (?:Connection not allowed by ruleset|Command not supported|address type not supported)',
        'Socks5 proxy rejected connection - (?:Failure|NotAllowed|CommandNotSupported|AddressNotSupported)',
        'Socks4 Proxy rejected connection',
      ].join('|'),
    ),
    reason: 'proxy-refused',
    step: 'tcp',
    source:
      'RFC 1928 replies 01, 02, 07, 08 as worded by curl lib/socks.c, PySocks, JDK SocksSocketImpl and socks npm' +
      `; ${CURL}, ${PYSOCKS}, ${JDK}, ${SOCKS_NPM}`,
    examples: [
      "curl: (97) Can't complete SOCKS5 connection to smtp.example.com. (2)",
      'socks.GeneralProxyError: Socket error: 0x02: Connection not allowed by ruleset',
      'java.net.SocketException: SOCKS: Connection not allowed by ruleset',
      'SocksClientError: Socks5 proxy rejected connection - NotAllowed',
    ],
  },
  {
    id: 'proxy-protocol-error',
    pattern: new RegExp(
      [
        'Malformed reply from SOCKS server',
        'Reply from SOCKS server has bad (?:length|version)',
        'SOCKS5 proxy server sent invalid data',
        'SOCKS5 reply has wrong version',
        'Received invalid version in initial SOCKS5 response',
        'Received invalid Socks5 initial handshake \\(invalid socks version\\)',
        'Received invalid Socks5 (?:initial handshake|final handshake) response',
      ].join('|'),
    ),
    reason: 'proxy-protocol-error',
    step: 'tcp',
    source:
      'JDK SocksSocketImpl.readSocksReply ("Malformed reply from SOCKS server"), PySocks GeneralProxyError ' +
      '("SOCKS5 proxy server sent invalid data"), curl lib/socks.c, socks npm ERRORS' +
      `; ${CURL}, ${PYSOCKS}, ${JDK}, ${SOCKS_NPM}`,
    examples: [
      'java.net.SocketException: Malformed reply from SOCKS server',
      'socks.GeneralProxyError: Socket error: SOCKS5 proxy server sent invalid data',
      'curl: (97) Received invalid version in initial SOCKS5 response.',
      'SocksClientError: Received invalid Socks5 initial handshake (invalid socks version)',
    ],
  },
];
