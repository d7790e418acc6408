import type { Facts } from '../core/types.js';

export interface Extensions {
  /** Upper-case keyword -> parameters (may be empty). */
  keywords: Record<string, string>;
  auth: string[];
  size?: number;
  starttls: boolean;
}

/**
 * Parse an EHLO reply ("250-mx.example.com ...\n250-SIZE 35882577\n250 AUTH LOGIN PLAIN").
 * The first line is the server's name, not an extension.
 */
export function parseEhlo(reply: string): Extensions {
  const lines = reply
    .split(/\r?\n/)
    .map((l) => l.replace(/^\d{3}[ -]?/, '').trim())
    .filter(Boolean)
    .slice(1);
  const keywords: Record<string, string> = {};
  const auth = new Set<string>();
  for (const line of lines.slice(0, 100)) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*)(?:[ =](.*))?$/.exec(line);
    if (!m) continue;
    const kw = m[1]!.toUpperCase();
    const params = (m[2] ?? '').trim();
    keywords[kw] = params;
    if (kw === 'AUTH') for (const mech of params.toUpperCase().split(/\s+/).filter(Boolean)) auth.add(mech);
  }
  const ext: Extensions = { keywords, auth: [...auth], starttls: 'STARTTLS' in keywords };
  const size = Number.parseInt(keywords.SIZE ?? '', 10);
  if (Number.isFinite(size) && size > 0) ext.size = size;
  return ext;
}

export function extensionFacts(ext: Extensions): Facts {
  const f: Facts = {
    extensions: Object.keys(ext.keywords),
    auth: ext.auth,
    starttls: ext.starttls,
  };
  if (ext.size !== undefined) f.size = ext.size;
  return f;
}

/** What changed between the EHLO before and after TLS. */
export function diffExtensions(before: Extensions, after: Extensions): Facts {
  const b = new Set(Object.keys(before.keywords));
  const a = new Set(Object.keys(after.keywords));
  return {
    added: [...a].filter((k) => !b.has(k)),
    removed: [...b].filter((k) => !a.has(k)),
    authBefore: before.auth,
    authAfter: after.auth,
  };
}

/** Split a reply into basic code, enhanced code and the words. Works on multi-line replies. */
export function parseReply(reply: string): { code?: number; enhanced?: string; text: string } {
  const lines = reply.split(/\r?\n/).filter(Boolean);
  let code: number | undefined;
  let enhanced: string | undefined;
  const words: string[] = [];
  for (const line of lines) {
    const m = /^(\d{3})[ -]?(?:([245]\.\d{1,3}\.\d{1,3})\s*)?(.*)$/.exec(line);
    if (m) {
      code ??= Number(m[1]);
      if (m[2]) enhanced ??= m[2];
      words.push(m[3] ?? '');
    } else {
      words.push(line);
    }
  }
  const out: { code?: number; enhanced?: string; text: string } = { text: words.join('\n').trim() };
  if (code !== undefined) out.code = code;
  if (enhanced !== undefined) out.enhanced = enhanced;
  return out;
}
