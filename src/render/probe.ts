import { certificateVerified, type Report } from '../core/report.js';
import {
  checkCommand, quickSettings, type CommandExtras, type QuickTls, type WorkingSettings,
} from '../emit/settings.js';
import type { Msg } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';
import type { ProbeResult, ProbeRow } from '../probe/probe.js';
import { makeChalk } from './paint.js';
import { clipTo, displayWidth, padTo as pad } from './width.js';

export interface ProbeOutcome {
  probe: ProbeResult;
  ports: number[];
  settings?: WorkingSettings;
  /** What the probe was told that changes the result (--ca, --tls-servername, --proxy …). */
  extras?: CommandExtras;
  confirmation?: Report;
  /** How the probe is run that the user should know (--password on the command line, --insecure …): stderr. */
  warnings: Msg[];
  exitCode: number;
}


function authCell(r: ProbeRow): string {
  if (r.mode === 'none') return '';
  const before = r.authBeforeTls.length ? r.authBeforeTls.join(' ') : '-';
  if (r.mode === 'tls') return `→ ${r.authAfterTls.join(' ') || '-'}`;
  if (r.mode === 'plain') return before;
  return `${before} → ${r.authAfterTls.join(' ') || '-'}`;
}

/** The certificate's verdict; an untrusted one on a working row was accepted only because of --insecure. */
function certCell(r: ProbeRow, insecure: boolean, lang: Lang): string {
  if (!r.certVerdict) return '';
  const verdict = t(lang, `verdict.${r.certVerdict}`);
  const accepted = insecure && r.certVerdict !== 'trusted' && r.mode !== 'none' && !r.problem;
  return accepted ? t(lang, 'probe.cert-insecure', { verdict }) : verdict;
}

/**
 * The command to check the recommendation with: everything the probe was told that changes the result,
 * --ca FILE when its certificate must still be trusted, --insecure only when it worked only with it.
 */
function command(o: ProbeOutcome): string {
  const r = o.probe.recommendation;
  const x: CommandExtras = { ...o.extras };
  delete x.insecure;
  if (r?.trustNeeded) x.caFiles = ['FILE'];
  else if (r?.certificateVerified === false) x.insecure = true;
  if (r?.security === 'none') {
    delete x.caFiles;
    delete x.tlsServername;
  }
  return checkCommand(o.settings!, x);
}

/** The TLS settings each stack's line must carry (none for plain SMTP, no CA that did not help). */
function quickTls(o: ProbeOutcome): QuickTls {
  const r = o.probe.recommendation;
  const x = o.extras ?? {};
  const q: QuickTls = {};
  if (!r || r.security === 'none') return q;
  if (x.caFiles?.[0] && !r.trustNeeded) q.ca = x.caFiles[0];
  if (x.tlsServername) q.tlsServername = x.tlsServername;
  if (r.certificateVerified === false && !r.trustNeeded) q.insecure = true;
  return q;
}

export function probeTable(p: ProbeResult, lang: Lang, color: boolean): string[] {
  const c = makeChalk(color);
  const head = ['port', 'ip', 'mode', 'auth', 'cert', 'detail', 'time'].map((k) => t(lang, `probe.col.${k}`));
  const rows = [...p.rows]
    .sort((a, b) => a.port - b.port || a.family - b.family)
    .map((r) => [
      String(r.port),
      `v${r.family}`,
      t(lang, `probe.mode.${r.mode}`),
      authCell(r),
      certCell(r, p.insecure === true, lang),
      clipTo(r.problem ? t(lang, `probe.problem.${r.problem}`) : (r.banner ?? ''), 44),
      `${r.ms} ms`,
      r.mode === 'none' || r.problem ? 'bad' : 'ok',
    ]);
  const widths = head.map((h, i) => Math.min(44, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))));
  const line = (cells: string[]): string => cells.slice(0, 7).map((x, i) => pad(x, widths[i] ?? 0)).join('  ').trimEnd();
  return [c.bold(line(head)), ...rows.map((r) => (r[7] === 'ok' ? line(r) : c.dim(line(r))))];
}

export function renderProbeHuman(o: ProbeOutcome, lang: Lang, color: boolean): string {
  const c = makeChalk(color);
  const p = o.probe;
  const out: string[] = [t(lang, 'probe.title', { host: p.host, addresses: p.addresses.map((a) => a.address).join(', ') || '-', ports: o.ports.join(', ') })];
  if (p.rows.length) out.push(...probeTable(p, lang, color));
  for (const f of p.findings) out.push(c.yellow(`! ${tm(lang, f)}`));
  if (p.recommendation && o.settings) {
    const r = p.recommendation;
    out.push('', c.green.bold(t(lang, 'probe.recommended', { port: r.port, mode: t(lang, `probe.mode.${r.security === 'none' ? 'plain' : r.security}`), why: tm(lang, r.why) })));
    if (r.trustNeeded) out.push(c.yellow(`! ${t(lang, 'probe.cert-untrusted', { port: r.port })}`));
    else if (r.certificateVerified === false) out.push(c.yellow(`! ${t(lang, 'probe.unverified', { port: r.port })}`));
    out.push(`  ${t(lang, 'probe.command')} ${c.bold(command(o))}`);
    out.push(`  ${t(lang, 'probe.settings')}`);
    for (const [stack, line] of quickSettings(o.settings, quickTls(o))) out.push(`    ${pad(`${stack}:`, 12)}${line}`);
  } else {
    out.push('', c.red(t(lang, 'probe.none-works')));
  }
  if (o.confirmation && p.recommendation) {
    const r = o.confirmation;
    const auth = r.steps.find((s) => s.id === 'auth');
    if (auth?.status === 'pass' || auth?.status === 'warn') {
      const key = certificateVerified(r) === false ? 'probe.confirm.ok-unverified' : 'probe.confirm.ok';
      const mode = t(lang, `probe.mode.${r.target.security === 'none' ? 'plain' : r.target.security}`);
      const line = t(lang, key, { user: r.target.user ?? '', port: r.target.port, mode });
      out.push(key === 'probe.confirm.ok' ? c.green(line) : c.yellow(line));
    } else if (r.diagnoses[0]) {
      const d = r.diagnoses[0];
      out.push(c.red(t(lang, 'probe.confirm.fail', { category: d.category, cause: tm(lang, d.cause) })));
      out.push(`  ${t(lang, 'ui.fix')}: ${tm(lang, d.fix)}`);
    }
  }
  out.push('', c.dim(`(${t(lang, 'ui.exit', { code: o.exitCode })})`));
  return `${out.join('\n')}\n`;
}

export function probeToJson(o: ProbeOutcome, lang: Lang, confirmation?: Record<string, unknown>): Record<string, unknown> {
  const p = o.probe;
  return {
    kind: 'probe',
    schemaVersion: 1,
    lang,
    host: p.host,
    addresses: p.addresses,
    ports: o.ports,
    ms: p.ms,
    exitCode: o.exitCode,
    insecure: p.insecure === true,
    rows: p.rows,
    findings: p.findings.map((f) => ({ key: f.key, text: tm(lang, f) })),
    ...(p.recommendation ? { recommendation: { ...p.recommendation, why: tm(lang, p.recommendation.why) } } : {}),
    ...(o.settings
      ? { command: command(o), settings: Object.fromEntries(quickSettings(o.settings, quickTls(o))) }
      : {}),
    ...(confirmation ? { confirmation } : {}),
    warnings: o.warnings.map((w) => ({ key: w.key, text: tm(lang, w) })),
  };
}
