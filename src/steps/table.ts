import { oauthTokenStep } from '../oauth/token-step.js';
import { authStep } from './auth.js';
import type { Carry, StepOutcome, WalkStep } from './carry.js';
import type { StepContext } from './context.js';
import { dnsStep } from './dns.js';
import { ehloStep } from './ehlo.js';
import { greetingStep } from './greeting.js';
import { sendQuit } from './quit.js';
import { DEFAULT_GRACE_MS } from './race.js';
import { sendStep } from './send.js';
import { starttlsStep } from './starttls.js';
import { connectOnce, tcpStep } from './tcp.js';
import { handshakeStep } from './tls.js';

/**
 * The walk, as a table: OAuth token (when smtp-doctor gets the token itself), DNS, TCP, implicit TLS, greeting, EHLO, STARTTLS, AUTH, send, QUIT.
 * Each step takes what the ones before handed on (Carry) and returns its result and what it hands on.
 */
export const STEPS: readonly WalkStep[] = [
  { key: 'oauth', id: 'oauth', requested: (o) => o.oauth?.refresh !== undefined, run: oauth },
  { key: 'dns', id: 'dns', requested: () => true, run: dns },
  { key: 'tcp', id: 'tcp', requested: () => true, run: tcp },
  { key: 'tls-implicit', id: 'tls', requested: (_o, c) => c.implicit, run: implicitTls },
  { key: 'greeting', id: 'greeting', requested: () => true, run: greetingStep },
  { key: 'ehlo', id: 'ehlo', requested: () => true, run: ehloStep },
  // On an implicit-TLS connection the TLS step came first; this one only speaks up when the opening broke later.
  { key: 'starttls', id: 'tls', requested: (_o, c) => !c.implicit || Boolean(c.opening?.error), run: starttlsStep },
  { key: 'auth', id: 'auth', requested: (o, c) => o.user !== undefined && c.session !== undefined, run: auth },
  { key: 'send', id: 'send', requested: (o, c) => o.to.length > 0 && c.session !== undefined, run: send },
  { key: 'quit', id: 'quit', requested: (_o, c) => c.session !== undefined, after: ['auth', 'send'], run: quit },
];

async function oauth(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const o = await oauthTokenStep(sc.opts, sc.ctx);
  return { result: o.result, carry: o.grant ? { ...carry, grant: o.grant } : carry };
}

async function dns(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const { opts, ctx } = sc;
  const r = await dnsStep(ctx, opts.host, opts.family, opts.timeouts.dns);
  return { result: r.result, carry: { ...carry, addresses: r.addresses } };
}

async function tcp(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const { opts, ctx, transcript } = sc;
  // A connection that is slow to open looks bad: the fallback probe starts after the grace.
  const slow = setTimeout(() => sc.startProbe?.(), sc.graceMs ?? DEFAULT_GRACE_MS);
  slow.unref?.();
  const r = await tcpStep(ctx, [...(carry.addresses ?? [])], opts.port, opts.timeouts.connect);
  clearTimeout(slow);
  if (!r.socket || !r.address) return { result: r.result };
  const f = r.result.facts;
  if (typeof f.proxy === 'string') transcript.note('via-proxy', { proxy: f.proxy, source: String(f.proxySource) });
  transcript.note('connected', { address: r.address.address, port: opts.port });
  return { result: r.result, carry: { ...carry, address: r.address, socket: r.socket, stream: r.socket } };
}

async function implicitTls(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  const { opts, ctx, transcript } = sc;
  let socket = carry.socket;
  if (!socket && carry.detected && carry.address) {
    // --security auto found implicit TLS on the first connection: check it in that mode on a new one.
    transcript.note('mode-switch', { port: opts.port, mode: 'tls' });
    const again = await connectOnce(ctx, carry.address, opts.port, opts.timeouts.connect);
    if (!again.socket) {
      const failure = { code: again.attempt.code ?? again.attempt.outcome, reason: 'tls-handshake-failed' as const };
      const facts = { mode: 'implicit', detected: 'implicit' };
      return { result: { id: 'tls', status: 'fail', ms: 0, facts, failure } };
    }
    socket = again.socket;
  }
  const hs = await handshakeStep(sc, socket!);
  const next: Carry = { ...carry, socket: socket! };
  if (carry.detected) {
    hs.result.facts.detected = 'implicit';
    if (hs.result.status !== 'fail') {
      hs.result.status = 'warn';
      const w = { key: 'warn.port-speaks-implicit-tls', params: { port: opts.port } };
      hs.result.warnings = [...(hs.result.warnings ?? []), w];
    }
  }
  if (!hs.socket || hs.result.status === 'fail') return { result: hs.result, carry: next };
  return { result: hs.result, carry: { ...next, stream: hs.socket } };
}

async function auth(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  return { result: await authStep(sc, carry.session!, carry.ehlo, carry.grant) };
}

async function send(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  return { result: await sendStep(sc, carry.session!) };
}

/** QUIT goes out; the runner's report reads its step later, without waiting for the reply. */
async function quit(sc: StepContext, carry: Carry): Promise<StepOutcome> {
  return { carry: { ...carry, quit: sendQuit(sc.ctx.now, carry.session!, sc.opts.timeouts.command) } };
}
