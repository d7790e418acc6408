/** The work behind `probe` and `mx`, shared by the CLI commands and the library. */
import type { Context } from '../core/context.js';
import { EXIT } from '../core/exit-codes.js';
import type { CheckOptions } from '../core/options.js';
import type { Msg } from '../core/types.js';
import type { MxResult } from '../mx/mx.js';
import type { ProbeOutcome } from '../render/probe.js';

/** Probe the ports; with credentials, confirm the recommendation with one login. */
export async function probeOutcome(
  ctx: Context,
  options: CheckOptions,
  warnings: Msg[],
  ports: number[],
): Promise<ProbeOutcome> {
  const [{ probe }, { runCheck }] = await Promise.all([import('../probe/probe.js'), import('../check.js')]);
  const result = await probe(ctx, { ...options, ports, wantAuth: options.user !== undefined });
  const outcome: ProbeOutcome = { probe: result, ports, warnings, exitCode: EXIT.OK };
  const rec = result.recommendation;
  if (!rec) {
    outcome.exitCode = result.dnsError ? EXIT.DNS : EXIT.CONNECTION;
    return outcome;
  }
  outcome.settings = { host: options.host, port: rec.port, security: rec.security };
  if (options.user !== undefined) outcome.settings.user = options.user;
  outcome.settings.passwordEnv = options.passwordEnv ?? 'SMTP_PASSWORD';
  const family = rec.family ?? options.family;
  if (family) outcome.settings.family = family;
  // What the probe was told that changes the result goes into the command and the settings printed.
  const { connectionExtras } = await import('../emit/settings.js');
  outcome.extras = connectionExtras(options);
  // TLS works but its certificate is not trusted: a TLS problem, not a network one.
  if (rec.trustNeeded) outcome.exitCode = EXIT.TLS;
  if (options.user !== undefined) {
    // One login attempt, on the recommended combination only.
    const confirming = { ...options, port: rec.port, security: rec.security, to: [], ...(family ? { family } : {}) };
    const confirmation = await runCheck(confirming, ctx, {}, warnings);
    outcome.confirmation = confirmation;
    outcome.exitCode = confirmation.exitCode;
  }
  return outcome;
}

/** Null MX: fine (no mail by design); nothing at all: DNS; a host that does not answer: connection. */
export function mxExitCode(result: MxResult): number {
  if (result.kind === 'null') return EXIT.OK;
  if (result.kind === 'none') return EXIT.DNS;
  return result.hosts.every((h) => h.ok) ? EXIT.OK : EXIT.CONNECTION;
}
