/**
 * The one matcher (src/kb/match.ts): declared tiers decide, not weights; check and explain pick
 * through the same ordering; rules name stack wordings by their lexicon id.
 */
import { describe, expect, it } from 'vitest';
import { REASONS, type StepResult } from '../src/core/types.js';
import { explain } from '../src/explain/explain.js';
import { SIGNATURES } from '../src/explain/signatures.js';
import { findingOf } from '../src/kb/diagnose.js';
import { TIERS, conditionsMatched, diagnose, diagnoseBest, matchesFor, tierOf } from '../src/kb/match.js';
import { RULES, type Finding } from '../src/kb/rules/index.js';

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

describe('precedence tiers', () => {
  it('derives each tier from what a rule says, as documented at the top of match.ts', () => {
    const want: Array<[string, string]> = [
      ['gmail.bad-credentials', 'provider'],
      ['tcp.timeout', 'reason'],
      ['auth.535', 'failure'],
      ['stack.auth-rejected', 'wording'],
      ['text.dns', 'text'],
      ['rfc.5.1.2', 'code-meaning'],
      ['send.mailbox-unknown', 'failure'],
      ['send.sender-policy', 'code-meaning'],
      ['server.temporary', 'reply-class'],
      ['auth.temporary', 'reply-class'],
      ['rfc.5.1.*', 'code-class'],
      ['rfc.reply.550', 'code-class'],
      ['protocol.generic', 'catch-all'],
    ];
    for (const [id, tier] of want) expect(tierOf(rule(id)), id).toBe(tier);
  });

  it('an explicit tier field overrides the derivation', () => {
    expect(rule('ehlo.rejected').tier).toBe('failure');
    expect(tierOf(rule('ehlo.rejected'))).toBe('failure');
    expect(tierOf({ ...rule('ehlo.rejected'), tier: undefined })).toBe('reply-class');
  });

  it('every rule lands in a declared tier', () => {
    for (const r of RULES) expect(TIERS, r.id).toContain(tierOf(r));
  });

  it('a stronger tier wins whatever the number of conditions', () => {
    // rfc.5.7.1 (1 condition, code-meaning) beats send.recipient-unknown (2, reply-class) at RCPT TO.
    const f: Finding = { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1' };
    const ms = matchesFor(f);
    expect(ms[0]!.rule.id).toBe('rfc.5.7.1');
    const weaker = ms.find((m) => m.rule.id === 'send.recipient-unknown')!;
    expect(weaker.conditions).toBeGreaterThan(ms[0]!.conditions);
  });

  it('within a tier more conditions win: a refinement beats the plain rule', () => {
    const text = 'Authentication unsuccessful, the user credentials were incorrect.';
    const f: Finding = { step: 'auth', responseCode: 535, enhancedCode: '5.7.139', text };
    const m = diagnose(f);
    expect(m.rule.id).toBe('microsoft.5.7.139-credentials');
    expect(tierOf(rule('microsoft.5.7.139'))).toBe(m.tier);
    expect(conditionsMatched(rule('microsoft.5.7.139'), f)).toBeLessThan(m.conditions);
  });

  it('a provider rule outranks the plain rule when the provider is known, and never applies otherwise', () => {
    const text = 'Authentication credentials invalid';
    const f: Finding = { step: 'auth', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text };
    expect(diagnose(f).rule.id).toBe('auth.535');
    expect(diagnose({ ...f, provider: 'gmail' }).rule.id).toBe('gmail.bad-credentials');
  });

  it('a reason (smtp-doctor\'s own conclusion) outranks a bare error code', () => {
    const f: Finding = { step: 'tls', reason: 'tls-mode-suspected-plain', code: 'CERT_UNTRUSTED', text: 'x' };
    expect(diagnose(f).rule.id).toBe('mode.suspected-plain');
  });

  it('text stays below a reply code: a 552 whose words mention spam is still about size', () => {
    const text = 'Message too big for the spam scanner';
    const f: Finding = { step: 'send', command: 'DATA', responseCode: 552, text };
    expect(conditionsMatched(rule('text.policy'), f)).not.toBeNull();
    expect(diagnose(f).rule.id).toBe('send.size-552');
  });

  it('on an exact tie the rule listed first wins', () => {
    const f: Finding = { text: 'Message size exceeds fixed limit; rate limit reached' };
    const [a, b] = matchesFor(f);
    expect(a!.tier).toBe(b!.tier);
    expect(a!.conditions).toBe(b!.conditions);
    expect(a!.index).toBeLessThan(b!.index);
    expect(diagnose(f).rule.id).toBe(a!.rule.id);
  });
});

describe('one ordering for check and explain', () => {
  const step = (failure: StepResult['failure'], id: StepResult['id'] = 'auth'): StepResult => ({
    id,
    status: 'fail',
    ms: 1,
    facts: {},
    failure,
  });
  /** A failure as a live step records it, and the same reply as a user would paste it. */
  const both = (command: string, code: number, enhanced: string, response: string): [StepResult, string] => [
    step({ command, responseCode: code, enhancedCode: enhanced, response }, /^AUTH/.test(command) ? 'auth' : 'send'),
    `${command}\n${code} ${enhanced} ${response}`,
  ];

  it('a live failure and the same reply pasted into explain pick the same rule', () => {
    const cases: Array<[StepResult, string]> = [
      both('AUTH PLAIN', 535, '5.7.8', 'Error: authentication failed: authentication failure'),
      both('RCPT TO', 554, '5.7.1', '<a@example.org>: Relay access denied'),
      both('AUTH PLAIN', 454, '4.7.0', 'Too many login attempts, please try again later.'),
      both('MAIL FROM', 553, '5.7.1', '<ceo@example.com>: Sender address rejected: not owned by user app@example.com'),
    ];
    for (const [s, text] of cases) {
      const live = diagnose(findingOf(s)).rule;
      const pasted = explain(text);
      expect(pasted.rule, text).toBe(live.id);
      expect(pasted.category).toBe(live.category);
    }
  });
});

describe('diagnoseBest (explain\'s candidates)', () => {
  const c = (n: number, finding: Finding) => ({ n, finding });

  it('the strongest candidate wins wherever it stands', () => {
    const cands = [c(1, { text: 'nothing known' }), c(2, { responseCode: 535 }), c(3, { text: 'still nothing' })];
    const best = diagnoseBest(cands);
    expect(best?.candidate.n).toBe(2);
    expect(best?.match.rule.id).toBe('auth.535');
  });

  it('an exact tie keeps the earlier candidate unless laterWins says otherwise', () => {
    const same = [c(1, { responseCode: 535 }), c(2, { responseCode: 535 })];
    expect(diagnoseBest(same)?.candidate.n).toBe(1);
    expect(diagnoseBest(same, (later, earlier) => later.n > earlier.n)?.candidate.n).toBe(2);
  });
});

describe('wording lexicon', () => {
  const wordings = new Set(SIGNATURES.map((s) => s.wording ?? s.id));

  it('every wording a rule names is in the lexicon, and every rule on a wording has an example with it', () => {
    const named = RULES.flatMap((r) => (r.when.wording ?? []).map((w) => [r, w] as const));
    expect(named.length).toBeGreaterThan(0);
    for (const [r, w] of named) {
      expect(wordings, `${r.id}: ${w}`).toContain(w);
      expect(r.examples.some((e) => e.wording && r.when.wording!.includes(e.wording)), r.id).toBe(true);
    }
  });

  it('explain passes a signature\'s wording id to the rules', () => {
    const r = explain('Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.');
    expect(r.rule).toBe('stack.auth-rejected');
    expect(r.finding.wording).toBe('auth-rejected');
  });

  it('signature families share one id', () => {
    const ids = (w: string) => SIGNATURES.filter((s) => (s.wording ?? s.id) === w).map((s) => s.id);
    expect(ids('tls-mode-implicit').length).toBeGreaterThan(3);
    expect(ids('cert-untrusted')).toContain('cert-verify-failed');
  });
});

describe('rule table', () => {
  it('no two rules of the same category and message differ only in extra conditions on the same wording', () => {
    const seen = new Map<string, string>();
    for (const r of RULES) {
      if (!r.when.text) continue;
      const key = `${r.category} ${r.msg} ${r.when.text.source}`;
      expect(seen.get(key), `${r.id} clones ${seen.get(key)}`).toBeUndefined();
      seen.set(key, r.id);
    }
  });

  it('every reason a rule names is one the code produces', () => {
    for (const r of RULES) for (const reason of r.when.reason ?? []) expect(REASONS, r.id).toContain(reason);
  });
});
