import type { Rule } from '../../rule-types.js';
import { RFC5321, NODE_NET } from './shared.js';

/** Core rules, part of CORE_RULES (../core.ts, which keeps their order): Generic fallbacks. */
export const FALLBACK_RULES: Rule[] = [
  // ---- generic fallbacks
  {
    id: 'protocol.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { code: ['ETIMEDOUT'] },
    msg: 'protocol.timeout',
    source: RFC5321 + ' section 4.5.3.2 (timeouts)',
    fallback: true,
    examples: [{ step: 'send', code: 'ETIMEDOUT', command: 'DATA' }],
  },
  {
    id: 'protocol.closed',
    category: 'PROTOCOL_ERROR',
    when: { code: ['ECONNECTION', 'ECONNRESET', 'EPIPE'] },
    msg: 'protocol.closed',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'send', code: 'ECONNECTION', text: 'Connection closed unexpectedly' }],
  },
  {
    id: 'protocol.generic',
    category: 'PROTOCOL_ERROR',
    when: {},
    msg: 'protocol.generic',
    source: RFC5321,
    fallback: true,
    examples: [{ step: 'ehlo', code: 'EPROTOCOL', text: 'Unexpected Response' }],
  },
];
