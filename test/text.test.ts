/** Server text made visible at ingestion (src/core/text.ts): what is escaped, and what is left alone. */
import { describe, expect, it } from 'vitest';
import { oneLine, visible } from '../src/core/text.js';

describe('visible', () => {
  it.each([
    ['C0 control (ESC)', '\x1b', '\\x1b'],
    ['CR', '\r', '\\x0d'],
    ['DEL', '\x7f', '\\x7f'],
    ['C1 control (NEL)', '\u0085', '\\x85'],
    ['C1 CSI', '\u009b', '\\x9b'],
    ['right-to-left override', '\u202e', '\\u{202e}'],
    ['left-to-right embedding', '\u202a', '\\u{202a}'],
    ['first strong isolate', '\u2068', '\\u{2068}'],
    ['right-to-left mark', '\u200f', '\\u{200f}'],
    ['left-to-right mark', '\u200e', '\\u{200e}'],
    ['Arabic letter mark', '\u061c', '\\u{61c}'],
    ['line separator', '\u2028', '\\u{2028}'],
    ['paragraph separator', '\u2029', '\\u{2029}'],
  ])('escapes a %s', (_name, ch, shown) => {
    expect(visible(`a${ch}b`)).toBe(`a${shown}b`);
  });

  it('leaves TAB, LF, Hangul, accents and emoji as they are', () => {
    const text = '220 메일 서버\tcafé 😀\nnext';
    expect(visible(text)).toBe(text);
  });

  it('oneLine shows a line break as \\n', () => {
    expect(oneLine('250 a\nb')).toBe('250 a\\nb');
  });
});
