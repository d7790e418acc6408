/**
 * `probe` prints the command to check its recommendation with: pasted as printed, against the real
 * Postfix, it must pass (it carries --ca, --tls-servername, --helo, --auth-method and --proxy as the
 * probe used them). Mandatory in CI like postfix.test.ts; outside CI it skips itself without an MTA.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IN_CI, portOpen, readMtaEnv } from '../helpers/mta-env.js';
import { startSocksServer, type TestProxy } from '../helpers/socks-server.js';
import { runBin } from '../support/bin.js';

const mta = readMtaEnv();
const running = mta ? await portOpen(mta.submissionPort) : false;

/** POSIX words of a command line made of bare words and '…' quoted ones (what `sh` in src/emit prints). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:[^\s']+|'(?:[^']|'\\'')*')+/g)) {
    out.push(m[0].replace(/'((?:[^']|'\\'')*)'/g, (_, q: string) => q.replace(/'\\''/g, "'")));
  }
  return out;
}

describe.runIf(running || IN_CI)('probe: the printed command works as pasted (real Postfix)', () => {
  const m = mta!;
  const env = { SMTP_PASSWORD: m.password, PROXY_PASS: 'pp' };
  const ports = `${m.plainPort},${m.submissionPort},${m.smtpsPort}`;
  const proxies: TestProxy[] = [];
  afterAll(async () => Promise.all(proxies.map((p) => p.close())));

  const probeThenPaste = async (extra: string[], verdict = 'pass'): Promise<string[]> => {
    const login = ['--user', m.user, '--password-env', 'SMTP_PASSWORD'];
    const args = ['probe', m.host, '--ports', ports, ...login, '--json', ...extra];
    const probe = await runBin(args, { env, timeoutMs: 30_000 });
    expect(probe.code, probe.stderr + probe.stdout).toBe(0);
    const doc = JSON.parse(probe.stdout) as { command: string; settings: Record<string, string> };
    const human = await runBin(args.filter((a) => a !== '--json'), { env, timeoutMs: 30_000 });
    expect(human.stdout).toContain(doc.command);
    const argv = words(doc.command);
    expect(argv.slice(0, 2)).toEqual(['smtp-doctor', 'check']);
    const check = await runBin([...argv.slice(1), '--json'], { env, timeoutMs: 30_000 });
    expect(check.code, `${doc.command}\n${check.stdout}${check.stderr}`).toBe(0);
    expect((JSON.parse(check.stdout) as { verdict: string }).verdict).toBe(verdict);
    return [doc.command, JSON.stringify(doc.settings)];
  };

  it('--ca: the certificate verified with it, so the command and the settings carry it', async () => {
    const [command, settings] = await probeThenPaste(['--ca', m.caFile]);
    expect(command).toContain(`--ca ${m.caFile}`);
    expect(command).not.toContain('--insecure');
    expect(settings).toContain(`fs.readFileSync('${m.caFile}')`);
    expect(settings).toContain(`cafile='${m.caFile}'`);
  });

  it('--tls-servername, --helo and --auth-method are repeated', async () => {
    const extra = ['--ca', m.caFile, '--tls-servername', 'mta.smtp-doctor.test', '--helo', 'probe.example',
      '--auth-method', 'LOGIN'];
    const [command, settings] = await probeThenPaste(extra);
    for (const w of ['--tls-servername mta.smtp-doctor.test', '--helo probe.example', '--auth-method LOGIN']) {
      expect(command).toContain(w);
    }
    expect(settings).toContain("servername: 'mta.smtp-doctor.test'");
  });

  it('--proxy with --proxy-password-env: the URL without the password, and the variable', async () => {
    const proxy = await startSocksServer({ users: { pu: 'pp' } });
    proxies.push(proxy);
    const via = ['--proxy', proxy.url('socks5', 'pu'), '--proxy-password-env', 'PROXY_PASS'];
    const [command] = await probeThenPaste(['--ca', m.caFile, ...via]);
    expect(command).toContain(`--proxy socks5://pu@127.0.0.1:${proxy.port} --proxy-password-env PROXY_PASS`);
    expect(command).not.toContain('pp@');
    expect(proxy.requests.some((r) => r.port === m.smtpsPort && r.user === 'pu')).toBe(true);
  });

  it('--insecure without --ca: the command repeats it and the settings say UNSAFE', async () => {
    const [command, settings] = await probeThenPaste(['--insecure'], 'warn');
    expect(command).toContain('--insecure');
    expect(settings).toContain('rejectUnauthorized: false /* UNSAFE */');
  });
});
