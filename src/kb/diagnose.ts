import type { CheckOptions } from '../core/options.js';
import { factText as str } from './lines.js';
import type { Diagnosis, Failure, Msg, StepResult, TranscriptLine } from '../core/types.js';
import { providerName } from './providers.js';
import type { Finding, Rule } from './rules/index.js';
import { diagnose } from './match.js';
import { providerHints } from './hints.js';
import { evidenceFor } from './evidence.js';
import { loginExample } from './address.js';
import { oauthParams } from './oauth-params.js';

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
  const { rule } = diagnose(finding);
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
  if (rule.title) d.title = rule.title;
  return d;
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
    timeout: Math.round(timeoutOf(step.id, o) / 1000),
    replyMs: str(f.replyMs),
    deadline: str(f.deadlineSeconds),
    proxy: str(f.proxy),
    ...oauthParams(f),
  };
  // A login to suggest ("e.g. ..."): never a bare name; no domain known, an example domain (RFC 2606).
  p.address = loginExample(o.user ?? '', o.from, o.host, dc.transcript) ?? `${o.user || 'name'}@example.com`;
  return p;
}

/** The wait that ran out at this step: the greeting's, a command reply's, else the connection's. */
function timeoutOf(id: StepResult['id'], o: CheckOptions): number {
  if (id === 'greeting') return o.timeouts.greeting;
  if (id === 'auth' || id === 'send' || id === 'ehlo') return o.timeouts.command;
  return o.timeouts.connect;
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
