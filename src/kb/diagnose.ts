import type { CheckOptions } from '../core/options.js';
import { formatLine } from '../core/transcript.js';
import type { Diagnosis, FactValue, Failure, Msg, StepResult, TranscriptLine } from '../core/types.js';
import { providerName } from './providers.js';
import { RULES, type Finding, type Rule } from './rules/index.js';
import { providerHints } from './hints.js';
import { transportEvidence } from './transport-evidence.js';

const WEIGHT = { step: 1, code: 3, reason: 4, command: 2, responseCode: 2, replyClass: 1, enhancedExact: 4, enhancedSubject: 2, provider: 4, text: 2 };

function enhancedMatches(patterns: string[], code: string | undefined): number {
  if (!code) return -1;
  let best = -1;
  for (const p of patterns) {
    if (p === code) return WEIGHT.enhancedExact;
    if (p.endsWith('.*') && code.startsWith(p.slice(0, -1))) best = Math.max(best, WEIGHT.enhancedSubject);
  }
  return best;
}

/** How well a rule matches a finding: null when any condition fails, else the sum of what matched. */
export function score(rule: Rule, f: Finding): number | null {
  const s = rawScore(rule, f);
  if (s < 0) return null;
  // Generic rules (what an RFC says a code means) yield to any rule about the failure itself;
  // catch-alls yield to everything.
  if (rule.fallback) return s - 100;
  return rule.generic ? s - 50 : s;
}

function rawScore(rule: Rule, f: Finding): number {
  const w = rule.when;
  let s = 0;
  if (w.step) {
    if (!f.step || !w.step.includes(f.step)) return -1;
    s += WEIGHT.step;
  }
  if (w.code) {
    if (!f.code || !w.code.includes(f.code)) return -1;
    s += WEIGHT.code;
  }
  if (w.reason) {
    if (!f.reason || !w.reason.includes(f.reason)) return -1;
    s += WEIGHT.reason;
  }
  if (w.command) {
    const cmd = (f.command ?? '').toUpperCase();
    if (!w.command.some((c) => cmd.startsWith(c))) return -1;
    s += WEIGHT.command;
  }
  if (w.responseCode) {
    if (f.responseCode === undefined || !w.responseCode.includes(f.responseCode)) return -1;
    s += WEIGHT.responseCode;
  }
  if (w.replyClass) {
    const cls = f.responseCode !== undefined ? Math.floor(f.responseCode / 100) : Number(f.enhancedCode?.[0]);
    if (!w.replyClass.includes(cls as 4 | 5)) return -1;
    s += WEIGHT.replyClass;
  }
  if (w.enhanced) {
    const e = enhancedMatches(w.enhanced, f.enhancedCode);
    if (e < 0) return -1;
    s += e;
  }
  if (w.provider) {
    if (!f.provider || !w.provider.includes(f.provider)) return -1;
    s += WEIGHT.provider;
  }
  if (w.text) {
    if (!f.text || !w.text.test(f.text)) return -1;
    s += WEIGHT.text;
  }
  return s;
}

/** The best rule for a finding (the table always has a catch-all, so there is one). */
export function matchRule(f: Finding, rules: Rule[] = RULES): Rule {
  let best: Rule | undefined;
  let bestScore = -Infinity;
  for (const r of rules) {
    const s = score(r, f);
    if (s === null) continue;
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best ?? rules[rules.length - 1]!;
}

export function findingOf(step: StepResult, provider?: string): Finding {
  const f: Failure = step.failure ?? {};
  const finding: Finding = { step: step.id };
  if (f.code) finding.code = f.code;
  if (f.reason) finding.reason = f.reason;
  if (f.command) finding.command = f.command;
  if (f.responseCode !== undefined) finding.responseCode = f.responseCode;
  if (f.enhancedCode) finding.enhancedCode = f.enhancedCode;
  const text = [f.response, f.message].filter(Boolean).join('\n');
  if (text) finding.text = text;
  if (provider) finding.provider = provider;
  return finding;
}

export interface DiagnoseContext {
  opts: CheckOptions;
  provider?: string;
  transcript: readonly TranscriptLine[];
  facts: Record<string, string | number | boolean>;
}

/** Turn a failed step into a diagnosis: category, cause, evidence, fix. */
export function diagnoseStep(step: StepResult, dc: DiagnoseContext): Diagnosis {
  const finding = findingOf(step, dc.provider);
  const rule = matchRule(finding);
  const params = paramsFor(step, dc);
  const d: Diagnosis = {
    category: rule.category,
    rule: rule.id,
    step: step.id,
    evidence: evidenceFor(step, dc.transcript),
    cause: { key: `${rule.msg}.cause`, params },
    fix: { key: `${rule.msg}.fix`, params },
    hints: hintsFor(rule, step, dc, params),
  };
  if (dc.provider) d.provider = dc.provider;
  return d;
}

function str(v: FactValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map((x) => str(x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function paramsFor(step: StepResult, dc: DiagnoseContext): Record<string, string | number> {
  const o = dc.opts;
  const f = step.facts;
  const p: Record<string, string | number> = {
    host: o.host,
    port: o.port,
    security: o.security,
    helo: o.helo,
    user: o.user ?? '',
    from: o.from ?? '',
    to: o.to.join(', '),
    servername: o.tlsServername ?? o.host,
    provider: providerName(dc.provider) ?? '',
    otherMode: str(f.otherMode ?? dc.facts.otherMode),
    code: step.failure?.code ?? '',
    responseCode: step.failure?.responseCode ?? '',
    enhancedCode: step.failure?.enhancedCode ?? '',
    reply: (step.failure?.response ?? '').split('\n')[0] ?? '',
    offered: str(f.offered) || '-',
    mechanism: str(f.mechanism) || o.authMethod || '',
    names: str(f.sans) || str(f.subject),
    validTo: str(f.validTo),
    daysLeft: str(f.daysLeft),
    issuer: str(f.issuer),
    mx: str(f.mx),
    bytes: str(f.bytesReceived),
    seconds: str(f.waitedSeconds),
    serverProtocol: str(f.serverProtocol),
    serverCipher: str(f.serverCipher),
    timeout: Math.round((step.id === 'greeting' ? o.timeouts.greeting : o.timeouts.connect) / 1000),
  };
  return p;
}

function evidenceFor(step: StepResult, lines: readonly TranscriptLine[]): string {
  const f = step.failure ?? {};
  const transport = transportEvidence(f, lines);
  if (transport) return transport;
  if (f.responseCode !== undefined) {
    const prefix = String(f.responseCode);
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i]!;
      if (l.dir === 'recv' && l.text.startsWith(prefix)) return formatLine(l);
    }
  }
  if (f.reason?.startsWith('cert-')) {
    const cert = [...lines].reverse().find((l) => l.dir === 'note' && l.text.startsWith('certificate:'));
    if (cert) return formatLine(cert);
  }
  if (f.reason === 'expects-implicit-tls' || f.reason === 'expects-plain') {
    const works = [...lines].reverse().find((l) => l.dir === 'note' && / works with /.test(l.text));
    const first = [...lines].reverse().find(
      (l) => l.dir === 'note' && (f.reason === 'expects-plain' ? l.text.startsWith('TLS handshake failed') : /^no greeting|before any greeting/.test(l.text)),
    );
    return [first ? formatLine(first) : `${f.code ?? ''} ${f.message ?? ''}`.trim(), works ? formatLine(works) : ''].filter(Boolean).join(' | ');
  }
  if (step.id === 'tcp' && Array.isArray(step.facts.attempts)) {
    return (step.facts.attempts as Array<Record<string, FactValue>>)
      .map((a) => `${str(a.address)}: ${str(a.outcome)}${a.code ? ` (${str(a.code)})` : ''}`)
      .join('; ');
  }
  if (f.reason === 'plaintext-auth-refused' || f.reason === 'auth-after-starttls-only' || f.reason === 'auth-not-offered') {
    const ehlo = [...lines].reverse().find((l) => l.dir === 'recv' && /^250[ -]/.test(l.text));
    if (ehlo) return formatLine(ehlo);
  }
  if (f.reason === 'greeting-timeout' || f.reason === 'closed-before-greeting') {
    const note = [...lines].reverse().find((l) => l.dir === 'note' && /^no greeting|before any greeting/.test(l.text));
    if (note) return formatLine(note);
  }
  return [f.code, f.message].filter(Boolean).join(': ') || (f.reason ?? 'unknown');
}

function hintsFor(rule: Rule, step: StepResult, dc: DiagnoseContext, params: Record<string, string | number>): Msg[] {
  const hints: Msg[] = [];
  if (dc.provider) hints.push(...providerHints(dc.provider, rule.category, params));
  if (rule.category === 'CONNECTION_TIMEOUT' && dc.opts.port === 25) hints.push({ key: 'hint.port25-blocked', params });
  if (step.id === 'tcp' && step.status === 'fail' && Array.isArray(step.facts.attempts) && step.facts.attempts.length > 1) {
    hints.push({ key: 'hint.all-addresses-failed', params });
  }
  return hints;
}
