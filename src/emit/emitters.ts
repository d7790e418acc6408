import { ENV_NAME } from '../core/options.js';
import type { WorkingSettings } from './settings.js';
import { django } from './stacks/django.js';
import { dotenv } from './stacks/dotenv.js';
import { javamail } from './stacks/javamail.js';
import { laravel } from './stacks/laravel.js';
import { nodemailer } from './stacks/nodemailer.js';
import { phpmailer } from './stacks/phpmailer.js';
import { python } from './stacks/python.js';
import { rails } from './stacks/rails.js';
import type { Ctx } from './stacks/shared.js';
import { noOAuth, type OAuthCtx } from './stacks/oauth.js';
import { springProperties, springYaml } from './stacks/spring.js';
import { swaks } from './stacks/swaks.js';

/**
 * Paste-ready SMTP settings for one stack, in that stack's own syntax and key names.
 *
 * Rules every emitter keeps:
 * - the password is ALWAYS the stack's own reference to an environment variable
 *   (`s.passwordEnv ?? 'SMTP_PASSWORD'`), never a value; with no user there is no AUTH at all;
 * - implicit TLS and STARTTLS are never both switched on;
 * - certificate checks are only switched off when the check itself ran with --insecure, and then
 *   always next to a comment containing "UNSAFE"; with security 'none' there is no TLS to
 *   configure, so neither `insecure` nor `ca` is emitted.
 */

export const EMIT_TARGETS = [
  'nodemailer',
  'spring-yaml',
  'spring-properties',
  'javamail',
  'rails',
  'python',
  'django',
  'laravel',
  'phpmailer',
  'dotenv',
  'swaks',
] as const;
export type EmitTarget = (typeof EMIT_TARGETS)[number];

export interface EmitInput extends WorkingSettings {
  /** Sender address (envelope and From:). */
  from?: string;
  /** The SASL mechanism that worked: PLAIN, LOGIN, CRAM-MD5 … */
  authMethod?: string;
  /** The EHLO name that worked. */
  helo?: string;
  /**
   * Only when the check ran with --insecure: emit the stack's way to skip certificate
   * verification, always with a comment that it is unsafe.
   */
  insecure?: boolean;
  /** Path of an extra CA file, when one was needed. */
  ca?: string;
  /** An OAuth 2.0 login (XOAUTH2): environment references for its secrets, never values. */
  oauth?: OAuthCtx;
}

/** The stacks whose settings can carry an OAuth 2.0 login. */
const OAUTH_TARGETS: ReadonlySet<string> = new Set(['nodemailer', 'spring-yaml', 'spring-properties', 'javamail',
  'phpmailer', 'python']);


/** Values end up on one line of a config file: a line break in one would start a new setting. */
function oneLine(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const c = v.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '').trim();
  return c === '' ? undefined : c;
}

function context(s: EmitInput): Ctx {
  const env = s.passwordEnv ?? 'SMTP_PASSWORD';
  if (!ENV_NAME.test(env)) {
    throw new RangeError(`passwordEnv must be an environment-variable name ([A-Za-z_][A-Za-z0-9_]*), got ${JSON.stringify(env)}`);
  }
  const host = oneLine(s.host);
  if (!host) throw new RangeError('host is required');
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535) throw new RangeError(`port must be 1-65535, got ${s.port}`);
  const tlsInUse = s.security !== 'none';
  return {
    host,
    port: s.port,
    security: s.security,
    implicit: s.security === 'tls',
    starttls: s.security === 'starttls',
    none: s.security === 'none',
    user: oneLine(s.user),
    env,
    from: oneLine(s.from),
    helo: oneLine(s.helo),
    auth: oneLine(s.authMethod)?.toUpperCase(),
    family: s.family,
    insecure: tlsInUse && s.insecure === true,
    ca: tlsInUse ? oneLine(s.ca) : undefined,
    ...(s.oauth ? { oauth: s.oauth, env: s.oauth.tokenEnv, auth: 'XOAUTH2' } : {}),
  };
}

// ------------------------------------------------------------------------------ entry point

const EMITTERS: Record<EmitTarget, (c: Ctx) => string> = {
  nodemailer,
  'spring-yaml': springYaml,
  'spring-properties': springProperties,
  javamail,
  rails,
  python,
  django,
  laravel,
  phpmailer,
  dotenv,
  swaks,
};

/** The settings in `target`'s own syntax, ready to paste. Throws RangeError on unusable input. */
export function emit(target: EmitTarget, s: EmitInput): string {
  const fn = EMITTERS[target];
  if (!fn) throw new RangeError(`unknown emit target ${JSON.stringify(target)}; expected one of ${EMIT_TARGETS.join(', ')}`);
  if (s.oauth && !OAUTH_TARGETS.has(target)) return noOAuth(target);
  return fn(context(s));
}
