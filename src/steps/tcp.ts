import type net from 'node:net';
import type { Address, Context } from '../core/context.js';
import type { FactValue, Reason, StepResult } from '../core/types.js';
import { StepClock, errorFields } from './step.js';

export type ConnectOutcome = 'connected' | 'refused' | 'timeout' | 'unreachable' | 'reset' | 'error';

export interface Attempt {
  address: string;
  family: 4 | 6;
  outcome: ConnectOutcome;
  code?: string;
  ms: number;
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

/** Open one TCP connection, bounded by timeoutMs. */
export function connectOnce(
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

const PRIORITY: Array<Exclude<ConnectOutcome, 'connected'>> = ['refused', 'timeout', 'unreachable', 'reset', 'error'];

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
      const facts = { connected: `${addr.address}:${port}`, attempts: attempts.map(attemptFact) };
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
  const failure: { code?: string; reason: Reason } = { reason: `connect-${worst}` };
  if (sample?.code) failure.code = sample.code;
  return { result: clock.done('tcp', 'fail', { attempts: attempts.map(attemptFact) }, { failure }) };
}

function attemptFact(a: Attempt): FactValue {
  const f: Record<string, FactValue> = { address: a.address, family: a.family, outcome: a.outcome, ms: a.ms };
  if (a.code) f.code = a.code;
  return f;
}
