import type { CheckOptions } from '../core/options.js';
import { probeMode } from '../smtp/mode-probe.js';
import { tlsOptions } from '../tls/options.js';
import type { StepContext } from './context.js';

/** The name to verify the server's certificate against. */
export function servernameOf(o: CheckOptions): string {
  return o.tlsServername ?? o.host;
}

/**
 * Before calling anything a TLS mode mismatch, prove it: open a second connection in the
 * other mode and see it work. Returns a short description of what works, or undefined.
 */
export async function confirmOtherMode(
  state: StepContext,
  kind: 'tls' | 'plain',
  o: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const { opts, ctx, transcript, address } = state;
  if (!address) return undefined;
  const timeoutMs = o.timeoutMs ?? Math.min(opts.timeouts.greeting, opts.timeouts.tls, 10_000);
  const r = await probeMode(ctx, kind, {
    address,
    port: opts.port,
    servername: servernameOf(opts),
    helo: opts.helo,
    timeoutMs,
    tls: tlsOptions(opts),
    transcript,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  if (o.signal?.aborted) return undefined;
  if (!r.works) {
    transcript.note('mode-other-fails', { code: r.code ?? 'ERROR' });
    return undefined;
  }
  const mode = kind === 'tls' ? 'tls' : r.starttls ? 'starttls' : 'none';
  state.facts.otherMode = mode;
  transcript.note('mode-works', { port: opts.port, mode });
  return mode;
}
