import { UsageError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import type { CheckFlags } from '../options.js';
import { langOf, useColor, type GlobalFlags, type Io } from '../io.js';

export interface ProbeFlags extends CheckFlags, GlobalFlags {
  ports?: string;
  dnsServer?: string;
}

export function parsePorts(v: string | undefined): number[] {
  if (v === undefined) return [];
  const ports = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!ports.length || ports.some((p) => !/^\d{1,5}$/.test(p) || Number(p) < 1 || Number(p) > 65535)) throw new UsageError('err.bad-ports', { value: v });
  return ports.map(Number);
}


/** `probe HOST`: every port both ways at once; recommend; confirm with one login when credentials are given. */
export async function runProbeCommand(host: string | undefined, flags: ProbeFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  const target = host ?? flags.host;
  if (!target) throw new UsageError('err.missing-target');
  const [{ buildCheckOptions }, { candidatePorts }, ctxMod, render, { toJson }] = await Promise.all([
    import('../options.js'),
    import('../../probe/probe.js'),
    import('../../core/context.js'),
    import('../../render/probe.js'),
    import('../../render/json.js'),
  ]);
  const canPrompt = Boolean(io.stdin.isTTY && io.stderr.isTTY) && !flags.json;
  const prompt = async (user: string): Promise<string> =>
    (await import('../prompt.js')).promptSecret(t(lang, 'prompt.password', { user }), io);
  const { options, warnings } = await buildCheckOptions({ ...flags, host: target }, {
    env: io.env, stdin: io.stdin, canPrompt, prompt,
  });
  const ctx = ctxMod.systemContext(io.env);
  if (flags.dnsServer !== undefined) {
    ctx.resolver = ctxMod.dnsServerResolver(ctxMod.parseDnsServer(flags.dnsServer), options.timeouts.dns);
  }
  // --ports lists the only ports to try (with --port, if also given); without it the usual ones follow --port.
  const ports = candidatePorts(flags.port !== undefined ? [options.port] : [], parsePorts(flags.ports));
  const color = useColor(io, flags);
  // As check: warnings about how it is run go to stderr first (human); --json carries them in the document.
  if (!flags.json) {
    const { formatWarnings } = await import('../../render/human.js');
    for (const w of formatWarnings(warnings, { lang, color })) io.stderr.write(`${w}\n`);
  }
  const outcome = await (await import('../../api/runs.js')).probeOutcome(ctx, options, warnings, ports);
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(render.probeToJson(outcome, lang, outcome.confirmation ? toJson(outcome.confirmation, lang) : undefined), null, 2)}\n`);
  } else {
    io.stdout.write(render.renderProbeHuman(outcome, lang, color));
  }
  return outcome.exitCode;
}
