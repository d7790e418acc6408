import { envVal, type Ctx } from './shared.js';

/*
 * Generic SMTP_* variables for a .env file (no single upstream spec). A .env cannot refer to
 * itself, so SMTP_PASSWORD stays empty unless the password lives in a differently named
 * variable; `${OTHER}` is expanded by dotenv-expand, docker compose and phpdotenv (plain dotenv
 * does not expand).
 */
export function dotenv(c: Ctx): string {
  const out = ['# .env — generic SMTP_* settings'];
  out.push(`SMTP_HOST=${envVal(c.host)}`);
  out.push(`SMTP_PORT=${c.port}`);
  out.push(`SMTP_TLS=${c.implicit}`);
  out.push(`SMTP_OPPORTUNISTIC_TLS=${c.starttls}`);
  if (c.user) {
    out.push(`SMTP_USERNAME=${envVal(c.user)}`);
    if (c.env === 'SMTP_PASSWORD') {
      out.push('# set in the environment or your secret store, never commit it', 'SMTP_PASSWORD=');
    } else {
      out.push(`# from ${c.env} (expanded by dotenv-expand / docker compose); never write the value here`, `SMTP_PASSWORD=\${${c.env}}`);
    }
  }
  if (c.from) out.push(`SMTP_SENDER=${envVal(c.from)}`);
  if (c.ca) out.push(`# the check needed the extra CA ${c.ca}`);
  if (c.insecure) out.push('# UNSAFE: the check only passed with --insecure (certificate not verified)');
  return out.join('\n') + '\n';
}
