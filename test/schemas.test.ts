/**
 * schema/*.v1.json (JSON Schema 2020-12, ajv's 2020 build in strict mode) against REAL outputs of
 * every command through the built binary, passing and failing: check (pass, wrong password, refused
 * port with its connection attempts, untrusted certificate, the OAuth step failing, Korean), the demo's
 * reports (an OAuth check and an expired token), check --targets, probe, mx and explain.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsServer } from './helpers/dns-server.js';
import { startClosedPort } from './helpers/raw-server.js';
import type { RunningServer } from './helpers/smtp-servers.js';
import { startMailSite } from './helpers/mail-site.js';
import { runBin } from './support/bin.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NAMES = ['check', 'targets', 'probe', 'mx', 'explain'] as const;
type Name = (typeof NAMES)[number];
const PW = 'Schema-Pw-3k';
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const validators = {} as Record<Name, ValidateFunction>;
for (const n of NAMES) validators[n] = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema',
  `${n}.v1.json`), 'utf8')));

function valid(name: Name, doc: unknown): void {
  const ok = validators[name](doc);
  expect(ok, `${name}: ${ajv.errorsText(validators[name].errors)}`).toBe(true);
}
const json = async (args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs?: number): Promise<Record<string,
  unknown>> => {
  const r = await runBin([...args, '--json'], { env, ...(timeoutMs ? { timeoutMs } : {}) });
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

let ok: RunningServer;
let dns: DnsServer;
let caFile: string;
let closed: number;
let dir: string;
beforeAll(async () => {
  ({ ok, dns, caFile } = await startMailSite(PW, { 'nullmx.test': { MX: [{ exchange: '', priority: 0 }] } }));
  closed = await startClosedPort();
  dir = mkdtempSync(join(tmpdir(), 'sd-schema-'));
});
afterAll(async () => {
  await Promise.all([ok?.close(), dns?.close()]);
});

const login = (): string[] => ['--user', 'me@example.com', '--password-env', 'SMTP_PASSWORD'];
const at = (port: number): string[] => ['check', '--host', '127.0.0.1', '--port', String(port), '--timeout', '5'];
const tls = (): string[] => ['--ca', caFile, '--tls-servername', 'localhost'];

describe('the schema files', () => {
  it('are what scripts/schemas.mjs makes from the code (steps, categories, reasons, notes)', async () => {
    const { schemas } = (await import(join(ROOT,
      'scripts/schemas.mjs'))) as { schemas(): Promise<Record<string, unknown>> };
    for (const [file, schema] of Object.entries(await schemas())) {
      expect(JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8')), file).toEqual(schema);
    }
  });

  it('reject a document that breaks them (a missing field, an unknown category, a wrong note)', async () => {
    const good = await json([...at(ok.port), ...login(), ...tls(), '--no-probe'], { SMTP_PASSWORD: 'wrong' });
    valid('check', good);
    const { verdict: _drop, ...noVerdict } = good;
    expect(validators.check(noVerdict)).toBe(false);
    const diag = structuredClone(good) as { diagnoses: Array<{ category: string }> };
    diag.diagnoses[0]!.category = 'NOT_A_CATEGORY';
    expect(validators.check(diag)).toBe(false);
    const note = structuredClone(good) as { transcript: Array<{ note?: { kind: string } }> };
    note.transcript.find((l) => l.note)!.note!.kind = 'made-up';
    expect(validators.check(note)).toBe(false);
  });
});

describe('real outputs validate', () => {
  it('check: pass, wrong password, refused port, untrusted certificate, Korean', async () => {
    const env = { SMTP_PASSWORD: PW };
    const [pass, wrong, refused, untrusted, ko] = await Promise.all([
      json([...at(ok.port), ...login(), ...tls(), '--from', 'me@example.com', '--to', 'you@example.com'], env),
      json([...at(ok.port), ...login(), ...tls(), '--no-probe'], { SMTP_PASSWORD: 'wrong' }),
      json([...at(closed), ...login()], env),
      json([...at(ok.port), ...login(), '--tls-servername', 'localhost', '--no-probe'], env),
      json([...at(ok.port), ...login(), ...tls(), '--lang', 'ko', '--no-probe'], { SMTP_PASSWORD: 'wrong' }),
    ]);
    expect([pass, wrong, refused, untrusted, ko].map((d) => d.exitCode)).toEqual([0, 6, 4, 5, 6]);
    for (const d of [pass, wrong, refused, untrusted, ko]) valid('check', d);
    // The typed fields are there to be validated: transcript notes, and each kind of evidence.
    const items = [wrong, refused,
      untrusted].flatMap((d) => (d.diagnoses as Array<{ evidenceItems: object[] }>)[0]!.evidenceItems);
    expect(items.some((i) => 'line' in i)).toBe(true);
    expect(items.some((i) => 'attempts' in i)).toBe(true);
    expect((pass.transcript as Array<{ note?: unknown }>).some((l) => l.note)).toBe(true);
  });

  it('check with OAuth: the oauth step failing (token endpoint unreachable)', async () => {
    const args = [...at(ok.port), '--user', 'me@example.com', ...tls(), '--oauth2-client-id', 'app',
      '--oauth2-refresh-token-env', 'RT', '--oauth2-token-url', `http://127.0.0.1:${closed}/token`, '--no-probe'];
    const d = await json(args, { RT: 'refresh-token-value' });
    valid('check', d);
    expect((d.steps as Array<{ id: string; status: string }>)[0]).toMatchObject({ id: 'oauth', status: 'fail' });
    // Evidence as an error (not a transcript line): the third kind of evidence item.
    const evidence = (d.diagnoses as Array<{ evidenceItems: object[] }>)[0]!.evidenceItems;
    expect(evidence.some((i) => 'failure' in i)).toBe(true);
  });

  it("the demo's reports: password, OAuth (refresh grant, then XOAUTH2) and an expired token", async () => {
    const r = await runBin(['demo', '--json'], { timeoutMs: 60_000 });
    const docs = JSON.parse(r.stdout) as Array<{ steps: Array<{ id: string; status: string }>; verdict: string }>;
    expect(docs.length).toBeGreaterThan(3);
    for (const d of docs) valid('check', d);
    expect(docs.some((d) => d.steps.some((s) => s.id === 'oauth' && s.status === 'pass'))).toBe(true);
    expect(docs.some((d) => d.verdict === 'fail')).toBe(true);
  }, 90_000);

  it('check --targets', async () => {
    const file = join(dir, 'targets.yml');
    const one = (name: string, env: string): string =>
      `  - name: ${name}\n    host: 127.0.0.1\n    port: ${ok.port}\n    user: me@example.com\n` +
      `    password_env: ${env}\n` +
      `    tls_servername: localhost\n    ca: ${caFile}\n    expect: [auth=ok]\n`;
    writeFileSync(file, `targets:\n${one('good', 'SMTP_PASSWORD')}${one('bad', 'WRONG')}`);
    const d = await json(['check', '--targets', file], { SMTP_PASSWORD: PW, WRONG: 'nope' });
    valid('targets', d);
    expect(d.exitCode).toBe(6);
  });

  it('probe: with a confirmation login, with nothing answering, with warnings (--insecure)', async () => {
    const [good, none, warned] = await Promise.all([
      json(['probe', '127.0.0.1', '--ports', String(ok.port), ...login(), ...tls(), '--timeout', '5'],
        { SMTP_PASSWORD: PW }),
      json(['probe', '127.0.0.1', '--ports', String(closed), '--timeout', '3']),
      json(['probe', '127.0.0.1', '--ports', String(ok.port), '--insecure', '--timeout', '5']),
    ]);
    valid('probe', good);
    valid('probe', none);
    valid('probe', warned);
    expect(warned.warnings).toEqual([expect.objectContaining({ key: 'warn.insecure-flag' })]);
    expect(good.confirmation).toMatchObject({ kind: 'check', verdict: 'pass' });
    expect(none.exitCode).toBe(4);
  });

  it('mx: MX records, a null MX, no domain', async () => {
    const mx = (domain: string): Promise<Record<string, unknown>> =>
      json(['mx', domain, '--dns-server', dns.server, '--port', String(ok.port), '--ca', caFile, '--timeout', '5']);
    const docs = await Promise.all([mx('example.test'), mx('nullmx.test'), mx('nothing.test')]);
    expect(docs.map((d) => d.mxKind)).toEqual(['mx', 'null', 'none']);
    for (const d of docs) valid('mx', d);
    const warned = await json(['mx', 'example.test', '--dns-server', dns.server, '--port', String(ok.port), '--timeout',
      '5'], { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') });
    valid('mx', warned);
    expect(warned.warnings).toEqual([expect.objectContaining({ key: 'warn.extra-ca-unreadable' })]);
  });

  it('explain: specific, generic and nothing recognised', async () => {
    const texts = ['Error: Invalid login: 535-5.7.8 Username and Password not accepted', '451 4.3.0 try again later',
      'hello there'];
    const docs = await Promise.all(texts.map((t) => json(['explain', t])));
    expect(docs.map((d) => d.match)).toEqual(['specific', 'generic', 'none']);
    for (const d of docs) valid('explain', d);
  });
});
