import { UsageError } from '../core/errors.js';
import { Secret } from '../core/secret.js';
import { SECURITY_MODES } from '../core/options.js';
import { t, type Lang } from '../i18n/index.js';
import { checkCommand, connectionExtras } from '../emit/settings.js';
import type { FullCheckFlags } from '../cli/commands/check.js';
import type { Io } from '../cli/io.js';

/** The providers offered first; every other preset is reachable by typing its name as "other". */
const POPULAR = ['Gmail', 'Outlook365', 'Outlook', 'SES-US-EAST-1', 'SendGrid', 'Mailgun', 'Naver', 'Daum', 'Kakao', 'Zoho', 'Yahoo', 'iCloud'];
const OTHER = '__other__';
const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;

/**
 * The interactive way to the same options object the flags produce. Asks only for what
 * flags, the environment or an imported file did not give; prints the equivalent command.
 */
export async function runWizard(flags: FullCheckFlags, io: Io, lang: Lang): Promise<number> {
  if (!io.stdin.isTTY || flags.json) throw new UsageError('err.wizard-needs-tty');
  const [{ promptsOn }, checkCli, { mergeImports }, { findPreset }] = await Promise.all([
    import('./prompts.js'),
    import('../cli/commands/check.js'),
    import('../config/merge.js'),
    import('../presets/presets.js'),
  ]);
  const p = promptsOn(io);
  const m = (key: string, params: Record<string, string | number> = {}): string => t(lang, key, params);
  // What the flags and imported sources already say is not asked again.
  const known = mergeImports(flags, await checkCli.loadImports(flags, io.env));
  const f: FullCheckFlags = { ...known.flags };
  if (!f.host && !f.provider) {
    const choices = [
      ...POPULAR.map((n) => findPreset(n)).filter((x) => x !== undefined).map((x) => ({ name: `${x.name}  (${x.host}:${x.port})`, value: x.name, description: x.description })),
      { name: m('wizard.provider-other'), value: OTHER },
    ];
    const picked = await p.select({ message: m('wizard.provider'), choices, pageSize: 14 });
    if (picked !== OTHER) f.provider = picked;
  }
  const preset = f.provider ? findPreset(f.provider) : undefined;
  if (!f.host) {
    f.host = (await p.input({ message: m('wizard.host'), default: preset?.host, validate: (v) => (v.trim() ? true : m('err.missing-host')) })).trim();
  }
  if (!f.port) {
    const port = await p.number({ message: m('wizard.port'), default: preset?.port ?? 587, min: 1, max: 65535, required: true });
    f.port = String(port);
  }
  if (!f.security) {
    const defaultMode = preset?.security ?? (f.port === '465' ? 'tls' : 'starttls');
    f.security = await p.select({
      message: m('wizard.security'),
      default: defaultMode,
      choices: SECURITY_MODES.map((mode) => ({ name: m(`wizard.security.${mode}`), value: mode, description: m(`wizard.security.${mode}.desc`) })),
    });
  }
  if (f.user === undefined) {
    const user = (await p.input({ message: m('wizard.user') })).trim();
    if (user) f.user = user;
  }
  const hasPassword = f.passwordEnv !== undefined || f.passwordFile !== undefined || f.passwordStdin || f.password !== undefined || known.password;
  if (f.user !== undefined && !hasPassword) {
    const pw = await p.password({ message: m('prompt.password', { user: f.user }), mask: '*' });
    f.secret = new Secret(pw);
    f.secretSource = 'prompt';
  } else if (known.password) {
    f.secret = known.password;
    f.secretSource = 'file';
  }
  if (!f.to?.length && (await p.confirm({ message: m('wizard.send'), default: false }))) {
    f.from ??= await p.input({ message: m('wizard.from'), default: f.user && ADDRESS.test(f.user) ? f.user : undefined, validate: (v) => ADDRESS.test(v.trim()) || m('err.bad-address', { flag: '--from', value: v }) });
    const to = await p.input({ message: m('wizard.to'), validate: (v) => ADDRESS.test(v.trim()) || m('err.bad-address', { flag: '--to', value: v }) });
    f.to = [to.trim()];
  }
  // Prompts are closed: from here the live output (and its spinner) may run.
  const cleared = { ...f, config: undefined, envFile: undefined, fromEnv: undefined, url: undefined };
  const prepared = await checkCli.prepareCheck(cleared, io, lang);
  prepared.extras.sources = { ...prepared.extras.sources };
  for (const k of ['host', 'port', 'security', 'user', 'password', 'from'] as const) {
    if (!known.origins[k] && prepared.extras.sources[k]?.kind !== 'preset') prepared.extras.sources[k] = { kind: 'prompt' };
  }
  const { code, report } = await checkCli.executeCheck(prepared, f, io, lang);
  const o = prepared.options;
  if (report && report.verdict !== 'fail') {
    const { EMIT_TARGETS, emit } = await import('../emit/emitters.js');
    const target = await p.select({ message: m('wizard.emit'), choices: [{ name: m('wizard.emit-none'), value: '' }, ...EMIT_TARGETS.map((x) => ({ name: x, value: x }))] });
    const settings = checkCli.workedSettings(report, o);
    if (target) io.stdout.write(`\n${emit(target as (typeof EMIT_TARGETS)[number], settings)}\n`);
  }
  const command = checkCommand(
    { host: o.host, port: o.port, security: o.security === 'auto' ? 'starttls' : o.security, ...(o.user !== undefined ? { user: o.user, passwordEnv: o.passwordEnv ?? 'SMTP_PASSWORD' } : {}), ...(o.family ? { family: o.family } : {}) },
    {
      security: o.security,
      // The sandbox CA trusted automatically for loopback is not something to repeat.
      ...connectionExtras({ ...o, caFiles: o.caFiles.filter((f) => f !== prepared.extras.localCa?.path) }),
      ...(o.from ? { from: o.from } : {}),
      to: o.to,
      noData: o.noData,
      allowPlaintextAuth: o.allowPlaintextAuth,
    },
  );
  io.stdout.write(`\n${m('wizard.command')}\n  ${command}\n`);
  return code;
}
