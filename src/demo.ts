import { randomBytes } from 'node:crypto';
import { runCheck } from './check.js';
import { systemContext } from './core/context.js';
import { EXIT } from './core/exit-codes.js';
import { DEFAULT_TIMEOUTS, type CheckOptions } from './core/options.js';
import type { Report } from './core/report.js';
import { Secret } from './core/secret.js';
import type { Io } from './cli/main.js';
import { t, type Lang } from './i18n/index.js';
import { renderJson } from './render/json.js';
import { formatStep, formatSummary, makeChalk } from './render/human.js';
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
}

/**
 * Start a sandbox SMTP server in-process on a free port (with its own throw-away CA) and
 * run three checks against it: one healthy, two broken. Needs no network and no setup.
 */
export async function runDemo(d: DemoOptions): Promise<number> {
  const c = makeChalk(d.color);
  const out = (s: string): void => void d.io.stdout.write(s);
  const ca = await createCa({ cn: 'smtp-doctor demo CA' });
  const cert = await issueCert(ca, { cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  const user = 'demo@sandbox.test';
  const password = randomBytes(12).toString('base64url');
  const sandbox = await startSandbox({ cert, auth: { user, password } });
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
  const scenarios: Scenario[] = [
    { title: 'demo.healthy', expect: { verdict: 'pass' }, options: {} },
    { title: 'demo.wrong-mode', expect: { verdict: 'fail', category: 'TLS_MODE_MISMATCH' }, options: { security: 'tls' } },
    { title: 'demo.wrong-password', expect: { verdict: 'fail', category: 'WRONG_CREDENTIALS' }, options: { password: new Secret(`${password}-wrong`) } },
  ];
  const ctx = systemContext(d.io.env);
  const reports: Report[] = [];
  let ok = true;
  try {
    if (!d.json) out(`${c.bold('smtp-doctor demo')}: ${t(d.lang, 'demo.intro', { port: sandbox.port })}\n`);
    for (const [i, s] of scenarios.entries()) {
      const opts = { ...base, ...s.options };
      if (!d.json) out(`\n${c.bold(`[${i + 1}/${scenarios.length}] ${t(d.lang, s.title)}`)}\n$ smtp-doctor check --host 127.0.0.1 --port ${opts.port} --security ${opts.security} --user ${user} --password-env SMTP_PASSWORD --from ${user} --to inbox@sandbox.test --ca demo-ca.pem --tls-servername localhost\n`);
      const style = { lang: d.lang, color: d.color };
      const before = sandbox.messages.length;
      const report = await runCheck(opts, ctx, d.json ? {} : { stepEnd: (r) => r.status !== 'skip' && out(`${formatStep(r, style)}\n`) });
      reports.push(report);
      if (!d.json) {
        for (const st of report.steps.filter((x) => x.status === 'skip')) out(`${formatStep(st, style)}\n`);
        out(`${formatSummary(report, { ...style, transcript: d.transcript })}\n`);
        for (const m of sandbox.messages.slice(before)) {
          out(c.cyan(`${t(d.lang, 'demo.received', { from: m.from, to: m.to.join(', '), subject: m.subject, size: m.size })}\n`));
        }
      }
      const as = report.verdict === s.expect.verdict && (!s.expect.category || report.diagnoses[0]?.category === s.expect.category);
      if (!as) ok = false;
    }
  } finally {
    await sandbox.close();
  }
  if (d.json) {
    out(`[${reports.map((r) => renderJson(r, d.lang).trim()).join(',\n')}]\n`);
  } else {
    out(`\n${ok ? c.green(t(d.lang, 'demo.done')) : c.red(t(d.lang, 'demo.unexpected'))}\n`);
  }
  return ok ? EXIT.OK : EXIT.INTERNAL;
}
