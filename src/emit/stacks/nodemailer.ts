import { sq, type Ctx } from './shared.js';
import { nodemailerOAuth } from './oauth.js';

/*
 * Nodemailer SMTP transport — https://nodemailer.com/smtp/
 *   host, port, secure (implicit TLS), requireTLS (STARTTLS or fail), ignoreTLS (never STARTTLS),
 *   name (EHLO name), localAddress, authMethod, auth.user / auth.pass, tls (Node TLSSocket options:
 *   ca, rejectUnauthorized); createTransport(options, defaults) — defaults.from for every message.
 * Nodemailer has no address-family option (checked against nodemailer 10 smtp-connection: it
 * resolves both families); it keeps to the family of `localAddress`, so binding to the IPv4/IPv6
 * wildcard pins the family.
 */
export function nodemailer(c: Ctx): string {
  const o: string[] = [];
  const head = [
    '// Nodemailer SMTP transport (options: https://nodemailer.com/smtp/)',
    "// import nodemailer from 'nodemailer';",
  ];
  if (c.ca) head.push("// import fs from 'node:fs';");
  o.push(`  host: ${sq(c.host)},`);
  o.push(`  port: ${c.port},`);
  if (c.implicit) o.push('  secure: true, // implicit TLS from the first byte');
  else o.push('  secure: false,');
  if (c.starttls) o.push('  requireTLS: true, // STARTTLS, and fail if the server does not offer it');
  if (c.none) o.push('  ignoreTLS: true, // plain SMTP, never STARTTLS');
  if (c.helo) o.push(`  name: ${sq(c.helo)}, // EHLO name`);
  if (c.family) {
    o.push(`  // nodemailer has no \`family\` option; binding to the IPv${c.family} wildcard keeps it on IPv${c.family}`);
    o.push(`  localAddress: ${sq(c.family === 4 ? '0.0.0.0' : '::')},`);
  }
  if (c.user && c.oauth) o.push(...nodemailerOAuth(c, c.oauth));
  else if (c.user) {
    if (c.auth) o.push(`  authMethod: ${sq(c.auth)},`);
    o.push(`  auth: { user: ${sq(c.user)}, pass: process.env.${c.env} },`);
  }
  if (c.ca || c.insecure) {
    o.push('  tls: {');
    if (c.ca) o.push(`    ca: [fs.readFileSync(${sq(c.ca)})], // replaces Node's built-in CA list for this transport`);
    if (c.insecure) {
      o.push('    // UNSAFE: accepts any certificate (the check ran with --insecure); a man in the middle reads everything sent');
      o.push('    rejectUnauthorized: false,');
    }
    o.push('  },');
  }
  const defaults = c.from ? `, { from: ${sq(c.from)} }` : '';
  return [...head, 'const transporter = nodemailer.createTransport({', ...o, `}${defaults});`, ''].join('\n');
}
