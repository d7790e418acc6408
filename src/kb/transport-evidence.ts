import { formatLine } from '../core/transcript.js';
import type { Failure, TranscriptLine } from '../core/types.js';

/** For these reasons the telling line is a tool note (what smtp-doctor saw), not a server reply. */
const NOTES: Record<string, RegExp> = {
  'greeting-slow': /^only \d+ bytes of a greeting/,
  'starttls-broken': /^the server accepted STARTTLS/,
  'tls-old-version': /^a probe handshake/,
  'tls-version-mismatch': /^TLS handshake failed|^a probe handshake/,
  'tls-cipher-mismatch': /^TLS handshake failed|^a probe handshake/,
};

/**
 * Evidence for the transport-level findings (slow greeting, broken STARTTLS, a web server on
 * the port, old TLS): the transcript line that shows it; undefined for anything else.
 */
export function transportEvidence(f: Failure, lines: readonly TranscriptLine[]): string | undefined {
  const last = (test: (l: TranscriptLine) => boolean): TranscriptLine | undefined => [...lines].reverse().find(test);
  if (f.reason === 'http-server') {
    const l =
      last((x) => x.dir === 'recv' && /^HTTP\/\d/.test(x.text)) ??
      last((x) => x.dir === 'note' && /answer was HTTP/.test(x.text));
    return l ? formatLine(l) : f.response;
  }
  const note = f.reason ? NOTES[f.reason] : undefined;
  if (!note) return undefined;
  const l = last((x) => x.dir === 'note' && note.test(x.text));
  if (!l) return undefined;
  // A slow greeting's error text ("Greeting never received") would contradict the note.
  const what = f.reason === 'greeting-slow' ? '' : [f.code, f.message].filter(Boolean).join(': ');
  return [what, formatLine(l)].filter(Boolean).join(' | ');
}
