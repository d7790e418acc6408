import type { Rule } from '../kb/rules/index.js';
import type { StackId } from './types.js';

/**
 * The program whose proxy error was pasted, and where it sets its proxy: a pasted error is fixed in
 * that program's setting, not with smtp-doctor's --proxy. `setting` is code (property, function and
 * option names), the same in every language; the hint `proxy-client.<id>` says how to set it.
 */
export interface ProxyClient {
  id: 'nodemailer' | 'java' | 'curl' | 'pysocks' | 'socks-npm';
  setting: string;
}

const CLIENTS: Array<ProxyClient & { test: (text: string, stack: StackId | undefined) => boolean }> = [
  {
    id: 'nodemailer',
    setting: 'createTransport({ proxy })',
    test: (_t, s) => s === 'nodemailer',
  },
  {
    id: 'java',
    setting: 'mail.smtp.socks.host / mail.smtp.socks.port, -DsocksProxyHost / -DsocksProxyPort, ' +
      'mail.smtp.proxy.host / mail.smtp.proxy.port',
    test: (t, s) => s === 'java' || s === 'spring' || /java\.net\.|SocksSocketImpl/.test(t),
  },
  {
    id: 'curl',
    setting: 'curl --proxy / --socks5-hostname / ALL_PROXY',
    test: (t) => /\bcurl: \(\d+\)|\bcurl\/\d/.test(t),
  },
  {
    id: 'pysocks',
    setting: 'socks.set_default_proxy(...) + socket.socket = socks.socksocket',
    test: (t) => /\bsocks\.(?:\w*ProxyError|SOCKS[45]\w*Error|socksocket|set_default_proxy)|PySocks/.test(t),
  },
  {
    id: 'socks-npm',
    setting: 'SocksClient.createConnection({ proxy })',
    test: (t) => /SocksClientError|Socks[45] [Pp]roxy rejected|Received invalid Socks[45]|Socks5 Authenticat/.test(t),
  },
];

/** Rules whose fix is the proxy setting itself (the server-side ones are fixed at the SMTP host and port). */
const PROXY_SETTING_RULES = new Set([
  'proxy.unreachable', 'proxy.auth-failed', 'proxy.refused', 'proxy.protocol-error',
]);

export function proxyClientOf(rule: Rule, stack: StackId | undefined, text: string): ProxyClient | undefined {
  if (!PROXY_SETTING_RULES.has(rule.id)) return undefined;
  const c = CLIENTS.find((x) => x.test(text, stack));
  return c ? { id: c.id, setting: c.setting } : undefined;
}
