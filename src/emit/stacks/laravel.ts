import { envVal, type Ctx } from './shared.js';

/*
 * Laravel mail — https://laravel.com/docs/mail#configuration and the skeleton's config/mail.php
 * (laravel/laravel, mailers.smtp since late 11.x, 12.x, 13.x):
 *   'scheme' => env('MAIL_SCHEME'), 'host' => env('MAIL_HOST'), 'port' => env('MAIL_PORT'),
 *   'username' => env('MAIL_USERNAME'), 'password' => env('MAIL_PASSWORD'),
 *   'local_domain' => env('MAIL_EHLO_DOMAIN'), 'from.address' => env('MAIL_FROM_ADDRESS').
 * MAIL_SCHEME is `smtps` (implicit TLS) or `smtp` (plain, upgraded with STARTTLS when offered);
 * null lets port 465 mean smtps. MAIL_ENCRYPTION is no longer read (symfony/mailer ignored it since
 * 4.4; laravel/framework#53863). Laravel hands the whole mailer array to Symfony's SMTP DSN
 * options — https://symfony.com/doc/current/mailer.html — so 'require_tls', 'auto_tls' and
 * 'verify_peer' added to mailers.smtp reach EsmtpTransportFactory.
 * .env values support ${VAR} expansion from already-set variables (vlucas/phpdotenv).
 */
export function laravel(c: Ctx): string {
  const out = ['# .env — Laravel mail, config/mail.php mailers.smtp (https://laravel.com/docs/mail#configuration)'];
  out.push('MAIL_MAILER=smtp');
  out.push(`MAIL_SCHEME=${c.implicit ? 'smtps' : 'smtp'}`);
  out.push(`MAIL_HOST=${envVal(c.host)}`);
  out.push(`MAIL_PORT=${c.port}`);
  if (c.user) {
    out.push(`MAIL_USERNAME=${envVal(c.user)}`);
    out.push(`MAIL_PASSWORD="\${${c.env}}"`);
  } else {
    out.push('MAIL_USERNAME=null', 'MAIL_PASSWORD=null');
  }
  if (c.helo) out.push(`MAIL_EHLO_DOMAIN=${envVal(c.helo)}`);
  if (c.from) out.push(`MAIL_FROM_ADDRESS="${c.from.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`);
  const old = c.implicit ? 'tls (implicit TLS only on port 465)' : c.starttls ? 'tls' : 'null';
  out.push(`# older config/mail.php without 'scheme' reads MAIL_ENCRYPTION instead: MAIL_ENCRYPTION=${old}`);
  if (c.starttls) {
    out.push("# STARTTLS is only opportunistic by default: add 'require_tls' => true to mailers.smtp in config/mail.php");
    if (c.port === 465) out.push("# port 465 means implicit TLS to Symfony Mailer unless 'auto_tls' => false is set");
  }
  if (c.none) out.push("# plain SMTP: add 'auto_tls' => false to mailers.smtp in config/mail.php so it never tries STARTTLS");
  if (c.ca) out.push(`# the extra CA: Laravel has no per-mailer CA setting; set openssl.cafile=${c.ca} in php.ini (a bundle that also holds the public CAs)`);
  if (c.insecure) out.push("# UNSAFE (the check ran with --insecure): 'verify_peer' => false in mailers.smtp accepts any certificate");
  if (c.family) out.push(`# Laravel has no address-family setting (the check used IPv${c.family})`);
  return out.join('\n') + '\n';
}
