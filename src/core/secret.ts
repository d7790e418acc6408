import { inspect } from 'node:util';

const MASK = '********';

/**
 * A password or token. It cannot leak by accident: String(), JSON.stringify(),
 * console.log() and util.inspect() all give a mask. Only `reveal()` gives the value,
 * and only the AUTH step calls it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  get length(): number {
    return this.#value.length;
  }
  toString(): string {
    return MASK;
  }
  toJSON(): string {
    return MASK;
  }
  [inspect.custom](): string {
    return `Secret(${MASK})`;
  }
  /**
   * Every form in which this secret could appear on the wire or in a log: itself (also in upper and
   * lower case), base64 of itself, base64 of SASL PLAIN blobs that contain it, and the base64 characters
   * it alone decides at each of the three byte alignments (so base64 of "x" + secret is caught too).
   */
  forms(user?: string): string[] {
    const v = this.#value;
    if (!v) return [];
    const forms = new Set<string>([v, v.toUpperCase(), v.toLowerCase(), b64(v), ...alignedBase64(v)]);
    if (user !== undefined) {
      forms.add(b64(`\0${user}\0${v}`));
      forms.add(b64(`${user}\0${user}\0${v}`));
    }
    // A value that is itself mangled (trimmed, quoted) must still be caught.
    if (v.trim() && v.trim() !== v) forms.add(v.trim());
    return [...forms].filter((f) => f.length >= 3);
  }
}

function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Shorter runs of base64 would mask ordinary words by chance. */
const MIN_ALIGNED = 6;

/**
 * The base64 characters that depend only on the secret when it starts at byte offset 0, 1 or 2 of
 * whatever is encoded: any base64 text that carries the secret contains one of these three runs.
 */
export function alignedBase64(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const out: string[] = [];
  for (const k of [0, 1, 2]) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const core = enc.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
    if (core.length >= MIN_ALIGNED) out.push(core);
  }
  return out;
}

export { MASK };
