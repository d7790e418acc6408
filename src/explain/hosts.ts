/**
 * Host names and host:port pairs in pasted text, found in linear time: the text is cut into
 * tokens of host characters first, and only short tokens are tested, each with an anchored pattern.
 * (An unanchored `(?:[a-z0-9-]+\.)+…` over the whole text is quadratic on "a-a-a-…".)
 */

/** The longest DNS name, plus a port. */
const MAX_TOKEN = 260;
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Source files in stack traces ("EsmtpTransport.php:247", "SMTPTransport.java:2194"): their
 * extensions are no top-level domains, so "name.php:247" is a file and a line, not a host and port.
 */
const SOURCE_FILE = /\.(?:php|java|js|mjs|cjs|ts|rb|go|cs|kt|scala|exs?|erl|dart|cpp|cc|hpp|swift|groovy|vb)$/i;
const isHost = (s: string): boolean => HOST.test(s) && !SOURCE_FILE.test(s);

function* tokens(text: string, extra: string): Generator<string> {
  const re = extra === ':' ? /[a-z0-9.:-]+/gi : /[a-z0-9.-]+/gi;
  for (const m of text.matchAll(re)) {
    // The domain of an e-mail address (user@gmail.com) names a mailbox's provider, not the server.
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    // Leading and trailing punctuation is not part of a name ("-smtp.example.com.", "host:587:").
    const tok = m[0].replace(/^[.:-]+/, '').replace(/[.:-]+$/, '');
    if (tok && tok.length <= MAX_TOKEN) yield tok;
  }
}

/** Host-like tokens, not the domains of e-mail addresses (smtp.gmail.com, email-smtp.eu-west-1.amazonaws.com ...), lower-cased, the first `max`. */
export function hostsIn(text: string, max = 200): string[] {
  const out: string[] = [];
  for (const tok of tokens(text, '')) {
    if (isHost(tok)) out.push(tok.toLowerCase());
    if (out.length >= max) break;
  }
  return out;
}

/** The first "host:port" or "ipv4:port" in the text (not an address's domain either). */
export function hostPortIn(text: string): { host: string; port: number } | undefined {
  for (const tok of tokens(text, ':')) {
    const i = tok.lastIndexOf(':');
    if (i <= 0) continue;
    const host = tok.slice(0, i);
    const port = tok.slice(i + 1);
    if (!/^\d{2,5}$/.test(port) || host.includes(':')) continue;
    if (isHost(host) || IPV4.test(host)) return { host, port: Number(port) };
  }
  return undefined;
}

/** Does the text end in a host name (or "]" / "localhost"), as in "smtp.example.com:587"? */
export function endsWithHost(text: string): boolean {
  if (text.endsWith(']')) return true;
  let start = text.length;
  while (start > 0 && text.length - start < MAX_TOKEN && /[a-z0-9.-]/i.test(text[start - 1]!)) start--;
  const tok = text.slice(start).replace(/^\.+/, '');
  return /^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/i.test(tok) || /(?:^|[^a-z0-9])localhost$/i.test(tok);
}

/** The text with the domains of e-mail addresses taken out ("user@gmail.com" -> "user@"): they are not the server. */
export function withoutAddressDomains(text: string): string {
  return text.replace(/@[a-z0-9.-]+/gi, '@');
}
