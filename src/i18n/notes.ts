import type { Note } from '../core/types.js';
import { hasKey, t, type Lang } from './index.js';

/** Parameters whose values are words of smtp-doctor's own (a mode, a verdict): translated, not shown raw. */
const WORDS: Record<string, string> = { mode: 'note-mode', verdict: 'verdict' };

/** A note in the user's language: `note.<kind>` with its parameters (and its own words translated). */
export function noteText(lang: Lang, note: Note): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params)) {
    const prefix = WORDS[name];
    const key = prefix ? `${prefix}.${String(value)}` : '';
    params[name] = key && hasKey(key) ? t(lang, key) : value;
  }
  return t(lang, `note.${note.kind}`, params);
}
