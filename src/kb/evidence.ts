import { transportEvidence } from './transport-evidence.js';
import { lastLine as last, noteOf, factText as str } from './lines.js';
import type { EvidenceItem, FactValue, NoteKind, StepResult, TranscriptLine } from '../core/types.js';


const NO_GREETING: NoteKind[] = ['greeting-timeout', 'closed-before-greeting'];

/**
 * What shows a failed step's diagnosis, as data: the server's reply line, smtp-doctor's own notes
 * (chosen by kind), the connection attempts, or the failure's code and message. Renderers translate it.
 */
export function evidenceFor(step: StepResult, lines: readonly TranscriptLine[]): EvidenceItem[] {
  const f = step.failure ?? {};
  const transport = transportEvidence(f, lines);
  if (transport) return transport;
  if (f.responseCode !== undefined) {
    const prefix = String(f.responseCode);
    const reply = last(lines, (l) => l.dir === 'recv' && l.text.startsWith(prefix));
    if (reply) return [{ line: reply }];
  }
  if (f.reason?.startsWith('cert-')) {
    const cert = last(lines, noteOf('certificate'));
    if (cert) return [{ line: cert }];
  }
  if (f.reason === 'expects-implicit-tls' || f.reason === 'expects-plain') {
    const works = last(lines, noteOf('mode-works'));
    const first = last(lines, f.reason === 'expects-plain' ? noteOf('tls-handshake-failed') : noteOf(...NO_GREETING));
    const out: EvidenceItem[] = [first ? { line: first } : { failure: failureItem(step) }];
    if (works) out.push({ line: works });
    return out;
  }
  if (step.id === 'tcp' && Array.isArray(step.facts.attempts)) {
    const attempts = (step.facts.attempts as Array<Record<string, FactValue>>).map((a) => ({
      address: str(a.address),
      outcome: str(a.outcome),
      ...(a.code ? { code: str(a.code) } : {}),
    }));
    return [{ attempts }];
  }
  if (['plaintext-auth-refused', 'auth-after-starttls-only', 'auth-not-offered'].includes(f.reason ?? '')) {
    const ehlo = last(lines, (l) => l.dir === 'recv' && /^250[ -]/.test(l.text));
    if (ehlo) return [{ line: ehlo }];
  }
  if (f.reason === 'closed-after-greeting') {
    const greeting = last(lines, (l) => l.dir === 'recv' && /^220[ -]/.test(l.text));
    if (greeting) return [{ line: greeting }, { failure: failureItem(step) }];
  }
  if (f.reason === 'greeting-timeout' || f.reason === 'closed-before-greeting') {
    const note = last(lines, noteOf(...NO_GREETING));
    if (note) return [{ line: note }];
  }
  return [{ failure: failureItem(step) }];
}

function failureItem(step: StepResult): Extract<EvidenceItem, { failure: unknown }>['failure'] {
  const f = step.failure ?? {};
  const out: Extract<EvidenceItem, { failure: unknown }>['failure'] = {};
  if (f.code) out.code = f.code;
  if (f.message) out.message = f.message;
  if (f.reason) out.reason = f.reason;
  if (f.detail) out.detail = f.detail;
  return out;
}

