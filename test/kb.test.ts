import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../src/core/types.js';
import { conditionsMatched, matchRule } from '../src/kb/match.js';
import { HINT_KEYS } from '../src/kb/hints.js';
import { detectProvider } from '../src/kb/providers.js';
import { RULES } from '../src/kb/rules/index.js';
import { en, ko, t } from '../src/i18n/index.js';

describe('knowledge base', () => {
  it('rule ids are unique and categories are from the public set', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(CATEGORY_IDS).toContain(r.category);
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    it('has a source and at least one real-world example', () => {
      expect(rule.source.length).toBeGreaterThan(3);
      expect(rule.examples.length).toBeGreaterThan(0);
    });
    it('is the rule chosen for each of its examples', () => {
      for (const ex of rule.examples) {
        const chosen = matchRule(ex);
        if (chosen.id !== rule.id && chosen.msg === rule.msg && chosen.category === rule.category) {
          // Two wordings of the same knowledge (e.g. the 535 rule and the "authentication failed"
          // text rule): the user sees the same diagnosis either way.
          continue;
        }
        if (rule.generic && chosen.id !== rule.id) {
          // A generic rule only restates what a code means; a rule about the failure itself may
          // claim its example, but it must reach the same category.
          expect(chosen.generic, `${JSON.stringify(ex)} taken by ${chosen.id}`).toBeFalsy();
          expect(chosen.category, JSON.stringify(ex)).toBe(rule.category);
        } else {
          expect(chosen.id, JSON.stringify(ex)).toBe(rule.id);
        }
      }
    });
    it('has cause and fix in both catalogs, with every placeholder filled', () => {
      for (const part of ['cause', 'fix']) {
        const key = `${rule.msg}.${part}`;
        expect(en).toHaveProperty([key]);
        expect(ko).toHaveProperty([key]);
      }
    });
  });

  it('structured fields beat text: a 550 5.1.1 mentioning "relay" in a sentence about something else stays a recipient problem', () => {
    const r = matchRule({ step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.1.1', text: 'User unknown' });
    expect(r.category).toBe('RECIPIENT_REJECTED');
  });

  it('a provider-specific rule only fires for that provider', () => {
    const finding = { step: 'auth' as const, command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: 'Authentication credentials invalid' };
    expect(matchRule(finding).msg).toBe('auth.wrong');
    expect(matchRule({ ...finding, provider: 'gmail' }).id).toBe('gmail.bad-credentials');
    expect(conditionsMatched(RULES.find((r) => r.id === 'gmail.bad-credentials')!, finding)).toBeNull();
  });

  it('falls back to a catch-all rather than nothing', () => {
    expect(matchRule({ text: 'something nobody has seen' }).category).toBe('PROTOCOL_ERROR');
  });

  it('every provider hint exists in both catalogs', () => {
    for (const k of HINT_KEYS) {
      expect(en).toHaveProperty([k]);
      expect(ko).toHaveProperty([k]);
    }
  });

  it('recognises providers from host, banner and reply text', () => {
    expect(detectProvider({ host: 'smtp.gmail.com' })).toBe('gmail');
    expect(detectProvider({ host: 'smtp.office365.com' })).toBe('microsoft');
    expect(detectProvider({ host: 'smtp.sendgrid.net' })).toBe('sendgrid');
    expect(detectProvider({ host: 'email-smtp.eu-west-1.amazonaws.com' })).toBe('ses');
    expect(detectProvider({ host: 'mail.corp.test', greeting: '220 mx.google.com ESMTP a1-2 - gsmtp' })).toBe('gmail');
    expect(detectProvider({ host: 'relay.corp.test', replies: ['5.7.139 Authentication unsuccessful, see https://aka.ms/smtp_auth_disabled'] })).toBe('microsoft');
    expect(detectProvider({ host: 'mail.corp.test' })).toBeUndefined();
  });

  it('renders messages with parameters', () => {
    expect(t('en', 'tcp.refused.cause', { host: 'h', port: 25 })).toBe('Nothing accepts connections on h port 25: the connection was refused.');
  });
});
