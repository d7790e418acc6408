/**
 * Secrets pasted along with an error: a password in a URL (`smtp://user:pass@host`), a `password=…` /
 * `pass: …` / `secret=…` / `token=…` pair, an `AUTH PLAIN|LOGIN|XOAUTH2|OAUTHBEARER <credentials>` line, and an
 * `Authorization: Basic|Bearer …` header. explain masks them in the text it keeps, so neither its evidence nor
 * its JSON repeats them (support staff paste its output into tickets). The diagnosis never needs the values.
 * Each pattern is one pass with no nested repetition: linear on hostile input.
 */
const MASK = '********';

/** scheme://user:password@ -> scheme://user:********@ */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,20}:\/\/[^\s:/@]{0,256}:)[^\s@/]{1,512}@/gi;
/** password=…, pass: …, pwd=…, secret=…, client_secret=…, token=…, api_key=… (quoted or bare). */
const PAIR =
  /\b((?:smtp_|mail_|email_)?(?:pass(?:word|wd)?|pwd|secret|client_secret|(?:access_|refresh_|auth_)?token|api[_-]?key)["']?\s{0,4}[=:]\s{0,4})("[^"\n]{1,512}"|'[^'\n]{1,512}'|[^\s,;&"'<>)\]}]{1,512})/gi;
/** AUTH PLAIN <base64> (and the other mechanisms that carry credentials on the AUTH line). */
const AUTH_LINE = /\b(AUTH\s{1,4}(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\s{1,4})(?!\*{8})[A-Za-z0-9+/=._-]{4,}/gi;
/** Authorization: Basic … / Bearer … */
const AUTHORIZATION = /\b(Authorization["']?\s{0,4}[:=]\s{0,4}["']?(?:Basic|Bearer)\s{1,4})[A-Za-z0-9+/=._~-]{4,}/gi;

export function maskPastedSecrets(text: string): string {
  return text
    .replace(URL_USERINFO, `$1${MASK}@`)
    .replace(AUTH_LINE, `$1${MASK}`)
    .replace(AUTHORIZATION, `$1${MASK}`)
    .replace(PAIR, (_m, key: string, value: string) =>
      // A value that is already masked, or a placeholder such as *** or <password>, stays as it is.
      /^["']?(?:\*+|<[^>]*>|\$\{?[A-Za-z_]\w*\}?)["']?$/.test(value) ? `${key}${value}` : `${key}${MASK}`);
}
