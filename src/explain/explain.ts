import type { Msg } from '../core/types.js';
import { hasKey } from '../i18n/index.js';
import { diagnose, diagnoseBest, type Match } from '../kb/match.js';
import { detectProvider, providerName } from '../kb/providers.js';
import type { Finding, Rule } from '../kb/rules/index.js';
import { stackHints } from './stack-hints.js';
import { proxyClientOf } from './proxy-clients.js';
import { alternativeHints } from './alternatives.js';
import { providerHints } from '../kb/hints.js';
import { extractReplies, type ExtractedReply } from './extract.js';
import { normalize } from './normalize.js';
import { hostPortIn, hostsIn, withoutAddressDomains } from './hosts.js';
import { SIGNATURES, STACKS } from './signatures.js';
import { pastedChallengeStatus } from './signatures/oauth.js';
import type { Signature, StackId } from './types.js';

export interface ExplainResult {
  kind: 'explain';
  schemaVersion: 1;
  /** 'specific': a rule about this failure; 'generic': only the reply class / enhanced subject; 'none': nothing recognised. */
  match: 'specific' | 'generic' | 'none';
  category?: Rule['category'];
  rule?: string;
  stack?: StackId;
  provider?: string;
  reply?: { code?: number; enhanced?: string; text: string };
  evidence?: string;
  /** The finding matched; its text is cut to FINDING_TEXT characters around the evidence (`textCut` then). */
  finding: Finding & { textCut?: true };
  cause: Msg;
  fix: Msg;
  hints: Msg[];
}

export function detectStack(text: string): StackId | undefined {
  let best: { id: StackId; s: number } | undefined;
  for (const st of STACKS) if (st.pattern.test(text) && (!best || st.specificity > best.s)) best = { id: st.id, s: st.specificity };
  return best?.id;
}

function signaturesIn(text: string, stack: StackId | undefined): Signature[] {
  return SIGNATURES.filter((sig) => (!sig.stacks || (stack && sig.stacks.includes(stack))) && sig.pattern.test(text));
}

/** From server host names and reply wording; a recipient's or sender's address domain is not the server. */
function providerOf(text: string): string | undefined {
  for (const h of hostsIn(text)) {
    const p = detectProvider({ host: h });
    if (p) return p;
  }
  return detectProvider({ replies: [withoutAddressDomains(text)] });
}

const COMMAND_HINTS: Array<[RegExp, string]> = [
  [/\bRCPT\b|recipient|SMTPRecipientsRefused|SmtpFailedRecipient|Invalid Addresses|EENVELOPE.*RCPT/i, 'RCPT TO'],
  [/\bMAIL FROM\b|SMTPSenderRefused|sender address/i, 'MAIL FROM'],
  [/\bDATA\b|SMTPDataError|message content|Message failed/i, 'DATA'],
  [/\bAUTH\b|authenticat|login|EAUTH|credentials/i, 'AUTH'],
];

function candidates(text: string, reply: ExtractedReply | undefined, sigs: Signature[], provider: string | undefined): Finding[] {
  const base: Finding = {};
  if (provider) base.provider = provider;
  const out: Finding[] = [];
  const sigFields = (s: Signature): Finding => {
    const f: Finding = { ...base };
    if (s.code) f.code = s.code;
    if (s.reason) f.reason = s.reason;
    if (s.step) f.step = s.step;
    if (s.command) f.command = s.command;
    f.wording = s.wording ?? s.id;
    return f;
  };
  if (reply) {
    // Wrapped lines: rules read words, not line breaks.
    // The reply's own line too: it often names the command ('command="HELO " result="501 ..."').
    const f: Finding = { ...base, text: `${reply.line}\n${reply.text || text}`.replace(/\s+/g, ' ') };
    if (reply.code !== undefined) f.responseCode = reply.code;
    if (reply.enhanced) f.enhancedCode = reply.enhanced;
    const context = text.slice(Math.max(0, reply.index - 300), reply.index + 300);
    const cmd = sigs.find((s) => s.command)?.command ?? COMMAND_HINTS.find(([re]) => re.test(context))?.[1];
    if (cmd) f.command = cmd;
    if (f.command === 'AUTH' || reply.code === 535 || reply.code === 534) f.step = 'auth';
    out.push(f);
    for (const s of sigs) out.push({ ...sigFields(s), ...(reply.code !== undefined ? { responseCode: reply.code } : {}), ...(reply.enhanced ? { enhancedCode: reply.enhanced } : {}), text: reply.text || text });
  }
  for (const s of sigs) out.push({ ...sigFields(s), text });
  const forced = forcedMechanism(text);
  if (forced) out.push({ ...base, step: 'auth', reason: 'mechanism-not-offered', command: `AUTH ${forced}`, text });
  if (!out.length) out.push({ ...base, text });
  return out;
}

/**
 * A debug transcript where the client used an AUTH mechanism the server did not advertise
 * ("250-AUTH PLAIN" then "AUTH LOGIN"): the mechanism, else undefined.
 */
export function forcedMechanism(text: string): string | undefined {
  let offered: string[] | undefined;
  let used: string | undefined;
  // Line by line, each line tested from its start only: patterns run over the whole text with
  // overlapping quantifiers at every line start were quadratic on long runs of blank lines.
  for (const line of text.split('\n')) {
    if (line.length > MAX_LINE || !/AUTH/i.test(line)) continue;
    const bare = stripTranscriptPrefix(line);
    const adv = offered ? undefined : /^250[ -]AUTH[ =]([A-Z0-9 _-]+)$/i.exec(bare);
    if (adv?.[1]) offered = adv[1].trim().toUpperCase().split(/\s+/);
    used ??= USED_AUTH.exec(line)?.[1]?.toUpperCase();
    if (offered && used) break;
  }
  if (!offered || !used) return undefined;
  return offered.includes(used) ? undefined : used;
}

/** Symfony EsmtpTransport / SwiftMailer AuthHandler: 'Authenticator "LOGIN" returned ...', once per mechanism tried. */
const SIDE_BY_SIDE = /Authenticator "?[\w-]{1,30}"? returned [\s\S]{0,3000}?Authenticator "?[\w-]{1,30}"? returned /;

/** Lines longer than this are not transcript lines. */
const MAX_LINE = 2000;
/** "C: AUTH LOGIN", "CLIENT -> SERVER: AUTH PLAIN", "-> AUTH XOAUTH2": one decoration run, then the command. */
const USED_AUTH = /(?:^|\s)(?:C:|Sent:|CLIENT(?: \d+)?:|->|>>|CLIENT -> SERVER:)[\s\u2500\u2514]*AUTH ([A-Z0-9_-]+)/i;

/** "S: ", "SERVER 2: └── ", "<- " and the like before a reply: each part is matched once, from the start. */
function stripTranscriptPrefix(line: string): string {
  const noPunct = line.replace(/^\W+/, '');
  const label = /^\S*?:/.exec(noPunct);
  return (label ? noPunct.slice(label[0].length) : noPunct).replace(/^[\s\u2500\u2514]+/, '');
}

/**
 * Explain a pasted error, offline: find the reply code, enhanced code, stack wording and
 * provider in the text, then ask the same knowledge base `check` uses.
 */
export interface ExplainOptions {
  /** The reader stopped at the size limit (the CLI's bounded read): the last, partial line is dropped. */
  truncated?: boolean;
}

export function explain(input: string, options: ExplainOptions = {}): ExplainResult {
  const text = normalize(input, options.truncated);
  const stack = detectStack(text);
  const provider = providerOf(text);
  const replies = extractReplies(text).filter((r) => r.code === undefined || r.code >= 400 || r.enhanced?.[0] !== '2');
  const sigs = signaturesIn(text, stack);
  // The same finding recurs once per reply (signatures over the whole text): match it once.
  // Without this a long log costs replies x signatures x rules scans of the whole text.
  const memo = new Map<string, Match>();
  const matchOf = (f: Finding): Match => {
    const key = JSON.stringify({ ...f, text: f.text === text ? '\u0000whole' : f.text });
    let m = memo.get(key);
    if (!m) memo.set(key, (m = diagnose(f)));
    return m;
  };
  // One ordering for every candidate (../kb/match.ts); an exact tie goes to the later reply,
  // since later replies in a log are the decisive ones.
  const all = (replies.length ? bounded(replies) : [undefined]).flatMap((reply) =>
    candidates(text, reply, sigs, provider).map((finding) => ({ finding, ...(reply ? { reply } : {}) })),
  );
  // Side-by-side attempts (Symfony's one reply per authenticator) are not a dialogue: the first
  // listed (the password mechanisms, before XOAUTH2) keeps an exact tie.
  const dialogue = !SIDE_BY_SIDE.test(text);
  const laterReply = (a: (typeof all)[number], b: (typeof all)[number]): boolean =>
    dialogue && !!a.reply && !!b.reply && a.reply.index > b.reply.index;
  const best = diagnoseBest(all, laterReply, matchOf);
  const chosen = best && { rule: best.match.rule, f: best.candidate.finding, reply: best.candidate.reply };
  const result: ExplainResult = {
    kind: 'explain',
    schemaVersion: 1,
    match: 'none',
    finding: boundFinding(chosen?.f ?? { text }, chosen?.reply?.index),
    cause: { key: 'explain.none.cause' },
    fix: { key: 'explain.none.fix' },
    hints: [],
  };
  if (stack) result.stack = stack;
  if (provider) result.provider = provider;
  if (!chosen || (chosen.rule.fallback && !chosen.reply && !sigs.length)) return result;
  const params = paramsOf(chosen.f, chosen.reply, provider, text);
  result.match = chosen.rule.fallback || chosen.rule.generic ? 'generic' : 'specific';
  result.category = chosen.rule.category;
  result.rule = chosen.rule.id;
  result.cause = { key: explainKey(`${chosen.rule.msg}.cause`), params, neutral: true };
  result.fix = { key: explainKey(`${chosen.rule.msg}.fix`), params, neutral: true };
  // A pasted proxy error is fixed in that program's proxy setting, named in the fix and a hint.
  const client = proxyClientOf(chosen.rule, stack, text);
  if (client) {
    const key = `${chosen.rule.msg}.fix.explain-app`;
    result.fix = { key, params: { ...params, setting: client.setting }, neutral: true };
  }
  if (chosen.reply) {
    result.reply = { text: chosen.reply.text, ...(chosen.reply.code !== undefined ? { code: chosen.reply.code } : {}), ...(chosen.reply.enhanced ? { enhanced: chosen.reply.enhanced } : {}) };
    result.evidence = oneLine(chosen.reply.line);
  } else {
    const line = text.split('\n').find((l) => sigs.some((s) => s.pattern.test(l)));
    if (line) result.evidence = oneLine(line);
  }
  const hints = [
    ...(provider ? providerHints(provider, chosen.rule.category, params) : []),
    ...stackHints(stack, chosen.rule, params),
    ...(client ? [{ key: `proxy-client.${client.id}`, params }] : []),
    ...alternativeHints(chosen.rule, params),
  ];
  result.hints = hints.map((h) => ({ ...h, neutral: true }));
  return result;
}

/** A log with thousands of distinct replies: the first few and the last few hundred decide (later ones win ties). */
const FIRST_REPLIES = 20;
const LAST_REPLIES = 200;
function bounded(replies: ExtractedReply[]): ExtractedReply[] {
  if (replies.length <= FIRST_REPLIES + LAST_REPLIES) return replies;
  // A long log repeats itself: keep each distinct reply line once (its last copy, which wins ties
  // anyway), so one different reply in the middle of thousands of retries is still seen.
  const last = new Map<string, number>();
  replies.forEach((r, i) => last.set(r.line, i));
  const distinct = replies.filter((r, i) => last.get(r.line) === i);
  return distinct.length <= FIRST_REPLIES + LAST_REPLIES ? distinct : [...distinct.slice(0, FIRST_REPLIES), ...distinct.slice(-LAST_REPLIES)];
}

/** What the JSON echoes of the text: a window, not the whole 512 KiB of a pasted log. */
const FINDING_TEXT = 4096;
function boundFinding(f: Finding, at = 0): ExplainResult['finding'] {
  if (!f.text || f.text.length <= FINDING_TEXT) return f;
  const start = Math.max(0, Math.min(at - FINDING_TEXT / 2, f.text.length - FINDING_TEXT));
  return { ...f, text: f.text.slice(start, start + FINDING_TEXT), textCut: true };
}

function oneLine(s: string): string {
  const flat = s.replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/** A message written for pasted errors (no host, port or user known) when the catalog has one. */
function explainKey(key: string): string {
  return hasKey(`${key}.explain`) ? `${key}.explain` : key;
}

/** Only what the text tells; renderers fill the rest with neutral words (catalog "param.*"). */
function paramsOf(f: Finding, reply: ExtractedReply | undefined, provider: string | undefined, text: string): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  const hp = hostPortIn(text);
  if (hp) {
    p.host = hp.host;
    p.port = hp.port;
  }
  // A signature's code is nodemailer's vocabulary (ECONNECTION, EAUTH): quoted only when this stack printed it.
  if (f.code && text.includes(f.code)) p.code = f.code;
  if (reply) p.reply = `${reply.code ?? ''} ${reply.enhanced ?? ''} ${reply.text.split('\n')[0] ?? ''}`.replace(/\s+/g, ' ').trim();
  const name = providerName(provider);
  if (name) p.provider = name;
  const mech = /AUTH\s+(PLAIN|LOGIN|CRAM-MD5|XOAUTH2|NTLM|GSSAPI)/i.exec(text)?.[1];
  if (mech) p.mechanism = mech.toUpperCase();
  const challenge = pastedChallengeStatus(text);
  if (challenge) p.challenge = challenge;
  return p;
}
