// JSON Schemas (2020-12) of the --json documents, written to schema/*.v1.json. The closed lists (steps,
// categories, reasons, transcript notes, error kinds) come from the built code, so they cannot drift;
// test/schemas.test.ts checks the files are what this script makes and validates real outputs against them.
//
//   npm run build && node scripts/schemas.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const bool = { type: 'boolean' };
const arr = (items) => ({ type: 'array', items });
const obj = (properties, required = [], extra = {}) => ({ type: 'object', properties, required, ...extra });
const keyed = obj({ key: str, text: str }, ['key', 'text']);
const lang = { enum: ['en', 'ko'] };

/** Shared pieces, under $defs of every schema that needs them. */
export async function defs() {
  const t = await import(join(ROOT, 'dist/core/types.js'));
  const opts = await import(join(ROOT, 'dist/core/options.js'));
  const params = { type: 'object', additionalProperties: { type: ['string', 'number'] } };
  const line = obj({
    t: num, dir: { enum: ['send', 'recv', 'note'] }, tls: bool, text: str,
    note: obj({ kind: { enum: [...t.NOTE_KINDS] }, params }, ['kind', 'params']),
  }, ['t', 'dir', 'tls', 'text']);
  const detail = obj({ kind: { enum: [...t.ERROR_KINDS] }, params }, ['kind']);
  return {
    stepId: { enum: [...t.STEP_IDS] },
    category: { enum: [...t.CATEGORY_IDS] },
    reason: { enum: [...t.REASONS] },
    security: { enum: [...opts.SECURITY_MODES] },
    keyed,
    transcriptLine: line,
    failure: obj({
      code: str, reason: { $ref: '#/$defs/reason' }, command: str, responseCode: int, enhancedCode: str,
      response: str, message: str, detail,
    }),
    evidenceItem: {
      oneOf: [
        obj({ line }, ['line'], { additionalProperties: false }),
        obj({ failure: obj({ code: str, message: str, reason: str, detail }) }, ['failure'],
          { additionalProperties: false }),
        obj({
          attempts: arr(obj({ address: str, outcome: str, code: str }, ['address', 'outcome'])),
        }, ['attempts'], { additionalProperties: false }),
      ],
    },
    origin: obj({
      kind: { enum: ['flag', 'env', 'file', 'url', 'prompt', 'preset', 'default'] }, name: str, file: str,
        line: int, key: str,
    }, ['kind']),
    report: obj({
      kind: { const: 'check' },
      schemaVersion: { const: 1 },
      tool: obj({ name: str, version: str }, ['name', 'version']),
      lang,
      target: obj({
        host: str, port: int, security: { $ref: '#/$defs/security' }, user: str, authMethod: str, from: str,
        to: arr(str), noData: bool, helo: str, tlsServername: str, insecure: bool, allowPlaintextAuth: bool,
          provider: str,
      }, ['host', 'port', 'security', 'helo', 'insecure', 'allowPlaintextAuth']),
      startedAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
      ms: num,
      // interrupted: Ctrl-C during check --json (exit 130), the steps done so far; interruptedAt: the step running
      verdict: { enum: ['pass', 'warn', 'fail', 'interrupted'] },
      interruptedAt: { $ref: '#/$defs/stepId' },
      exitCode: int,
      certificateVerified: bool,
      steps: arr(obj({
        id: { $ref: '#/$defs/stepId' },
        status: { enum: ['pass', 'warn', 'fail', 'skip'] },
        ms: num,
        blockedBy: { $ref: '#/$defs/stepId' },
        facts: { type: 'object' },
        failure: { $ref: '#/$defs/failure' },
        warnings: arr({ $ref: '#/$defs/keyed' }),
      }, ['id', 'status', 'ms', 'facts'])),
      diagnoses: arr(obj({
        category: { $ref: '#/$defs/category' }, title: str, rule: str, step: { $ref: '#/$defs/stepId' }, provider: str,
        evidence: str, evidenceItems: arr({ $ref: '#/$defs/evidenceItem' }), cause: str, fix: str, hints: arr(str),
        keys: obj({ cause: str, fix: str, hints: arr(str) }, ['cause', 'fix', 'hints']),
      }, ['category', 'title', 'rule', 'step', 'evidence', 'evidenceItems', 'cause', 'fix', 'hints', 'keys'])),
      warnings: arr({ $ref: '#/$defs/keyed' }),
      sources: { type: 'object', additionalProperties: { $ref: '#/$defs/origin' } },
      lints: arr(obj({
        id: str, severity: { enum: ['error', 'warning'] }, field: str, category: { $ref: '#/$defs/category' },
          key: str, text: str,
      }, ['id', 'severity', 'field', 'key', 'text'])),
      transcript: arr({ allOf: [{ $ref: '#/$defs/transcriptLine' }, obj({ line: str }, ['line'])] }),
    }, ['kind', 'schemaVersion', 'tool', 'lang', 'target', 'startedAt', 'ms', 'verdict', 'exitCode', 'steps',
      'diagnoses',
      'warnings', 'sources', 'lints', 'transcript']),
  };
}

function doc(name, title, root, allDefs, uses) {
  const $defs = Object.fromEntries(uses.map((k) => [k, allDefs[k]]));
  return { $schema: DIALECT, $id: `urn:smtp-doctor:schema:${name}:v1`, title, ...root, $defs };
}

const CHECK_DEFS = ['report', 'stepId', 'category', 'reason', 'security', 'keyed', 'transcriptLine', 'failure',
  'evidenceItem', 'origin'];

/** Every schema, by file name. */
export async function schemas() {
  const d = await defs();
  const verdict = { enum: ['tls', 'plain', 'unknown'] };
  const cert = obj({ verdict: str, code: str, daysLeft: num, subject: str }, ['verdict']);
  const smtp = obj({
    mode: verdict, works: bool, connect: str, banner: str, starttls: bool, auth: arr(str), authAfterTls: arr(str),
    upgraded: bool, tlsProtocol: str, cert, code: str, ms: num,
  }, ['mode', 'works', 'connect', 'ms']);
  return {
    'check.v1.json': doc('check', 'smtp-doctor check --json', { $ref: '#/$defs/report' }, d, CHECK_DEFS),
    'targets.v1.json': doc('targets', 'smtp-doctor check --targets FILE --json', obj({
      kind: { const: 'targets' }, schemaVersion: { const: 1 }, exitCode: int,
      targets: arr(obj({
        name: str, exitCode: int, expectations: arr(obj({ expect: str, ok: bool, actual: {} }, ['expect', 'ok'])),
        report: { $ref: '#/$defs/report' },
      }, ['name', 'exitCode', 'expectations', 'report'])),
    }, ['kind', 'schemaVersion', 'exitCode', 'targets']), d, CHECK_DEFS),
    'probe.v1.json': doc('probe', 'smtp-doctor probe HOST --json', obj({
      kind: { const: 'probe' }, schemaVersion: { const: 1 }, lang, host: str,
      addresses: arr(obj({ address: str, family: { enum: [4, 6] } }, ['address', 'family'])),
      ports: arr(int), ms: num, exitCode: int, insecure: bool,
      rows: arr(obj({
        port: int, family: { enum: [4, 6] }, address: str, mode: { enum: ['tls', 'starttls', 'plain',
          'none'] }, connect: str,
        banner: str, authBeforeTls: arr(str), authAfterTls: arr(str), certVerdict: str, certCode: str,
          certDaysLeft: num,
        tlsProtocol: str, problem: str, ms: num,
      }, ['port', 'family', 'address', 'mode', 'connect', 'authBeforeTls', 'authAfterTls', 'ms'])),
      findings: arr({ $ref: '#/$defs/keyed' }),
      recommendation: obj({
        port: int, security: { enum: ['starttls', 'tls', 'none'] }, family: { enum: [4, 6] }, why: str,
          certificateVerified: bool,
      }, ['port', 'security', 'why']),
      command: str,
      settings: { type: 'object', additionalProperties: str },
      confirmation: { $ref: '#/$defs/report' },
      warnings: arr({ $ref: '#/$defs/keyed' }),
    }, ['kind', 'schemaVersion', 'lang', 'host', 'addresses', 'ports', 'ms', 'exitCode', 'insecure', 'rows',
      'findings', 'warnings']),
    d, CHECK_DEFS),
    'mx.v1.json': doc('mx', 'smtp-doctor mx DOMAIN --json', obj({
      kind: { const: 'mx' }, schemaVersion: { const: 1 }, lang, domain: str,
      mxKind: { enum: ['mx', 'implicit', 'null', 'none'] },
      hosts: arr(obj({
        exchange: str, preference: int, addresses: arr(str),
        ptr: obj({ address: str, names: arr(str), forwardConfirmed: bool }, ['address', 'names', 'forwardConfirmed']),
        smtp, ok: bool, problem: str,
      }, ['exchange', 'preference', 'addresses', 'ok'])),
      verdict: { $ref: '#/$defs/keyed' }, ms: num, dnsError: str, exitCode: int,
      warnings: arr({ $ref: '#/$defs/keyed' }),
    }, ['kind', 'schemaVersion', 'lang', 'domain', 'mxKind', 'hosts', 'verdict', 'ms', 'exitCode', 'warnings']), d,
    ['keyed']),
    'explain.v1.json': doc('explain', 'smtp-doctor explain --json', obj({
      kind: { const: 'explain' }, schemaVersion: { const: 1 }, lang,
      match: { enum: ['specific', 'generic', 'none'] },
      category: { $ref: '#/$defs/category' }, title: str, rule: str, stack: str, stackName: str, provider: str,
        providerName: str,
      reply: obj({ code: int, enhanced: str, text: str }, ['text']),
      evidence: str, cause: str, fix: str, hints: arr(str),
      keys: obj({ cause: str, fix: str, hints: arr(str) }, ['cause', 'fix', 'hints']),
      finding: obj({
        step: { $ref: '#/$defs/stepId' }, code: str, reason: { $ref: '#/$defs/reason' }, command: str,
          responseCode: int,
        enhancedCode: str, provider: str, wording: str, text: str,
      }),
    }, ['kind', 'schemaVersion', 'lang', 'match', 'cause', 'fix', 'hints', 'keys', 'finding']), d, ['category',
      'stepId', 'reason']),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, schema] of Object.entries(await schemas())) {
    writeFileSync(join(ROOT, 'schema', file), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
