import { t, hasKey, type Lang } from '../i18n/index.js';
import type { FactValue, StepResult } from '../core/types.js';

/** A connection attempt's outcome (refused, timeout ...) in the user's language. */
export const outcomeWord = (lang: Lang, v: FactValue | undefined): string =>
  hasKey(`outcome.${String(v)}`) ? t(lang, `outcome.${String(v)}`) : String(v);

const list = (v: FactValue | undefined): string => (Array.isArray(v) && v.length ? v.map(String).join(', ') : '-');

/** "AUTH offered: PLAIN, LOGIN" or "no AUTH offered" ("no AUTH before TLS" on an EHLO that offers STARTTLS). */
const offered = (lang: Lang, v: FactValue[], beforeTls = false): string =>
  v.length
    ? t(lang, 'fact.auth-offered', { list: list(v) })
    : t(lang, beforeTls ? 'fact.auth-none-before-tls' : 'fact.auth-none');

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
      if (typeof f.proxy === 'string') {
        push('fact.proxy', { proxy: f.proxy, source: String(f.proxySource ?? '--proxy') });
      }
      break;
    case 'greeting':
      if (f.banner !== undefined) push('fact.banner', { code: String(f.code ?? ''), banner: String(f.banner) });
      break;
    case 'ehlo':
      if (Array.isArray(f.extensions)) push('fact.extensions', { list: list(f.extensions) });
      if (Array.isArray(f.auth)) {
        const ext = Array.isArray(f.extensions) ? f.extensions : [];
        const beforeTls = ext.some((x) => String(x).toUpperCase() === 'STARTTLS');
        out.push(offered(lang, f.auth, beforeTls));
      }
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
      if (f.mechanism && s.status !== 'fail') {
        push('fact.mechanism', { mechanism: String(f.mechanism), user: String(f.user ?? '') });
      } else if (Array.isArray(f.offered)) out.push(offered(lang, f.offered));
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
