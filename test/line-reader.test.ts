import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplyReader } from '../src/smtp/line-reader.js';

/** A loopback server that runs `serve` on its one connection; the client end is returned. */
const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length) closers.pop()?.();
});
async function pair(serve: (s: net.Socket) => void): Promise<net.Socket> {
  const server = net.createServer(serve);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((r) => client.once('connect', r));
  closers.push(() => {
    client.destroy();
    server.close();
  });
  return client;
}

describe('ReplyReader', () => {
  it('joins a multi-line reply, split across packets, and keeps the next one', async () => {
    const c = await pair((s) => {
      s.write('250-first\r\n250-sec');
      setTimeout(() => s.write('ond\r\n250 last\r\n220 next\n'), 20);
    });
    const r = new ReplyReader(c);
    expect(await r.reply(2000)).toBe('250-first\n250-second\n250 last');
    expect(await r.reply(2000)).toBe('220 next');
    expect(r.held).toBe(0);
  });

  it('decodes UTF-8 lines, even a character split across packets, and counts their bytes', async () => {
    const c = await pair((s) => {
      const bytes = Buffer.from('220 메일 서버 준비됨\r\n250 ok\r\n');
      s.write(bytes.subarray(0, 6)); // inside the first Hangul syllable
      setTimeout(() => s.write(bytes.subarray(6)), 20);
    });
    const r = new ReplyReader(c);
    expect(await r.reply(2000)).toBe('220 메일 서버 준비됨');
    expect(await r.reply(2000)).toBe('250 ok');
    expect(r.held).toBe(0);
  });

  it('endless continuation lines are cut off at the byte bound, not held', async () => {
    const c = await pair((s) => {
      const line = Buffer.from('250-x\r\n'.repeat(1024));
      const pump = (): void => {
        while (!s.destroyed && s.write(line));
        if (!s.destroyed) s.once('drain', pump);
      };
      s.on('error', () => undefined);
      pump();
    });
    const r = new ReplyReader(c);
    await expect(r.reply(10_000)).rejects.toMatchObject({ code: 'EPROTOCOL' });
    expect(c.destroyed).toBe(true);
  });

  it('many small replies taken one by one never trip the bound', async () => {
    const n = 20_000; // 20 000 x 13 bytes is above the bound in total, but each is taken as it comes
    const c = await pair((s) => {
      let i = 0;
      const next = (): void => {
        if (i < n) s.write(`250 reply ${String(i++ % 10)}\r\n`, next);
      };
      next();
    });
    const r = new ReplyReader(c);
    for (let i = 0; i < n; i++) expect(await r.reply(5000)).toBe(`250 reply ${i % 10}`);
    // Every byte taken is given back, CRLF included: nothing creeps towards the bound.
    expect(r.held).toBe(0);
  });

  it('a silent server times out', async () => {
    const c = await pair(() => undefined);
    await expect(new ReplyReader(c).reply(100)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });
});
