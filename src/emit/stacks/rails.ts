import { sq, type Ctx } from './shared.js';

/*
 * Rails Action Mailer — https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration
 * and https://guides.rubyonrails.org/configuring.html#config-action-mailer-smtp-settings
 *   smtp_settings: :address, :port, :domain (HELO name), :user_name, :password,
 *   :authentication (:plain, :login, :cram_md5), :enable_starttls (STARTTLS or fail, Rails 7+),
 *   :enable_starttls_auto, :openssl_verify_mode ('none' | 'peer'), :ssl/:tls (SMTPS, implicit TLS);
 *   :ca_file is passed on by the mail gem (Mail::SMTP#ssl_context sets context.ca_file).
 */
const RAILS_AUTH: Record<string, string> = { PLAIN: ':plain', LOGIN: ':login', 'CRAM-MD5': ':cram_md5' };

export function rails(c: Ctx): string {
  const o: string[] = [];
  o.push(`  address: ${sq(c.host)},`);
  o.push(`  port: ${c.port},`);
  if (c.helo) o.push(`  domain: ${sq(c.helo)},`);
  if (c.user) {
    o.push(`  user_name: ${sq(c.user)},`);
    o.push(`  password: ENV['${c.env}'],`);
    const auth = c.auth ? RAILS_AUTH[c.auth] : ':plain';
    if (auth) o.push(`  authentication: ${auth},`);
    else o.push(`  # ${c.auth} is not one of Action Mailer's :plain, :login, :cram_md5`, '  authentication: :plain,');
  }
  if (c.implicit) o.push('  tls: true, # SMTPS: implicit TLS from the first byte');
  if (c.starttls) o.push('  enable_starttls: true, # STARTTLS or fail (Rails 7+; older Rails only has enable_starttls_auto)');
  if (c.none) o.push('  enable_starttls_auto: false, # plain SMTP, never STARTTLS');
  if (c.ca) o.push(`  ca_file: ${sq(c.ca)},`);
  if (c.insecure) o.push("  openssl_verify_mode: 'none', # UNSAFE: accepts any certificate (the check ran with --insecure)");
  const out = [
    '# config/environments/production.rb — Action Mailer ' +
    '(https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration)',
  ];
  if (c.family) out.push(`# Action Mailer has no address-family setting (the check used IPv${c.family})`);
  out.push('config.action_mailer.delivery_method = :smtp', 'config.action_mailer.smtp_settings = {', ...o, '}');
  if (c.from) out.push(`config.action_mailer.default_options = { from: ${sq(c.from)} }`);
  return out.join('\n') + '\n';
}
