/** The demo's own lines around its checks (each check is printed by the live adapter, human-live.ts). */
import { t, type Lang } from '../i18n/index.js';
import { makeChalk } from './paint.js';

export interface DemoStyle {
  lang: Lang;
  color: boolean;
}

export function demoIntro(port: number, caFile: string, s: DemoStyle): string {
  return `${makeChalk(s.color).bold('smtp-doctor demo')}: ${t(s.lang, 'demo.intro', { port, caFile })}\n`;
}

/** "[2/5] A title" and the command the scenario stands for. */
export function demoScenario(i: number, of: number, titleKey: string, command: string, s: DemoStyle): string {
  return `\n${makeChalk(s.color).bold(`[${i}/${of}] ${t(s.lang, titleKey)}`)}\n$ ${command}\n`;
}

/** A message the sandbox received. */
export function demoReceived(m: { from: string; to: string[]; subject: string; size: number }, s: DemoStyle): string {
  const params = { from: m.from, to: m.to.join(', '), subject: m.subject, size: m.size };
  return makeChalk(s.color).cyan(`${t(s.lang, 'demo.received', params)}\n`);
}

export function demoEnd(ok: boolean, s: DemoStyle): string {
  const c = makeChalk(s.color);
  return `\n${ok ? c.green(t(s.lang, 'demo.done')) : c.red(t(s.lang, 'demo.unexpected'))}\n`;
}
