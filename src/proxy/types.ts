import type net from 'node:net';
import type { Reason } from '../core/types.js';

/** How a connection through the proxy failed; `outcome` is the TCP outcome it amounts to for the SMTP server. */
export interface ProxyFailure {
  reason: Extract<Reason, `proxy-${string}`>;
  code: string;
  /** 'proxy' when the proxy itself failed; refused/unreachable/timeout (error: it does not say) for the server. */
  outcome: 'proxy' | 'refused' | 'unreachable' | 'timeout' | 'error';
}

export type ProxyConnect = { socket: net.Socket } | { failure: ProxyFailure };
