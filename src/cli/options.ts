import { UsageError } from '../core/errors.js';
import type { Secret } from '../core/secret.js';
import {
  AUTH_METHODS, DEFAULT_TIMEOUTS, defaultHelo, SECURITY_MODES, defaultPortFor,
  type AuthMethod, type CheckOptions, type PasswordSource, type Security, type Timeouts,
} from '../core/options.js';
import type { Msg } from '../core/types.js';
import { resolvePassword, type PasswordIo } from './password.js';
import { findPreset, suggestPresets, type Preset } from '../presets/presets.js';
import { readFailure, readFileBounded } from '../core/read.js';
import { resolveOAuth, type OAuthFlags } from './oauth-options.js';
import { resolveProxy, type ProxyFlags } from '../proxy/settings.js';
import { extraCaWarning } from '../tls/extra-ca.js';

/** A host name (IDN letters too), an IPv4 address or an IPv6 one, bracketed or not: no spaces, slashes or @. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[^\s/@?#<>"'\\[\]]{1,253})$/u;

/** The raw flags of `check`, as commander gives them. */
/** A CA bundle (a whole system store is about 200 KiB). */
const MAX_CA_BYTES = 4 * 1024 * 1024;

export interface CheckFlags extends OAuthFlags, ProxyFlags {
  host?: string;
  port?: string;
  security?: string;
  user?: string;
  passwordEnv?: string;
  passwordFile?: string;
  passwordStdin?: boolean;
  password?: string;
  authMethod?: string;
  from?: string;
  to?: string[];
  data?: boolean;
  helo?: string;
  tlsServername?: string;
  ca?: string[];
  insecure?: boolean;
  allowPlaintextAuth?: boolean;
  family?: string;
  timeout?: string;
  grace?: string;
  deadline?: string;
  provider?: string;
  probe?: boolean;
  /** A password that already arrived (the wizard's prompt, a config file); never a flag. */
  secret?: Secret;
  secretSource?: PasswordSource;
}

const CRLF = /[\r\n]/;
const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;

function noCrLf(flag: string, v: string | undefined): void {
  if (v !== undefined && CRLF.test(v)) throw new UsageError('err.crlf', { flag });
}

export { defaultHelo } from '../core/options.js';

function parseTimeouts(v: string | undefined): Timeouts {
  if (v === undefined) return { ...DEFAULT_TIMEOUTS };
  const s = Number(v);
  if (!Number.isFinite(s) || s <= 0 || s > 600) throw new UsageError('err.bad-timeout', { value: v });
  const ms = Math.round(s * 1000);
  // One number caps every wait, the message body's included: --timeout 5 never waits longer than 5 s for anything.
  return { dns: ms, connect: ms, greeting: ms, tls: ms, command: ms, data: ms };
}

/** A number of seconds within [min, max], in ms. */
function seconds(v: string, flag: string, min: number, max: number): number {
  const s = Number(v);
  const bad = v.trim() === '' || !Number.isFinite(s) || s < min || s > max;
  if (bad) throw new UsageError('err.bad-seconds', { flag, value: v });
  return Math.round(s * 1000);
}

/** Check the flags and build the options object (the wizard builds the same one). Nothing is sent. */
export async function buildCheckOptions(flags: CheckFlags, io: PasswordIo): Promise<{ options: CheckOptions; warnings: Msg[] }> {
  for (const [flag, v] of Object.entries({
    '--host': flags.host,
    '--user': flags.user,
    '--from': flags.from,
    '--helo': flags.helo,
    '--tls-servername': flags.tlsServername,
    '--password': flags.password,
    '--password-env': flags.passwordEnv,
    '--oauth2-client-id': flags.oauth2ClientId,
    '--oauth2-scope': flags.oauth2Scope,
    '--oauth2-token-url': flags.oauth2TokenUrl,
    '--proxy': flags.proxy || undefined,
  })) noCrLf(flag, v);
  for (const to of flags.to ?? []) noCrLf('--to', to);

  let preset: Preset | undefined;
  if (flags.provider !== undefined) {
    preset = findPreset(flags.provider);
    if (!preset) throw new UsageError('preset.unknown', { value: flags.provider, suggestions: suggestPresets(flags.provider).join(', ') });
  }
  // Explicit flags win over the preset; the preset fills what was not given.
  const given = (flags.host ?? preset?.host)?.trim();
  if (!given) throw new UsageError('err.missing-host');
  // A name or an address, never a sentence or a URL: refused before any DNS lookup says it does not exist.
  if (!HOST.test(given)) throw new UsageError('err.bad-host', { value: given });
  // An IPv6 address as in a URL ([::1]) is the address itself.
  const host = /^\[[0-9A-Fa-f:.]+\]$/.test(given) ? given.slice(1, -1) : given;
  const security = (flags.security ?? (flags.port === undefined ? preset?.security : undefined) ?? 'auto').toLowerCase();
  if (!(SECURITY_MODES as readonly string[]).includes(security)) throw new UsageError('err.bad-security', { value: flags.security ?? '' });
  let port = preset && flags.port === undefined && (flags.security === undefined || flags.security === preset.security) ? preset.port : defaultPortFor(security as Security);
  if (flags.port !== undefined) {
    if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) < 1 || Number(flags.port) > 65535) throw new UsageError('err.bad-port', { value: flags.port });
    port = Number(flags.port);
  }
  let authMethod: AuthMethod | undefined;
  if (flags.authMethod !== undefined) {
    const m = flags.authMethod.toUpperCase();
    if (!(AUTH_METHODS as readonly string[]).includes(m)) throw new UsageError('err.bad-auth-method', { value: flags.authMethod });
    authMethod = m as AuthMethod;
  }
  let family: 4 | 6 | undefined;
  if (flags.family !== undefined) {
    if (flags.family !== '4' && flags.family !== '6') throw new UsageError('err.bad-family', { value: flags.family });
    family = flags.family === '4' ? 4 : 6;
  }
  // "Example App <noreply@example.com>" as written in many settings files: the address is what SMTP needs.
  if (flags.from !== undefined) flags = { ...flags, from: /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(flags.from)?.[1] ?? flags.from.trim() };
  const to = (flags.to ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  if (to.length && !flags.from) throw new UsageError('err.to-without-from');
  if (flags.from !== undefined && !ADDRESS.test(flags.from)) throw new UsageError('err.bad-address', { flag: '--from', value: flags.from });
  for (const a of to) if (!ADDRESS.test(a)) throw new UsageError('err.bad-address', { flag: '--to', value: a });
  const timeouts = parseTimeouts(flags.timeout);

  const ca: string[] = [];
  for (const path of flags.ca ?? []) {
    let text: string;
    try {
      text = await readFileBounded(path, MAX_CA_BYTES, { regular: true });
    } catch (err) {
      throw new UsageError('err.ca-file', { path, reason: readFailure(err) });
    }
    const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!pems) throw new UsageError('err.ca-not-pem', { path });
    ca.push(...pems);
  }

  const oauth = await resolveOAuth({ ...flags, host }, io, preset);
  const pw = oauth ? { source: 'none' as const } : await resolvePassword(flags, io);
  const warnings: Msg[] = [];
  if (pw.source === 'argv') warnings.push({ key: 'warn.password-argv' });
  if (flags.insecure) warnings.push({ key: 'warn.insecure-flag' });
  const extraCa = extraCaWarning(io.env);
  if (extraCa) warnings.push(extraCa);

  const options: CheckOptions = {
    host,
    port,
    security: security as Security,
    passwordSource: pw.source,
    to,
    noData: flags.data === false,
    helo: flags.helo ?? defaultHelo(),
    ca,
    caFiles: flags.ca ?? [],
    insecure: Boolean(flags.insecure),
    allowPlaintextAuth: Boolean(flags.allowPlaintextAuth),
    timeouts,
  };
  if (flags.user !== undefined) options.user = flags.user;
  if ('password' in pw && pw.password) options.password = pw.password;
  if ('envName' in pw && pw.envName) options.passwordEnv = pw.envName;
  if (oauth) options.oauth = oauth;
  if (authMethod) options.authMethod = authMethod;
  if (flags.from) options.from = flags.from;
  if (flags.tlsServername) options.tlsServername = flags.tlsServername;
  if (family) options.family = family;
  if (preset) options.provider = preset.name;
  if (flags.probe === false) options.probeOnFailure = false;
  if (flags.grace !== undefined) options.graceMs = seconds(flags.grace, '--grace', 0, 600);
  const proxy = resolveProxy(flags, io.env);
  if (proxy) options.proxy = proxy;
  // A password inside the --proxy URL is on the command line, like --password (not so in SMTP_DOCTOR_PROXY).
  if (flags.proxyPasswordArgv && proxy?.source === '--proxy') {
    warnings.push({ key: 'warn.proxy-password-url' });
  }
  if (flags.deadline !== undefined) options.deadlineMs = seconds(flags.deadline, '--deadline', 0.1, 3600);
  if (!oauth && preset?.authMethod && !authMethod && (AUTH_METHODS as readonly string[]).includes(preset.authMethod)) options.authMethod = preset.authMethod as AuthMethod;
  return { options, warnings };
}
