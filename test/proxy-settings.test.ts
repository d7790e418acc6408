/** Proxy settings (curl's meanings for ALL_PROXY / NO_PROXY) and the connection through the context's socket factory. */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { systemContext, type Context } from '../src/core/context.js';
import { UsageError } from '../src/core/errors.js';
import { connectOnce } from '../src/steps/tcp.js';
import { bypassed, parseProxyUrl, proxyLabel, resolveProxy, routeFor } from '../src/proxy/settings.js';
import { startSocksServer } from './helpers/socks-server.js';

describe('parseProxyUrl', () => {
  it('reads scheme, user, password (percent-decoded), host, port; 1080 by default; IPv6 in brackets', () => {
    const p = parseProxyUrl('socks5h://al%40ice:p%3Ass@proxy.corp:1081', '--proxy');
    expect(p).toMatchObject({ scheme: 'socks5h', host: 'proxy.corp', port: 1081, user: 'al@ice', remoteDns: true });
    expect(p.password?.reveal()).toBe('p:ss');
    expect(JSON.stringify(p)).not.toContain('p:ss');
    expect(parseProxyUrl('socks5://proxy', 'ALL_PROXY')).toMatchObject({ port: 1080, remoteDns: false });
    expect(parseProxyUrl('http://[::1]:3128', 'ALL_PROXY')).toMatchObject({ host: '::1', port: 3128, remoteDns: true });
    expect(proxyLabel(parseProxyUrl('socks5://u:pw@[::1]:1', '--proxy'))).toBe('socks5://[::1]:1');
  });
  it.each(['ftp://p:21', 'https://p:443', 'socks5://', 'socks5://p:99999', 'p:1080', 'socks5://p:1/x'])('%s: usage error', (v) => {
    expect(() => parseProxyUrl(v, 'SMTP_DOCTOR_PROXY')).toThrow(UsageError);
  });
});

describe('resolveProxy', () => {
  const url = (port: number): string => `socks5://127.0.0.1:${port}`;
  it('--proxy, then SMTP_DOCTOR_PROXY, then all_proxy, then ALL_PROXY; --no-proxy none', () => {
    const env = { SMTP_DOCTOR_PROXY: url(2), all_proxy: url(3), ALL_PROXY: url(4) };
    expect(resolveProxy({ proxy: url(1) }, env)?.port).toBe(1);
    expect(resolveProxy({}, env)?.port).toBe(2);
    expect(resolveProxy({}, { all_proxy: url(3), ALL_PROXY: url(4) })?.port).toBe(3);
    expect(resolveProxy({}, { ALL_PROXY: url(4) })?.source).toBe('ALL_PROXY');
    expect(resolveProxy({ proxy: false }, env)).toBeUndefined();
    expect(resolveProxy({}, {})).toBeUndefined();
  });
  it('--proxy-password-env reads the password; a missing variable is a usage error', () => {
    expect(resolveProxy({ proxy: 'socks5://u@p:1', proxyPasswordEnv: 'PX' }, { PX: 's3' })?.password?.reveal()).toBe('s3');
    expect(() => resolveProxy({ proxy: 'socks5://u@p:1', proxyPasswordEnv: 'PX' }, {})).toThrow(UsageError);
  });
});

describe('NO_PROXY (curl semantics)', () => {
  it.each([
    [['example.com'], 'example.com', true],
    [['example.com'], 'mail.example.com', true],
    [['.example.com'], 'mail.example.com', true],
    [['.example.com'], 'example.com', true],
    [['*.example.com'], 'smtp.example.com', true],
    [['example.com'], 'notexample.com', false],
    [['*'], 'anything.test', true],
    [['127.0.0.1'], '127.0.0.1', true],
    [['127.0.0.1:25'], '127.0.0.1', true],
    [['0.0.1'], '127.0.0.1', false],
    [['[::1]'], '::1', true],
    [['corp.lan', 'example.com'], 'SMTP.Example.Com.', true],
  ])('%j covers %s: %s', (list, host, want) => {
    expect(bypassed(list, host)).toBe(want);
  });
});

describe('NO_PROXY CIDR ranges and IP literals (curl 7.86+)', () => {
  it.each([
    // IPv4 ranges
    [['10.0.0.0/8'], '10.1.2.3', true],
    [['10.0.0.0/8'], '11.1.2.3', false],
    [['192.168.0.0/16', '10.0.0.0/8'], '192.168.44.5', true],
    [['172.16.0.0/12'], '172.31.255.255', true],
    [['172.16.0.0/12'], '172.32.0.1', false],
    [['10.1.2.3/32'], '10.1.2.3', true],
    [['10.1.2.3/32'], '10.1.2.4', false],
    [['0.0.0.0/0'], '203.0.113.9', true],
    [['0.0.0.0/0'], '2001:db8::1', false],
    // IPv6 ranges, bracketed or not
    [['fd00::/8'], 'fd12:3456::1', true],
    [['fd00::/8'], '[fd12:3456::1]', true],
    [['[fd00::]/8'], 'fd12::1', true],
    [['fd00::/8'], 'fe80::1', false],
    [['2001:db8::1/128'], '2001:db8:0:0::1', true],
    [['2001:db8::1/128'], '2001:db8::2', false],
    [['::/0'], '2001:db8::2', true],
    // an IP entry without a prefix: that address exactly, in any spelling
    [['2001:db8::1'], '2001:DB8:0::1', true],
    [['10.1.2.3'], '10.1.2.30', false],
    // an IPv4-mapped IPv6 host is compared as its IPv4 address (BlockList's answer; curl says no)
    [['10.0.0.0/8'], '::ffff:10.1.2.3', true],
    [['10.1.2.3'], '::ffff:10.1.2.3', true],
    [['10.0.0.0/8'], '::ffff:11.1.2.3', false],
    // ranges never match a name: no DNS lookup to check them
    [['127.0.0.0/8'], 'localhost', false],
    [['10.0.0.0/8', 'fd00::/8', '0.0.0.0/0'], 'mail.corp.test', false],
    [['10.0.0.0/8', 'corp.test'], 'mail.corp.test', true],
  ])('%j covers %s: %s', (list, host, want) => {
    expect(bypassed(list, host)).toBe(want);
  });
  it.each([
    ['10.0.0.0/99'], ['10.0.0.0/33'], ['1.2.3.4/x'], ['1.2.3.4/'], ['10.0.0.0/-1'], ['fd00::/129'],
    ['mail.test/8'], ['/8'], ['10.0.0.0/8/8'], ['[fd00::/8'], ['10.0.0.0/ 8'],
  ])('a bad entry %s matches nothing and does not throw; the next entry still counts', (bad) => {
    expect(bypassed([bad], '10.0.0.1')).toBe(false);
    expect(bypassed([bad], '1.2.3.4')).toBe(false);
    expect(bypassed([bad], 'fd00::1')).toBe(false);
    expect(bypassed([bad, '10.0.0.0/8'], '10.0.0.1')).toBe(true);
  });
  it('routeFor drops the proxy for a listed host and keeps the context otherwise', () => {
    const proxy = parseProxyUrl('socks5://p:1', '--proxy', ['direct.test']);
    const ctx = systemContext({});
    expect(routeFor(ctx, 'direct.test', proxy).proxy).toBeUndefined();
    expect(routeFor(ctx, 'other.test', proxy).proxy).toBe(proxy);
    expect(routeFor(ctx, 'other.test')).toBe(ctx);
  });
});

describe('connectOnce through the context socket factory (no module mocking)', () => {
  it('opens the proxy connection with ctx.connectTcp and hands back a socket to the server', async () => {
    const target = net.createServer((s) => s.end('220 hello\r\n'));
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const port = (target.address() as net.AddressInfo).port;
    const socks = await startSocksServer();
    const opened: Array<{ host?: string; port?: number }> = [];
    const base = systemContext({});
    const ctx: Context = {
      ...base,
      connectTcp: (o) => (opened.push(o as { host?: string; port?: number }), base.connectTcp(o)),
      proxy: parseProxyUrl(socks.url(), '--proxy'),
    };
    const r = await connectOnce(ctx, { address: '127.0.0.1', family: 4 }, port, 3000);
    expect(r.attempt.outcome).toBe('connected');
    expect(opened).toEqual([{ host: '127.0.0.1', port: socks.port }]);
    const text = await new Promise<string>((res) => {
      let got = '';
      r.socket!.on('data', (d: Buffer) => (got += d.toString()));
      r.socket!.resume();
      r.socket!.on('end', () => res(got));
    });
    expect(text).toBe('220 hello\r\n');
    await socks.close();
    target.close();
  });
});
