import { describe, expect, it } from 'vitest';
import { detectLang, en, ko, t } from '../src/i18n/index.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogs', () => {
  it('English and Korean have exactly the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('each Korean message uses the same placeholders as the English one', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('no message is empty and Korean messages are actually Korean where they are sentences', () => {
    for (const [key, v] of Object.entries(ko)) {
      expect(v.trim(), key).not.toBe('');
      if (/\.(cause|fix)$/.test(key)) expect(v, key).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('picks the language from --lang, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(detectLang({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(detectLang({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLang({ LC_MESSAGES: 'ko' })).toBe('ko');
    expect(detectLang({ LANG: 'ko_KR.UTF-8' }, 'en')).toBe('en');
    expect(detectLang({})).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('ko', 'ui.exit', { code: 6 })).toBe('종료 코드 6');
    expect(t('en', 'ui.exit')).toBe('exit code {code}');
  });
});
