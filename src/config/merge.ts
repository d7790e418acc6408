import type { CheckFlags } from '../cli/options.js';
import type { CheckOptions } from '../core/options.js';
import type { Secret } from '../core/secret.js';
import type { ImportedSettings, Origin } from './types.js';

export const SOURCED_FIELDS = [
  'host', 'port', 'security', 'user', 'password', 'from', 'to', 'authMethod', 'helo',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];
export type Origins = Partial<Record<SourcedField, Origin>>;

const FLAG_OF: Record<SourcedField, keyof CheckFlags> = {
  host: 'host',
  port: 'port',
  security: 'security',
  user: 'user',
  password: 'passwordEnv',
  from: 'from',
  to: 'to',
  authMethod: 'authMethod',
  helo: 'helo',
};

/** Security as the source's own TLS switches say it (contradictions are named by the lint, not here). */
export function securityOf(s: ImportedSettings, port: number | undefined): { value: CheckOptions['security']; origin: Origin } | undefined {
  const imp = s.implicitTls?.value === true ? s.implicitTls : undefined;
  const st = s.starttls?.value === true ? s.starttls : s.starttlsRequired?.value === true ? s.starttlsRequired : undefined;
  // Rails: the mail gem checks `settings[:tls] || settings[:ssl]` first and calls enable_tls;
  // enable_starttls(_auto) is only read in the elsif (mikel/mail
  // lib/mail/network/delivery_methods/smtp.rb, deliver! / build_smtp_session): implicit TLS wins.
  if (imp && st && s.format === 'rails') return { value: 'tls', origin: imp.origin };
  if (imp && st) return port === 465 ? { value: 'tls', origin: imp.origin } : { value: 'starttls', origin: st.origin };
  if (imp) return { value: 'tls', origin: imp.origin };
  if (st) return { value: 'starttls', origin: st.origin };
  if (s.noTls?.value === true) return { value: 'none', origin: s.noTls.origin };
  // Explicitly false switches with nothing on: the source says "no TLS" only when it says so for both.
  if (s.implicitTls?.value === false && s.starttls?.value === false) return { value: 'none', origin: s.starttls.origin };
  return undefined;
}

/**
 * Fill the flags the user did not give from the imported settings (later sources win over
 * earlier ones; flags win over all). Returns the flags check would have been given, where
 * each value came from, and a password read from a file (never put back into a flag).
 */
export function mergeImports(flags: CheckFlags, imports: ImportedSettings[]): { flags: CheckFlags; origins: Origins; password?: Secret; passwordEnv?: string } {
  const out: CheckFlags = { ...flags };
  const origins: Origins = {};
  for (const f of SOURCED_FIELDS) {
    const given = flags[FLAG_OF[f]] !== undefined || (f === 'password' && (flags.passwordFile !== undefined || flags.passwordStdin || flags.password !== undefined));
    if (given) origins[f] = { kind: 'flag', name: `--${String(FLAG_OF[f]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` };
  }
  let password: Secret | undefined;
  let passwordEnv: string | undefined;
  for (const s of imports) {
    const take = <K extends SourcedField>(field: K, apply: () => void, origin: Origin | undefined): void => {
      if (origins[field]?.kind === 'flag' || !origin) return;
      apply();
      origins[field] = origin;
    };
    if (s.host) take('host', () => (out.host = s.host!.value), s.host.origin);
    if (s.port) take('port', () => (out.port = String(s.port!.value)), s.port.origin);
    const sec = securityOf(s, s.port?.value ?? (out.port ? Number(out.port) : undefined));
    if (sec) take('security', () => (out.security = sec.value), sec.origin);
    if (s.user) take('user', () => (out.user = s.user!.value), s.user.origin);
    if (s.from) take('from', () => (out.from = s.from!.value), s.from.origin);
    if (s.authMethod) take('authMethod', () => (out.authMethod = s.authMethod!.value), s.authMethod.origin);
    if (s.helo) take('helo', () => (out.helo = s.helo!.value), s.helo.origin);
    if (origins.password?.kind === 'flag') continue;
    if (s.password && s.password.value.length > 0) {
      // The value the application would use (a literal, a resolved ${VAR}, or its default).
      delete out.passwordEnv;
      password = s.password.value;
      passwordEnv = s.passwordEnv?.value;
      origins.password = s.password.origin;
    } else if (s.passwordEnv) {
      out.passwordEnv = s.passwordEnv.value;
      password = undefined;
      passwordEnv = s.passwordEnv.value;
      origins.password = s.passwordEnv.origin;
    }
  }
  const result: { flags: CheckFlags; origins: Origins; password?: Secret; passwordEnv?: string } = { flags: out, origins };
  if (password) result.password = password;
  if (passwordEnv) result.passwordEnv = passwordEnv;
  return result;
}

/** After the options are built: whatever came from neither a flag nor an import came from a preset or a default. */
export function completeOrigins(origins: Origins, o: CheckOptions): Origins {
  const done: Origins = { ...origins };
  for (const f of SOURCED_FIELDS) {
    if (done[f]) continue;
    const has = f === 'password' ? o.password !== undefined : f === 'helo' ? true
      : f === 'to' ? o.to.length > 0 : o[f as keyof CheckOptions] !== undefined;
    if (!has) continue;
    done[f] = o.provider && (f === 'host' || f === 'port' || f === 'security') ? { kind: 'preset', name: o.provider } : { kind: 'default' };
  }
  return done;
}

/** "application.yml:12 (spring.mail.port)", "env SMTP_PORT", "--port", "preset Gmail", "default". */
export function describeOrigin(o: Origin): string {
  switch (o.kind) {
    case 'flag':
      return o.name ?? 'flag';
    case 'env':
      return `env ${o.name ?? ''}`.trim();
    case 'file':
      return `${o.file ?? 'file'}${o.line ? `:${o.line}` : ''}${o.key ? ` (${o.key})` : ''}`;
    case 'url':
      return '--url';
    case 'prompt':
      return 'wizard';
    case 'preset':
      return `preset ${o.name ?? ''}`.trim();
    default:
      return 'default';
  }
}
