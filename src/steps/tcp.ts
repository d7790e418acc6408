import type net from 'node:net';
import type { Address, Context } from '../core/context.js';
import type { FactValue, Reason, StepResult } from '../core/types.js';
import { proxyLabel } from '../proxy/settings.js';
import { StepClock, errorFields } from './step.js';

/** 'proxy': the proxy itself failed (--proxy); its other failures are the server's, seen from the proxy. */
export type ConnectOutcome = 'connected' | 'refused' | 'timeout' | 'unreachable' | 'reset' | 'error' | 'proxy';

export interface Attempt {
  address: string;
  family: 4 | 6;
  outcome: ConnectOutcome;
  code?: string;
  ms: number;
  /** Through a proxy: what failed, as a reason (proxy-unreachable, proxy-target-refused ...). */
  reason?: Reason;
}

export function classifyConnectError(code: string | undefined): ConnectOutcome {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ETIMEDOUT':
      return 'timeout';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
      return 'unreachable';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'reset';
    default:
      return 'error';
  }
}

/** Open one TCP connection, bounded by timeoutMs: directly, or through ctx.proxy. */
export async function connectOnce(
  ctx: Context,
  addr: Address,
  port: number,
  timeoutMs: number,
): Promise<{ socket?: net.Socket; attempt: Attempt }> {
  if (!ctx.proxy) return connectDirect(ctx, addr, port, timeoutMs);
  // Loaded only through a proxy (the SOCKS client and its address parser cost ~20 ms to load), before the clock starts.
  const { connectThrough } = await import('../proxy/connect.js');
  const start = ctx.now();
  const r = await connectThrough(ctx, ctx.proxy, addr.address, port, timeoutMs);
  const ms = Math.round(ctx.now() - start);
  const attempt: Attempt = { address: addr.address, family: addr.family, outcome: 'connected', ms };
  if ('socket' in r) return { socket: r.socket, attempt };
  return { attempt: { ...attempt, outcome: r.failure.outcome, code: r.failure.code, reason: r.failure.reason } };
}

function connectDirect(
  ctx: Context,
  addr: Address,
  port: number,
  timeoutMs: number,
): Promise<{ socket?: net.Socket; attempt: Attempt }> {
  const start = ctx.now();
  return new Promise((resolve) => {
    let settled = false;
    const socket = ctx.connectTcp({ host: addr.address, port, family: addr.family });
    const finish = (outcome: ConnectOutcome, code?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeListener('error', onError);
      const attempt: Attempt = { address: addr.address, family: addr.family, outcome, ms: Math.round(ctx.now() - start) };
      if (code) attempt.code = code;
      if (outcome === 'connected') {
        resolve({ socket, attempt });
      } else {
        socket.destroy();
        resolve({ attempt });
      }
    };
    const onError = (err: unknown): void => {
      const { code } = errorFields(err);
      finish(classifyConnectError(code), code);
    };
    const timer = setTimeout(() => finish('timeout', 'ETIMEDOUT'), timeoutMs);
    socket.once('connect', () => finish('connected'));
    socket.once('error', onError);
  });
}

const PRIORITY: Array<Exclude<ConnectOutcome, 'connected'>> = [
  'proxy', 'refused', 'timeout', 'unreachable', 'reset', 'error',
];

export interface TcpOutcome {
  result: StepResult;
  socket?: net.Socket;
  address?: Address;
}

/**
 * Step 2: connect to each address in turn until one works; keep every attempt's outcome.
 * `timeoutMs` bounds the whole step, not each address: the time left is shared among the
 * addresses not yet tried, so a name with four filtered addresses still gives up on time.
 */
export async function tcpStep(ctx: Context, addresses: Address[], port: number, timeoutMs: number): Promise<TcpOutcome> {
  const clock = new StepClock(ctx.now);
  const attempts: Attempt[] = [];
  const deadline = ctx.now() + timeoutMs;
  for (const [i, addr] of addresses.entries()) {
    const left = Math.max(1, deadline - ctx.now());
    const { socket, attempt } = await connectOnce(ctx, addr, port, Math.max(1, Math.floor(left / (addresses.length - i))));
    attempts.push(attempt);
    if (socket) {
      socket.on('error', () => undefined); // later owners attach their own handlers
      const connected = `${addr.address}:${port}`;
      const facts: Record<string, FactValue> = { connected, attempts: attempts.map(attemptFact) };
      if (ctx.proxy) Object.assign(facts, proxyFacts(ctx.proxy));
      const failedFamilies = attempts.filter((a) => a.outcome !== 'connected');
      if (failedFamilies.length) {
        const first = failedFamilies[0]!;
        return {
          result: clock.done('tcp', 'warn', facts, {
            warnings: [
              {
                key: 'tcp.partial',
                params: { failed: first.address, outcome: first.outcome, family: first.family, worked: addr.address },
              },
            ],
          }),
          socket,
          address: addr,
        };
      }
      return { result: clock.done('tcp', 'pass', facts), socket, address: addr };
    }
  }
  const worst = PRIORITY.find((o) => attempts.some((a) => a.outcome === o)) ?? 'error';
  const sample = attempts.find((a) => a.outcome === worst);
  const reason: Reason = sample?.reason ?? (worst === 'proxy' ? 'connect-error' : `connect-${worst}`);
  const failure: { code?: string; reason: Reason } = { reason };
  if (sample?.code) failure.code = sample.code;
  const facts: Record<string, FactValue> = { attempts: attempts.map(attemptFact) };
  if (ctx.proxy) Object.assign(facts, proxyFacts(ctx.proxy));
  return { result: clock.done('tcp', 'fail', facts, { failure }) };
}

function attemptFact(a: Attempt): FactValue {
  const f: Record<string, FactValue> = { address: a.address, family: a.family, outcome: a.outcome, ms: a.ms };
  if (a.code) f.code = a.code;
  return f;
}

/** The proxy as facts: its label, and where the setting came from (--proxy, SMTP_DOCTOR_PROXY, ALL_PROXY ...). */
function proxyFacts(p: NonNullable<Context['proxy']>): Record<string, FactValue> {
  return { proxy: proxyLabel(p), proxySource: p.source };
}
