/**
 * One particle style in the Korean catalogs: attached to the Latin word or placeholder before it
 * ("TLS로", "STARTTLS를", "{to}로의"), never after a space; and a compound particle after a placeholder
 * takes the form the value needs.
 */
import { describe, expect, it } from 'vitest';
import { ko } from '../src/i18n/index.js';
import { fill } from '../src/i18n/fill.js';
import { runBin } from './support/bin.js';

const PARTICLES = ['을', '를', '이', '가', '은', '는', '으로', '로', '로의', '으로의', '의', '에', '에서', '도', '만', '와', '과'];
/** Not particles: "이" as "this" after a parenthesis (…보안 기본값 관리) 이 발송 계정…). */
const ALLOWED = ['관리) 이 발송'];

describe('Korean particles', () => {
  it('no particle detached by a space from a Latin word or placeholder in the ko catalogs', () => {
    const re = new RegExp(`[A-Za-z0-9}\\)"\`] (?:${PARTICLES.join('|')})(?![가-힣])`, 'g');
    const allowed = (v: string, i: number): boolean => ALLOWED.some((a) => v.slice(i - 10, i + 12).includes(a));
    const bad = Object.entries(ko).flatMap(([k, v]) =>
      [...v.matchAll(re)].filter((m) => !allowed(v, m.index)).map((m) => `${k}: …${v.slice(Math.max(0, m.index - 12), m.index + 6)}…`));
    expect(bad).toEqual([]);
  });

  it('{to}로의 takes the form of the address it is filled with', () => {
    expect(fill('ko', '서버가 {to}로의 중계', { to: 'you@example.com' })).toBe('서버가 you@example.com으로의 중계');
    expect(fill('ko', '서버가 {to}로의 중계', { to: 'a@b.test' })).toBe('서버가 a@b.test로의 중계');
    expect(fill('ko', '"{servername}"이라는 이름', { servername: 'mail.example.org' })).toBe('"mail.example.org"라는 이름');
  });

  it('explain in Korean: the relay message reads 수신자로의, not 수신자 로의', async () => {
    const r = await runBin(['explain', '--lang', 'ko', '554 5.7.1 <x@y.test>: Relay access denied']);
    expect(r.stdout).toContain('수신자로의 중계');
    expect(r.stdout).not.toContain(' 로의');
  });
});
