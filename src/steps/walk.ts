import type net from 'node:net';
import type tls from 'node:tls';
import type { CheckOptions } from '../core/options.js';
import type { Msg, StepResult } from '../core/types.js';
import type { SmtpSession } from '../smtp/session.js';
import { authStep } from './auth.js';
import { dnsStep } from './dns.js';
import { sendQuit, type QuitInFlight } from './quit.js';
import { DEFAULT_GRACE_MS } from './race.js';
import { sendStep } from './send.js';
import { openSession } from './session.js';
import { connectOnce, tcpStep } from './tcp.js';
import { handshakeStep, type WalkState } from './tls.js';
import { isImplicitTls } from '../tls/options.js';

/** Every wait capped by what is left of the run's deadline. */
export function cappedOptions(opts: CheckOptions, left: number): CheckOptions {
  const c = (v: number): number => Math.max(1, Math.min(v, Math.round(left)));
  const t = opts.timeouts;
  const timeouts = { dns: c(t.dns), connect: c(t.connect), greeting: c(t.greeting), tls: c(t.tls), command: c(t.command), data: c(t.data) };
  return { ...opts, timeouts };
}

export interface WalkEnd {
  /** QUIT was sent (not awaited): its step is read and the connection closed after the report. */
  quit?: QuitInFlight;
  /** Sockets to close when the run ends. */
  sockets: net.Socket[];
}

/**
 * Walk the whole path: DNS, TCP, (implicit TLS), greeting, EHLO, (STARTTLS), AUTH, send, QUIT.
 * Each stage gets the options capped by what is left of the deadline (`left()`); the runner's
 * `record` is the only sink of results. A failed step ends the walk.
 */
export async function walk(state: WalkState, base: CheckOptions, left: () => number): Promise<WalkEnd> {
  const end: WalkEnd = { sockets: [] };
  try {
    return await walkInto(state, base, left, end);
  } catch (err) {
    for (const s of end.sockets) s.destroy();
    throw err;
  }
}

async function walkInto(state: WalkState, base: CheckOptions, left: () => number, end: WalkEnd): Promise<WalkEnd> {
  const { ctx, observer, record, transcript } = state;
  const stage = (): CheckOptions => (state.opts = cappedOptions(base, left()));
  let opts = stage();
  observer.stepStart?.('dns');
  const dns = await dnsStep(ctx, opts.host, opts.family, opts.timeouts.dns);
  record(dns.result);
  if (dns.result.status === 'fail') return end;

  opts = stage();
  observer.stepStart?.('tcp');
  // A connection that is slow to open looks bad: the fallback probe starts after the grace.
  const slowConnect = setTimeout(() => state.startProbe?.(), state.graceMs ?? DEFAULT_GRACE_MS);
  slowConnect.unref?.();
  const tcp = await tcpStep(ctx, dns.addresses, opts.port, opts.timeouts.connect);
  clearTimeout(slowConnect);
  record(tcp.result);
  if (!tcp.socket || !tcp.address) return end;
  end.sockets.push(tcp.socket);
  state.address = tcp.address;
  transcript.note('connected', { address: tcp.address.address, port: opts.port });

  let implicit = isImplicitTls(opts);
  let socket: net.Socket = tcp.socket;
  let session: SmtpSession | undefined;
  for (;;) {
    let stream: net.Socket | tls.TLSSocket = socket;
    if (implicit) {
      opts = stage();
      observer.stepStart?.('tls');
      const hs = await handshakeStep(state, socket);
      if (implicit !== isImplicitTls(opts)) foundImplicit(hs.result, opts.port);
      record(hs.result);
      if (!hs.socket || hs.result.status === 'fail') return end;
      stream = hs.socket;
    }
    opts = stage();
    const opened = await openSession(state, stream, implicit, left);
    if (opened && 'switchTo' in opened) {
      // --security auto: the port speaks implicit TLS (the race said so); check it in that mode.
      socket.destroy();
      transcript.note('mode-switch', { port: opts.port, mode: 'tls' });
      const again = await connectOnce(ctx, tcp.address, opts.port, stage().timeouts.connect);
      if (!again.socket) {
        record(failedReconnect(again.attempt.code ?? again.attempt.outcome));
        return end;
      }
      socket = again.socket;
      end.sockets.push(socket);
      implicit = true;
      continue;
    }
    session = opened;
    break;
  }
  if (!session) return end;
  if (base.user !== undefined) {
    stage();
    observer.stepStart?.('auth');
    const auth = await authStep(state, session);
    record(auth);
    if (auth.status === 'fail') return { ...end, quit: quitNow(state, session) };
  }
  if (base.to.length) {
    stage();
    observer.stepStart?.('send');
    const send = await sendStep(state, session);
    record(send);
  }
  return { ...end, quit: quitNow(state, session) };
}

function quitNow(state: WalkState, session: SmtpSession): QuitInFlight {
  state.observer.stepStart?.('quit');
  return sendQuit(state.ctx.now, session, state.opts.timeouts.command);
}

/** The TLS step of a port found to speak implicit TLS in auto mode: a fact and a warning. */
function foundImplicit(r: StepResult, port: number): void {
  r.facts.detected = 'implicit';
  if (r.status === 'fail') return;
  const w: Msg = { key: 'warn.port-speaks-implicit-tls', params: { port } };
  r.warnings = [...(r.warnings ?? []), w];
  r.status = 'warn';
}

function failedReconnect(code: string): StepResult {
  return { id: 'tls', status: 'fail', ms: 0, facts: { mode: 'implicit', detected: 'implicit' }, failure: { code, reason: 'tls-handshake-failed' } };
}
