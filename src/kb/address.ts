import type { TranscriptLine } from '../core/types.js';

/** Second-level labels under a country code that are not themselves the organisation (example.co.kr). */
const CC_SECOND = new Set(['co', 'com', 'net', 'org', 'ac', 'go', 'or', 'ne', 'gov', 'edu']);

/** The mail domain of a host name: mail.example.com -> example.com; a bare name or an IP -> undefined. */
export function domainOfHost(name: string | undefined): string | undefined {
  const n = (name ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (!n.includes('.') || /^[\d.]+$/.test(n) || n.includes(':') || !/^[a-z0-9.-]+$/.test(n)) return undefined;
  const labels = n.split('.');
  const keep = labels.length > 2 && labels.at(-1)!.length === 2 && CC_SECOND.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The host name a server calls itself in its greeting ("220 mx.example.com ESMTP") or EHLO reply. */
function serverNames(lines: readonly TranscriptLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.dir !== 'recv') continue;
    const m = /^(?:220|250)[ -](\S+)/.exec(l.text);
    if (m?.[1] && !/^\d/.test(m[1])) out.push(m[1]);
    if (out.length >= 2) break;
  }
  return out;
}

/**
 * A login to suggest: the user itself when it is an address; for a bare name (no @) the full
 * address built from --from's domain, else the server's own domain, else the host's. Undefined
 * when no domain is known (the caller then uses a neutral example, never the bare name).
 */
export function loginExample(
  user: string,
  from: string | undefined,
  host: string,
  lines: readonly TranscriptLine[],
): string | undefined {
  if (user.includes('@')) return user;
  const fromDomain = from && from.includes('@') ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : undefined;
  const domain = fromDomain || serverNames(lines).map(domainOfHost).find(Boolean) || domainOfHost(host);
  if (!domain) return undefined;
  return `${user || 'name'}@${domain}`;
}
