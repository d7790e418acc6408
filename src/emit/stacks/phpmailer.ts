import { sq, type Ctx } from './shared.js';
import { phpmailerOAuth } from './oauth.js';

/*
 * PHPMailer — https://github.com/PHPMailer/PHPMailer (class PHPMailer, examples/ssl_options.phps)
 *   isSMTP(), Host, Port, SMTPAuth, Username, Password, AuthType (CRAM-MD5, LOGIN, PLAIN, XOAUTH2),
 *   SMTPSecure = PHPMailer::ENCRYPTION_SMTPS ('ssl', implicit) | PHPMailer::ENCRYPTION_STARTTLS
 *   ('tls'), SMTPAutoTLS (opportunistic STARTTLS, default true), Helo, setFrom(),
 *   SMTPOptions (PHP stream context: ssl.cafile, ssl.verify_peer, ssl.verify_peer_name,
 *   ssl.allow_self_signed, socket.bindto — https://www.php.net/manual/en/context.php).
 */
export function phpmailer(c: Ctx): string {
  const out = [
    '// PHPMailer (https://github.com/PHPMailer/PHPMailer) — at the top of the file: use ' +
    'PHPMailer\\PHPMailer\\PHPMailer;',
    '$mail = new PHPMailer(true);',
    '$mail->isSMTP();',
    `$mail->Host = ${sq(c.host)};`,
    `$mail->Port = ${c.port};`,
  ];
  if (c.implicit) out.push('$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS; // implicit TLS');
  if (c.starttls) out.push('$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS; // STARTTLS or fail');
  if (c.none) out.push("$mail->SMTPSecure = '';", '$mail->SMTPAutoTLS = false; // plain SMTP, never STARTTLS');
  if (c.user) {
    out.push('$mail->SMTPAuth = true;');
    out.push(`$mail->Username = ${sq(c.user)};`);
    if (c.oauth) out.push(...phpmailerOAuth(c, c.oauth));
    else out.push(`$mail->Password = getenv('${c.env}');`);
    if (c.auth && !c.oauth) out.push(`$mail->AuthType = ${sq(c.auth)};`);
  } else {
    out.push('$mail->SMTPAuth = false;');
  }
  if (c.helo) out.push(`$mail->Helo = ${sq(c.helo)};`);
  const ssl: string[] = [];
  if (c.ca) ssl.push(`'cafile' => ${sq(c.ca)}`);
  if (c.insecure) ssl.push("'verify_peer' => false", "'verify_peer_name' => false", "'allow_self_signed' => true");
  const opts: string[] = [];
  if (ssl.length) opts.push(`    'ssl' => [${ssl.join(', ')}],`);
  if (c.family) opts.push(`    'socket' => ['bindto' => ${sq(c.family === 4 ? '0.0.0.0:0' : '[::]:0')}], // binding pins IPv${c.family}`);
  if (opts.length) {
    if (c.insecure) out.push('// UNSAFE: accepts any certificate (the check ran with --insecure)');
    out.push('$mail->SMTPOptions = [', ...opts, '];');
  }
  if (c.from) out.push(`$mail->setFrom(${sq(c.from)});`);
  return out.join('\n') + '\n';
}
