import { sq, type Ctx } from './shared.js';

/*
 * Django settings — https://docs.djangoproject.com/en/stable/ref/settings/#email-backend
 *   EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
 *   EMAIL_USE_TLS (STARTTLS), EMAIL_USE_SSL (implicit TLS) — "mutually exclusive, so only set one
 *   of those settings to True" — DEFAULT_FROM_EMAIL. The SMTP backend has no setting for the EHLO
 *   name, the address family, an extra CA or skipping verification.
 */
export function django(c: Ctx): string {
  const out = ['# settings.py — Django EMAIL_* (https://docs.djangoproject.com/en/stable/ref/settings/#email-backend)', 'import os', ''];
  out.push("EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'");
  out.push(`EMAIL_HOST = ${sq(c.host)}`);
  out.push(`EMAIL_PORT = ${c.port}`);
  if (c.user) {
    out.push(`EMAIL_HOST_USER = ${sq(c.user)}`);
    out.push(`EMAIL_HOST_PASSWORD = os.environ['${c.env}']`);
  }
  out.push(`EMAIL_USE_TLS = ${c.starttls ? 'True' : 'False'}  # STARTTLS`);
  out.push(`EMAIL_USE_SSL = ${c.implicit ? 'True' : 'False'}  # implicit TLS (never both True)`);
  if (c.from) out.push(`DEFAULT_FROM_EMAIL = ${sq(c.from)}`);
  if (c.helo) out.push(`# Django sends its own EHLO name (socket.getfqdn()); it has no setting for ${c.helo}`);
  if (c.family) out.push(`# Django has no address-family setting (the check used IPv${c.family})`);
  if (c.user && c.auth) out.push(`# smtplib picks the AUTH mechanism itself (the check used ${c.auth})`);
  if (c.ca) out.push(`# Django has no CA setting: point SSL_CERT_FILE at a bundle that includes ${c.ca} (it replaces the system bundle)`);
  if (c.insecure) {
    out.push('# UNSAFE (the check ran with --insecure): Django has no setting to skip certificate checks;');
    out.push('# only a custom EmailBackend that overrides ssl_context can do it');
  }
  return out.join('\n') + '\n';
}
