import { oneLine, visible } from './text.js';
import type { Direction, Note, NoteKind, TranscriptLine } from './types.js';
import { MASK } from './secret.js';
import { noteText } from '../i18n/notes.js';
import type { Lang } from '../i18n/index.js';

/** Bounds: a hostile server cannot make the transcript grow without limit. */
export const MAX_LINES = 2000;
export const MAX_LINE_CHARS = 1000;
/** A run of base64 (standard or URL-safe alphabet), bounded so no token costs more than a fixed amount. */
const BASE64_TOKEN = /[A-Za-z0-9+/_-]{4,4096}={0,2}/g;

export interface TranscriptOptions {
  /** Milliseconds clock. */
  now: () => number;
  /** Literal secrets (and their encodings) to mask wherever they occur. */
  secrets?: string[];
  onLine?: (line: TranscriptLine) => void;
}

/**
 * The only place SMTP dialogue is stored. Everything is masked here, before any
 * renderer can see it: AUTH initial responses, every client line of an AUTH
 * exchange, 334 challenges, and any literal secret that shows up anywhere.
 */
export class Transcript {
  readonly #lines: TranscriptLine[] = [];
  readonly #start: number;
  readonly #opts: TranscriptOptions;
  #secrets: string[];
  #inAuth = false;
  #dropped = 0;

  constructor(opts: TranscriptOptions) {
    this.#opts = opts;
    this.#start = opts.now();
    this.#secrets = [];
    this.addSecrets(opts.secrets ?? []);
  }

  addSecrets(secrets: string[]): void {
    this.#secrets = [...new Set([...this.#secrets, ...secrets.filter((s) => s.length >= 3)])].sort((a, b) => b.length - a.length);
  }

  sent(text: string, tls: boolean): void {
    for (const line of splitLines(this.scrub(text))) this.#push('send', tls, this.#maskSent(line));
  }

  received(text: string, tls: boolean): void {
    for (const line of splitLines(this.scrub(text))) this.#push('recv', tls, this.#maskReceived(line));
  }

  /**
   * A note of smtp-doctor's own, as data. String parameters (server or library words) are
   * scrubbed, escaped and bounded here like every other line; `text` keeps the English rendering.
   */
  note(kind: NoteKind, params: Note['params'] = {}, tls = false): void {
    const clean: Note['params'] = {};
    for (const [k, v] of Object.entries(params)) {
      // One line each: a line break inside a parameter is shown as \n, like other control characters.
      clean[k] = typeof v === 'number' ? v : this.#clip(oneLine(this.scrub(v)));
    }
    this.#pushNote({ kind, params: clean }, tls);
  }

  get lines(): readonly TranscriptLine[] {
    return this.#lines;
  }

  /**
   * Mask literal secrets in any text (used for error messages too). A base64 token that carries one
   * (at any alignment) is masked whole; tokens are bounded, so this stays linear in the text.
   */
  scrub(text: string): string {
    if (!this.#secrets.length) return text;
    let out = text.replace(BASE64_TOKEN, (tok) => (this.#secrets.some((s) => tok.includes(s)) ? MASK : tok));
    for (const s of this.#secrets) {
      if (out.includes(s)) out = out.split(s).join(MASK);
    }
    return out;
  }

  #maskSent(line: string): string {
    const auth = /^(AUTH\s+\S+)(\s+\S.*)?$/i.exec(line);
    if (auth) {
      const mech = auth[1] ?? 'AUTH';
      this.#inAuth = true;
      return auth[2] ? `${mech} ${MASK}` : mech;
    }
    if (this.#inAuth) return MASK;
    return line;
  }

  #maskReceived(line: string): string {
    const m = /^(\d{3})([ -])(.*)$/.exec(line);
    if (m && m[1] === '334') return `334 ${MASK}`;
    // Any final reply other than 334 ends an AUTH exchange.
    if (m && m[2] === ' ') this.#inAuth = false;
    return line;
  }

  #push(dir: Direction, tls: boolean, raw: string): void {
    if (this.#lines.length >= MAX_LINES) {
      this.#dropped++;
      if (this.#dropped === 1) {
        const note: Note = { kind: 'transcript-limit', params: {} };
        this.#lines.push({ t: this.#opts.now() - this.#start, dir: 'note', tls, text: noteText('en', note), note });
      }
      return;
    }
    const line: TranscriptLine = { t: this.#opts.now() - this.#start, dir, tls, text: this.#clip(this.scrub(raw)) };
    this.#lines.push(line);
    this.#opts.onLine?.(line);
  }

  #pushNote(note: Note, tls: boolean): void {
    if (this.#lines.length >= MAX_LINES) {
      this.#push('note', tls, '');
      return;
    }
    const t = this.#opts.now() - this.#start;
    const line: TranscriptLine = { t, dir: 'note', tls, text: noteText('en', note), note };
    this.#lines.push(line);
    this.#opts.onLine?.(line);
  }

  #clip(text: string): string {
    if (text.length <= MAX_LINE_CHARS) return text;
    return `${text.slice(0, MAX_LINE_CHARS)}… (${text.length - MAX_LINE_CHARS} more characters)`;
  }
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines.map(visible);
}

/**
 * The notation SMTP admins read: " -> " sent, "<-  " received, " ~> "/"<~  " under TLS, "=== " notes
 * (smtp-doctor's own, in the user's language).
 */
export function formatLine(line: TranscriptLine, lang: Lang = 'en'): string {
  if (line.dir === 'note') return `=== ${line.note ? noteText(lang, line.note) : line.text}`;
  if (line.dir === 'send') return `${line.tls ? ' ~> ' : ' -> '}${line.text}`;
  return `${line.tls ? '<~  ' : '<-  '}${line.text}`;
}
