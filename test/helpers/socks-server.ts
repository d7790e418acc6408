/**
 * A small real SOCKS5 server (RFC 1928, username/password per RFC 1929) and an HTTP CONNECT proxy on
 * 127.0.0.1, port 0, for tests: real sockets, real relaying, and every SOCKS reply code on demand.
 */
import net from 'node:net';

export interface ProxyRequest {
  /** What the client asked for: an IP literal, or a name (socks5h / CONNECT). */
  host: string;
  port: number;
  /** SOCKS address type: 1 IPv4, 3 name, 4 IPv6 (0 for HTTP). */
  atyp: number;
  user?: string;
}

export interface TestProxy {
  port: number;
  url: (scheme?: string, creds?: string) => string;
  requests: ProxyRequest[];
  /** Connections accepted (also those that never got as far as a request). */
  connections: number;
  close: () => Promise<void>;
}

export interface SocksOptions {
  /** Require RFC 1929 username/password: user -> password. */
  users?: Record<string, string>;
  /** Answer every CONNECT with this reply code instead of connecting (1 general failure ... 8). */
  reply?: number;
  /** Names only this proxy knows (socks5h): name -> address. Other names are looked up normally. */
  hosts?: Record<string, string>;
  /** Never answer the CONNECT request (the server "hangs" behind the proxy). */
  silentConnect?: boolean;
}

function relay(client: net.Socket, host: string, port: number, onOk: (s: net.Socket) => void, onFail: (code: string | undefined) => void): void {
  const upstream = net.connect({ host, port });
  upstream.once('connect', () => {
    upstream.removeAllListeners('error');
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.removeAllListeners('data');
    onOk(upstream);
    client.pipe(upstream).pipe(client);
  });
  upstream.once('error', (e: NodeJS.ErrnoException) => onFail(e.code));
}

const REPLY_FOR_ERRNO: Record<string, number> = { ECONNREFUSED: 5, EHOSTUNREACH: 4, ENETUNREACH: 3, ETIMEDOUT: 6, ENOTFOUND: 4 };

function listen(server: net.Server, requests: ProxyRequest[], counter: { n: number }): Promise<TestProxy> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    counter.n++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        requests,
        get connections() {
          return counter.n;
        },
        url: (scheme = 'socks5', creds) => `${scheme}://${creds ? `${creds}@` : ''}127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Read exactly n bytes (or undefined when the client closes first). */
function reader(s: net.Socket): (n: number) => Promise<Buffer | undefined> {
  let buf = Buffer.alloc(0);
  let want: { n: number; done: (b: Buffer | undefined) => void } | undefined;
  const pump = (): void => {
    if (want && buf.length >= want.n) {
      const out = buf.subarray(0, want.n);
      buf = buf.subarray(want.n);
      const w = want;
      want = undefined;
      w.done(out);
    }
  };
  const onData = (d: Buffer): void => {
    buf = Buffer.concat([buf, d]);
    pump();
  };
  s.on('data', onData);
  s.on('close', () => want?.done(undefined));
  return (n) =>
    new Promise((done) => {
      want = { n, done };
      pump();
    });
}

export function startSocksServer(o: SocksOptions = {}): Promise<TestProxy> {
  const requests: ProxyRequest[] = [];
  const counter = { n: 0 };
  const server = net.createServer((s) => void session(s));
  const reply = (s: net.Socket, code: number): void => void s.write(Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]));
  async function session(s: net.Socket): Promise<void> {
    const read = reader(s);
    const head = await read(2);
    if (!head || head[0] !== 5) return void s.destroy();
    const methods = await read(head[1]!);
    if (!methods) return;
    let user: string | undefined;
    if (o.users) {
      if (!methods.includes(2)) return void s.end(Buffer.from([5, 0xff]));
      s.write(Buffer.from([5, 2]));
      const ver = await read(2);
      if (!ver) return;
      const name = (await read(ver[1]!))?.toString('utf8') ?? '';
      const plen = await read(1);
      const pass = plen ? ((await read(plen[0]!))?.toString('utf8') ?? '') : '';
      if (o.users[name] === undefined || o.users[name] !== pass) return void s.end(Buffer.from([1, 1]));
      s.write(Buffer.from([1, 0]));
      user = name;
    } else {
      if (!methods.includes(0)) return void s.end(Buffer.from([5, 0xff]));
      s.write(Buffer.from([5, 0]));
    }
    const req = await read(4);
    if (!req) return;
    const atyp = req[3]!;
    let host: string;
    if (atyp === 1) host = [...((await read(4)) ?? [])].join('.');
    else if (atyp === 3) host = (await read((await read(1))?.[0] ?? 0))?.toString('utf8') ?? '';
    else if (atyp === 4) {
      const b = (await read(16)) ?? Buffer.alloc(16);
      host = (b.toString('hex').match(/.{4}/g) ?? []).join(':');
    } else return void reply(s, 8);
    const portBytes = await read(2);
    if (!portBytes) return;
    const port = portBytes.readUInt16BE(0);
    requests.push({ host, port, atyp, ...(user ? { user } : {}) });
    if (o.silentConnect) return;
    if (o.reply !== undefined) return void (reply(s, o.reply), s.end());
    const target = o.hosts?.[host] ?? host;
    relay(s, target, port, () => reply(s, 0), (code) => (reply(s, REPLY_FOR_ERRNO[code ?? ''] ?? 1), s.end()));
  }
  return listen(server, requests, counter);
}

/** An HTTP proxy that allows CONNECT (optionally with Basic credentials "user:pass"). */
export function startHttpProxy(o: { auth?: string; status?: number } = {}): Promise<TestProxy> {
  const requests: ProxyRequest[] = [];
  const counter = { n: 0 };
  const server = net.createServer((s) => {
    let head = '';
    const onData = (d: Buffer): void => {
      head += d.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      s.removeListener('data', onData);
      const m = /^CONNECT (\[[^\]]+\]|[^:\s]+):(\d+) HTTP\/1\.1\r\n/.exec(head);
      if (!m) return void s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      const host = m[1]!.replace(/^\[|\]$/g, '');
      const port = Number(m[2]);
      requests.push({ host, port, atyp: 0 });
      const given = /\r\nProxy-Authorization: Basic (\S+)/i.exec(head)?.[1];
      if (o.auth && given !== Buffer.from(o.auth).toString('base64')) {
        return void s.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="t"\r\n\r\n');
      }
      if (o.status) return void s.end(`HTTP/1.1 ${o.status} No\r\n\r\n`);
      relay(s, host, port, () => s.write('HTTP/1.1 200 Connection established\r\n\r\n'), () => s.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    };
    s.on('data', onData);
  });
  return listen(server, requests, counter);
}

/**
 * A SOCKS4/4a server (the 1992 protocol: VN 4, CD 1, port, IPv4, user id NUL, for 4a a name NUL
 * after 0.0.0.x): relays and answers 00 5A, or answers 00 `reply` (91..93) without connecting.
 */
export function startSocks4Server(o: { reply?: number } = {}): Promise<TestProxy> {
  const requests: ProxyRequest[] = [];
  const counter = { n: 0 };
  const answer = (s: net.Socket, cd: number): void => void s.write(Buffer.from([0, cd, 0, 0, 0, 0, 0, 0]));
  const server = net.createServer((s) => {
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 9 || buf[0] !== 4) return void (buf.length >= 1 && buf[0] !== 4 && s.destroy());
      const userEnd = buf.indexOf(0, 8);
      if (userEnd < 0) return;
      const ip = [...buf.subarray(4, 8)];
      let host = ip.join('.');
      if (ip[0] === 0 && ip[1] === 0 && ip[2] === 0 && ip[3] !== 0) {
        const nameEnd = buf.indexOf(0, userEnd + 1);
        if (nameEnd < 0) return;
        host = buf.subarray(userEnd + 1, nameEnd).toString('utf8');
      }
      s.removeListener('data', onData);
      const port = buf.readUInt16BE(2);
      requests.push({ host, port, atyp: 0 });
      if (o.reply !== undefined) return void (answer(s, o.reply), s.end());
      relay(s, host, port, () => answer(s, 90), () => (answer(s, 91), s.end()));
    };
    s.on('data', onData);
  });
  return listen(server, requests, counter);
}
