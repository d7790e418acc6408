/**
 * Korean particles after a placeholder: the form depends on the filled value's last sound
 * (받침), which a template cannot know. `{to} 를` filled with "you@example.com" must read
 * "you@example.com을". These helpers pick the form and attach it to the value.
 */

/** Particle pairs: [after a final consonant, after a vowel]. 으로/로 also takes 로 after ㄹ. */
const PAIRS: Array<[string, string]> = [
  ['이라는', '라는'],
  ['으로의', '로의'],
  ['으로는', '로는'],
  ['으로', '로'],
  ['은', '는'],
  ['이', '가'],
  ['을', '를'],
  ['과', '와'],
];
/** Particles with one form only: still attached to the value, never left after a space. */
const INVARIANT = ['에서', '에는', '에', '의', '까지', '부터', '도', '만'];
const FORMS = [...PAIRS.flat(), ...INVARIANT].sort((a, b) => b.length - a.length);

type Final = 'none' | 'rieul' | 'other';

/** Digits as read in Korean: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGIT: Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];
/** Latin letters spelled out (acronyms): L 엘, M 엠, N 엔, R 알; the others end in a vowel. */
const SPELLED: Record<string, Final> = { L: 'rieul', M: 'other', N: 'other', R: 'rieul' };

/** The final sound of how a value is read: a Hangul syllable's 받침, else a guess from the last letter or digit. */
export function finalSound(value: string): Final {
  const m = /([가-힣A-Za-z0-9])[^가-힣A-Za-z0-9]*$/.exec(value);
  const ch = m?.[1];
  if (!ch) return 'none';
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (/\d/.test(ch)) return DIGIT[Number(ch)]!;
  const word = /([A-Za-z]+)[^A-Za-z]*$/.exec(value)?.[1] ?? ch;
  if (word.length > 1 && word === word.toUpperCase()) return SPELLED[ch] ?? 'none';
  const lower = ch.toLowerCase();
  if (lower === 'l') return 'rieul';
  return /[mnk]/.test(lower) || /ng$/i.test(word) ? 'other' : 'none';
}

/** The form of a particle that fits after `value`. */
export function particleFor(value: string, particle: string): string {
  const pair = PAIRS.find((p) => p.includes(particle));
  if (!pair) return particle;
  const fin = finalSound(value);
  if (pair[0].startsWith('으로')) return fin === 'other' ? pair[0] : pair[1];
  return fin === 'none' ? pair[1] : pair[0];
}

/** A particle right after a placeholder in a template: `{name} 를`, `{name}을`. */
export const PARTICLE_AFTER = new RegExp(`^ ?(${FORMS.join('|')})(?![가-힣])`);
