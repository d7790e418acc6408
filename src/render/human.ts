import { skipWhy } from './skip.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../core/report.js';
import type { Lint } from '../lint/credentials.js';
import type { ExpectationResult } from '../ci/types.js';
import type { Origin } from '../config/types.js';
import { describeOrigin } from '../config/merge.js';
import type { CheckOptions } from '../core/options.js';
import { formatLine } from '../core/transcript.js';
import { evidenceText } from './evidence.js';
import { failureLine } from './junit.js';
import { STEP_IDS, type FactValue, type Msg, type StepResult, type StepStatus } from '../core/types.js';
import type { TranscriptLine } from '../core/types.js';
import { hasKey, t, tm, type Lang } from '../i18n/index.js';

export interface HumanStyle {
  color: boolean;
  lang: Lang;
}

const SYMBOL: Record<StepStatus, string> = { pass: '✔', warn: '!', fail: '✖', skip: '○' };

export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

function paint(c: ChalkInstance, status: StepStatus, s: string): string {
  if (status === 'pass') return c.green(s);
  if (status === 'warn') return c.yellow(s);
  if (status === 'fail') return c.red(s);
  return c.dim(s);
}

/** Terminal columns a string takes: Hangul, CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** A connection attempt's outcome (refused, timeout ...) in the user's language. */
const outcomeWord = (lang: Lang, v: FactValue | undefined): string =>
  hasKey(`outcome.${String(v)}`) ? t(lang, `outcome.${String(v)}`) : String(v);

const list = (v: FactValue | undefined): string => (Array.isArray(v) && v.length ? v.map(String).join(', ') : '-');

/** The short lines shown under a step: what it found, in plain words. */
export function factLines(s: StepResult, lang: Lang): string[] {
  const f = s.facts;
  const out: string[] = [];
  const push = (key: string, params: Record<string, string | number>): void => void out.push(t(lang, key, params));
  switch (s.id) {
    case 'dns':
      if (Array.isArray(f.addresses) && f.addresses.length) push('fact.addresses', { list: list(f.addresses) });
      if (Array.isArray(f.mx) && f.mx.length) push('fact.mx', { list: list(f.mx) });
      if (f.resolvedBy === 'proxy') push('fact.dns-by-proxy', { proxy: String(f.proxy) });
      break;
    case 'tcp':
      if (Array.isArray(f.attempts) && (s.status !== 'pass' || f.attempts.length > 1)) {
        for (const a of f.attempts as Array<Record<string, FactValue>>)
          push('fact.attempt', {
            address: String(a.address),
            outcome: `${outcomeWord(lang, a.outcome)}${a.code ? ` (${String(a.code)})` : ''}`,
          });
      }
      if (typeof f.connected === 'string') push('fact.connected', { addr: f.connected });
      if (typeof f.proxy === 'string') push('fact.proxy', { proxy: f.proxy });
      break;
    case 'greeting':
      if (f.banner !== undefined) push('fact.banner', { code: String(f.code ?? ''), banner: String(f.banner) });
      break;
    case 'ehlo':
      if (Array.isArray(f.extensions)) push('fact.extensions', { list: list(f.extensions) });
      if (Array.isArray(f.auth)) out.push(f.auth.length ? t(lang, 'fact.auth-offered', { list: list(f.auth) }) : t(lang, 'fact.auth-none'));
      break;
    case 'tls':
      if (f.protocol) push('fact.tls', { protocol: String(f.protocol), cipher: String(f.cipher ?? '') });
      if (f.subject) {
        push('fact.cert', { subject: String(f.subject), issuer: String(f.issuer ?? '') });
        push('fact.cert-names', { list: list(f.sans) });
        push('fact.cert-valid', { validTo: String(f.validTo ?? ''), daysLeft: String(f.daysLeft ?? '') });
        push('fact.cert-verdict', { verdict: t(lang, `verdict.${String(f.verdict ?? '')}`) });
        if (f.matchedName) push('fact.cert-matched', { name: String(f.matchedName) });
      }
      if (f.ehloChanges && typeof f.ehloChanges === 'object' && !Array.isArray(f.ehloChanges)) {
        const c = f.ehloChanges as Record<string, FactValue>;
        push('fact.ehlo-changes', { added: list(c.added), before: list(c.authBefore), after: list(c.authAfter) });
      }
      break;
    case 'oauth':
      if (s.status === 'pass') {
        const scope = String(f.scope ?? f.scopeAsked ?? '-');
        push('fact.oauth-token', { endpoint: String(f.endpoint ?? ''), scope, expiresIn: String(f.expiresIn ?? '-') });
      }
      break;
    case 'auth':
      if (f.challenge && typeof f.challenge === 'object' && !Array.isArray(f.challenge)) {
        const ch = f.challenge as Record<string, FactValue>;
        push('fact.oauth-challenge', { status: String(ch.status ?? ch.kind ?? '-'), scope: String(ch.scope ?? '-') });
      }
      if (f.mechanism && s.status !== 'fail') push('fact.mechanism', { mechanism: String(f.mechanism), user: String(f.user ?? '') });
      else if (Array.isArray(f.offered)) out.push(f.offered.length ? t(lang, 'fact.auth-offered', { list: list(f.offered) }) : t(lang, 'fact.auth-none'));
      break;
    case 'send':
      if (s.status === 'pass' || s.status === 'warn') {
        if (f.dataSent === false) push('fact.no-data', {});
        else push('fact.accepted', { reply: String(f.reply ?? '') });
        if (f.queueId) push('fact.queue-id', { id: String(f.queueId) });
        if (f.messageId) push('fact.message-id', { id: String(f.messageId) });
      }
      break;
    default:
      break;
  }
  return out;
}


/** Steps in walk order (a report may list the skipped ones last). */
export function inWalkOrder(steps: readonly StepResult[]): StepResult[] {
  return [...steps].sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
}

/** One step as printed, live or at the end. */
export function formatStep(s: StepResult, style: HumanStyle): string {
  const c = makeChalk(style.color);
  const name = t(style.lang, `step.${s.id}`);
  const time = s.status === 'skip' ? '' : `${s.ms} ms`;
  const head = `${paint(c, s.status, SYMBOL[s.status])} ${padTo(name, 16)} ${c.dim(time.padStart(8))}`;
  const lines: string[] = [];
  if (s.status === 'skip') {
    lines.push(`${head}  ${c.dim(skipWhy(s, style.lang))}`);
    return lines.join('\n');
  }
  const facts = factLines(s, style.lang);
  const fl = failureLine(s, style.lang);
  const first = s.status === 'fail' && fl ? c.red(fl) : (facts.shift() ?? '');
  lines.push(`${head}  ${first}`);
  const indent = ' '.repeat(29);
  for (const l of facts) lines.push(`${indent}${c.dim(l)}`);
  for (const w of s.warnings ?? []) lines.push(`${indent}${c.yellow(tm(style.lang, w))}`);
  return lines.join('\n');
}

export function formatTranscriptLine(l: TranscriptLine, style: HumanStyle): string {
  const c = makeChalk(style.color);
  const text = formatLine(l, style.lang);
  if (l.dir === 'note') return c.cyan(text);
  if (l.dir === 'send') return c.bold(text);
  return text;
}

function wrapMsg(c: ChalkInstance, label: string, text: string): string {
  return `  ${c.bold(padTo(label, 10))} ${text}`;
}

/** Everything after the steps: diagnoses, optional transcript, verdict. */
export function formatSummary(r: Report, style: HumanStyle & { transcript: boolean }): string {
  const c = makeChalk(style.color);
  const L = style.lang;
  const out: string[] = [];
  if (style.transcript) {
    out.push('', c.bold(t(L, 'ui.transcript')));
    for (const l of r.transcript) out.push(formatTranscriptLine(l, style));
  }
  for (const d of r.diagnoses) {
    out.push('', c.red.bold(`${t(L, 'ui.diagnosis')}: ${d.category}`) + c.dim(` (${t(L, `category.${d.category}`)})`));
    out.push(wrapMsg(c, `${t(L, 'ui.cause')}:`, tm(L, d.cause)));
    out.push(wrapMsg(c, `${t(L, 'ui.evidence')}:`, c.dim(evidenceText(L, d.evidence))));
    out.push(wrapMsg(c, `${t(L, 'ui.fix')}:`, c.green(tm(L, d.fix))));
    for (const h of d.hints) out.push(wrapMsg(c, `${t(L, 'ui.hint')}:`, tm(L, h)));
  }
  out.push('', `${paint(c, r.verdict, t(L, `ui.verdict.${r.verdict}`))} ${c.dim(`(${t(L, 'ui.exit', { code: r.exitCode })})`)}`);
  return out.join('\n');
}

/** What the settings look like before connecting: one line per lint, errors first. */
export function formatLints(lints: Lint[], style: HumanStyle): string[] {
  if (!lints.length) return [];
  const c = makeChalk(style.color);
  const sorted = [...lints].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [
    c.bold(`${t(style.lang, 'lint.title')}:`),
    ...sorted.map((l) => `  ${l.severity === 'error' ? c.red('✖') : c.yellow('!')} ${tm(style.lang, l.msg)}`),
  ];
}

/** "Settings: host smtp.x (application.yml:3 (spring.mail.host)), port 465 (--port) ..." when anything came from a file or the environment. */
export function formatSources(sources: Partial<Record<string, Origin>>, o: CheckOptions, style: HumanStyle): string[] {
  const interesting = Object.values(sources).some((x) => x && x.kind !== 'flag' && x.kind !== 'default');
  if (!interesting) return [];
  const c = makeChalk(style.color);
  const value = (f: string): string => (f === 'password' ? '********' : String((o as unknown as Record<string, unknown>)[f] ?? ''));
  const parts = Object.entries(sources)
    .filter(([, origin]) => origin)
    .map(([f, origin]) => `${f} ${value(f)} ${c.dim(`(${describeOrigin(origin!)})`)}`);
  return [`${t(style.lang, 'ui.sources')}: ${parts.join(', ')}`];
}

/** --expect results: one line each. */
export function formatExpectations(results: ExpectationResult[], style: HumanStyle): string[] {
  const c = makeChalk(style.color);
  return results.map((r) => `${r.ok ? c.green('✔') : c.red('✖')} ${t(style.lang, 'ui.expect')} ${r.expectation.raw}: ${tm(style.lang, r.msg)}`);
}

export function formatWarnings(ws: Msg[], style: HumanStyle): string[] {
  const c = makeChalk(style.color);
  return ws.map((w) => (w.key.startsWith('note.') ? c.cyan(`${t(style.lang, 'ui.note')}: ${tm(style.lang, w)}`) : c.yellow(`${t(style.lang, 'ui.warning')}: ${tm(style.lang, w)}`)));
}

/** The whole report as text (used when not streaming live, and by tests). */
export function renderHuman(r: Report, style: HumanStyle & { transcript: boolean }): string {
  const out: string[] = [...formatWarnings(r.warnings, style)];
  out.push(t(style.lang, 'ui.checking', { host: r.target.host, port: r.target.port, security: r.target.security }));
  out.push(...formatLints(r.lints, style));
  for (const s of inWalkOrder(r.steps)) out.push(formatStep(s, style));
  out.push(formatSummary(r, style));
  return `${out.join('\n')}\n`;
}
