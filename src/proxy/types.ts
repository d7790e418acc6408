import type net from 'node:net';
import type { Reason } from '../core/types.js';

/** How a connection through the proxy failed; `outcome` is the TCP outcome it amounts to for the SMTP server. */
export interface ProxyFailure {
  reason: Extract<Reason, `proxy-${string}`>;
  code: string;
  /** 'proxy' when the proxy itself failed; refused/unreachable/timeout when it could not reach the server. */
  outcome: 'proxy' | 'refused' | 'unreachable' | 'timeout';
}

export type ProxyConnect = { socket: net.Socket } | { failure: ProxyFailure };
