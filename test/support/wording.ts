/**
 * What reads wrong in a rendered message: unfilled {placeholders}, the same words twice, a unit
 * after a neutral word ("the timeout s", "제한 시간초"), a neutral word alone in parentheses, and
 * in Korean a particle that is detached from, or does not fit, the word before it.
 */
import { en, hasKey, t, type Lang } from '../../src/i18n/index.js';
import { HINT_KEYS } from '../../src/kb/hints.js';
import { RULES } from '../../src/kb/rules/index.js';
import { particleFor } from '../../src/i18n/particles.js';

/** Every message explain can show: each rule's cause and fix (their .explain variants), provider and stack hints. */
export function explainKeys(): string[] {
  const ek = (k: string): string => (hasKey(`${k}.explain`) ? `${k}.explain` : k);
  const out = new Set<string>();
  for (const r of RULES) out.add(ek(`${r.msg}.cause`)).add(ek(`${r.msg}.fix`));
  for (const k of [...HINT_KEYS, ...Object.keys(en).filter((k) => k.startsWith('stack.'))]) out.add(k);
  return [...out];
}

/** What a pasted error may tell: nothing, a host:port, or a reply, an error code and a provider. */
export const PARAM_SETS: Array<Record<string, string | number>> = [
  {},
  { host: 'smtp.example.com', port: 587 },
  { reply: '550 5.1.1 User unknown', code: 'EAUTH', provider: 'Gmail', mechanism: 'LOGIN' },
];

const neutralWords = (lang: Lang): string[] =>
  Object.keys(en).filter((k) => k.startsWith('param.')).map((k) => t(lang, k));

/** What reads wrong in one rendered text. */
export function problems(lang: Lang, text: string): string[] {
  const out: string[] = [];
  if (/\{\w+\}/.test(text)) out.push('unfilled placeholder');
  // The same words twice in a row ("the recipient the recipient"), a Korean particle allowed after the second.
  const word = '[\\p{L}\\p{N}@.]+';
  const particle = '(?:[은는이가을를과와의로]|으로)?';
  const twice = new RegExp(`(?<![\\p{L}\\p{N}])(${word}(?: ${word})*) \\1${particle}(?![\\p{L}\\p{N}.])`, 'u');
  const doubled = twice.exec(text);
  if (doubled) out.push(`doubled "${doubled[0]}"`);
  for (const bad of ['the configured port', 'other names', '제한 시간초', ' s:']) {
    if (text.includes(bad)) out.push(`"${bad}"`);
  }
  // Empty quotes or parentheses where a value was dropped (not a call such as starttls() or ("", ...)).
  if (/(?<![\w(])""|(?<![\w)])\(\)/.test(text)) out.push('empty quotes or parentheses');
  for (const w of neutralWords(lang)) {
    const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${esc}(?: s\\b|초|번)`).test(text)) out.push(`unit after "${w}"`);
    if (text.includes(`(${w})`)) out.push(`a neutral word alone in parentheses: (${w})`);
    if (lang !== 'ko' || !/[가-힣]$/.test(w)) continue;
    for (const p of ['은', '는', '이', '가', '을', '를', '과', '와', '으로', '로']) {
      if (text.includes(`${w} ${p} `)) out.push(`detached particle after "${w}"`);
      if (text.includes(`${w}${p} `) && particleFor(w, p) !== p) out.push(`"${w}${p}"`);
    }
  }
  return out;
}
