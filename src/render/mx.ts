import type { Msg } from '../core/types.js';
import { t, tm, type Lang } from '../i18n/index.js';
import type { MxResult } from '../mx/mx.js';
import { makeChalk } from './paint.js';

export function renderMxHuman(r: MxResult, lang: Lang, color: boolean, exitCode: number): string {
  const c = makeChalk(color);
  const out: string[] = [c.bold(t(lang, 'mx.title', { domain: r.domain }))];
  if (r.kind === 'implicit') out.push(c.yellow(t(lang, 'mx.implicit', { domain: r.domain })));
  for (const h of r.hosts) {
    const mark = h.ok ? c.green('✔') : c.red('✖');
    out.push(`${mark} ${t(lang, 'mx.host', { preference: h.preference, host: h.exchange })}${h.smtp ? c.dim(`  ${h.smtp.ms} ms`) : ''}`);
    if (h.addresses.length) out.push(`    ${t(lang, 'mx.addresses', { list: h.addresses.join(', ') })}`);
    if (h.ptr) {
      out.push(
        h.ptr.names.length
          ? `    ${t(lang, 'mx.ptr', { ptr: h.ptr.names.join(', '), match: t(lang, h.ptr.forwardConfirmed ? 'mx.ptr-match' : 'mx.ptr-mismatch') })}`
          : `    ${t(lang, 'mx.ptr-none')}`,
      );
    }
    if (h.smtp?.banner) out.push(`    ${c.dim(h.smtp.banner.split('\n')[0] ?? '')}`);
    if (h.ok && h.smtp) {
      const cert = h.smtp.cert ? t(lang, `verdict.${h.smtp.cert.verdict}`) : '-';
      out.push(`    ${t(lang, 'mx.summary.ok', { starttls: t(lang, h.smtp.starttls ? 'mx.starttls-yes' : 'mx.starttls-no'), cert })}`);
    } else if (h.problem) {
      const key = `probe.problem.${h.problem}`;
      out.push(`    ${c.red(t(lang, 'mx.summary.fail', { problem: t(lang, key) === key ? h.problem : t(lang, key) }))}`);
    }
  }
  out.push('', (r.hosts.every((h) => h.ok) ? c.green : c.yellow)(tm(lang, r.verdict)), c.dim(`(${t(lang, 'ui.exit', { code: exitCode })})`));
  return `${out.join('\n')}\n`;
}

/** The JSON document; `warnings` as in check's (how mx is run: a proxy password on the command line …). */
export function mxToJson(r: MxResult, lang: Lang, exitCode: number, warnings: Msg[] = []): Record<string, unknown> {
  const { kind, ...rest } = r;
  const verdict = { key: r.verdict.key, text: tm(lang, r.verdict) };
  const keyed = warnings.map((w) => ({ key: w.key, text: tm(lang, w) }));
  return { kind: 'mx', schemaVersion: 1, lang, mxKind: kind, ...rest, verdict, exitCode, warnings: keyed };
}
