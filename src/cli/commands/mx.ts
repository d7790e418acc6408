import { UsageError } from '../../core/errors.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';
import type { CheckFlags } from '../options.js';

export interface MxFlags extends GlobalFlags {
  port?: string;
  dnsServer?: string;
  timeout?: string;
  helo?: string;
  ca?: string[];
  proxy?: string | false;
  proxyPasswordEnv?: string;
  proxyContradiction?: boolean;
  proxyPasswordArgv?: boolean;
}

/** `mx DOMAIN`: inbound mail triage. */
export async function runMxCommand(domain: string | undefined, flags: MxFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  if (!domain) throw new UsageError('err.missing-target');
  const [{ buildCheckOptions }, { checkMx }, ctxMod, render] = await Promise.all([
    import('../options.js'),
    import('../../mx/mx.js'),
    import('../../core/context.js'),
    import('../../render/mx.js'),
  ]);
  // The same validation as check for the shared flags (port, timeout, helo, ca, proxy).
  const shared: CheckFlags = { host: domain, port: flags.port ?? '25', security: 'none' };
  const keys = [
    'timeout', 'helo', 'ca', 'proxy', 'proxyPasswordEnv', 'proxyContradiction', 'proxyPasswordArgv',
  ] as const;
  for (const k of keys) {
    if (flags[k] !== undefined) Object.assign(shared, { [k]: flags[k] });
  }
  const { options, warnings } = await buildCheckOptions(shared, {
    env: io.env, stdin: io.stdin, canPrompt: false, prompt: async () => '',
  });
  const color = useColor(io, flags);
  // As check: warnings about how it is run go to stderr first (human); --json carries them in the document.
  if (!flags.json) {
    const { formatWarnings } = await import('../../render/human.js');
    for (const w of formatWarnings(warnings, { lang, color })) io.stderr.write(`${w}\n`);
  }
  const ctx = ctxMod.systemContext(io.env);
  if (flags.dnsServer !== undefined) {
    ctx.resolver = ctxMod.dnsServerResolver(ctxMod.parseDnsServer(flags.dnsServer), options.timeouts.dns);
  }
  const { port, helo, ca, timeouts, proxy } = options;
  const domainName = domain.replace(/\.$/, '');
  const result = await checkMx(ctx, { domain: domainName, port, helo, ca, timeouts, ...(proxy ? { proxy } : {}) });
  const exitCode = (await import('../../api/runs.js')).mxExitCode(result);
  io.stdout.write(flags.json
    ? `${JSON.stringify(render.mxToJson(result, lang, exitCode, warnings), null, 2)}\n`
    : render.renderMxHuman(result, lang, color, exitCode));
  return exitCode;
}
