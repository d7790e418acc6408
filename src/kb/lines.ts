import type { FactValue, NoteKind, TranscriptLine } from '../core/types.js';

/** The last transcript line that passes `test`. */
export function lastLine(lines: readonly TranscriptLine[], test: (l: TranscriptLine) => boolean): TranscriptLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i]!)) return lines[i];
  return undefined;
}

/** A fact as text: lists joined with ", ", objects as JSON. */
export function factText(v: FactValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map((x) => factText(x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A test for smtp-doctor's own notes of these kinds. */
export const noteOf =
  (...kinds: readonly NoteKind[]) =>
  (l: TranscriptLine): boolean =>
    l.dir === 'note' && !!l.note && kinds.includes(l.note.kind);
