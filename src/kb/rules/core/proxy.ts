import type { Rule } from '../../rule-types.js';

const RFC1928 = 'RFC 1928 (SOCKS5 replies), RFC 1929 (username/password), RFC 9110 section 9.3.6 (CONNECT)';

/**
 * Core rules, part of CORE_RULES (../core.ts): a connection through a proxy (--proxy). The proxy's
 * own failures are PROXY_FAILURE; the server refusing or out of reach from the proxy's network is the
 * server's (CONNECTION_REFUSED / CONNECTION_TIMEOUT), said to be seen from the proxy.
 */
export const PROXY_RULES: Rule[] = [
  {
    id: 'proxy.unreachable',
    category: 'PROXY_FAILURE',
    when: { reason: ['proxy-unreachable'] },
    msg: 'proxy.unreachable',
    source: 'curl "Failed to connect to proxy"; Node net errors on the connection to the proxy',
    examples: [{ step: 'tcp', reason: 'proxy-unreachable', code: 'ECONNREFUSED' }],
  },
  {
    id: 'proxy.auth-failed',
    category: 'PROXY_FAILURE',
    when: { reason: ['proxy-auth-failed'] },
    msg: 'proxy.auth',
    source: `${RFC1928}; HTTP 407 Proxy Authentication Required`,
    examples: [{ step: 'tcp', reason: 'proxy-auth-failed', code: 'SOCKS_AUTH_FAILED' }],
  },
  {
    id: 'proxy.refused',
    category: 'PROXY_FAILURE',
    when: { reason: ['proxy-refused'] },
    msg: 'proxy.refused',
    source: `${RFC1928}: reply 01 general failure, 02 not allowed by ruleset, 07, 08; HTTP 403`,
    examples: [{ step: 'tcp', reason: 'proxy-refused', code: 'SOCKS_NOT_ALLOWED' }],
  },
  {
    id: 'proxy.protocol-error',
    category: 'PROXY_FAILURE',
    when: { reason: ['proxy-protocol-error'] },
    msg: 'proxy.protocol',
    source: `${RFC1928}: a reply that is not SOCKS (wrong version byte) or no reply at all`,
    examples: [{ step: 'tcp', reason: 'proxy-protocol-error', code: 'SOCKS_BAD_REPLY' }],
  },
  {
    id: 'proxy.target-refused',
    category: 'CONNECTION_REFUSED',
    when: { reason: ['proxy-target-refused'] },
    msg: 'proxy.target-refused',
    source: `${RFC1928}: reply 05 connection refused (by the destination, not the proxy)`,
    examples: [{ step: 'tcp', reason: 'proxy-target-refused', code: 'SOCKS_CONNECTION_REFUSED' }],
  },
  {
    id: 'proxy.target-unreachable',
    category: 'CONNECTION_TIMEOUT',
    when: { reason: ['proxy-target-unreachable'] },
    msg: 'proxy.target-unreachable',
    source: `${RFC1928}: replies 03 network unreachable, 04 host unreachable, 06 TTL expired; HTTP 504`,
    examples: [
      { step: 'tcp', reason: 'proxy-target-unreachable', code: 'SOCKS_HOST_UNREACHABLE' },
      { step: 'tcp', reason: 'proxy-target-unreachable', code: 'SOCKS_TTL_EXPIRED' },
    ],
  },
  {
    // An HTTP proxy's 502 says only that it could not connect: refused, unreachable or timed out. The
    // fixes of CONNECTION_TIMEOUT (wrong port, a firewall on the way) help most; the title says no more
    // than the proxy did.
    id: 'proxy.target-failed',
    category: 'CONNECTION_TIMEOUT',
    title: 'proxy.target-failed.title',
    when: { reason: ['proxy-target-failed'] },
    msg: 'proxy.target-failed',
    source: 'RFC 9110 section 15.6.3 (502 Bad Gateway) and 15.6.4 (503) in answer to CONNECT',
    examples: [{ step: 'tcp', reason: 'proxy-target-failed', code: 'HTTP_502' }],
  },
];
