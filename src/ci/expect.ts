import type { Report } from '../core/report.js';
import { UsageError } from '../core/errors.js';
import { EXIT, EXIT_EXPECTATION } from '../core/exit-codes.js';
import { CATEGORY_IDS, type FactValue, type Facts, type StepId, type StepResult } from '../core/types.js';
import type { Expectation, ExpectationResult } from './types.js';

type Key = Expectation['key'];

const ENUMS: Partial<Record<Key, readonly string[]>> = {
  tls: ['starttls', 'tls', 'none', 'any'],
  auth: ['ok', 'fail', 'skip'],
  send: ['ok', 'fail', 'skip'],
  cert: ['trusted'],
  verdict: ['pass', 'warn', 'fail'],
  starttls: ['offered', 'absent'],
};

const KEYS: readonly Key[] = ['tls', 'auth', 'send', 'cert-days', 'cert', 'verdict', 'category', 'port', 'starttls', 'auth-methods', 'max-ms'];

const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k);

/**
 * `--expect` values, checked and normalized (enumerations lower case, categories and
 * mechanisms upper case). One assertion per element; `auth-methods` takes a comma list.
 */
export function parseExpectations(raw: string[]): Expectation[] {
  return raw.map(parseOne);
}

function parseOne(raw: string): Expectation {
  const bad = (): UsageError => new UsageError('err.bad-expect', { value: raw });
  const eq = raw.indexOf('=');
  if (eq < 0) throw bad();
  const key = raw.slice(0, eq).trim().toLowerCase();
  const v = raw.slice(eq + 1).trim();
  if (!isKey(key) || !v) throw bad();
  const out = (value: string): Expectation => ({ raw, key, value });

  const allowed = ENUMS[key];
  if (allowed) {
    const value = v.toLowerCase();
    if (!allowed.includes(value)) throw bad();
    return out(value);
  }
  switch (key) {
    case 'cert-days':
    case 'max-ms':
    case 'port': {
      if (!/^\d{1,9}$/.test(v)) throw bad();
      const n = Number(v);
      if (key === 'max-ms' && n < 1) throw bad();
      if (key === 'port' && (n < 1 || n > 65535)) throw bad();
      return out(String(n));
    }
    case 'category': {
      const value = v.toUpperCase();
      if (!(CATEGORY_IDS as readonly string[]).includes(value)) throw bad();
      return out(value);
    }
    case 'auth-methods': {
      const mechs = v
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((m) => m.toUpperCase());
      if (!mechs.length || mechs.some((m) => !/^[A-Z0-9][A-Z0-9_-]{0,39}$/.test(m))) throw bad();
      return out([...new Set(mechs)].join(','));
    }
    default:
      throw bad();
  }
}

/**
 * The report as the run ends it: a check that passed but broke an --expect exits 8 (EXIT_EXPECTATION), and its
 * JSON, markdown and human summary say so, as the process's exit code does. Pure: a new report when it changes.
 */
export function withExpectationExit(report: Report, results: ExpectationResult[]): Report {
  return report.exitCode === EXIT.OK && results.some((r) => !r.ok) ? { ...report, exitCode: EXIT_EXPECTATION } : report;
}

/** Judge every expectation against one report. Pure: the report is not changed. */
export function evaluate(report: Report, exps: Expectation[]): ExpectationResult[] {
  return exps.map((e) => {
    const { ok, actual } = judge(report, e);
    return { expectation: e, ok, actual, msg: { key: `ci.expect.${e.key}`, params: { expected: e.value, actual } } };
  });
}

function stepOf(r: Report, id: StepId): StepResult | undefined {
  return r.steps.find((s) => s.id === id);
}

function notReached(s: StepResult | undefined): string | undefined {
  if (!s) return 'not reached';
  if (s.status === 'skip' && s.blockedBy) return `not reached (blocked by ${s.blockedBy})`;
  return undefined;
}

const obj = (v: FactValue | undefined): Facts | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Facts) : undefined);
const strings = (v: FactValue | undefined): string[] | undefined => (Array.isArray(v) ? v.map((x) => String(x).toUpperCase()) : undefined);

/** "535 5.7.8 WRONG_CREDENTIALS": the reply and the diagnosis of a failed step. */
function failureDetail(r: Report, s: StepResult): string {
  const f = s.failure;
  const parts: string[] = [];
  if (f?.responseCode !== undefined) parts.push(String(f.responseCode));
  if (f?.enhancedCode) parts.push(f.enhancedCode);
  const d = r.diagnoses.find((x) => x.step === s.id);
  if (d) parts.push(d.category);
  else if (f?.code) parts.push(f.code);
  else if (f?.reason) parts.push(f.reason);
  return parts.join(' ');
}

/** ok / fail / skip of a step, with what made it so. */
function outcome(r: Report, id: StepId): { word: 'ok' | 'fail' | 'skip'; actual: string } {
  const s = stepOf(r, id);
  if (!s) return { word: 'skip', actual: 'skip (not reached)' };
  if (s.status === 'pass' || s.status === 'warn') return { word: 'ok', actual: 'ok' };
  if (s.status === 'fail') {
    const d = failureDetail(r, s);
    return { word: 'fail', actual: d ? `fail (${d})` : 'fail' };
  }
  return { word: 'skip', actual: s.blockedBy ? `skip (blocked by ${s.blockedBy})` : 'skip' };
}

function judge(r: Report, e: Expectation): { ok: boolean; actual: string } {
  switch (e.key) {
    case 'tls': {
      const s = stepOf(r, 'tls');
      const nr = notReached(s);
      if (nr || !s) return { ok: false, actual: nr ?? 'not reached' };
      const m = s.facts.mode;
      const mode = m === 'implicit' ? 'tls' : m === 'starttls' ? 'starttls' : 'none';
      if (s.status === 'fail') return { ok: false, actual: `${mode} (failed: ${failureDetail(r, s) || 'error'})` };
      const ok = e.value === 'any' ? mode !== 'none' : mode === e.value;
      return { ok, actual: mode };
    }
    case 'auth':
    case 'send': {
      const o = outcome(r, e.key);
      return { ok: o.word === e.value, actual: o.actual };
    }
    case 'cert-days': {
      const s = stepOf(r, 'tls');
      const days = s?.facts.daysLeft;
      if (typeof days !== 'number') return { ok: false, actual: notReached(s) ?? 'no certificate' };
      return { ok: days >= Number(e.value), actual: `${days} days` };
    }
    case 'cert': {
      const s = stepOf(r, 'tls');
      const f = s?.facts;
      if (!f || (f.verified === undefined && f.verdict === undefined)) return { ok: false, actual: notReached(s) ?? 'no certificate' };
      return { ok: f.verified === true, actual: String(f.verdict ?? (f.verified ? 'trusted' : 'not trusted')) };
    }
    case 'verdict':
      return { ok: r.verdict === e.value, actual: r.verdict };
    case 'category': {
      const first = r.diagnoses[0]?.category;
      return { ok: first === e.value, actual: first ?? 'none' };
    }
    case 'port':
      return { ok: r.target.port === Number(e.value), actual: String(r.target.port) };
    case 'starttls': {
      const s = stepOf(r, 'ehlo');
      const v = s?.facts.starttls;
      if (typeof v !== 'boolean') return { ok: false, actual: notReached(s) ?? 'unknown' };
      const word = v ? 'offered' : 'absent';
      return { ok: word === e.value, actual: word };
    }
    case 'auth-methods': {
      const tls = stepOf(r, 'tls');
      const ehlo = stepOf(r, 'ehlo');
      const offered = strings(obj(tls?.facts.extensionsAfterTls)?.auth) ?? strings(ehlo?.facts.auth);
      if (!offered) return { ok: false, actual: notReached(ehlo) ?? 'unknown' };
      const wanted = e.value.split(',');
      return { ok: wanted.every((m) => offered.includes(m)), actual: offered.length ? offered.join(',') : 'none' };
    }
    case 'max-ms':
      return { ok: r.ms <= Number(e.value), actual: `${r.ms} ms` };
    default:
      return { ok: false, actual: 'unknown' };
  }
}
