// nodemailer probe for the client-stack error matrix (test/stacks): the project's nodemailer, settings from SMTP_* env.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// A low stack limit so console.error shows the message and the code/command/response fields, not 10 frames.
Error.stackTraceLimit = 1;
const require = createRequire(import.meta.url);
const nodemailer = require('nodemailer');
const env = (name) => process.env[name] ?? '';

const security = env('SMTP_SECURITY') || 'none';
const timeout = Number(env('SMTP_TIMEOUT') || 10) * 1000;
let text = 'Hello from the smtp-doctor matrix.\n';
const size = Number(env('SMTP_BODY_BYTES') || 0);
if (size > text.length) text += `${'x'.repeat(76)}\n`.repeat(Math.floor((size - text.length) / 77) + 1);

const transport = nodemailer.createTransport({
  host: env('SMTP_HOST'),
  port: Number(env('SMTP_PORT')),
  secure: security === 'tls',
  requireTLS: security === 'starttls',
  ignoreTLS: security === 'none',
  ...(env('SMTP_HELO') ? { name: env('SMTP_HELO') } : {}),
  ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASS') } } : {}),
  ...(env('SMTP_CA_FILE') ? { tls: { ca: [readFileSync(env('SMTP_CA_FILE'))] } } : {}),
  connectionTimeout: timeout,
  greetingTimeout: timeout,
  socketTimeout: timeout,
  dnsTimeout: timeout,
});

try {
  await transport.sendMail({ from: env('SMTP_FROM'), to: env('SMTP_TO'), subject: 'smtp-doctor matrix probe', text });
  console.log('OK');
  process.exit(0);
} catch (err) {
  console.error(err);
  process.exit(1);
}
