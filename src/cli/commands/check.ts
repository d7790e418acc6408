import type { CheckExtras } from '../../check.js';
import { ENV_NAME, type CheckOptions } from '../../core/options.js';
import type { Msg } from '../../core/types.js';
import type { Report } from '../../core/report.js';
import { UsageError } from '../../core/errors.js';
import { t, type Lang } from '../../i18n/index.js';
import type { ImportedSettings } from '../../config/types.js';
import type { CheckFlags } from '../options.js';
import type { LocalCa } from '../../tls/local-ca-note.js';
import { useColor, useSpinner, type GlobalFlags, type Io } from '../io.js';

/** Where else settings can come from than flags. */
export interface SourceFlags {
  config?: string;
  envFile?: string;
  fromEnv?: boolean;
  url?: string;
  emit?: string;
  lintOnly?: boolean;
}

export type FullCheckFlags = CheckFlags & GlobalFlags & SourceFlags & import('./outputs.js').OutputFlags & {
  targets?: string;
  /** Never prompt (many targets at once). */
  noPrompt?: boolean;
};

export interface PreparedCheck {
  options: CheckOptions;
  warnings: Msg[];
  extras: CheckExtras;
  imports: ImportedSettings[];
}

async function promptPassword(user: string, lang: Lang, io: Io): Promise<string> {
  const { promptSecret } = await import('../prompt.js');
  return promptSecret(t(lang, 'prompt.password', { user }), io);
}

/** Read every source of settings the flags name, in order of precedence (lowest first). */
export async function loadImports(flags: SourceFlags, env: NodeJS.ProcessEnv): Promise<ImportedSettings[]> {
  if (!flags.fromEnv && !flags.envFile && !flags.config && !flags.url) return [];
  const { importEnv, importText, importUrl, ConfigError } = await import('../../config/import.js');
  const [{ readFileBounded, readFailure, TooLargeError }, { MAX_CONFIG_BYTES: MAX_CONFIG }] = await Promise.all([import('../../core/read.js'), import('../../config/formats/shared.js')]);
  const read = async (path: string): Promise<string> => {
    try {
      return await readFileBounded(path, MAX_CONFIG, { regular: true });
    } catch (err) {
      if (err instanceof TooLargeError) throw new UsageError('config.too-large', { path, size: `> ${MAX_CONFIG}`, limit: MAX_CONFIG });
      throw new UsageError('err.config-read', { path, reason: readFailure(err) });
    }
  };
  const out: ImportedSettings[] = [];
  try {
    if (flags.fromEnv) out.push(importEnv(env));
    if (flags.envFile) out.push(importText(await read(flags.envFile), { path: flags.envFile, format: 'dotenv', env }));
    if (flags.config) out.push(importText(await read(flags.config), { path: flags.config, env }));
    if (flags.url) out.push(importUrl(flags.url, env));
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.key, err.params);
    throw err;
  }
  return out;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/**
 * Checks of the local sandbox (`smtp-doctor serve`) trust its CA: only for a loopback host, in
 * addition to any --ca (which adds, never replaces). The report notes it only when that CA verified
 * the server's certificate (src/tls/local-ca-note.ts).
 */
export async function trustLocalCa(options: CheckOptions, env: NodeJS.ProcessEnv): Promise<LocalCa | undefined> {
  if (!LOOPBACK.test(options.host)) return undefined;
  const [{ localCaPath }, { readFileBounded }] = await Promise.all([import('../../sandbox/paths.js'), import('../../core/read.js')]);
  const path = localCaPath(env);
  let pem: string;
  try {
    pem = await readFileBounded(path, 1024 * 1024);
  } catch {
    return undefined; // no sandbox CA on this machine
  }
  let subject: string;
  try {
    subject = new (await import('node:crypto')).X509Certificate(pem).subject;
  } catch {
    return undefined;
  }
  options.ca = [...options.ca, pem];
  options.caFiles = [...options.caFiles, path];
  return { path, subject };
}

/** Flags, imported files and presets -> the options object (the wizard ends in the same place). */
export async function prepareCheck(flags: FullCheckFlags, io: Io, lang: Lang): Promise<PreparedCheck> {
  const [{ buildCheckOptions }, { mergeImports, completeOrigins }, { lintContradictions }] = await Promise.all([
    import('../options.js'),
    import('../../config/merge.js'),
    import('../../lint/contradictions.js'),
  ]);
  const imports = await loadImports(flags, io.env);
  const merged = mergeImports(flags, imports);
  const canPrompt = Boolean(io.stdin.isTTY && io.stderr.isTTY) && !flags.json && !flags.lintOnly && !flags.noPrompt;
  const allowMissing = Boolean(flags.lintOnly) || (merged.origins.user !== undefined && merged.origins.user.kind !== 'flag');
  const withSecret: CheckFlags = merged.password ? { ...merged.flags, secret: merged.password, secretSource: 'file' } : merged.flags;
  const { options, warnings } = await buildCheckOptions(withSecret, {
    env: io.env, stdin: io.stdin, canPrompt, allowMissing, prompt: (user) => promptPassword(user, lang, io),
  });
  // A password inside --url is on the command line just like --password: same warning.
  if (merged.password && merged.origins.password?.kind === 'url') warnings.unshift({ key: 'warn.password-url' });
  // The variable the file names the password by, for the commands and settings printed later.
  if (merged.passwordEnv && !options.passwordEnv) options.passwordEnv = merged.passwordEnv;
  const localCa = await trustLocalCa(options, io.env);
  const sources = completeOrigins(merged.origins, options);
  // The password's real source (never its value): the flag that named it, the variable, the file, stdin, the prompt.
  const pw = passwordOrigin(flags, options);
  const given = sources.password?.kind;
  if (pw && (given === undefined || given === 'flag' || given === 'default')) sources.password = pw;
  const extras: CheckExtras = { lints: lintContradictions(imports, options, io.env), sources };
  if (localCa) extras.localCa = localCa;
  return { options, warnings, imports, extras };
}

/** Where the password given on this command line came from, as the report's settings table names it. */
export function passwordOrigin(flags: CheckFlags, o: CheckOptions): import('../../config/types.js').Origin | undefined {
  if (flags.password !== undefined) return { kind: 'flag', name: '--password' };
  if (flags.passwordEnv !== undefined) return { kind: 'flag', name: `--password-env ${flags.passwordEnv}` };
  if (flags.passwordFile !== undefined) return { kind: 'flag', name: `--password-file ${flags.passwordFile}` };
  if (flags.passwordStdin) return { kind: 'flag', name: '--password-stdin' };
  // An OAuth login's secret: the access token, or the refresh token smtp-doctor exchanges for one.
  if (flags.oauth2TokenEnv !== undefined) return { kind: 'flag', name: `--oauth2-token-env ${flags.oauth2TokenEnv}` };
  if (flags.oauth2TokenFile !== undefined) {
    return { kind: 'flag', name: `--oauth2-token-file ${flags.oauth2TokenFile}` };
  }
  if (flags.oauth2TokenStdin) return { kind: 'flag', name: '--oauth2-token-stdin' };
  if (flags.oauth2RefreshTokenEnv !== undefined) {
    return { kind: 'flag', name: `--oauth2-refresh-token-env ${flags.oauth2RefreshTokenEnv}` };
  }
  if (flags.oauth2RefreshTokenFile !== undefined) {
    return { kind: 'flag', name: `--oauth2-refresh-token-file ${flags.oauth2RefreshTokenFile}` };
  }
  if (o.passwordSource === 'prompt') return { kind: 'flag', name: 'prompt' };
  return undefined;
}

/** The settings that worked, as the check actually used them (auto resolved to what happened). */
export function workedSettings(r: Report, o: CheckOptions): import('../../emit/emitters.js').EmitInput {
  const tls = r.steps.find((s) => s.id === 'tls');
  const mode = tls?.facts.mode;
  const security = mode === 'implicit' ? 'tls' : mode === 'starttls' ? 'starttls' : 'none';
  const w: import('../../emit/emitters.js').EmitInput = { host: o.host, port: o.port, security, passwordEnv: o.passwordEnv ?? 'SMTP_PASSWORD' };
  if (o.user !== undefined) w.user = o.user;
  if (o.from) w.from = o.from;
  if (o.family) w.family = o.family;
  if (o.authMethod) w.authMethod = o.authMethod;
  if (o.insecure) w.insecure = true;
  if (o.caFiles[0]) w.ca = o.caFiles[0];
  if (o.oauth) w.oauth = emitOAuth(o.oauth);
  return w;
}

const envName = (v: string | undefined, fallback: string): string => (v && ENV_NAME.test(v) ? v : fallback);

/** The OAuth login for --emit: variable names only (the user's, or the conventional ones). */
type EmitOAuth = NonNullable<import('../../emit/emitters.js').EmitInput['oauth']>;
function emitOAuth(a: NonNullable<CheckOptions['oauth']>): EmitOAuth {
  const tokenEnv = envName(a.tokenEnv, 'SMTP_OAUTH_TOKEN');
  const r = a.refresh;
  if (!r) return { tokenEnv };
  const refresh = { tokenUrl: r.tokenUrl, clientId: r.clientId, ...(r.scope ? { scope: r.scope } : {}),
    refreshEnv: envName(r.refreshTokenEnv, 'SMTP_OAUTH_REFRESH_TOKEN') };
  return { tokenEnv, refresh: r.clientSecret || r.clientSecretEnv
    ? { ...refresh, secretEnv: envName(r.clientSecretEnv, 'SMTP_OAUTH_CLIENT_SECRET') } : refresh };
}

/** Run a prepared check and render it; --emit prints the working settings afterwards. */
export async function executeCheck(p: PreparedCheck, flags: FullCheckFlags, io: Io, lang: Lang): Promise<{ code: number; report?: Report; expectations?: import('../../ci/types.js').ExpectationResult[] }> {
  const [{ runCheck }, { systemContext }] = await Promise.all([
    import('../../check.js'),
    import('../../core/context.js'),
  ]);
  // The human renderer (chalk, string-width) only for human output: --json never loads it.
  const human = (): Promise<typeof import('../../render/human.js')> => import('../../render/human.js');
  const { options, warnings, extras } = p;
  const color = useColor(io, flags);
  const style = { lang, color };
  const write = (s: string): void => void io.stdout.write(s);
  if (flags.lintOnly) {
    const { lintSettings } = await import('../../lint/credentials.js');
    const lints = [...(extras.lints ?? []), ...lintSettings(options)];
    const { lintText, formatLints } = await human();
    const doc = { kind: 'lint', schemaVersion: 1, lints: lints.map((l) => ({ ...l, text: lintText(l, lang) })), sources: extras.sources };
    if (flags.json) write(`${JSON.stringify(doc, null, 2)}\n`);
    else if (!lints.length) write(`${t(lang, 'lint.none')}\n`);
    else for (const l of formatLints(lints, style)) write(`${l}\n`);
    const { exitCodeFor } = await import('../../core/exit-codes.js');
    const worst = lints.find((l) => l.severity === 'error');
    // The class of the failure the first error predicts (a TLS contradiction exits 5, like the check would).
    return { code: worst ? exitCodeFor(worst.category, worst.field === 'password' || worst.field === 'user' ? 'auth' : worst.field === 'security' ? 'tls' : 'tcp') : 0 };
  }
  const ctx = systemContext(io.env);
  const { parseExpectations, evaluate, withExpectationExit } = await import('../../ci/expect.js');
  const exps = parseExpectations(flags.expect ?? []);
  let report: Report;
  let expectations: import('../../ci/types.js').ExpectationResult[] = [];
  if (flags.json) {
    // Ctrl-C: one document all the same, of the steps done so far (verdict `interrupted`, exit 130).
    const { recorder, onInterrupt } = await import('../interrupt.js');
    const rec = recorder();
    const stop = onInterrupt();
    const run = runCheck(options, ctx, rec.observer, warnings, extras);
    const done = await Promise.race([run, stop.signal]).finally(stop.dispose);
    if (done === 'interrupted') {
      write(`${JSON.stringify(await rec.partial(lang, options, warnings, extras.sources ?? {}), null, 2)}\n`);
      return { code: (await import('../../core/exit-codes.js')).EXIT.INTERRUPTED };
    }
    report = done;
    expectations = evaluate(report, exps);
    report = withExpectationExit(report, expectations);
    const { renderJson } = await import('../../render/json.js');
    const doc = JSON.parse(renderJson(report, lang)) as Record<string, unknown>;
    if (exps.length) doc.expectations = expectations.map((e) => ({ expect: e.expectation.raw, ok: e.ok, actual: e.actual }));
    write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const { formatWarnings, renderCheckHead } = await human();
    for (const w of formatWarnings(warnings, style)) io.stderr.write(`${w}\n`);
    write(renderCheckHead(options, extras.sources ?? {}, style));
    const { humanLive } = await import('../../render/human-live.js');
    const spinner = useSpinner(io, color);
    const live = await humanLive({ ...style, transcript: Boolean(flags.transcript), spinner, write });
    try {
      report = await runCheck(options, ctx, live, warnings, extras);
    } finally {
      live.stop();
    }
    expectations = evaluate(report, exps);
    report = withExpectationExit(report, expectations);
    live.finish(report, expectations);
    // Known only now: the local sandbox CA verified the server (the warnings above were printed first).
    const late = report.warnings.filter((w) => !warnings.includes(w));
    for (const w of formatWarnings(late, style)) io.stderr.write(`${w}\n`);
  }
  if (flags.emit && report.verdict !== 'fail') {
    const { emit } = await import('../../emit/emitters.js');
    const text = emit(flags.emit as Parameters<typeof emit>[0], workedSettings(report, options));
    if (flags.json) io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    else write((await human()).renderEmit(flags.emit, text, lang));
  } else if (flags.emit) {
    io.stderr.write(`${t(lang, 'emit.not-after-failure')}\n`);
  }
  return { code: report.exitCode, report, expectations };
}
