import type { TranscriptLine } from '../core/types.js';

/** The domain part of a host name: mail.example.com -> example.com; a bare name or an IP -> undefined. */
export function domainOfHost(name: string | undefined): string | undefined {
  const n = (name ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (!n.includes('.') || /^[\d.]+$/.test(n) || n.includes(':') || !/^[a-z0-9.-]+$/.test(n)) return undefined;
  const labels = n.split('.');
  return labels.length > 2 ? labels.slice(1).join('.') : n;
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
