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
   * Every form in which this secret could appear on the wire or in a log:
   * itself, base64 of itself, and base64 of SASL PLAIN blobs that contain it.
   */
  forms(user?: string): string[] {
    const v = this.#value;
    if (!v) return [];
    const forms = new Set<string>([v, b64(v)]);
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

export { MASK };
