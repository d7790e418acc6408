/**
 * smtp-doctor as a library: the same walk, probe, MX triage and explanations as the CLI, returning
 * the documents the CLI prints with --json (typed in ./types.ts, described by schema/*.v1.json).
 */
import { UsageError } from '../core/errors.js';
import type { Lang } from '../i18n/index.js';
import { asOptionsError } from './errors.js';
import { CHECK_KEYS, EXPLAIN_KEYS, MX_KEYS, PROBE_KEYS, rejectUnknownKeys } from './keys.js';
import { buildOptions, type CheckInput, type ConnectionInput } from './options.js';
import type { Explanation, MxReport, ProbeReport, Report } from './types.js';

async function context(env: NodeJS.ProcessEnv, dnsServer: string | undefined, dnsTimeout: number) {
  const ctxMod = await import('../core/context.js');
  const ctx = ctxMod.systemContext(env);
  if (dnsServer !== undefined) ctx.resolver = ctxMod.dnsServerResolver(ctxMod.parseDnsServer(dnsServer), dnsTimeout);
  return ctx;
}

/** Walk DNS, TCP, greeting, EHLO, TLS, AUTH and the test send, like `smtp-doctor check`. */
export async function check(input: CheckInput): Promise<Report> {
  const lang = input.lang ?? 'en';
  await asOptionsError(lang, async () => rejectUnknownKeys(input, CHECK_KEYS));
  const { options, warnings, env } = await buildOptions(input);
  const [{ runCheck }, { toJson }] = await Promise.all([import('../check.js'), import('../render/json.js')]);
  const report = await runCheck(options, await context(env, undefined, options.timeouts.dns), {}, warnings);
  return toJson(report, lang) as unknown as Report;
}

export interface ProbeInput extends Omit<CheckInput, 'host' | 'security' | 'from' | 'to' | 'noData' | 'probe'> {
  /** Only these ports (default: `port` if given, then 25, 465, 587, 2525). */
  ports?: number[];
  /** Resolve through this DNS server ("IP" or "IP:PORT"). */
  dnsServer?: string;
}

/** Every port both ways, and the combination to use, like `smtp-doctor probe HOST`. */
export async function probe(host: string, input: ProbeInput = {}): Promise<ProbeReport> {
  const lang = input.lang ?? 'en';
  await asOptionsError(lang, async () => rejectUnknownKeys(input, PROBE_KEYS));
  const { options, warnings, env } = await buildOptions({ ...input, host });
  const [{ candidatePorts }, { probeOutcome }, { probeToJson }, { toJson }] = await Promise.all([
    import('../probe/probe.js'),
    import('./runs.js'),
    import('../render/probe.js'),
    import('../render/json.js'),
  ]);
  const ctx = await asOptionsError(lang, () => context(env, input.dnsServer, options.timeouts.dns));
  const ports = await asOptionsError(lang, async () => {
    for (const p of input.ports ?? []) {
      if (!Number.isInteger(p) || p < 1 || p > 65535) throw new UsageError('err.bad-ports', { value: String(p) });
    }
    return candidatePorts(input.port !== undefined ? [options.port] : [], input.ports ?? []);
  });
  const outcome = await probeOutcome(ctx, options, warnings, ports);
  const confirmation = outcome.confirmation ? toJson(outcome.confirmation, lang) : undefined;
  return probeToJson(outcome, lang, confirmation) as unknown as ProbeReport;
}

export interface MxInput
  extends Pick<ConnectionInput, 'port' | 'helo' | 'ca' | 'timeout' | 'lang' | 'env' | 'proxy' | 'proxyPasswordEnv'> {
  dnsServer?: string;
}

/** Inbound mail triage of a domain (MX records, addresses, reverse DNS, port 25), like `smtp-doctor mx`. */
export async function mx(domain: string, input: MxInput = {}): Promise<MxReport> {
  const lang = input.lang ?? 'en';
  await asOptionsError(lang, async () => rejectUnknownKeys(input, MX_KEYS));
  const built = await buildOptions({ ...input, host: domain, port: input.port ?? 25, security: 'none' });
  const { options, warnings, env } = built;
  const [{ checkMx }, { mxExitCode }, { mxToJson }] = await Promise.all([
    import('../mx/mx.js'),
    import('./runs.js'),
    import('../render/mx.js'),
  ]);
  const ctx = await asOptionsError(lang, () => context(env, input.dnsServer, options.timeouts.dns));
  const { port, helo, ca, timeouts, proxy } = options;
  const o = { domain: domain.replace(/\.$/, ''), port, helo, ca, timeouts, ...(proxy ? { proxy } : {}) };
  const result = await checkMx(ctx, o);
  return mxToJson(result, lang, mxExitCode(result), warnings) as unknown as MxReport;
}

/** A pasted error (a log line, a stack trace, an SMTP reply) -> category, cause, fix; like `smtp-doctor explain`. */
export async function explain(text: string, opts: { lang?: Lang } = {}): Promise<Explanation> {
  const lang = opts.lang ?? 'en';
  await asOptionsError(lang, async () => rejectUnknownKeys(opts, EXPLAIN_KEYS));
  if (typeof text !== 'string' || !text.trim()) {
    return asOptionsError(lang, async () => {
      throw new UsageError('err.explain-empty');
    });
  }
  const [{ explain: run }, { explainToJson }] = await Promise.all([
    import('../explain/explain.js'),
    import('../render/explain-json.js'),
  ]);
  return explainToJson(run(text), lang) as unknown as Explanation;
}
