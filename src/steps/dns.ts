import net from 'node:net';
import type { Address, Context } from '../core/context.js';
import { withTimeout } from '../core/context.js';
import type { Reason, StepResult } from '../core/types.js';
import { proxyLabel } from '../proxy/settings.js';
import { StepClock, errorFields } from './step.js';

const NO_NAME = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA', 'NXDOMAIN']);

export interface DnsOutcome {
  result: StepResult;
  addresses: Address[];
}

/** Step 1: the host's addresses. When there are none, say whether the name is a mail domain (has MX). */
export async function dnsStep(ctx: Context, host: string, family: 4 | 6 | undefined, timeoutMs: number): Promise<DnsOutcome> {
  const clock = new StepClock(ctx.now);
  const literal = net.isIP(host);
  if (!literal && ctx.proxy?.remoteDns) {
    // socks5h, socks4a, http: the proxy resolves the name; looking it up here could only mislead.
    const facts = { resolvedBy: 'proxy', proxy: proxyLabel(ctx.proxy) };
    return { result: clock.done('dns', 'pass', facts), addresses: [{ address: host, family: 4 }] };
  }
  if (literal) {
    const addresses: Address[] = [{ address: host, family: literal === 6 ? 6 : 4 }];
    // --family 6 with an IPv4 literal (or the reverse) cannot be honoured: say so rather than ignore the flag.
    if (family && family !== literal) {
      const facts = { literal: true, addresses: [host], ipv4: literal === 4 ? [host] : [], ipv6: literal === 6 ? [host] : [] };
      return { result: clock.done('dns', 'fail', facts, { failure: { reason: 'no-address-in-family', code: `IPV${family}_NONE` } }), addresses: [] };
    }
    return { result: clock.done('dns', 'pass', { literal: true, addresses: [host] }), addresses };
  }
  let all: Address[];
  try {
    all = await withTimeout(ctx.resolver.lookup(host), timeoutMs);
  } catch (err) {
    const { code, message } = errorFields(err);
    const facts: Record<string, string[] | boolean> = {};
    let reason: Reason = 'resolver-error';
    if (code && NO_NAME.has(code)) {
      reason = 'no-address';
      const mx = await lookupMx(ctx, host, Math.min(timeoutMs, 5000));
      if (mx.length) {
        reason = 'no-address-has-mx';
        facts.mx = mx;
      }
    } else if (code === 'ETIMEDOUT' || code === 'EAI_AGAIN') {
      reason = 'resolver-unavailable';
    }
    const failure: { code?: string; reason: Reason; message?: string } = { reason };
    if (code) failure.code = code;
    if (message) failure.message = message;
    return { result: clock.done('dns', 'fail', facts, { failure }), addresses: [] };
  }
  const addresses = family ? all.filter((a) => a.family === family) : all;
  const facts = {
    addresses: all.map((a) => a.address),
    ipv4: all.filter((a) => a.family === 4).map((a) => a.address),
    ipv6: all.filter((a) => a.family === 6).map((a) => a.address),
  };
  if (!addresses.length) {
    return {
      result: clock.done('dns', 'fail', facts, { failure: { reason: 'no-address-in-family', code: `IPV${family}_NONE` } }),
      addresses,
    };
  }
  return { result: clock.done('dns', 'pass', facts), addresses };
}

async function lookupMx(ctx: Context, host: string, timeoutMs: number): Promise<string[]> {
  try {
    const mx = await withTimeout(ctx.resolver.resolveMx(host), timeoutMs);
    return mx.sort((a, b) => a.priority - b.priority).map((m) => m.exchange).filter(Boolean);
  } catch {
    return [];
  }
}
