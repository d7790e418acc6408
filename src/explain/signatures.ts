import type { Signature } from './types.js';
import { TLS_MODE_SIGNATURES } from './signatures/tls-mode.js';
import { TLS_SIGNATURES } from './signatures/tls.js';
import { NETWORK_SIGNATURES } from './signatures/network.js';
import { PROXY_SIGNATURES } from './signatures/proxy.js';
import { COMMAND_SIGNATURES } from './signatures/commands.js';
import { WRAPPER_SIGNATURES } from './signatures/wrappers.js';
import { MTA_SIGNATURES } from './signatures/mta.js';
import { OAUTH_SIGNATURES } from './signatures/oauth.js';

export { STACKS } from './signatures/stacks.js';

/**
 * Wordings that carry a meaning a rule can match on structurally. Reply codes are read
 * separately (extract.ts); these are for errors that have no reply code of their own, or that
 * tell which command or step a reply belongs to.
 */
export const SIGNATURES: Signature[] = [
  ...WRAPPER_SIGNATURES,
  ...TLS_MODE_SIGNATURES,
  ...TLS_SIGNATURES,
  ...PROXY_SIGNATURES,
  ...NETWORK_SIGNATURES,
  ...COMMAND_SIGNATURES,
  ...MTA_SIGNATURES,
  ...OAUTH_SIGNATURES,
];
