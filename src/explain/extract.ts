import { endsWithHost } from './hosts.js';

export interface ExtractedReply {
  code?: number;
  enhanced?: string;
  /** The server's words without codes, continuation lines joined. */
  text: string;
  /** The line it was found on, as evidence. */
  line: string;
  /** Position in the text (later replies are usually the decisive ones). */
  index: number;
}

const ENH = '[245]\\.\\d{1,3}\\.\\d{1,3}';

/** Patterns that say "this number is an SMTP reply code", from the wording of each stack. */
const CODE_CONTEXTS: RegExp[] = [
  // Python: SMTPAuthenticationError: (535, b'5.7.8 Username ...')  /  SMTPRecipientsRefused: {'a@b': (550, b'5.1.1 ...')}
  // (Every lazy run is bounded: an unclosed quote must not make each later match scan to the end.)
  /\((\d{3}),\s*b?["']([\s\S]{0,4096}?)["']\)/g,
  // Symfony/Swift: Expected response code "250" but got code "535", with message "535-5.7.8 ..."
  /got (?:an? )?(?:empty )?code "?(\d{3})"?(?:,? with message "([\s\S]{0,4096}?)")?/g,
  // nodemailer objects: responseCode: 535 ... response: '535-5.7.8 ...'
  /response(?:Code)?["']?\s*[:=]\s*["']?(\d{3})\b["']?/g,
  // .NET: "... The server response was: 5.7.0 Authentication Required." (translated: "response is:")
  /server response (?:was|is):\s*(?:(\d{3})\s+)?([^\n]*)/g,
  // MailKit: AuthenticationException: 535: 5.7.3 Authentication unsuccessful
  /\b([245]\d{2}):\s+([245]\.\d{1,3}\.\d{1,3}\b[^\n]*)/g,
  // Roundcube (rcube_smtp): "SMTP Error (535): Authentication failed", "Error SMTP (451): ...",
  // "Invalid response code received from server (535)"
  /\b(?:SMTP Error|Error SMTP|permanent error|temporary error|error) \(([245]\d{2})\):?[ \t]*([^\n]*)/gi,
  /Invalid response code received from server \(([245]\d{2})\)/g,
  // deno-smtp and similar: "Error: 550: Message was not accepted -- invalid mailbox"
  /\bError: ([245]\d{2}):[ \t]+([^\n]*)/g,
];

/**
 * System.Net.Mail words the reply code instead of printing it: SmtpException's message is the
 * text of its SmtpStatusCode (dotnet/runtime SmtpException.GetMessageForStatus, SR strings),
 * followed by "The server response was: <enhanced code> <words>".
 */
const DOTNET_STATUS: Array<[RegExp, number]> = [
  [/The SMTP server requires a secure connection or the client (?:was|is) not authenticated\./, 530],
  [/Service not available, closing transmission channel\./, 421],
  [/Mailbox unavailable\./, 550],
  [/Error in processing\./, 451],
  [/Insufficient system storage\./, 452],
  [/Client does not have permission to submit mail to this server\./, 454],
  [/Syntax error, command unrecognized\./, 500],
  [/Syntax error in parameters or arguments\./, 501],
  [/Command not implemented\./, 502],
  [/Bad sequence of commands\./, 503],
  [/Command parameter not implemented\./, 504],
  [/User not local; please try a different path\./, 551],
  [/Exceeded storage allocation\./, 552],
  [/Mailbox name not allowed\./, 553],
  [/Transaction failed\./, 554],
];

/** A reply line, at the start or after ": " / quotes / "Error:" etc. */
const REPLY_LINE = new RegExp(`(?:^|[\\s:'"(\\[=>,─└])([245]\\d{2})(?:([ -])|$)(?:(${ENH})\\b\\s*)?(.*)$`);

/** The labels debug logs put before a server line, at the end of what precedes the code. */
const TRANSCRIPT_LABEL = /(?:^|\s)(?:S|Got|SERVER(?: \d+)?|FROM SERVER|<-|<~|<<|<\*\*|\[S\])$/i;
/** A transcript prefix is short: only the end of what precedes a code is looked at. */
const MAX_PREFIX = 64;

/** One reply's words are kept to this many characters: endless continuation lines cost linear time. */
const MAX_REPLY_TEXT = 4096;

/**
 * A reply quoted in a message (Symfony's 'with message "535 5.7.8 ..."', "'550 ...'") ends at its
 * closing quote, not at the end of the line: the next authenticator's message or the stack trace
 * after it are not the server's words. The closing quote is the first one followed by punctuation,
 * white space or the end.
 */
function quoted(words: string, opening: string | undefined): string {
  if (opening !== '"' && opening !== "'") return words;
  const close = new RegExp(`${opening}(?=[.,;:)\\]}]|\\s|$)`).exec(words);
  return close ? words.slice(0, close.index).trim() : words;
}

function joinText(text: string, more: string): string {
  if (text.length >= MAX_REPLY_TEXT) return text;
  return `${text}\n${more}`.trim().slice(0, MAX_REPLY_TEXT);
}

/**
 * Find SMTP replies in free text: "535-5.7.8 ..." continuation lines, inline "got code 535",
 * Python tuples, .NET's "server response was", and bare enhanced codes.
 */
export function extractReplies(text: string): ExtractedReply[] {
  const out: ExtractedReply[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let pending: ExtractedReply | undefined;
  let pendingCont = false;
  let wrapped = 0;
  for (const raw of lines) {
    const line = raw.trim();
    // A reply line, at the start or after ": " / quotes / "Error:" etc.
    // The code may end the line, its words wrapped onto the next ("said: 530\n    Authentication required").
    const m = REPLY_LINE.exec(line);
    // "smtp.example.com:587 (Connection timed out)" is a port, not a reply.
    const hostPort = m && line[m.index] === ':' && endsWithHost(line.slice(0, m.index));
    const before = m ? line.slice(0, m.index + 1) : '';
    // Transcript prefixes of debug logs: "S: ", "<- ", "<< ", "[S] ", "SERVER 2: └──", "Got: ".
    // The decoration is stripped once from the end (overlapping `\s*` runs before `$` were cubic).
    const label = before.replace(/[\s:└─]+$/, '');
    const transcriptPrefix = TRANSCRIPT_LABEL.test(label.slice(-20)) || /[└─>][\s]*$/.test(before.slice(-MAX_PREFIX));
    // "... failed - 501 Mail from ...": a dash between words introduces the reply too.
    const valid = m && !hostPort && (m[3] || /^[245]\d{2}[ -]/.test(line) || /[:'"(\[]\s*$/.test(before) || /\s-\s+$/.test(before) || transcriptPrefix || /^\s*$/.test(line.slice(0, m.index)));
    if (m && valid) {
      m[2] ??= ' ';
      const code = Number(m[1]);
      const words = quoted((m[4] ?? '').trim(), line[m.index]);
      if (pending && pending.code === code && m[2] === ' ' && pendingCont) {
        pending.text = joinText(pending.text, words);
        pending.enhanced ??= m[3];
        out.push(pending);
        pending = undefined;
        pendingCont = false;
      } else if (m[2] === '-') {
        if (pending && pending.code === code) pending.text = joinText(pending.text, words);
        else {
          if (pending) out.push(pending);
          pending = { code, text: words, line, index: offset + (m.index ?? 0) };
          if (m[3]) pending.enhanced = m[3];
        }
        pendingCont = true;
      } else {
        if (pending) out.push(pending);
        pending = undefined;
        pendingCont = false;
        const r: ExtractedReply = { code, text: words, line, index: offset + (m.index ?? 0) };
        if (m[3]) r.enhanced = m[3];
        out.push(r);
      }
    } else if (pending && pendingCont && line) {
      // e.g. Gmail's "535-5.7.8 ... go to\n535 5.7.8  https://..." written without repeated codes
      pending.text = joinText(pending.text, line);
    } else if (line && /^\s/.test(raw) && !/^at\s|^File "|^#\d+ /.test(line) && out.length && out[out.length - 1]!.index > offset - 600 && wrapped < 8) {
      // A bounce or log line wrapped onto indented lines ("said: 550 5.7.1\n    Unfortunately, ...").
      const last = out[out.length - 1]!;
      last.text = joinText(last.text, line);
      wrapped++;
      offset += raw.length + 1;
      continue;
    }
    wrapped = 0;
    offset += raw.length + 1;
  }
  if (pending) out.push(pending);

  for (const re of CODE_CONTEXTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const code = m[1] ? Number(m[1]) : undefined;
      const rest = (m[2] ?? '').trim();
      const em = new RegExp(`^(?:[245]\\d{2}[ -])?(${ENH})\\b\\s*`).exec(rest);
      const r: ExtractedReply = { text: rest.replace(new RegExp(`^(?:[245]\\d{2}[ -])?(?:${ENH}\\b)?\\s*`), ''), line: m[0].trim(), index: m.index };
      if (code !== undefined && code >= 200 && code < 600) r.code = code;
      if (em?.[1]) r.enhanced = em[1];
      if (r.code === undefined && !r.enhanced) continue;
      if (!out.some((o) => o.code === r.code && (o.enhanced === r.enhanced || !r.enhanced) && Math.abs(o.index - r.index) < 400)) out.push(r);
    }
  }
  // .NET: the status phrase gives the basic code the message leaves out.
  for (const [phrase, code] of DOTNET_STATUS) {
    // Log lines wrap anywhere: any run of white space may stand for a space.
    const words = phrase.source.replace(/ /g, '\\s+');
    const re = new RegExp(`${words}\\s*The\\s+server\\s+response\\s+(?:was|is):\\s*(?:${ENH}\\b)?[ \\t]*([^\\n]*)`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const em = new RegExp(`response\\s+(?:was|is):\\s*(${ENH})\\b`).exec(m[0]);
      const enhanced = em?.[1];
      // "Mailbox unavailable." is both 450 and 550: the enhanced code's class decides.
      const basic = enhanced && enhanced[0] !== String(code)[0] ? Number(`${enhanced[0]}${String(code).slice(1)}`) : code;
      const r: ExtractedReply = { code: basic, text: (m[1] ?? '').trim(), line: m[0].trim(), index: m.index };
      if (enhanced) r.enhanced = enhanced;
      if (!out.some((o) => o.code === r.code && Math.abs(o.index - r.index) < 400)) out.push(r);
    }
  }
  // A bare enhanced code somewhere ("5.7.139 Authentication unsuccessful") without a basic code.
  if (!out.some((o) => o.enhanced)) {
    // Not a version inside a package path ("_nodemailer@4.7.0@nodemailer") or a dotted number.
    const em = new RegExp(`(?:^|[^\\d.@])(${ENH})(?![\\d.]\\d|@)\\s*([^\\n]*)`).exec(text);
    if (em?.[1] && !/^\d+\.\d+\.\d+\.\d+/.test(text.slice(em.index).trim())) {
      // The whole line is the evidence: the words often come before the code ("too many emails (#5.7.1)").
      const start = text.lastIndexOf('\n', em.index) + 1;
      const end = text.indexOf('\n', em.index);
      const whole = text.slice(start, end < 0 ? undefined : end).trim();
      out.push({ enhanced: em[1], text: (em[2] ?? '').trim() || whole, line: whole, index: em.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

