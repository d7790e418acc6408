/**
 * Against a real Postfix with Dovecot SASL, set up by .ci/mta/setup.sh on 127.0.0.1.
 * Mandatory in CI (CI=true); outside CI it skips itself when no MTA is running.
 */
import { IN_CI, MTA_ENV_FILE, portOpen, readMtaEnv } from '../helpers/mta-env.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { systemContext } from '../../src/core/context.js';
import { DEFAULT_TIMEOUTS, type CheckOptions } from '../../src/core/options.js';
import { Secret } from '../../src/core/secret.js';
import type { Report } from '../../src/core/report.js';
import { runBin } from '../support/bin.js';
import { optionsFor } from '../support/run.js';




const mta = readMtaEnv();
const running = mta ? await portOpen(mta.submissionPort) : false;

if (IN_CI && !running) {
  describe('real MTA', () => {
    it('is required in CI', () => {
      throw new Error(`CI=true but no MTA answers (env file ${MTA_ENV_FILE}${mta ? '' : ' missing'}); .ci/run must start it`);
    });
  });
}

describe.runIf(running)('real Postfix + Dovecot SASL', () => {
  const m = mta!;
  const ca = running ? [readFileSync(m.caFile, 'utf8')] : [];
  const base = (over: Partial<CheckOptions>): CheckOptions =>
    optionsFor(m.submissionPort, { pem: ca[0] ?? '', file: m.caFile }, { timeouts: { ...DEFAULT_TIMEOUTS, greeting: 3000, connect: 3000, tls: 5000, command: 10_000 }, ...over });
  const login = (password = m.password): Partial<CheckOptions> => ({ user: m.user, password: new Secret(password), passwordSource: 'env' });
  const run = (over: Partial<CheckOptions>) => runCheck(base(over), systemContext({}));

  it('logs in with STARTTLS and delivers a test message that can be read back by Message-ID', async () => {
    const r = await run({ security: 'starttls', ...login(), from: m.user, to: [m.localRecipient] });
    expect(r.verdict, JSON.stringify(r.diagnoses)).toBe('pass');
    const send = r.steps.find((s) => s.id === 'send')!;
    expect(send.facts.queueId).toMatch(/^[0-9A-Za-z]+$/);
    const id = String(send.facts.messageId);
    const deadline = Date.now() + 15_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      for (const sub of ['new', 'cur']) {
        const d = join(m.maildir, sub);
        if (!existsSync(d)) continue;
        for (const f of readdirSync(d)) {
          const unfolded = readFileSync(join(d, f), 'utf8').replace(/\r?\n[ \t]+/g, ' ');
          if (/^Message-ID: (.*)$/im.exec(unfolded)?.[1]?.trim() === id) found = true;
        }
      }
      if (!found) await new Promise((res) => setTimeout(res, 200));
    }
    expect(found, `message ${id} not delivered to ${m.maildir}`).toBe(true);
  });

  it('implicit TLS on the smtps port', async () => {
    const r = await run({ port: m.smtpsPort, security: 'tls', ...login() });
    expect(r.verdict).toBe('pass');
    expect(r.steps.find((s) => s.id === 'tls')!.facts.mode).toBe('implicit');
  });

  it('a wrong password is a real 535 5.7.8: WRONG_CREDENTIALS', async () => {
    const r = await run({ security: 'starttls', ...login('not-the-password') });
    const auth = r.steps.find((s) => s.id === 'auth')!;
    expect(auth.failure).toMatchObject({ responseCode: 535, enhancedCode: '5.7.8' });
    expect(r.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    expect(r.exitCode).toBe(6);
  });

  it('TLS client on the STARTTLS port: TLS_MODE_MISMATCH, plain + STARTTLS confirmed', async () => {
    const r = await run({ security: 'tls', ...login() });
    expect(r.diagnoses[0]).toMatchObject({ category: 'TLS_MODE_MISMATCH', rule: 'mode.expects-plain' });
    expect(r.steps.find((s) => s.id === 'tls')!.facts.otherMode).toBe('starttls');
  });

  it('plaintext client on the implicit TLS port: TLS_MODE_MISMATCH, implicit TLS confirmed', async () => {
    const r = await run({ port: m.smtpsPort, security: 'starttls', ...login() });
    expect(r.diagnoses[0]).toMatchObject({ category: 'TLS_MODE_MISMATCH', rule: 'mode.expects-implicit-tls' });
  });

  it('AUTH is offered only after STARTTLS (smtpd_tls_auth_only)', async () => {
    const r = await run({ security: 'none', ...login(), allowPlaintextAuth: true });
    expect(r.steps.find((s) => s.id === 'auth')!.failure?.reason).toBe('auth-after-starttls-only');
    const ok = await run({ security: 'starttls', ...login() });
    expect(ok.steps.find((s) => s.id === 'tls')!.facts.ehloChanges).toMatchObject({ authBefore: [], authAfter: expect.arrayContaining(['PLAIN']) });
  });

  it('plain port: relay denied and unknown recipient', async () => {
    const relay = await run({ port: m.plainPort, security: 'none', from: m.user, to: ['someone@example.org'] });
    expect(relay.diagnoses[0]?.category).toBe('RELAY_DENIED');
    const unknown = await run({ port: m.plainPort, security: 'none', from: m.user, to: [m.unknownRecipient] });
    expect(unknown.steps.find((s) => s.id === 'send')!.failure).toMatchObject({ responseCode: 550, enhancedCode: '5.1.1' });
    expect(unknown.diagnoses[0]?.category).toBe('RECIPIENT_REJECTED');
  });

  it('the built binary, --json, password from stdin', async () => {
    const r = await runBin(
      ['check', '--host', m.host, '--port', String(m.submissionPort), '--security', 'starttls', '--ca', m.caFile, '--tls-servername', 'localhost', '--user', m.user, '--password-stdin', '--from', m.user, '--to', m.localRecipient, '--no-data', '--json'],
      { input: `${m.password}\n` },
    );
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).not.toContain(m.password);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'pass' });
  });
  /** The built binary at default settings (no --timeout): the report and the wall time. */
  async function timedBin(port: number, security: string): Promise<{ report: Report; ms: number }> {
    const started = Date.now();
    const r = await runBin(['check', '--host', m.host, '--port', String(port), '--security', security, '--ca', m.caFile, '--json']);
    return { report: JSON.parse(r.stdout) as Report, ms: Date.now() - started };
  }

  it('both mismatches reach the verdict in a few seconds at default settings (the modes are raced)', async () => {
    const plainOnTls = await timedBin(m.smtpsPort, 'starttls');
    expect(plainOnTls.report.diagnoses[0]).toMatchObject({ rule: 'mode.expects-implicit-tls' });
    expect(plainOnTls.ms).toBeLessThan(3500);
    const tlsOnPlain = await timedBin(m.submissionPort, 'tls');
    expect(tlsOnPlain.report.diagnoses[0]).toMatchObject({ rule: 'mode.expects-plain' });
    expect(tlsOnPlain.ms).toBeLessThan(3500);
  });

  it('--security auto finds implicit TLS on the smtps port (not 465) and checks it in that mode', async () => {
    const { report, ms } = await timedBin(m.smtpsPort, 'auto');
    const tls = report.steps.find((s) => s.id === 'tls')!;
    expect(tls.facts).toMatchObject({ mode: 'implicit', detected: 'implicit', verified: true });
    expect(tls.warnings?.map((w) => w.key)).toContain('warn.port-speaks-implicit-tls');
    expect(report.steps.find((s) => s.id === 'ehlo')!.status).toBe('pass');
    expect(report.exitCode).toBe(0);
    expect(ms).toBeLessThan(4000);
  });
});
