import { sender, sq, type Ctx } from './shared.js';
import { pythonLogin, pythonTokenLines } from './oauth.js';

/*
 * Python smtplib — https://docs.python.org/3/library/smtplib.html
 *   SMTP(host, port, local_hostname=…, source_address=…), SMTP_SSL(host, port, …, context=…),
 *   SMTP.starttls(context=…), SMTP.login(user, password), SMTP.send_message(msg);
 * ssl — https://docs.python.org/3/library/ssl.html: create_default_context(cafile=…),
 *   check_hostname, verify_mode = CERT_NONE.
 * smtplib has no address-family option; source_address binds the socket, which pins the family.
 */
export function python(c: Ctx): string {
  const to = sender(c) ?? 'you@example.com';
  const out = ['# Python smtplib (https://docs.python.org/3/library/smtplib.html)', 'import os', 'import smtplib'];
  const tlsUsed = !c.none;
  if (tlsUsed) out.push('import ssl');
  out.push('from email.message import EmailMessage', '');
  out.push('msg = EmailMessage()');
  out.push(`msg['From'] = ${sq(sender(c) ?? to)}`);
  out.push(`msg['To'] = ${sq(to)}`);
  out.push("msg['Subject'] = 'smtp-doctor test'");
  out.push("msg.set_content('Sent with the settings smtp-doctor verified.')", '');
  if (tlsUsed) {
    out.push(c.ca ? `context = ssl.create_default_context(cafile=${sq(c.ca)})` : 'context = ssl.create_default_context()');
    if (c.insecure) {
      out.push('# UNSAFE: accepts any certificate (the check ran with --insecure)');
      out.push('context.check_hostname = False', 'context.verify_mode = ssl.CERT_NONE');
    }
  }
  if (c.user && c.oauth) out.push(...pythonTokenLines(c.oauth));
  const args = [sq(c.host), String(c.port)];
  if (c.helo) args.push(`local_hostname=${sq(c.helo)}`);
  if (c.family) {
    out.push(`# smtplib has no address-family option: binding to the IPv${c.family} wildcard keeps it on IPv${c.family}`);
    args.push(`source_address=(${sq(c.family === 4 ? '0.0.0.0' : '::')}, 0)`);
  }
  if (c.implicit) args.push('context=context');
  out.push(`with smtplib.${c.implicit ? 'SMTP_SSL' : 'SMTP'}(${args.join(', ')}) as s:`);
  if (c.starttls) out.push('    s.starttls(context=context)');
  if (c.user && c.oauth) out.push(pythonLogin(c));
  else if (c.user) out.push(`    s.login(${sq(c.user)}, os.environ['${c.env}'])`);
  out.push('    s.send_message(msg)');
  return out.join('\n') + '\n';
}
