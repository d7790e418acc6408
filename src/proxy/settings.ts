import net from 'node:net';
import { UsageError } from '../core/errors.js';
import { Secret } from '../core/secret.js';
import { bypassed } from './no-proxy.js';

export { bypassed };

export const PROXY_SCHEMES = ['socks5', 'socks5h', 'socks4', 'socks4a', 'http'] as const;
export type ProxyScheme = (typeof PROXY_SCHEMES)[number];

/** Where the proxy setting came from: the flag or one of the environment variables. */
export type ProxySource = '--proxy' | 'SMTP_DOCTOR_PROXY' | 'all_proxy' | 'ALL_PROXY';

/** A proxy to connect through. The password is a Secret: it never prints. */
export interface ProxySettings {
  scheme: ProxyScheme;
  host: string;
  port: number;
  user?: string;
  password?: Secret;
  source: ProxySource;
  /** Host names the proxy resolves (socks5h, socks4a, http): no local DNS lookup of the SMTP host. */
  remoteDns: boolean;
  /** NO_PROXY entries (curl's meaning): hosts reached directly. */
  noProxy: string[];
  /** The variable the password came from (--proxy-password-env), for printing commands. */
  passwordEnv?: string;
}

/** The URL without its password (for a command to paste; the password goes by --proxy-password-env). */
export function proxyUrlWithoutPassword(s: ProxySettings): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return `${s.scheme}://${s.user !== undefined ? `${encodeURIComponent(s.user)}@` : ''}${host}:${s.port}`;
}

/** The default port when the URL gives none (curl's: 1080 for every proxy). */
const DEFAULT_PORT = 1080;

/** "socks5://[user[:pass]@]host:port" -> settings; a usage error names where the bad value came from. */
export function parseProxyUrl(value: string, source: ProxySource, noProxy: string[] = []): ProxySettings {
  const bad = (): UsageError => new UsageError('err.bad-proxy', { source, schemes: PROXY_SCHEMES.join(', ') });
  const m = /^([a-z0-9]+):\/\/(?:([^@/?#]*)@)?(\[[^\]]+\]|[^:/?#@[\]]+)(?::(\d{1,5}))?\/?$/i.exec(value.trim());
  if (!m) throw bad();
  const scheme = m[1]!.toLowerCase();
  if (!(PROXY_SCHEMES as readonly string[]).includes(scheme)) throw bad();
  const host = m[3]!.replace(/^\[|\]$/g, '');
  const port = m[4] === undefined ? DEFAULT_PORT : Number(m[4]);
  if (port < 1 || port > 65535 || (host.includes(':') && !net.isIPv6(host))) throw bad();
  const remoteDns = scheme !== 'socks5' && scheme !== 'socks4';
  const s: ProxySettings = { scheme: scheme as ProxyScheme, host, port, source, remoteDns, noProxy };
  if (m[2] !== undefined) {
    const colon = m[2].indexOf(':');
    const decode = (v: string): string => {
      try {
        return decodeURIComponent(v);
      } catch {
        throw bad();
      }
    };
    const user = decode(colon < 0 ? m[2] : m[2].slice(0, colon));
    if (user) s.user = user;
    if (colon >= 0) s.password = new Secret(decode(m[2].slice(colon + 1)));
  }
  return s;
}

export interface ProxyFlags {
  /** The URL, or false for --no-proxy. */
  proxy?: string | false;
  proxyPasswordEnv?: string;
  /** Both --proxy and --no-proxy were on the command line (set by the CLI's parser). */
  proxyContradiction?: boolean;
  /** The --proxy URL on the command line holds a password (set by the CLI's parser). */
  proxyPasswordArgv?: boolean;
}

/** The proxy to use: --proxy, else SMTP_DOCTOR_PROXY, else all_proxy / ALL_PROXY; none with --no-proxy. */
export function resolveProxy(flags: ProxyFlags, env: NodeJS.ProcessEnv): ProxySettings | undefined {
  if (flags.proxyContradiction) throw new UsageError('err.proxy-and-no-proxy');
  const s = findProxy(flags, env);
  if (flags.proxyPasswordEnv === undefined) return s;
  if (!s) throw new UsageError('err.proxy-password-env-no-proxy', { name: flags.proxyPasswordEnv });
  if (s.user === undefined) {
    const example = `${s.scheme}://USER@${s.host.includes(':') ? `[${s.host}]` : s.host}:${s.port}`;
    throw new UsageError('err.proxy-password-env-no-user', { name: flags.proxyPasswordEnv, source: s.source, example });
  }
  const v = env[flags.proxyPasswordEnv];
  if (v === undefined) throw new UsageError('err.proxy-password-env', { name: flags.proxyPasswordEnv });
  s.password = new Secret(v);
  s.passwordEnv = flags.proxyPasswordEnv;
  return s;
}

function findProxy(flags: ProxyFlags, env: NodeJS.ProcessEnv): ProxySettings | undefined {
  if (flags.proxy === false) return undefined;
  const candidates: Array<[ProxySource, string | undefined]> = [
    ['--proxy', flags.proxy],
    ['SMTP_DOCTOR_PROXY', env.SMTP_DOCTOR_PROXY],
    ['all_proxy', env.all_proxy],
    ['ALL_PROXY', env.ALL_PROXY],
  ];
  const found = candidates.find(([, v]) => v !== undefined && v.trim() !== '');
  if (!found) return undefined;
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return parseProxyUrl(found[1]!, found[0], noProxy);
}

/** The proxy as shown in reports: scheme, host and port; never the user or the password. */
export function proxyLabel(p: Pick<ProxySettings, 'scheme' | 'host' | 'port'>): string {
  return `${p.scheme}://${p.host.includes(':') ? `[${p.host}]` : p.host}:${p.port}`;
}

/** Every form of the proxy password that must never be printed. */
export function proxySecretForms(p: ProxySettings | undefined): string[] {
  return p?.password ? p.password.forms(p.user) : [];
}

/** The context to use for a connection to `host`: through the proxy, unless NO_PROXY lists the host. */
export function routeFor<C extends { proxy?: ProxySettings }>(ctx: C, host: string, proxy = ctx.proxy): C {
  if (!proxy) return ctx;
  if (bypassed(proxy.noProxy, host)) {
    const { proxy: _drop, ...rest } = ctx;
    return rest as C;
  }
  return proxy === ctx.proxy ? ctx : { ...ctx, proxy };
}
