/**
 * Secrets in every shape, and server text escaped once at ingestion (issue 12).
 * Everything goes through the built binary against real listeners on 127.0.0.1.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALUE_OPTIONS, VARIADIC_OPTIONS, redactArgs } from '../src/core/argv.js';
import { Secret } from '../src/core/secret.js';
import { buildProgram } from '../src/cli/program.js';
import { Transcript } from '../src/core/transcript.js';
import { selfSignedCert } from '../src/tls/pki.js';
import { startClosedPort, startRawServer, type RawServer, type Step } from './helpers/raw-server.js';
import { runBin } from './support/bin.js';
import { startSocksServer } from './helpers/socks-server.js';

const servers: RawServer[] = [];
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all([...servers.map((s) => s.close()), ...closers.map((c) => c())]);
});
async function raw(script: Step[], tls?: { key: string; cert: string }): Promise<RawServer> {
  const s = await startRawServer(tls ? { script, tls } : { script });
  servers.push(s);
  return s;
}
const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-secrets-'));
let n = 0;
const file = (ext: string): string => join(dir, `out-${++n}.${ext}`);
const read = (p: string): string => (existsSync(p) ? readFileSync(p, 'utf8') : '');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/**
 * The base64 characters fully determined by the secret when it starts at byte offset k (0, 1, 2)
 * of whatever is encoded: any base64 text that carries the secret contains one of these three.
 */
function aligned(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [0, 1, 2].map((k) => {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    return enc.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
  });
}

/** Every shape the canary must never take in any output. */
function shapes(secret: string): string[] {
  return [secret, secret.toUpperCase(), secret.toLowerCase(), ...aligned(secret)];
}

function expectNoCanary(where: string, text: string, secret: string): void {
  for (const s of shapes(secret)) expect(text.includes(s), `${where} contains ${s}`).toBe(false);
}

describe('the command line in --share / --report', () => {
  // Fragments that must not survive anywhere, whichever part of the password a regex would have missed.
  const fragments = ['Qz7Kanary', 'Wx9Lamp', 'Yv3Moss', 'Rt5Fern'];
  const spaced = `Qz7Kanary Wx9Lamp "Yv3Moss' Rt5Fern`;
  const target = ['--host', '127.0.0.1', '--port', 'PORT', '--user', 'me@example.com'];

  async function share(args: string[]): Promise<string> {
    const port = await startClosedPort();
    const report = file('md');
    const withPort = args.map((a) => a.replace('PORT', String(port)));
    const r = await runBin(['check', ...withPort, '--no-probe', '--timeout', '3', '--share', '--report', report]);
    const all = `${r.stdout}\n${r.stderr}\n${read(report)}`;
    expect(all).toContain('smtp-doctor check');
    return all;
  }

  it.concurrent('--password=VALUE with spaces and quotes', async () => {
    const all = await share([...target, `--password=${spaced}`]);
    for (const f of fragments) expect(all).not.toContain(f);
    expect(all).toContain('--password=********');
  });

  it.concurrent('--password VALUE (two arguments) with spaces and quotes', async () => {
    const all = await share([...target, '--password', spaced]);
    for (const f of fragments) expect(all).not.toContain(f);
  });

  it.concurrent('--url whose password holds "@" (the user info runs to the last "@")', async () => {
    const all = await share(['--url', 'smtp://me:Qz7Kanary@Wx9Lamp@Yv3Moss@127.0.0.1:PORT']);
    for (const f of fragments.slice(0, 3)) expect(all).not.toContain(f);
    expect(all).toContain('127.0.0.1');
  });

  it.concurrent('--url whose password holds a TAB (the URL parser drops it)', async () => {
    const all = await share(['--url', 'smtp://me:Qz7Kanary\tWx9Lamp@127.0.0.1:PORT']);
    for (const f of fragments.slice(0, 2)) expect(all).not.toContain(f);
  });

  it('reads the arguments the way check declares its options', () => {
    const io = { argv: [], env: {} } as unknown as Parameters<typeof buildProgram>[0];
    const program = buildProgram(io, 'en', () => undefined);
    const check = program.commands.find((c) => c.name() === 'check')!;
    expect(new Set(check.options.filter((o) => o.required || o.optional).map((o) => o.long))).toEqual(VALUE_OPTIONS);
    expect(new Set(check.options.filter((o) => o.variadic).map((o) => o.long))).toEqual(VARIADIC_OPTIONS);
    expect(redactArgs(['check', '--to', 'a@x.test', 'b@x.test', '--password', '-p w', '--', '--password'])).toEqual([
      'check', '--to', 'a@x.test', 'b@x.test', '--password', '********', '--', '--password',
    ]);
    expect(redactArgs(['--url=smtps://u:p@ss@h:465/?x=@', '--url', 'smtp://h:25'])).toEqual([
      '--url=smtps://u:********@h:465/?x=@',
      '--url',
      'smtp://h:25',
    ]);
  });

  it.concurrent('a value that only looks like --password (the value of --helo) is not taken for one', async () => {
    // Spaced, "--helo --password" is a missing value (test/cli-words.test.ts); with "=" the value is explicit.
    const all = await share([...target, '--helo=--password', '--user', 'me@example.com', '--password-env', 'NOPE']);
    expect(all).toContain('--helo=--password --user');
  });
});

describe('the settings table names where the password came from', () => {
  async function source(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<string> {
    const port = await startClosedPort();
    const report = file('md');
    const opts: Parameters<typeof runBin>[1] = { env };
    if (input !== undefined) opts.input = input;
    const target = ['--host', '127.0.0.1', '--port', String(port), '--user', 'me@example.com'];
    await runBin(['check', ...target, ...args, '--no-probe', '--report', report], opts);
    const row = read(report).split('\n').find((l) => l.startsWith('| password |'));
    expect(row, read(report)).toBeDefined();
    expect(row).not.toContain('Src-Canary-5z');
    return row!;
  }

  it.concurrent('env NAME, file PATH, stdin, the flag', async () => {
    expect(await source(['--password-env', 'MY_SMTP_PW'], { MY_SMTP_PW: 'Src-Canary-5z' })).toContain('MY_SMTP_PW');
    const pwFile = file('txt');
    writeFileSync(pwFile, 'Src-Canary-5z\n');
    const row = await source(['--password-file', pwFile]);
    expect(row).toContain(pwFile);
    expect(row).not.toContain('--password-env');
    const stdin = await source(['--password-stdin'], {}, 'Src-Canary-5z\n');
    expect(stdin).toContain('stdin');
    expect(stdin).not.toContain('--password-env');
    const flag = await source(['--password=Src-Canary-5z']);
    expect(flag).toMatch(/\| --password \|/);
  });
});

describe('a password echoed back at another base64 alignment', () => {
  it('is masked in the transcript (plain, upper, lower, base64 shifted by 0, 1 and 2 bytes)', () => {
    const pw = 'Echo7Canary9Q';
    const t = new Transcript({ now: () => 0, secrets: new Secret(pw).forms('me') });
    const reply = [
      `535-5.7.8 ${pw.toUpperCase()} ${pw.toLowerCase()}`,
      `535-5.7.8 ${b64(`x${pw}`)}`,
      `535 5.7.8 ${b64(`xy${pw}`)} ${b64(`${pw}z`)}`,
    ];
    t.received(`${reply.join('\r\n')}\r\n`, false);
    const text = t.lines.map((l) => l.text).join('\n');
    expectNoCanary('transcript', text, pw);
    expect(text).toContain('535 5.7.8 ********');
    // Unrelated base64 stays as it was.
    t.received(`250 ${b64('nothing to hide here')}\r\n`, false);
    expect(t.lines.at(-1)?.text).toBe(`250 ${b64('nothing to hide here')}`);
  });

  it('stays linear on a long line of base64', () => {
    const pw = 'Echo7Canary9Q';
    const t = new Transcript({ now: () => 0, secrets: new Secret(pw).forms('me') });
    const long = `250 ${'QUJD'.repeat(250_000)}\r\n`;
    const started = Date.now();
    t.received(long, false);
    t.scrub(long);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a canary password in every output mode', () => {
  const pw = 'Kanary7Secret9Q';
  const echo = (): Step[] => [
    { send: '220 echo.example ESMTP\r\n' },
    { expect: /^EHLO/ },
    { send: '250-echo.example\r\n250 AUTH PLAIN LOGIN\r\n' },
    { expect: /^AUTH PLAIN/ },
    {
      send:
        `535-5.7.8 you sent ${pw} (${pw.toUpperCase()}, ${pw.toLowerCase()})\r\n` +
        `535-5.7.8 ${b64(pw)} ${b64(`x${pw}`)}\r\n535 5.7.8 ${b64(`xy${pw}`)} is wrong\r\n`,
    },
  ];

  it('human, --transcript, --json, --junit, --report, --share, GitHub annotations and summary, Korean', async () => {
    const s = await raw(echo());
    const base = ['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none'];
    const auth = ['--allow-plaintext-auth', '--user', 'me@example.com', '--password-env', 'SMTP_PW'];
    auth.push('--auth-method', 'PLAIN');
    base.push('--no-probe', '--timeout', '5');
    const env = { SMTP_PW: pw };
    const [junit, report, summary, koReport] = [file('xml'), file('md'), file('md'), file('md')];
    const withPw = await Promise.all([
      runBin([...base, ...auth], { env }),
      runBin([...base, ...auth, '--transcript', '--junit', junit, '--report', report, '--share'], {
        env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
      }),
      runBin([...base, ...auth, '--json'], { env }),
      runBin([...base, ...auth, '--lang', 'ko', '--transcript', '--share', '--report', koReport], { env }),
    ]);
    for (const [i, r] of withPw.entries()) {
      expect(r.code, r.stderr).toBe(6);
      expectNoCanary(`run ${i} stdout`, r.stdout, pw);
      expectNoCanary(`run ${i} stderr`, r.stderr, pw);
    }
    expect(withPw[1]!.stdout).toContain('535');
    expect(withPw[1]!.stderr).toContain('::error');
    expect(withPw[3]!.stdout).toMatch(/[가-힣]/);
    JSON.parse(withPw[2]!.stdout);
    for (const f of [junit, report, summary, koReport]) {
      const text = read(f);
      expect(text.length, f).toBeGreaterThan(100);
      expectNoCanary(f, text, pw);
    }
  });
});

describe('a canary proxy password (--proxy URL, ALL_PROXY) in every output mode', () => {
  it('human, --transcript, --json, --junit, --report, --share, GitHub summary, Korean', async () => {
    const pw = 'Prx9Kanary7Lamp';
    const proxy = await startSocksServer({ users: { px: pw } });
    closers.push(proxy.close);
    // The SMTP server echoes nothing of the proxy: anything that leaks comes from smtp-doctor itself.
    const s = await raw([{ send: '220 p.example ESMTP\r\n' }, { expect: /^EHLO/ }, { send: '250 p.example\r\n' }]);
    const base = ['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'none', '--no-probe', '--timeout', '5'];
    const url = proxy.url('socks5', `px:${pw}`);
    const [junit, report, summary] = [file('xml'), file('md'), file('md')];
    const runs = await Promise.all([
      runBin([...base, '--proxy', url, '--transcript', '--junit', junit, '--report', report, '--share'], {
        env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
      }),
      runBin([...base, '--proxy', url, '--json']),
      runBin([...base, '--lang', 'ko', '--share'], { env: { ALL_PROXY: url } }),
      runBin([...base, '--json'], { env: { ALL_PROXY: proxy.url('socks5', `px:${pw}-wrong`) } }),
    ]);
    for (const [i, r] of runs.entries()) {
      expectNoCanary(`run ${i} stdout`, r.stdout, pw);
      expectNoCanary(`run ${i} stderr`, r.stderr, pw);
    }
    expect(runs[0]!.stdout).toContain(`through the proxy socks5://127.0.0.1:${proxy.port}`);
    expect(runs[3]!.code).toBe(4);
    for (const f of [junit, report, summary]) {
      expect(read(f).length, f).toBeGreaterThan(100);
      expectNoCanary(f, read(f), pw);
    }
  });
});

describe('certificate names with line breaks', () => {
  it('cannot forge lines in the human output; JSON keeps the escaped form', async () => {
    const forged = 'mail.example\n✔ AUTH … user admin\r\nverification: trusted';
    const org = 'Org\n✔ AUTH … user admin';
    const dns = ['localhost', 'evil\n✔ AUTH … user admin'];
    const cert = await selfSignedCert({ cn: forged, org, dns, ips: ['127.0.0.1'] });
    const ehlo = { send: '250-tls.example\r\n250 AUTH PLAIN\r\n' };
    const s = await raw([{ send: '220 tls.example ESMTP\r\n' }, { expect: /^EHLO/ }, ehlo], cert);
    const args = ['check', '--host', '127.0.0.1', '--port', String(s.port), '--security', 'tls', '--no-probe'];
    args.push('--timeout', '5');
    const [human, json, ko] = await Promise.all([
      runBin([...args, '--transcript']),
      runBin([...args, '--json']),
      runBin([...args, '--lang', 'ko']),
    ]);
    expect(human.code).toBe(5);
    for (const out of [human.stdout, ko.stdout]) {
      for (const line of out.split('\n')) {
        expect(line.trim()).not.toMatch(/^(✔ AUTH|verification: trusted)/);
        expect(line).not.toContain('\r');
      }
    }
    const doc = JSON.parse(json.stdout) as { steps: Array<{ id: string; facts: Record<string, unknown> }> };
    const tls = doc.steps.find((x) => x.id === 'tls')!;
    expect(String(tls.facts.subject)).toContain('mail.example\\n✔ AUTH');
    expect(String(tls.facts.subject)).toContain('\\x0d');
    JSON.stringify(doc, (_k, v: unknown) => {
      if (typeof v === 'string') expect(v).not.toMatch(/[\r\n]/);
      return v;
    });
  });
});

describe('probe and a hostile AUTH list', () => {
  it('escapes ESC, BEL and C1 in English and Korean', async () => {
    const ehlo = '250-p.example\r\n250-AUTH PLAIN\x1b[2J\x07\x9b LOGIN\r\n250 8BITMIME\r\n';
    const s = await raw([{ send: '220 p.example ESMTP\r\n' }, { expect: /^EHLO/ }, { send: ehlo }]);
    const args = ['probe', '127.0.0.1', '--ports', String(s.port), '--timeout', '3'];
    const [en, ko, json] = await Promise.all([
      runBin(args),
      runBin([...args, '--lang', 'ko']),
      runBin([...args, '--json']),
    ]);
    for (const r of [en, ko]) {
      expect(r.stdout).toContain('LOGIN');
      // eslint-disable-next-line no-control-regex
      expect(r.stdout + r.stderr).not.toMatch(/[\x1b\x07\x80-\x9f]/);
    }
    // The server wrote U+009B as UTF-8 (C2 9B); the SMTP reader reads bytes: C2 shows as itself, 9B escaped.
    expect(en.stdout).toContain('PLAIN\\x1b[2J\\x07');
    expect(en.stdout).toContain('\\x9b LOGIN');
    // eslint-disable-next-line no-control-regex
    expect(json.stdout).not.toMatch(/\\u001b|\\u0007|\u009b/);
  });
});
