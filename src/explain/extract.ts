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
  /\((\d{3}),\s*b?["']([\s\S]*?)["']\)/g,
  // Symfony/Swift: Expected response code "250" but got code "535", with message "535-5.7.8 ..."
  /got (?:an? )?(?:empty )?code "?(\d{3})"?(?:,? with message "([\s\S]*?)")?/g,
  // nodemailer objects: responseCode: 535 ... response: '535-5.7.8 ...'
  /response(?:Code)?["']?\s*[:=]\s*["']?(\d{3})\b["']?/g,
  // .NET: "... The server response was: 5.7.0 Authentication Required."
  /server response was:\s*(?:(\d{3})\s+)?([\s\S]*?)(?:\n|$)/g,
];

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
  for (const raw of lines) {
    const line = raw.trim();
    // A reply line, at the start or after ": " / quotes / "Error:" etc.
    const m = new RegExp(`(?:^|[\\s:'"(\\[=>,])([245]\\d{2})([ -])(?:(${ENH})\\b\\s*)?(.*)$`).exec(line);
    const valid = m && (m[3] || /^[245]\d{2}[ -]/.test(line) || /[:'"(\[]\s*$/.test(line.slice(0, m.index + 1)) || /^\s*$/.test(line.slice(0, m.index)));
    if (m && valid) {
      const code = Number(m[1]);
      const words = (m[4] ?? '').trim();
      if (pending && pending.code === code && m[2] === ' ' && pendingCont) {
        pending.text = `${pending.text}\n${words}`.trim();
        pending.enhanced ??= m[3];
        out.push(pending);
        pending = undefined;
        pendingCont = false;
      } else if (m[2] === '-') {
        if (pending && pending.code === code) pending.text = `${pending.text}\n${words}`.trim();
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
      pending.text = `${pending.text}\n${line}`.trim();
    }
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
  // A bare enhanced code somewhere ("5.7.139 Authentication unsuccessful") without a basic code.
  if (!out.some((o) => o.enhanced)) {
    const em = new RegExp(`(?:^|[^\\d.])(${ENH})(?![\\d.]\\d)\\s*([^\\n]*)`).exec(text);
    if (em?.[1] && !/^\d+\.\d+\.\d+\.\d+/.test(text.slice(em.index).trim())) {
      out.push({ enhanced: em[1], text: (em[2] ?? '').trim(), line: em[0].trim(), index: em.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

