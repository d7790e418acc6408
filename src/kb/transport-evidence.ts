import type { EvidenceItem, Failure, NoteKind, TranscriptLine } from '../core/types.js';
import { lastLine as last, noteOf } from './lines.js';

/** For these reasons the telling line is a tool note (what smtp-doctor saw), chosen by its kind. */
const NOTES: Partial<Record<NonNullable<Failure['reason']>, NoteKind[]>> = {
  'greeting-slow': ['greeting-slow'],
  'starttls-broken': ['starttls-no-handshake'],
  'tls-old-version': ['version-probe-worked', 'version-probe-failed'],
  'tls-version-mismatch': ['version-probe-worked', 'version-probe-failed', 'tls-handshake-failed'],
  'tls-cipher-mismatch': ['version-probe-worked', 'version-probe-failed', 'tls-handshake-failed'],
};


/**
 * Evidence for the transport-level findings (slow greeting, broken STARTTLS, a web server on
 * the port, old TLS): the transcript line that shows it; undefined for anything else.
 */
export function transportEvidence(f: Failure, lines: readonly TranscriptLine[]): EvidenceItem[] | undefined {
  if (f.reason === 'http-server') {
    const l =
      last(lines, (x) => x.dir === 'recv' && /^HTTP\/\d/.test(x.text)) ??
      last(lines, (x) => x.dir === 'note' && x.note?.kind === 'http-answer');
    return l ? [{ line: l }] : undefined;
  }
  const kinds = f.reason ? NOTES[f.reason] : undefined;
  if (!kinds) return undefined;
  const l = last(lines, noteOf(...kinds));
  if (!l) return undefined;
  // A slow greeting's error text ("Greeting never received") would contradict the note.
  if (f.reason === 'greeting-slow' || !(f.code || f.message)) return [{ line: l }];
  const failure: { code?: string; message?: string } = {};
  if (f.code) failure.code = f.code;
  if (f.message) failure.message = f.message;
  return [{ failure }, { line: l }];
}
