/**
 * A real authoritative DNS server on 127.0.0.1 (UDP, port 0) answering from a
 * fixed zone, built on dns2. For tests of code that resolves through a given
 * server (dnsServerResolver, `--dns-server 127.0.0.1:PORT`): nothing is ever
 * forwarded, so no query leaves the machine.
 *
 *   names not in the zone          -> NXDOMAIN (rcode 3)
 *   names in the zone, type absent -> NOERROR, no answers (NODATA)
 *   MX { exchange: '', priority 0 } -> null MX (RFC 7505): the root name "."
 *   PTR names like '1.0.0.127.in-addr.arpa'
 *
 * Names are matched case-insensitively, without a trailing dot. Every question
 * is recorded in `queries` as "TYPE name" (e.g. "MX example.test").
 */
import dns2 from 'dns2';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  MX?: Array<{ exchange: string; priority: number }>;
  PTR?: string[];
}

export type Zone = Record<string, ZoneEntry>;

export interface DnsServer {
  port: number;
  /** '127.0.0.1:PORT', for Resolver.setServers / dnsServerResolver / --dns-server */
  server: string;
  /** every question received, as "TYPE name" */
  queries: string[];
  close(): Promise<void>;
}

const { Packet } = dns2;
const TTL = 60;
/** RFC 1035 4.1.1 (dns2 has Packet.RCODE at run time, but not in its typings). */
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

const norm = (name: string): string => name.toLowerCase().replace(/\.$/, '');

function typeName(type: number): string {
  const entry = Object.entries(Packet.TYPE).find(([, v]) => v === type);
  return entry ? entry[0] : String(type);
}

export async function startDnsServer(zone: Zone): Promise<DnsServer> {
  const table = new Map<string, ZoneEntry>(Object.entries(zone).map(([k, v]) => [norm(k), v]));
  const queries: string[] = [];

  const answer = (request: dns2.Packet): dns2.Packet => {
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    response.header.ra = 0;
    for (const q of request.questions) {
      queries.push(`${typeName(q.type)} ${norm(q.name)}`);
      const entry = table.get(norm(q.name));
      if (!entry) {
        response.header.rcode = RCODE.NXDOMAIN;
        continue;
      }
      const add = (record: Partial<dns2.Packet.Resource>): void => {
        response.answers.push(Packet.createResourceFromQuestion(q, { ttl: TTL, class: Packet.CLASS.IN, ...record }));
      };
      switch (q.type) {
        case Packet.TYPE.A:
          for (const address of entry.A ?? []) add({ type: Packet.TYPE.A, address });
          break;
        case Packet.TYPE.AAAA:
          for (const address of entry.AAAA ?? []) add({ type: Packet.TYPE.AAAA, address });
          break;
        case Packet.TYPE.MX:
          // dns2 encodes '' as the root name (a single zero octet): RFC 7505 null MX.
          for (const mx of entry.MX ?? []) add({ type: Packet.TYPE.MX, exchange: norm(mx.exchange), priority: mx.priority });
          break;
        case Packet.TYPE.PTR:
          for (const domain of entry.PTR ?? []) add({ type: Packet.TYPE.PTR, domain: norm(domain) });
          break;
        default:
          break; // NODATA
      }
    }
    return response;
  };

  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      let response: dns2.Packet;
      try {
        response = answer(request);
      } catch {
        response = Packet.createResponseFromRequest(request);
        response.header.rcode = RCODE.SERVFAIL;
      }
      send(response).catch(() => undefined);
    },
  });
  server.on('requestError', () => {
    /* a malformed datagram: ignore, like a real server */
  });
  server.on('error', () => {
    /* never crash the test process */
  });

  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  const port = addresses.udp?.port ?? server.addresses().udp?.port;
  if (!port) throw new Error('dns server did not bind a UDP port');

  let closing: Promise<void> | undefined;
  return {
    port,
    server: `127.0.0.1:${port}`,
    queries,
    close: () => (closing ??= server.close()),
  };
}
