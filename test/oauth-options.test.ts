/** The OAuth flags to options: provider defaults for the refresh flow, token sources like the password's. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildCheckOptions, type CheckFlags } from '../src/cli/options.js';
import { redactArgs } from '../src/core/argv.js';

const io = (env: NodeJS.ProcessEnv = {}) => ({
  env,
  stdin: Readable.from([]),
  canPrompt: false,
  prompt: () => Promise.resolve(''),
});
const build = async (f: CheckFlags, env: NodeJS.ProcessEnv = {}) => (await buildCheckOptions(f, io(env))).options;
const refresh = { oauth2ClientId: 'app', oauth2RefreshTokenEnv: 'RT', oauth2ClientSecretEnv: 'CS' };

describe('OAuth options', () => {
  it('Microsoft 365 preset: the organizations tenant, SMTP.Send scope; a tenant given wins', async () => {
    const o = await build({ provider: 'outlook365', user: 'me@contoso.com', ...refresh }, { RT: 'r', CS: 's' });
    expect(o.oauth?.refresh).toMatchObject({
      tokenUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      scope: 'https://outlook.office.com/SMTP.Send offline_access',
      clientId: 'app',
      provider: 'microsoft',
    });
    expect(o.oauth?.refresh?.refreshToken?.reveal()).toBe('r');
    expect(o.password).toBeUndefined();
    const t = await build({ provider: 'outlook365', user: 'me@contoso.com', oauth2Tenant: 'contoso.com', ...refresh });
    expect(t.oauth?.refresh?.tokenUrl).toBe('https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token');
  });

  it('Gmail by preset or by host: Google token endpoint and https://mail.google.com/', async () => {
    for (const f of [{ provider: 'gmail' }, { host: 'smtp.gmail.com' }]) {
      const o = await build({ ...f, user: 'me@gmail.com', ...refresh });
      const want = { tokenUrl: 'https://oauth2.googleapis.com/token', scope: 'https://mail.google.com/' };
      expect(o.oauth?.refresh).toMatchObject(want);
    }
  });

  it('an access token from the environment, a file or stdin, never a password', async () => {
    const o = await build({ host: 'h', user: 'u@x', oauth2TokenEnv: 'TOK' }, { TOK: 'abc.def.ghi' });
    expect(o.oauth).toMatchObject({ tokenSource: 'env', tokenEnv: 'TOK' });
    expect(o.oauth?.token?.reveal()).toBe('abc.def.ghi');
    expect(o.passwordSource).toBe('none');
    expect(JSON.stringify(o)).not.toContain('abc.def.ghi');
    const s = await buildCheckOptions(
      { host: 'h', user: 'u@x', oauth2TokenStdin: true },
      { ...io(), stdin: Readable.from(['tok-from-stdin\n']) },
    );
    expect(s.options.oauth?.token?.reveal()).toBe('tok-from-stdin');
  });

  it('the command line in reports: variable names stay, a token URL with a password is masked', () => {
    const args = ['check', '--oauth2-token-env', 'TOK', '--oauth2-token-url', 'https://app:S3cret-Canary@idp.example/token',
      '--oauth2-client-id', 'app', '--oauth2-scope', 'mail'];
    const out = redactArgs(args).join(' ');
    expect(out).not.toContain('S3cret-Canary');
    expect(out).toContain('--oauth2-token-env TOK');
    expect(out).toContain('https://app:********@idp.example/token');
  });
});
