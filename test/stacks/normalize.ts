/**
 * Makes a probe's output comparable between runs: ports, temp paths, checkout paths, dates,
 * queue ids and object addresses change every run; the words around them do not.
 */
/** "index.js:972:19" is a file and line, not a host and port. */
const HOST_PORT = /\b(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]|[a-z0-9-]+(?:\.[a-z0-9-]+)+):\d{2,5}\b/gi;
const SOURCE_FILE = /\.(?:[cm]?js|ts|py|rb|go|java|php|c)$/i;

export function normalizeText(text: string, opts: { port?: number; roots?: string[] } = {}): string {
  let t = text.replace(/\r\n?/g, '\n');
  for (const root of opts.roots ?? []) if (root.length > 1) t = t.split(root).join('<repo>');
  t = t
    // any checkout's node_modules (the worktree's is a link to another checkout's)
    .replace(/(?:\/[\w.+-]+)+\/node_modules\//g, '<repo>/node_modules/')
    .replace(/\/tmp\/[\w.+/-]+/g, '<tmp>')
    // dates: ISO 8601, RFC 5322 / toUTCString
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<date>')
    .replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4} [\d:]{8}(?: (?:[+-]\d{4}|GMT|UTC))?/g, '<date>')
    // Java's Date.toString(), as in a test certificate's "NotAfter: Sat Dec 05 05:27:45 UTC 2026"
    .replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} [\d:]{8} [A-Z]{2,5} \d{4}\b/g, '<date>')
    // Spring Boot's log line names the process: "<date> ERROR 12618 --- [main] ..."
    .replace(/(<date>\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\s+)\d+(\s+---\s)/g, '$1<pid>$2')
    .replace(/\bqueued as [A-Z0-9]+\b/gi, 'queued as <queue-id>')
    // host:port pairs and Go's "127.0.0.1:1234->127.0.0.1:10587"
    // Go names the system resolver: "lookup x.invalid on 10.0.0.53:53: no such host"
    .replace(/\bon \d{1,3}(?:\.\d{1,3}){3}:53\b/g, 'on <resolver>')
    .replace(HOST_PORT, (m, host: string) => (SOURCE_FILE.test(host) ? m : `${host}:<port>`))
    .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{2}:\d{2}:\d{2} \d{4} GMT/g, '<date>')
    // test certificates are made per run: nodemailer prints the peer certificate's fields
    .replace(/\b(?:[0-9A-F]{2}:){15,}[0-9A-F]{2}\b/g, '<fingerprint>')
    .replace(/serialNumber: '[0-9A-F]+'/g, "serialNumber: '<serial>'")
    .replace(/<Buffer [0-9a-f ]+(?: \.\.\. \d+ more bytes)?>/g, '<Buffer>')
    // OpenSSL's error queue prefix carries the thread id: "80DC0B3F917F0000:error:0A00010B:..."
    .replace(/\b[0-9A-F]{12,16}:error:/g, '<thread>:error:')
    .replace(/\b0x[0-9a-f]{8,16}\b/gi, '0x<addr>')
    .replace(/@[0-9a-f]{6,8}\b/g, '@<hash>');
  if (opts.port) t = t.replace(new RegExp(`\\b${opts.port}\\b`, 'g'), '<port>');
  return t
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}
