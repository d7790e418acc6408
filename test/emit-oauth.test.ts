/** --emit for an OAuth 2.0 login: environment references for every secret, the stack's own OAuth keys. */
import { describe, expect, it } from 'vitest';
import { EMIT_TARGETS, emit, type EmitInput } from '../src/emit/emitters.js';

const base: EmitInput = { host: 'smtp.office365.com', port: 587, security: 'starttls', user: 'me@contoso.com' };
const token: EmitInput = { ...base, oauth: { tokenEnv: 'ACCESS_TOKEN' } };
const refresh: EmitInput = {
  ...base,
  oauth: {
    tokenEnv: 'SMTP_OAUTH_TOKEN',
    refresh: {
      tokenUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      clientId: 'app-id',
      scope: 'https://outlook.office.com/SMTP.Send offline_access',
      refreshEnv: 'REFRESH',
      secretEnv: 'SECRET',
    },
  },
};

describe('--emit with OAuth 2.0', () => {
  it('nodemailer: auth.type OAuth2 with an access token, or the refresh flow nodemailer runs itself', () => {
    expect(emit('nodemailer', token)).toContain("type: 'OAuth2'");
    expect(emit('nodemailer', token)).toContain('accessToken: process.env.ACCESS_TOKEN');
    const r = emit('nodemailer', refresh);
    for (const s of ['clientSecret: process.env.SECRET', 'refreshToken: process.env.REFRESH', "clientId: 'app-id'",
      "accessUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token'"]) expect(r).toContain(s);
    expect(r).not.toContain('pass:');
  });

  it('Spring and JavaMail: the token is the password, mechanisms XOAUTH2', () => {
    expect(emit('spring-properties', token)).toMatch(/mail\.smtp\.auth\.mechanisms\s*[=:]\s*XOAUTH2/);
    expect(emit('spring-yaml', token)).toContain('${ACCESS_TOKEN}');
    expect(emit('javamail', token)).toContain('mail.smtp.auth.mechanisms=XOAUTH2');
  });

  it('PHPMailer and Python: XOAUTH2 from environment variables', () => {
    const php = emit('phpmailer', token);
    expect(php).toContain("$mail->AuthType = 'XOAUTH2';");
    expect(php).toContain("getenv('ACCESS_TOKEN')");
    expect(php).not.toContain('$mail->Password');
    const py = emit('python', refresh);
    expect(py).toContain("os.environ['REFRESH']");
    expect(py).toContain("os.environ['SECRET']");
    expect(py).toContain("s.auth('XOAUTH2'");
    expect(py).not.toContain('s.login(');
  });

  it('stacks without XOAUTH2 say so instead of emitting a password login', () => {
    for (const t of EMIT_TARGETS.filter((x) => ['rails', 'django', 'laravel', 'dotenv', 'swaks'].includes(x))) {
      expect(emit(t, token)).toMatch(/^# .*no built-in OAuth 2\.0/);
    }
  });
});
