/**
 * Scripted DNS faults for `--dns-server`: a bare UDP socket on 127.0.0.1 that answers every
 * question badly on purpose (test/helpers/dns-server.ts answers from a zone, never with SERVFAIL).
 */
import dgram from 'node:dgram';

/**
 * A DNS server on a UDP socket: MX gets NOERROR with no answer ('servfail', 'silent-a') or one MX
 * record mx1.<name> ('mx-servfail'); every other question gets SERVFAIL, or no answer ('silent-a').
 */
export async function startBrokenDns(
  mode: 'servfail' | 'silent-a' | 'mx-servfail',
): Promise<{ server: string; close(): void }> {
  const sock = dgram.createSocket('udp4');
  sock.on('message', (msg, rinfo) => {
    let i = 12;
    while (i < msg.length && msg[i] !== 0) i += msg[i]! + 1;
    const qtype = msg.readUInt16BE(i + 1);
    if (qtype !== 15 && mode === 'silent-a') return;
    const out = Buffer.from(msg.subarray(0, i + 5));
    out[2] = 0x84 | (msg[2]! & 0x01); // QR, AA, RD copied
    out[3] = qtype === 15 ? 0x00 : 0x02; // NOERROR (no answers) for MX, SERVFAIL otherwise
    out.writeUInt16BE(0, 6);
    out.writeUInt16BE(0, 8);
    out.writeUInt16BE(0, 10);
    if (qtype === 15 && mode === 'mx-servfail') {
      out.writeUInt16BE(1, 6);
      // name (pointer to the question), MX, IN, TTL 60, rdata: preference 10, "mx1" + pointer
      const rr = Buffer.from([0xc0, 0x0c, 0, 15, 0, 1, 0, 0, 0, 60, 0, 8, 0, 10, 3, 0x6d, 0x78, 0x31, 0xc0, 0x0c]);
      sock.send(Buffer.concat([out, rr]), rinfo.port, rinfo.address);
      return;
    }
    sock.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => sock.bind(0, '127.0.0.1', resolve));
  return { server: `127.0.0.1:${sock.address().port}`, close: () => void sock.close() };
}

/** A UDP port on 127.0.0.1 where nothing listens (bound, then closed): no DNS server at all. */
export async function closedUdpPort(): Promise<number> {
  const sock = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => sock.bind(0, '127.0.0.1', resolve));
  const port = sock.address().port;
  await new Promise<void>((resolve) => sock.close(() => resolve()));
  return port;
}
