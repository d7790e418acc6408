import type { Msg } from '../core/types.js';
import { en, type MessageKey } from './en/index.js';
import { ko } from './ko/index.js';
import { fill } from './fill.js';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGS: Record<Lang, Record<string, string>> = { en, ko };

/** Language from --lang, else LC_ALL / LC_MESSAGES / LANG (ko_KR.UTF-8 -> ko), else English. */
export function detectLang(env: NodeJS.ProcessEnv, flag?: string): Lang {
  if (flag === 'en' || flag === 'ko') return flag;
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (v && v.trim()) return /^ko([_.@-]|$)/i.test(v.trim()) ? 'ko' : 'en';
  }
  return 'en';
}

export function t(lang: Lang, key: MessageKey | string, params: Record<string, string | number> = {}, neutral = false): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  // A value nobody knows (explain has no host or port): left out where it can be, else a neutral word.
  return fill(lang, template, params, neutral ? (name) => CATALOGS[lang][`param.${name}`] : undefined);
}

/**
 * Param values that are ids of ours, shown in words: a certificate verdict ({verdict}: "untrusted-issuer"), a
 * failed read ({reason}: "ENOENT", "EFBIG 64 KiB", from readFailure), the code kept in parentheses, and seconds.
 */
function wordsForIds(lang: Lang, params: Msg['params']): Msg['params'] {
  if (!params) return params;
  const out = { ...params };
  const verdict = out.verdict;
  if (typeof verdict === 'string' && hasKey(`verdict.${verdict}`)) out.verdict = t(lang, `verdict.${verdict}`);
  // A duration from the kb ("3602 s", language-neutral): the number with this language's unit ("3602초").
  for (const name of ['secondsAgo', 'fetchedSecondsAgo']) {
    const n = typeof out[name] === 'string' ? /^(\d+) s$/.exec(out[name] as string) : null;
    if (n) out[name] = t(lang, 'unit.seconds', { n: n[1]! });
  }
  const read = typeof out.reason === 'string' ? /^(E[A-Z]+)(?: (.+))?$/.exec(out.reason) : null;
  if (read && hasKey(`read.${read[1]}`)) {
    out.reason = t(lang, `read.${read[1]}`, { code: read[1]!, max: read[2] ?? '' });
  }
  return out;
}

export function tm(lang: Lang, msg: Msg): string {
  if (!msg.parts) return t(lang, msg.key, wordsForIds(lang, msg.params), msg.neutral);
  const params = { ...wordsForIds(lang, msg.params) };
  for (const [name, list] of Object.entries(msg.parts)) params[name] = list.map((m) => tm(lang, m)).join(', ');
  return t(lang, msg.key, params, msg.neutral);
}

export function hasKey(key: string): key is MessageKey {
  return key in en;
}

export { en, ko, type MessageKey };
