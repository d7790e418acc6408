import { checkCommand } from '../src/emit/settings.js';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMIT_TARGETS, emit, type EmitInput, type EmitTarget } from '../src/emit/emitters.js';

/*
 * Every target × security × with/without user × bare/full (from, helo, AUTH mechanism, family,
 * --insecure, extra CA). The password is only ever a reference to CANARY_ENV; the variable is set
 * to a canary value during the run, so an emitter that read the environment would leak it.
 */

const CANARY_ENV = 'CANARY_ENV';
const CANARY_VALUE = 'canary-s3cret-9f2c';
const SECURITIES = ['tls', 'starttls', 'none'] as const;
type Sec = (typeof SECURITIES)[number];

let savedEnv: string | undefined;
beforeAll(() => {
  savedEnv = process.env[CANARY_ENV];
  process.env[CANARY_ENV] = CANARY_VALUE;
});
afterAll(() => {
  if (savedEnv === undefined) delete process.env[CANARY_ENV];
  else process.env[CANARY_ENV] = savedEnv;
});

interface Case {
  target: EmitTarget;
  security: Sec;
  withUser: boolean;
  full: boolean;
  input: EmitInput;
}

function makeInput(security: Sec, withUser: boolean, full: boolean): EmitInput {
  const input: EmitInput = {
    host: 'smtp.example.com',
    port: security === 'tls' ? 465 : 587,
    security,
    passwordEnv: CANARY_ENV,
  };
  if (withUser) input.user = 'mailer@example.com';
  if (full) {
    input.from = 'noreply@example.com';
    input.helo = 'client.example.org';
    input.authMethod = 'login';
    input.family = 4;
    input.insecure = true;
    input.ca = '/etc/ssl/extra ca.pem';
  }
  return input;
}

const CASES: Case[] = [];
for (const target of EMIT_TARGETS)
  for (const security of SECURITIES)
    for (const withUser of [true, false])
      for (const full of [false, true]) CASES.push({ target, security, withUser, full, input: makeInput(security, withUser, full) });

const caseName = (c: Case): string => `${c.target} ${c.security} ${c.withUser ? 'user' : 'no-user'} ${c.full ? 'full' : 'bare'}`;

// ------------------------------------------------------------------ how each stack spells things

/** The password reference in the stack's own syntax (only present when there is a user). */
const REFERENCE: Record<EmitTarget, RegExp> = {
  nodemailer: /pass: process\.env\.CANARY_ENV\b/,
  'spring-yaml': /^ {4}password: "\$\{CANARY_ENV\}"$/m,
  'spring-properties': /^spring\.mail\.password=\$\{CANARY_ENV\}$/m,
  javamail: /System\.getenv\("CANARY_ENV"\)/,
  rails: /password: ENV\['CANARY_ENV'\],/,
  python: /os\.environ\['CANARY_ENV'\]/,
  django: /^EMAIL_HOST_PASSWORD = os\.environ\['CANARY_ENV'\]$/m,
  laravel: /^MAIL_PASSWORD="\$\{CANARY_ENV\}"$/m,
  phpmailer: /^\$mail->Password = getenv\('CANARY_ENV'\);$/m,
  dotenv: /^SMTP_PASSWORD=\$\{CANARY_ENV\}$/m,
  swaks: /^SWAKS_OPT_auth_password="\$CANARY_ENV" swaks /,
};

/** Lines that are neither blank nor a comment. */
function codeLines(text: string, comment: RegExp): string[] {
  return text.split('\n').filter((l) => l.trim() !== '' && !comment.test(l.trim()));
}

/** key=value lines of a .properties text (comments and blanks skipped). */
function propertiesMap(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of codeLines(text, /^[#!]/)) {
    const i = l.indexOf('=');
    m.set(l.slice(0, i), l.slice(i + 1));
  }
  return m;
}

/** [implicit TLS on, STARTTLS on] as the emitted text says it. */
function tlsFlags(target: EmitTarget, out: string): [boolean, boolean] {
  switch (target) {
    case 'nodemailer': {
      const o = runNodemailer(out).options;
      return [o.secure === true, o.requireTLS === true || (o.secure !== true && o.ignoreTLS !== true)];
    }
    case 'spring-yaml':
    case 'spring-properties': {
      const p = propertiesMap(springAsProperties(target, out));
      return [
        p.get('spring.mail.properties.mail.smtp.ssl.enable') === 'true',
        p.get('spring.mail.properties.mail.smtp.starttls.enable') === 'true',
      ];
    }
    case 'javamail': {
      const p = propertiesMap(out);
      return [p.get('mail.smtp.ssl.enable') === 'true', p.get('mail.smtp.starttls.enable') === 'true'];
    }
    case 'rails':
      return [/^\s*(tls|ssl): true,/m.test(out), /^\s*enable_starttls: true,/m.test(out) || !/enable_starttls_auto: false/.test(out) && !/^\s*(tls|ssl): true,/m.test(out)];
    case 'python':
      return [/smtplib\.SMTP_SSL\(/.test(out), /\.starttls\(/.test(out)];
    case 'django':
      return [/^EMAIL_USE_SSL = True/m.test(out), /^EMAIL_USE_TLS = True/m.test(out)];
    case 'laravel':
      return [/^MAIL_SCHEME=smtps$/m.test(out), /^MAIL_SCHEME=smtp$/m.test(out) && !/'auto_tls' => false/.test(out)];
    case 'phpmailer':
      return [/ENCRYPTION_SMTPS/.test(out), /ENCRYPTION_STARTTLS/.test(out) || !/SMTPAutoTLS = false/.test(out) && !/ENCRYPTION_SMTPS/.test(out)];
    case 'dotenv':
      return [/^SMTP_TLS=true$/m.test(out), /^SMTP_OPPORTUNISTIC_TLS=true$/m.test(out)];
    case 'swaks':
      return [/(^|\s)--tlsc(\s|$)/.test(out), /(^|\s)--tls(\s|$)/.test(out)];
  }
}

/** Runs the nodemailer snippet with stub `nodemailer`, `process` and `fs`. */
function runNodemailer(code: string): { options: Record<string, unknown>; defaults: unknown } {
  let captured: { options: Record<string, unknown>; defaults: unknown } | undefined;
  const nodemailer = {
    createTransport(options: Record<string, unknown>, defaults?: unknown) {
      captured = { options, defaults };
      return { sendMail() {} };
    },
  };
  const stubProcess = { env: { [CANARY_ENV]: 'value-from-the-stub-env', SMTP_PASSWORD: 'value-from-the-stub-env' } };
  const fs = { readFileSync: (p: string) => `PEM(${p})` };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function('nodemailer', 'process', 'fs', `${code}\nreturn transporter;`) as (...a: unknown[]) => unknown;
  fn(nodemailer, stubProcess, fs);
  if (!captured) throw new Error('createTransport was not called');
  return captured;
}

/** The spring-yaml output, flattened to properties lines (only for the flag check above). */
function springAsProperties(target: EmitTarget, out: string): string {
  if (target === 'spring-properties') return out;
  // Flatten the indentation-based YAML we emit: two spaces per level, `key: value` or `key:`.
  const stack: string[] = [];
  const lines: string[] = [];
  for (const raw of out.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const depth = (raw.length - raw.trimStart().length) / 2;
    const m = /^(\S+):(?: (.*))?$/.exec(raw.trim());
    if (!m) throw new Error(`unexpected YAML line ${raw}`);
    stack.length = depth;
    stack.push(m[1]!);
    if (m[2] !== undefined) lines.push(`${stack.join('.')}=${m[2].replace(/^"(.*)"$/, '$1')}`);
  }
  return lines.join('\n');
}

function pythonParses(code: string): { ok: boolean; err: string } {
  const r = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: code, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, err: r.stderr };
}
const havePython = spawnSync('python3', ['--version']).status === 0;

/** Shell quoting state after the line: balanced when back to unquoted. */
function shellQuotesBalanced(line: string): boolean {
  let state: 'plain' | 'single' | 'double' = 'plain';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (state === 'single') {
      if (ch === "'") state = 'plain';
    } else if (ch === '\\') i++;
    else if (state === 'double') {
      if (ch === '"') state = 'plain';
    } else if (ch === "'") state = 'single';
    else if (ch === '"') state = 'double';
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
  }
  return state === 'plain';
}

// Optional parsers: loaded by name so a missing package skips its check instead of failing the build.
async function optionalImport(name: string): Promise<any> {
  try {
    return await import(name);
  } catch {
    return undefined;
  }
}
let yamlPkg: { parse(src: string): any } | undefined;
let dotenvPkg: { parse(src: string): Record<string, string> } | undefined;
beforeAll(async () => {
  yamlPkg = await optionalImport('yaml');
  const d = await optionalImport('dotenv');
  dotenvPkg = d?.default ?? d;
});

// ------------------------------------------------------------------ the matrix

describe('emit: every target × security × user × extras', () => {
  it('covers every target', () => {
    expect(new Set(CASES.map((c) => c.target))).toEqual(new Set(EMIT_TARGETS));
    expect(CASES).toHaveLength(EMIT_TARGETS.length * 3 * 2 * 2);
  });

  for (const c of CASES) {
    describe(caseName(c), () => {
      const out = emit(c.target, c.input);

      it('never contains a password value, only the stack’s reference to the variable', () => {
        expect(out).not.toContain(CANARY_VALUE);
        if (c.withUser) expect(out).toMatch(REFERENCE[c.target]);
        else expect(out).not.toContain(CANARY_ENV);
      });

      it('never switches implicit TLS and STARTTLS on together, and switches on the one that worked', () => {
        const [implicit, starttls] = tlsFlags(c.target, out);
        expect(implicit && starttls).toBe(false);
        expect(implicit).toBe(c.security === 'tls');
        expect(starttls).toBe(c.security === 'starttls');
      });

      it('skips certificate checks only for --insecure, and then says UNSAFE', () => {
        const expectUnsafe = c.full && c.security !== 'none';
        expect(/UNSAFE/.test(out)).toBe(expectUnsafe);
        const skipping = /rejectUnauthorized: false|ssl\.trust[=:] ?"?\*|openssl_verify_mode: 'none'|CERT_NONE|'verify_peer' => false/;
        if (!expectUnsafe) expect(out).not.toMatch(skipping);
        if (c.target === 'swaks' && c.security !== 'none') expect(out.includes('--tls-verify')).toBe(!expectUnsafe);
      });

      it('mentions the extra CA file exactly when TLS is used', () => {
        expect(out.includes('extra ca.pem')).toBe(c.full && c.security !== 'none');
      });

      it('names the host and port', () => {
        expect(out).toContain('smtp.example.com');
        expect(out).toContain(String(c.input.port));
      });

      switch (c.target) {
        case 'nodemailer':
          it('parses and runs as JavaScript, passing the variable through process.env', () => {
            const { options, defaults } = runNodemailer(out);
            expect(options.host).toBe('smtp.example.com');
            expect(options.port).toBe(c.input.port);
            if (c.withUser) expect(options.auth).toEqual({ user: 'mailer@example.com', pass: 'value-from-the-stub-env' });
            else expect(options.auth).toBeUndefined();
            if (c.security === 'none') expect(options.ignoreTLS).toBe(true);
            if (c.full) {
              expect(options.name).toBe('client.example.org');
              expect(options.localAddress).toBe('0.0.0.0');
              expect(defaults).toEqual({ from: 'noreply@example.com' });
              if (c.security !== 'none') expect(options.tls).toEqual({ ca: ['PEM(/etc/ssl/extra ca.pem)'], rejectUnauthorized: false });
              else expect(options.tls).toBeUndefined();
            }
          });
          break;
        case 'python':
        case 'django':
          it.skipIf(!havePython)('is valid Python (ast.parse)', () => {
            const r = pythonParses(out);
            expect(r.err).toBe('');
            expect(r.ok).toBe(true);
          });
          break;
        case 'spring-properties':
        case 'javamail':
          it('is key=value lines', () => {
            const lines = codeLines(out, /^#/);
            expect(lines.length).toBeGreaterThan(2);
            for (const l of lines) expect(l).toMatch(/^[A-Za-z0-9_.-]+=\S.*$/);
          });
          break;
        case 'spring-yaml':
          it('parses as YAML to the same spring.mail.* tree (skipped when the `yaml` package is absent)', (ctx) => {
            if (!yamlPkg) ctx.skip();
            const doc = yamlPkg!.parse(out);
            const mail = doc.spring.mail;
            expect(mail.host).toBe('smtp.example.com');
            expect(mail.port).toBe(c.input.port);
            expect(mail.properties['mail.smtp.auth']).toBe(c.withUser);
            if (c.withUser) expect(mail.password).toBe('${CANARY_ENV}');
            expect(mail.properties['mail.smtp.ssl.enable'] === true && mail.properties['mail.smtp.starttls.enable'] === true).toBe(false);
            if (c.full && c.security !== 'none') {
              expect(mail.ssl.bundle).toBe('smtp-ca');
              expect(doc.spring.ssl.bundle.pem['smtp-ca'].truststore.certificate).toBe('file:/etc/ssl/extra ca.pem');
              expect(mail.properties['mail.smtp.ssl.trust']).toBe('*');
            }
          });
          break;
        case 'swaks':
          it('is one command line with balanced quotes', () => {
            expect(out.endsWith('\n')).toBe(true);
            expect(out.trimEnd()).not.toContain('\n');
            expect(/^(SWAKS_OPT_auth_password="\$\w+" )?swaks --server /.test(out)).toBe(true);
            expect(shellQuotesBalanced(out.trimEnd())).toBe(true);
          });
          break;
        case 'dotenv':
        case 'laravel':
          it('parses as a .env file (skipped when the `dotenv` package is absent)', (ctx) => {
            if (!dotenvPkg) ctx.skip();
            const env = dotenvPkg!.parse(out);
            if (c.target === 'dotenv') {
              expect(env.SMTP_HOST).toBe('smtp.example.com');
              expect(env.SMTP_TLS).toBe(String(c.security === 'tls'));
              if (c.withUser) expect(env.SMTP_PASSWORD).toBe('${CANARY_ENV}');
            } else {
              expect(env.MAIL_MAILER).toBe('smtp');
              expect(env.MAIL_HOST).toBe('smtp.example.com');
              expect(env.MAIL_SCHEME).toBe(c.security === 'tls' ? 'smtps' : 'smtp');
              expect(env.MAIL_PASSWORD).toBe(c.withUser ? '${CANARY_ENV}' : 'null');
              if (c.full) expect(env.MAIL_EHLO_DOMAIN).toBe('client.example.org');
            }
          });
          break;
        default:
          break;
      }
    });
  }
});

// ------------------------------------------------------------------ specifics

describe('emit: specifics', () => {
  const base: EmitInput = { host: 'smtp.example.com', port: 587, security: 'starttls', user: 'u@example.com' };

  it('defaults the variable to SMTP_PASSWORD', () => {
    expect(emit('nodemailer', base)).toContain('pass: process.env.SMTP_PASSWORD');
    expect(emit('swaks', base)).toContain('SWAKS_OPT_auth_password="$SMTP_PASSWORD" swaks');
  });

  it('leaves SMTP_PASSWORD empty in a .env when the password already lives in SMTP_PASSWORD', () => {
    const out = emit('dotenv', base);
    expect(out).toMatch(/^SMTP_PASSWORD=$/m);
    expect(out).toMatch(/^# set in the environment or your secret store, never commit it$/m);
    expect(out).not.toContain('${SMTP_PASSWORD}');
  });

  it('spring: implicit TLS has no starttls keys at all', () => {
    const out = emit('spring-properties', { ...base, security: 'tls', port: 465 });
    expect(out).toContain('spring.mail.properties.mail.smtp.ssl.enable=true');
    expect(out).not.toContain('starttls');
  });

  it('django: never both EMAIL_USE_TLS and EMAIL_USE_SSL True', () => {
    for (const security of SECURITIES) {
      const out = emit('django', { ...base, security });
      expect(/EMAIL_USE_TLS = True/.test(out) && /EMAIL_USE_SSL = True/.test(out)).toBe(false);
    }
  });

  it('rails maps the AUTH mechanism to its symbol', () => {
    expect(emit('rails', { ...base, authMethod: 'CRAM-MD5' })).toContain('authentication: :cram_md5,');
    expect(emit('rails', base)).toContain('authentication: :plain,');
  });

  it('keeps hostile values inside their quotes', () => {
    const evil: EmitInput = { ...base, user: "o'brien\"$(rm -rf ~)\nSMTP_HOST=evil", from: "a'b@example.com" };
    const py = emit('python', evil);
    if (havePython) expect(pythonParses(py).ok).toBe(true);
    expect(runNodemailer(emit('nodemailer', evil)).options.auth).toEqual({ user: `o'brien"$(rm -rf ~)SMTP_HOST=evil`, pass: 'value-from-the-stub-env' });
    const swaksLine = emit('swaks', evil).trimEnd();
    expect(swaksLine).not.toContain('\n');
    expect(shellQuotesBalanced(swaksLine)).toBe(true);
    expect(swaksLine).toContain(`--auth-user 'o'\\''brien"$(rm -rf ~)SMTP_HOST=evil'`);
    expect(emit('dotenv', evil)).not.toMatch(/^SMTP_HOST=evil/m);
  });

  it('rejects a passwordEnv that is not a variable name', () => {
    expect(() => emit('nodemailer', { ...base, passwordEnv: 'x; rm -rf /' })).toThrow(RangeError);
  });

  it('ignores insecure and ca without TLS', () => {
    for (const target of EMIT_TARGETS) {
      const out = emit(target, { ...base, security: 'none', insecure: true, ca: '/ca.pem' });
      expect(out).not.toMatch(/UNSAFE/);
      expect(out).not.toContain('/ca.pem');
    }
  });
});

describe('checkCommand', () => {
  it('repeats every flag that changes the result, shell-quoted', () => {
    const cmd = checkCommand(
      { host: 'smtp.example.com', port: 587, security: 'starttls', user: "o'brien@example.com", passwordEnv: 'PW' },
      { security: 'auto', caFiles: ['/etc/my ca.pem'], tlsServername: 'mail.example.com', insecure: true, helo: 'client.example.com', authMethod: 'LOGIN', from: 'a@example.com', to: ['b@example.com', 'c d@example.com'] },
    );
    expect(cmd).toBe(
      "smtp-doctor check --host smtp.example.com --port 587 --security auto --user 'o'\\''brien@example.com' --password-env PW --auth-method LOGIN --ca '/etc/my ca.pem' --tls-servername mail.example.com --insecure --helo client.example.com --from a@example.com --to b@example.com 'c d@example.com'",
    );
  });

  it('keeps --no-data, --allow-plaintext-auth and --timeout, so the command does what the check did', () => {
    const cmd = checkCommand({ host: 'h', port: 25, security: 'none', user: 'u', passwordEnv: 'PW' }, { from: 'a@h', to: ['b@h'], noData: true, allowPlaintextAuth: true, timeoutSeconds: 5 });
    expect(cmd).toBe('smtp-doctor check --host h --port 25 --security none --user u --password-env PW --from a@h --to b@h --no-data --allow-plaintext-auth --timeout 5');
  });

  it('a host with shell metacharacters cannot run anything when pasted', () => {
    expect(checkCommand({ host: 'x;rm -rf ~', port: 25, security: 'none' })).toBe("smtp-doctor check --host 'x;rm -rf ~' --port 25 --security none");
  });
});
