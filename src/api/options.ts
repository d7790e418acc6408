/**
 * The library's options -> the command line's flags, so both go through the same validation
 * (src/cli/options.ts buildCheckOptions). Secrets become Secret objects at once: the same masking
 * in the transcript, the report and errors as a password given on the command line.
 */
import type { AuthMethod, CheckOptions as CoreOptions, Security } from '../core/options.js';
import { Secret } from '../core/secret.js';
import type { Msg } from '../core/types.js';
import type { Lang } from '../i18n/index.js';
import type { CheckFlags } from '../cli/options.js';
import { asOptionsError } from './errors.js';
import { UsageError } from '../core/errors.js';
import { list } from './keys.js';

/** A secret, or a function that returns it (called once, when the options are built). */
export type SecretInput = string | (() => string | Promise<string>);

/** OAuth 2.0 instead of a password: an access token, or a refresh grant smtp-doctor runs itself. */
export interface OAuth2Input {
  token?: SecretInput;
  refreshToken?: SecretInput;
  clientId?: string;
  clientSecret?: SecretInput;
  tokenUrl?: string;
  tenant?: string;
  scope?: string;
}

/** Shared by check, probe and mx: what to reach and how. */
export interface ConnectionInput {
  host?: string;
  port?: number;
  helo?: string;
  tlsServername?: string;
  /** Files of extra trusted CA certificates (PEM), like --ca: one path or a list of them. */
  ca?: string | string[];
  insecure?: boolean;
  family?: 4 | 6;
  /** Seconds; caps every wait (like --timeout). */
  timeout?: number;
  /** Connect through this proxy (like --proxy: socks5://, socks5h://, socks4://, socks4a://, http://); false: none. */
  proxy?: string | false;
  /** The proxy password from this environment variable (like --proxy-password-env). */
  proxyPasswordEnv?: string;
  /** Language of the rendered messages (default 'en'). */
  lang?: Lang;
  /** Environment for provider detection and the system context (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface CheckInput extends ConnectionInput {
  security?: Security;
  /** A preset name (`smtp-doctor providers`). */
  provider?: string;
  user?: string;
  password?: SecretInput;
  oauth2?: OAuth2Input;
  authMethod?: AuthMethod;
  from?: string;
  /** Recipients: one address or a list of them. */
  to?: string | string[];
  /** Stop before DATA (RSET after RCPT TO). */
  noData?: boolean;
  allowPlaintextAuth?: boolean;
  /** On a refused or mismatched port, look for the ports that work (default true). */
  probe?: boolean;
}

const VAR = {
  token: 'SMTP_DOCTOR_API_OAUTH2_TOKEN',
  refresh: 'SMTP_DOCTOR_API_OAUTH2_REFRESH',
  secret: 'SMTP_DOCTOR_API_OAUTH2_SECRET',
};

async function reveal(s: SecretInput | undefined): Promise<string | undefined> {
  if (s === undefined) return undefined;
  const v = typeof s === 'function' ? await s() : s;
  if (typeof v !== 'string') throw new UsageError('err.api-secret-type');
  return v;
}

const str = (v: number | undefined): string | undefined => (v === undefined ? undefined : String(v));

export interface BuiltOptions {
  options: CoreOptions;
  warnings: Msg[];
  env: NodeJS.ProcessEnv;
}

/** Build the check's options exactly as `smtp-doctor check` would from the same settings. */
export async function buildOptions(o: CheckInput): Promise<BuiltOptions> {
  const lang = o.lang ?? 'en';
  return asOptionsError(lang, async () => {
    const env: NodeJS.ProcessEnv = { ...(o.env ?? process.env) };
    const password = await reveal(o.password);
    if (password !== undefined && o.user === undefined) throw new UsageError('err.password-needs-user');
    const flags: CheckFlags = {};
    const set = <K extends keyof CheckFlags>(k: K, v: CheckFlags[K] | undefined): void => {
      if (v !== undefined) flags[k] = v;
    };
    set('host', o.host);
    set('port', str(o.port));
    set('security', o.security);
    set('provider', o.provider);
    set('user', o.user);
    set('authMethod', o.authMethod);
    set('from', o.from);
    set('to', list(o.to));
    if (o.noData) flags.data = false;
    set('helo', o.helo);
    set('tlsServername', o.tlsServername);
    set('ca', list(o.ca));
    set('insecure', o.insecure);
    set('allowPlaintextAuth', o.allowPlaintextAuth);
    set('family', str(o.family));
    set('timeout', str(o.timeout));
    set('probe', o.probe);
    set('proxy', o.proxy);
    set('proxyPasswordEnv', o.proxyPasswordEnv);
    if (password) flags.secret = new Secret(password);
    if (password) flags.secretSource = 'file';
    const a = o.oauth2;
    if (a) {
      // The OAuth secrets reach the same reader as --oauth2-*-env, through variables of this call's own env.
      const put = async (name: string, s: SecretInput | undefined): Promise<string | undefined> => {
        const v = await reveal(s);
        if (v === undefined) return undefined;
        env[name] = v;
        return name;
      };
      set('oauth2TokenEnv', await put(VAR.token, a.token));
      set('oauth2RefreshTokenEnv', await put(VAR.refresh, a.refreshToken));
      set('oauth2ClientSecretEnv', await put(VAR.secret, a.clientSecret));
      set('oauth2ClientId', a.clientId);
      set('oauth2TokenUrl', a.tokenUrl);
      set('oauth2Tenant', a.tenant);
      set('oauth2Scope', a.scope);
    }
    const { buildCheckOptions } = await import('../cli/options.js');
    const prompt = async (): Promise<string> => '';
    const io = { env, stdin: process.stdin, canPrompt: false, allowMissing: true, prompt };
    const built = await buildCheckOptions(flags, io);
    // The variable names were this call's own: nothing to print for --emit.
    if (built.options.oauth) {
      delete built.options.oauth.tokenEnv;
      delete built.options.oauth.refresh?.refreshTokenEnv;
      delete built.options.oauth.refresh?.clientSecretEnv;
    }
    for (const k of Object.values(VAR)) delete env[k];
    return { ...built, env };
  });
}
