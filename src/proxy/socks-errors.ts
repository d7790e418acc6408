import type { ProxyFailure } from './types.js';

/** The socks package's client state once the CONNECT request is sent (SocksClientState.SentFinalHandshake). */
export const SOCKS_TARGET_STAGE = 7;
/** SocksClientState.SentAuthentication: the username/password request is out. */
const AUTH_STAGE = 5;
const AUTH_DONE = 6;

/** RFC 1928 reply codes, by the name the socks package gives them: our code and what it means for the walk. */
const SOCKS5_REPLIES: Record<string, Omit<ProxyFailure, 'code'> & { code: string }> = {
  Failure: { reason: 'proxy-refused', code: 'SOCKS_GENERAL_FAILURE', outcome: 'proxy' },
  NotAllowed: { reason: 'proxy-refused', code: 'SOCKS_NOT_ALLOWED', outcome: 'proxy' },
  NetworkUnreachable: { reason: 'proxy-target-unreachable', code: 'SOCKS_NETWORK_UNREACHABLE', outcome: 'unreachable' },
  HostUnreachable: { reason: 'proxy-target-unreachable', code: 'SOCKS_HOST_UNREACHABLE', outcome: 'unreachable' },
  ConnectionRefused: { reason: 'proxy-target-refused', code: 'SOCKS_CONNECTION_REFUSED', outcome: 'refused' },
  TTLExpired: { reason: 'proxy-target-unreachable', code: 'SOCKS_TTL_EXPIRED', outcome: 'timeout' },
  CommandNotSupported: { reason: 'proxy-refused', code: 'SOCKS_COMMAND_NOT_SUPPORTED', outcome: 'proxy' },
  AddressNotSupported: { reason: 'proxy-refused', code: 'SOCKS_ADDRESS_NOT_SUPPORTED', outcome: 'proxy' },
};

/**
 * The socks package's error (its fixed ERRORS texts, with the reply name appended for a refused
 * request) as a typed failure. `stateAtClose` is the client state when the proxy closed the connection.
 */
export function socksFailure(message: string, stateAtClose: number, head?: SocksHead): ProxyFailure {
  if (head?.version === 4) {
    const v4 = socks4Failure(message, head.bytes);
    if (v4) return v4;
  }
  const rejected = /^Socks5 proxy rejected connection - (\w+)/.exec(message);
  const bad = (code: string): ProxyFailure => ({ reason: 'proxy-protocol-error', code, outcome: 'proxy' });
  if (rejected) return SOCKS5_REPLIES[rejected[1]!] ?? bad('SOCKS_BAD_REPLY');
  if (message.startsWith('Socks5 Authentication failed')) {
    return { reason: 'proxy-auth-failed', code: 'SOCKS_AUTH_FAILED', outcome: 'proxy' };
  }
  if (message.includes('no accepted authentication type')) {
    return { reason: 'proxy-auth-failed', code: 'SOCKS_NO_ACCEPTABLE_AUTH', outcome: 'proxy' };
  }
  if (message.includes('unknown authentication type')) {
    return { reason: 'proxy-auth-failed', code: 'SOCKS_AUTH_METHOD_UNSUPPORTED', outcome: 'proxy' };
  }
  if (message === 'Socket closed') {
    // Closed instead of answering: after the password, it was refused; after CONNECT, the request was.
    if (stateAtClose === AUTH_STAGE) return { reason: 'proxy-auth-failed', code: 'SOCKS_CLOSED', outcome: 'proxy' };
    if (stateAtClose >= SOCKS_TARGET_STAGE || stateAtClose === AUTH_DONE) {
      return { reason: 'proxy-refused', code: 'SOCKS_CLOSED', outcome: 'proxy' };
    }
  }
  if (message === 'Proxy connection timed out') return bad('ETIMEDOUT');
  // A version byte that is not SOCKS, a malformed reply, a close before any answer: not a SOCKS proxy.
  return bad(message === 'Socket closed' ? 'SOCKS_CLOSED' : 'SOCKS_BAD_REPLY');
}

/** The SOCKS version asked for and the first bytes the proxy sent back (at most 8). */
export interface SocksHead {
  version: 4 | 5;
  bytes: Buffer;
}

/**
 * SOCKS4: the socks package calls every reply whose second byte is not 90 a rejection, whatever
 * the first byte. A SOCKS4 reply is VN 0 then CD 90..93: anything else ("220 ..." of a mail
 * server, "HTTP/1.1 400", a SOCKS5 server's 05 FF, a close without a word) is not a SOCKS4 proxy.
 */
function socks4Failure(message: string, bytes: Buffer): ProxyFailure | undefined {
  const isReply = bytes.length >= 2 && bytes[0] === 0 && bytes[1]! >= 90 && bytes[1]! <= 93;
  if (message.startsWith('Socks4 Proxy rejected connection') && isReply) {
    return { reason: 'proxy-refused', code: 'SOCKS4_REJECTED', outcome: 'proxy' };
  }
  if (message === 'Proxy connection timed out' || isReply) return undefined;
  return { reason: 'proxy-protocol-error', code: bytes.length ? 'SOCKS_BAD_REPLY' : 'SOCKS_CLOSED', outcome: 'proxy' };
}
