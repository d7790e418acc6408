/** Wordings and source strings shared by the core rule files in this folder. */

export const RFC5321 = 'RFC 5321 section 4.2 (reply codes)';
/** How servers word a refused HELO/EHLO name (not a log field such as "helo=<...>"). */
export const HELO_WORDING = /helo command rejected|rejected (?:EHLO|HELO) from|Syntax: (?:HELO|EHLO) hostname|command="?(?:helo|ehlo)\b|(?:helo|ehlo) requires|requires (?:a )?domain address|invalid (?:helo|ehlo)|(?:helo|ehlo)(?:\/(?:helo|ehlo))? (?:argument|name|hostname|command)\b.{0,40}(?:rejected|invalid|not allowed)|empty (?:helo|ehlo)|syntactically invalid (?:helo|ehlo)|need fully-qualified hostname|bad (?:helo|ehlo)|\((?:helo|ehlo)\)\s*$/im;
export const RELAY = /relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|not permitted to relay|unable to relay|relay not permitted|we do not relay|not allowed to relay|Recipient address rejected: Access denied|to a non-local (?:e-?mail )?address|non-local recipient/i;
export const SENDER_WORDING = /sender address rejected|not owned by user|must be (?:the )?same as (?:the )?(?:authori[sz]ation|login|authenticated) user|must equal (?:the )?authori[sz]ed user|doesn'?t conform with authentication|does not match (?:the )?(?:authenticated|login) user|(?:sender|from)(?: name| address)? is not valid|invalid sender|unconfigured sending domain|relaying disallowed as|domain .{0,80} is not allowed to send|sender (?:is )?not (?:allowed|authori[sz]ed|permitted)|send as (?:denied|not allowed)|SendAsDenied|not authori[sz]ed to send (?:as|on behalf)|from address (?:does not match|is not allowed)/i;
export const RATE = /rate ?limit|connection rate|too much mail|too many login|over your (?:\w+ )?(?:quota|limit)|quota of \d+|try again in \d+ (?:seconds?|minutes?)|too many (?:messages|recipients?|recipient attempts|connections|emails|mails|login attempts|auth(?:entication)? attempts|requests|concurrent)|daily limit|limit of \d+|per 24 hours|(?:at )?a rate that prevents|concurrent connections? limit|connection limit|sending rate|sending limit|quota exceeded|exceeded (?:the )?(?:sending|daily|hourly) (?:quota|limit)|try again later.*(?:rate|limit)|daily (?:user )?sending (?:quota|limit)|messages per (?:day|hour|minute)|throttl|thread limit exceeded|frequency limited|credits exceeded/i;
export const AUTH_REQUIRED = /authentication (?:is )?required|not authenticated|not logged in|authenticate first|must authenticate|please authenticate|WantAuthError|anonymous mail|AUTH first|requires? authentication|unauthenticated (?:senders?|users?|mail|relay)|Client host rejected: Access denied/i;
/**
 * Short acronyms (SPF, RBL ...) as words of a sentence: between spaces, ASCII punctuation or the
 * ends of the text. A bare \b also takes any byte that is not a word character as a boundary, so
 * three letters inside random bytes ("\x12sPf\xa5") would read as a wording.
 */
export function acronyms(...words: string[]): string {
  return `(?<![^ \\t\\n\\r([{<"'=:,;/.-])(?:${words.join('|')})(?![^ \\t\\n\\r)\\]}>"'=:,;/.!?-])`;
}
const BLOCKLIST_WORDS = /blocked using|IP address has been blocked|permanently deferred|\[TS[S]?0\d\]|IP you'?re using to send mail is not authori[sz]ed|not authori[sz]ed to send (?:e-?mail )?directly|on our block ?list|low reputation|blocked by (?:our|the) (?:spam|reputation)|spamhaus|barracuda|spamcop|blacklist|blocklist|block list|poor reputation|IP reputation|reputation of|client host \S* ?blocked|listed (?:on|in|at) |is listed|banned sending IP|dynamic(?:ally assigned)? IP|residential IP|abuse detected from IP|traffic not accepted from this IP/i;
export const BLOCKLIST = new RegExp(`${acronyms('RBL', 'DNSBL', 'sorbs')}|${BLOCKLIST_WORDS.source}`, 'i');
export const RFC3463 = 'RFC 3463 (enhanced status codes)';
export const RFC3207 = 'RFC 3207 (STARTTLS)';
export const RFC4954 = 'RFC 4954 (SMTP AUTH)';
export const NODE_NET = 'Node.js net / OpenSSL error codes';
