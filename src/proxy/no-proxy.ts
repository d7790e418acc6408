/** NO_PROXY matching as curl (7.86+) reads it: names, IP addresses and CIDR ranges. */
import net from 'node:net';

type Family = 'ipv4' | 'ipv6';
const familyOf = (address: string): Family | undefined =>
  ({ 4: 'ipv4', 6: 'ipv6' } as const)[net.isIP(address) as 4 | 6];

/** Is the IP literal `host` inside `address/prefix` (or equal to `address` without a prefix)? */
function inRange(host: string, address: string, prefix?: number): boolean {
  const hf = familyOf(host);
  const ef = familyOf(address);
  if (!hf || !ef) return false;
  const list = new net.BlockList();
  try {
    if (prefix === undefined) list.addAddress(address, ef);
    else list.addSubnet(address, prefix, ef);
    // BlockList compares an IPv4-mapped IPv6 host (::ffff:10.1.2.3) with IPv4 entries, and an IPv4 host with
    // IPv6 entries through its mapped form (so ::/0 covers every IPv4 address too). curl does not (an IPv6 host
    // is only compared with IPv6 entries); we keep BlockList's answer: ::ffff:10.1.2.3 is 10.1.2.3.
    return list.check(host, hf);
  } catch {
    return false;
  }
}

/**
 * An "address/prefix" entry: a number 0..32 (IPv4) or 0..128 (IPv6) after an IP address, brackets allowed around an
 * IPv6 one. A malformed one ("10.0.0.0/99", "1.2.3.4/x", "mail.test/8") matches nothing and never throws: curl
 * rejects a prefix beyond the address length the same way. Two differences from curl 7.88, on purpose: curl reads
 * the prefix with atoi, so "1.2.3.4/x" and "1.2.3.4/0" mean 1.2.3.4 alone there; here "/x" is ignored and "/0" is
 * every address of that family (what the notation means).
 */
function cidrMatch(entry: string, host: string): boolean {
  const slash = entry.indexOf('/');
  const address = entry.slice(0, slash).replace(/^\[([^\]]*)\]$/, '$1');
  const bits = entry.slice(slash + 1);
  const family = familyOf(address);
  if (!family || !/^\d{1,3}$/.test(bits) || Number(bits) > (family === 'ipv4' ? 32 : 128)) return false;
  return inRange(host, address, Number(bits));
}

/**
 * Does NO_PROXY send this host directly? curl's rules: "*" is every host; a name entry (a leading dot or "*."
 * ignored) matches itself and its subdomains; a port after an entry is ignored; an IP address entry matches that
 * address (written in any form: ::1 is 0:0::1), and with a /prefix every IP literal host in that range.
 * CIDR ranges never match a host NAME: like curl, the name is not resolved to check them (with socks5:// the
 * name is resolved later, for the connection; NO_PROXY=10.0.0.0/8 does not cover mail.corp even if it is 10.1.2.3).
 */
export function bypassed(noProxy: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  const hostIsIp = net.isIP(h) !== 0;
  return noProxy.some((raw) => {
    let e = raw.trim().toLowerCase();
    if (e === '*') return true;
    if (e.includes('/')) return hostIsIp && cidrMatch(e, h);
    if (e.startsWith('[')) e = e.replace(/^\[([^\]]*)\](?::\d+)?$/, '$1');
    else if (!net.isIPv6(e)) e = e.replace(/:\d+$/, '');
    e = e.replace(/^\*?\./, '').replace(/\.$/, '');
    if (!e) return false;
    if (hostIsIp) return net.isIP(e) !== 0 && inRange(h, e);
    return h === e || h.endsWith(`.${e}`);
  });
}
