import { sender, sh, type Ctx } from './shared.js';

/*
 * swaks — https://jetmore.org/john/code/swaks/latest/doc/ref.txt (and `swaks --help`)
 *   --server host[:port], --port, --tls (STARTTLS, required), --tlsc / --tls-on-connect (implicit),
 *   --tls-verify (swaks does not verify by default), --tls-ca-path, --auth [type], --auth-user,
 *   --ehlo, -4 / -6, --from, --to. The password goes in swaks' own environment option SWAKS_OPT_auth_password
 *   (ref.txt, "CONFIGURATION ENVIRONMENT VARIABLES"), set for this one command: never on argv, where `ps` shows it.
 */
export function swaks(c: Ctx): string {
  const parts: string[] = [];
  if (c.user) parts.push(`SWAKS_OPT_auth_password="$${c.env}"`);
  parts.push('swaks');
  if (c.host.includes(':')) parts.push('--server', sh(c.host), '--port', String(c.port));
  else parts.push('--server', sh(`${c.host}:${c.port}`));
  if (c.implicit) parts.push('--tlsc');
  if (c.starttls) parts.push('--tls');
  if (!c.none && !c.insecure) parts.push('--tls-verify');
  if (c.ca) parts.push('--tls-ca-path', sh(c.ca));
  if (c.family) parts.push(`-${c.family}`);
  if (c.helo) parts.push('--ehlo', sh(c.helo));
  if (c.user) {
    parts.push('--auth');
    if (c.auth) parts.push(sh(c.auth));
    parts.push('--auth-user', sh(c.user));
  }
  const from = sender(c);
  if (from) parts.push('--from', sh(from));
  parts.push('--to', sh(from ?? 'you@example.com'));
  let line = parts.join(' ');
  if (c.insecure) line += '  # UNSAFE: certificate not verified, the check only passed with --insecure';
  return line + '\n';
}
