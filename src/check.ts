import { mapStrings, oneLine, visible } from './core/text.js';
import { closeAll } from './core/close.js';
import type { Context } from './core/context.js';
import { EXIT, exitCodeFor } from './core/exit-codes.js';
import type { CheckOptions } from './core/options.js';
import { REPORT_SCHEMA_VERSION, targetOf, type Report, type Verdict } from './core/report.js';
import { Transcript } from './core/transcript.js';
import type { Diagnosis, Msg, StepId, StepResult, TranscriptLine } from './core/types.js';
import { STEP_IDS } from './core/types.js';
import { diagnoseStep } from './kb/diagnose.js';
import { detectProvider } from './kb/providers.js';
import { lintSettings, type Lint } from './lint/credentials.js';
import type { Origin } from './config/types.js';
import { findPreset } from './presets/presets.js';
import { proxySecretForms, routeFor } from './proxy/settings.js';
import { skipped } from './steps/step.js';
import { walk } from './steps/walk.js';
import { DEFAULT_GRACE_MS } from './steps/race.js';
import { DEFAULT_DEADLINE_MS, deadlineReason, slowReplies } from './steps/deadline.js';
import { localCaNote, type LocalCa } from './tls/local-ca-note.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface CheckObserver {
  /** What looked wrong before connecting; called once, before the first step. */
  lints?(lints: Lint[]): void;
  stepStart?(id: StepId): void;
  stepEnd?(result: StepResult): void;
  line?(line: TranscriptLine): void;
}

/** Failures where knowing which ports do work is the fastest way forward. */
const PROBE_ON = new Set(['CONNECTION_REFUSED', 'CONNECTION_TIMEOUT', 'TLS_MODE_MISMATCH', 'STARTTLS_REQUIRED']);

/**
 * Broken STARTTLS: whether implicit TLS on 465 is offered is the user's one way forward.
 * A greeting that drips in: the port does answer, so "no port answers" from a short probe would mislead.
 */
function probeHelps(d: Diagnosis): boolean {
  return (PROBE_ON.has(d.category) || d.rule === 'starttls.broken') && d.rule !== 'greeting.slow';
}

/** A short probe of the usual ports (bounded by one short timeout) for the diagnosis hint. */
async function workingCombinations(opts: CheckOptions, ctx: Context, capMs = 5000): Promise<Msg> {
  const { probe, candidatePorts } = await import('./probe/probe.js');
  const cap = Math.max(250, Math.min(opts.timeouts.connect, 5000, capMs));
  const t = { ...opts.timeouts, connect: cap, greeting: cap, tls: cap };
  const r = await probe(ctx, { ...opts, timeouts: t, ports: candidatePorts([opts.port]), wantAuth: opts.user !== undefined });
  const works = r.rows.filter((row) => row.mode !== 'none' && !row.problem);
  if (!works.length) return { key: 'hint.probe-none', params: { host: opts.host } };
  const combo = (w: (typeof works)[number]): Msg => {
    const port: Msg = { key: `hint.combo.${w.mode}`, params: { port: w.port } };
    if (!w.certVerdict || w.certVerdict === 'trusted') return port;
    return { key: 'hint.combo-cert', parts: { combo: [port], verdict: [{ key: `verdict.${w.certVerdict}` }] } };
  };
  const list = [...new Map(works.map((w) => [`${w.port}/${w.mode}`, combo(w)])).values()];
  return { key: 'hint.probe-works', params: { host: opts.host }, parts: { list } };
}


/**
 * Walk the whole path: DNS, TCP, greeting, EHLO, TLS, AUTH, send, QUIT.
 * Returns a Report; never prints. A failed step makes every later step a skip.
 */
export interface CheckExtras {
  /** Lints found before (contradictions in an imported file, unknown keys ...). */
  lints?: Lint[];
  /** Where each setting came from. */
  sources?: Partial<Record<string, Origin>>;
  /** The local sandbox CA trusted for a loopback host: the report notes it when it verified the server. */
  localCa?: LocalCa;
}

export async function runCheck(opts: CheckOptions, ctx: Context, observer: CheckObserver = {}, warnings: Msg[] = [], extras: CheckExtras = {}): Promise<Report> {
  ctx = routeFor(ctx, opts.host, opts.proxy);
  const startedAt = new Date(ctx.now());
  const lints = [...(extras.lints ?? []), ...lintSettings(opts)];
  observer.lints?.(lints);
  const transcript = new Transcript({
    now: ctx.now,
    secrets: [
      ...(opts.password ? opts.password.forms(opts.user) : []),
      ...oauthSecretForms(opts),
      ...proxySecretForms(opts.proxy ?? ctx.proxy),
    ],
    ...(observer.line ? { onLine: observer.line } : {}),
  });
  const steps: StepResult[] = [];
  // Redact at the sink, before anyone sees the step (the live renderer prints it at once): a
  // server or a library may echo a secret back; server-chosen text is made visible.
  // Facts and messages are single values: a line break inside one is escaped too (a certificate name
  // cannot forge a line of output); a reply keeps its lines.
  const safe = (text: string): string => visible(transcript.scrub(text));
  const single = (text: string): string => oneLine(transcript.scrub(text));
  const sink = (r: StepResult): void => {
    r.facts = mapStrings(r.facts, single);
    if (r.failure?.response !== undefined) r.failure.response = safe(r.failure.response);
    if (r.failure?.message !== undefined) r.failure.message = single(r.failure.message);
    steps.push(r);
    observer.stepEnd?.(r);
  };
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = ctx.now() + deadlineMs;
  const left = (): number => deadlineAt - ctx.now();
  // The fallback probe of the usual ports: started as soon as a wait looks bad, read with the diagnosis.
  let probing: Promise<Msg> | undefined;
  const startProbe = (capMs = 5000): Promise<Msg> =>
    (probing ??= workingCombinations(opts, ctx, Math.min(capMs, left())));
  let slowNoted = false;
  const record = (r: StepResult): void => {
    const slow = slowReplies(transcript.lines, opts.timeouts.command);
    if (r.status === 'fail' && left() <= 50) deadlineReason(r, slow, deadlineMs);
    else if (slow && !slowNoted && r.status !== 'fail' && r.status !== 'skip') {
      slowNoted = true;
      r.warnings = [...(r.warnings ?? []), { key: 'warn.server-slow', params: { ms: slow.ms, replies: slow.replies } }];
      r.facts.replyMs = slow.ms;
      if (r.status === 'pass') r.status = 'warn';
    }
    sink(r);
  };
  const facts: Record<string, string | number | boolean> = {};
  const end = await walk(opts, {
    ctx,
    transcript,
    left,
    facts,
    record,
    ...(observer.stepStart ? { stepStart: (id: StepId) => observer.stepStart?.(id) } : {}),
    ...(opts.graceMs !== undefined ? { graceMs: opts.graceMs } : {}),
    startProbe: () => {
      // Its answer is due when the first wait ends: the grace before it was already spent.
      if (opts.probeOnFailure !== false) void startProbe(opts.timeouts.greeting - (opts.graceMs ?? DEFAULT_GRACE_MS));
    },
  });
  const closeSockets = (): void => closeAll(end.sockets);

  // Steps never reached: skipped, blocked by the first failure (or simply not requested).
  const failed = steps.find((s) => s.status === 'fail');
  // A step the user did not ask for (no --user: no AUTH; no --to: no test message) is "not
  // requested" even after a failure: saying a failure blocked it would promise it would have run.
  const requested = (id: (typeof STEP_IDS)[number]): boolean =>
    id === 'oauth' ? opts.oauth?.refresh !== undefined :
    id === 'auth' ? opts.user !== undefined : id === 'send' ? opts.to.length > 0 : id === 'tls' ? opts.security !== 'none' : true;
  for (const id of STEP_IDS) {
    // The token step runs first whenever it is asked for: otherwise it is not listed at all.
    if (id === 'oauth' && !requested(id)) continue;
    if (!steps.some((s) => s.id === id)) steps.push(skipped(id, requested(id) ? failed?.id : undefined));
  }
  const provider =
    detectProvider({ host: opts.host, greeting: end.greeting, replies: steps.map((s) => s.failure?.response ?? '') }) ??
    (opts.provider ? findPreset(opts.provider)?.kb : undefined);
  const diagnoses: Diagnosis[] = [];
  for (const s of steps) {
    if (!(s.status === 'fail' && s.failure)) continue;
    const d = diagnoseStep(s, { opts, provider, transcript: transcript.lines, facts });
    // A lint that predicted this very failure is the most specific advice there is.
    d.hints.unshift(...lints.filter((l) => l.category === d.category).map((l) => l.msg));
    diagnoses.push(d);
  }
  const first = diagnoses[0];
  if (opts.probeOnFailure !== false && first && probeHelps(first)) {
    first.hints.push(await startProbe());
  }
  // QUIT went out before the diagnosis; its reply is not waited for. The connection closes after the report.
  if (end.quit) {
    const quit = end.quit.result();
    if (quit.status === 'skip' && failed) quit.blockedBy = failed.id;
    sink(quit);
    steps.splice(steps.indexOf(quit), 1);
    steps.splice(steps.findIndex((s) => s.id === 'quit'), 1, quit);
    void end.quit.close().then(closeSockets);
  } else closeSockets();
  const verdict: Verdict = failed ? 'fail' : steps.some((s) => s.status === 'warn') ? 'warn' : 'pass';
  const exitCode = failed ? exitCodeFor(diagnoses[0]?.category, failed.id) : EXIT.OK;
  return {
    kind: 'check',
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: targetOf(opts),
    startedAt: startedAt.toISOString(),
    ms: Math.round(ctx.now() - startedAt.getTime()),
    verdict,
    exitCode,
    steps,
    diagnoses,
    warnings: withLocalCaNote(warnings, localCaNote(extras.localCa, steps)),
    lints,
    sources: extras.sources ?? {},
    transcript: [...transcript.lines],
  };
}

const withLocalCaNote = (w: Msg[], note: Msg | undefined): Msg[] => (note ? [...w, note] : w);

/** Every form of the OAuth secrets known before the walk (the access token's SASL forms come at AUTH). */
function oauthSecretForms(opts: CheckOptions): string[] {
  const o = opts.oauth;
  if (!o) return [];
  return [o.token, o.refresh?.refreshToken, o.refresh?.clientSecret].flatMap((s) => (s ? s.forms(opts.user) : []));
}

