import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from './check.js';
import { systemContext } from './core/context.js';
import { EXIT } from './core/exit-codes.js';
import { DEFAULT_TIMEOUTS, type CheckOptions } from './core/options.js';
import type { Report } from './core/report.js';
import { Secret } from './core/secret.js';
import type { Io } from './cli/io.js';
import type { Lang } from './i18n/index.js';
import { renderJson } from './render/json.js';
import { demoEnd, demoIntro, demoReceived, demoScenario } from './render/human-demo.js';
import { humanLive } from './render/human-live.js';
import { startOAuthServer } from './sandbox/oauth-server.js';
import { startSandbox } from './sandbox/server.js';
import { createCa, issueCert } from './tls/pki.js';

export interface DemoOptions {
  io: Io;
  lang: Lang;
  color: boolean;
  json: boolean;
  transcript: boolean;
}

interface Scenario {
  title: string;
  expect: { verdict: Report['verdict']; category?: string };
  options: Partial<CheckOptions>;
  /** how the demo prints the command (the password's or the token's flags) */
  login: string;
}

/**
 * Start a sandbox SMTP server in-process on a free port (with its own throw-away CA) and
 * run three checks against it: one healthy, two broken. Needs no network and no setup.
 */
export async function runDemo(d: DemoOptions): Promise<number> {
  // The printed commands name a CA file the user really has while the demo runs: the throw-away CA, in a
  // temp folder removed when the demo ends, fails, or is interrupted (Ctrl-C).
  const dir = await mkdtemp(join(tmpdir(), 'smtp-doctor-demo-'));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals): void => {
    remove();
    // Then the signal's own ending (exit 130 for Ctrl-C), as if no handler had been there.
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await demoIn(d, join(dir, 'demo-ca.pem'));
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    remove();
  }
}

async function demoIn(d: DemoOptions, caFile: string): Promise<number> {
  const style = { lang: d.lang, color: d.color, transcript: d.transcript };
  const out = (s: string): void => void d.io.stdout.write(s);
  const ca = await createCa({ cn: 'smtp-doctor demo CA' });
  const cert = await issueCert(ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  await writeFile(caFile, ca.cert);
  const user = 'demo@sandbox.test';
  const password = randomBytes(12).toString('base64url');
  const sandbox = await startSandbox({ cert, auth: { user, password } });
  // A second listener that takes only OAuth 2.0 (XOAUTH2, OAUTHBEARER) with tokens from its own token endpoint.
  const oauthUser = 'oauth@sandbox.test';
  const issuerServer = await startOAuthServer({ user: oauthUser });
  const oauthBox = await startSandbox({ cert, oauth: { issuer: issuerServer.issuer } });
  const base: CheckOptions = {
    host: '127.0.0.1',
    port: sandbox.port,
    security: 'starttls',
    user,
    password: new Secret(password),
    passwordSource: 'env',
    to: ['inbox@sandbox.test'],
    from: user,
    noData: false,
    helo: 'demo.smtp-doctor.local',
    tlsServername: 'localhost',
    ca: [ca.cert],
    caFiles: [],
    insecure: false,
    allowPlaintextAuth: false,
    timeouts: { ...DEFAULT_TIMEOUTS, greeting: 2000, connect: 2000, tls: 2000, command: 5000 },
  };
  const pw = `--user ${user} --password-env SMTP_PASSWORD`;
  const oauthBase: Partial<CheckOptions> = { port: oauthBox.port, user: oauthUser, from: oauthUser, authMethod: 'XOAUTH2' };
  const refresh = {
    tokenUrl: issuerServer.tokenUrl,
    clientId: issuerServer.clientId,
    clientSecret: new Secret(issuerServer.clientSecret),
    refreshToken: new Secret(issuerServer.goodRefreshToken),
  };
  const oauthFlags = `--user ${oauthUser} --oauth2-token-url ${issuerServer.tokenUrl} --oauth2-client-id ${issuerServer.clientId}`;
  const scenarios: Scenario[] = [
    { title: 'demo.healthy', expect: { verdict: 'pass' }, options: {}, login: pw },
    { title: 'demo.wrong-mode', expect: { verdict: 'fail', category: 'TLS_MODE_MISMATCH' }, options: { security: 'tls' }, login: pw },
    {
      title: 'demo.wrong-password',
      expect: { verdict: 'fail', category: 'WRONG_CREDENTIALS' },
      options: { password: new Secret(`${password}-wrong`) },
      login: `--user ${user} --password-env WRONG_PASSWORD`,
    },
    {
      title: 'demo.oauth',
      expect: { verdict: 'pass' },
      options: { ...oauthBase, oauth: { tokenSource: 'none', refresh } },
      login: `${oauthFlags} --oauth2-client-secret-env CLIENT_SECRET --oauth2-refresh-token-env REFRESH_TOKEN`,
    },
    {
      title: 'demo.oauth-expired',
      expect: { verdict: 'fail', category: 'WRONG_CREDENTIALS' },
      options: { ...oauthBase, oauth: { tokenSource: 'env', token: new Secret(issuerServer.token('expired')) } },
      login: `--user ${oauthUser} --auth-method XOAUTH2 --oauth2-token-env ACCESS_TOKEN`,
    },
  ];
  const ctx = systemContext(d.io.env);
  const reports: Report[] = [];
  let ok = true;
  try {
    if (!d.json) out(demoIntro(sandbox.port, caFile, style));
    for (const [i, s] of scenarios.entries()) {
      const opts: CheckOptions = { ...base, ...s.options };
      if (s.options.oauth) delete opts.password; // a token instead of the password
      const command = `smtp-doctor check --host 127.0.0.1 --port ${opts.port} --security ${opts.security} ${s.login} --from ${opts.from} --to inbox@sandbox.test --ca ${caFile} --tls-servername localhost`;
      if (!d.json) out(demoScenario(i + 1, scenarios.length, s.title, command, style));
      const box = opts.port === oauthBox.port ? oauthBox : sandbox;
      const before = box.messages.length;
      // Each step as it ends, then the steps never reached, QUIT and the summary.
      const live = d.json ? undefined : await humanLive({ ...style, spinner: false, write: out });
      const report = await runCheck(opts, ctx, live ?? {});
      reports.push(report);
      if (live) {
        live.finish(report);
        for (const m of box.messages.slice(before)) out(demoReceived(m, style));
      }
      const as = report.verdict === s.expect.verdict && (!s.expect.category || report.diagnoses[0]?.category === s.expect.category);
      if (!as) ok = false;
    }
  } finally {
    await Promise.all([sandbox.close(), oauthBox.close(), issuerServer.close()]);
  }
  if (d.json) {
    out(`[${reports.map((r) => renderJson(r, d.lang).trim()).join(',\n')}]\n`);
  } else {
    out(demoEnd(ok, style));
  }
  return ok ? EXIT.OK : EXIT.INTERNAL;
}
