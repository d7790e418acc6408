import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Origin } from '../../config/types.js';
import type { NamedReport } from '../../ci/types.js';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../i18n/index.js';
import { useColor, type Io } from '../io.js';
import type { FullCheckFlags } from './check.js';
import type { Target } from './planned.js';
import { readFailure, readFileBounded } from '../../core/read.js';

const MAX_TARGETS = 200;
const MAX_FILE = 1024 * 1024;

/** targets.yml keys (as written in the file) -> check flags. */
const KEY_TO_FLAG: Record<string, keyof FullCheckFlags> = {
  host: 'host',
  port: 'port',
  security: 'security',
  user: 'user',
  password_env: 'passwordEnv',
  password_file: 'passwordFile',
  auth_method: 'authMethod',
  from: 'from',
  to: 'to',
  no_data: 'data',
  helo: 'helo',
  ca: 'ca',
  tls_servername: 'tlsServername',
  insecure: 'insecure',
  allow_plaintext_auth: 'allowPlaintextAuth',
  family: 'family',
  timeout: 'timeout',
  provider: 'provider',
  expect: 'expect',
};
const LIST_FLAGS = new Set(['to', 'ca', 'expect']);
const BOOL_FLAGS = new Set(['insecure', 'allow_plaintext_auth', 'no_data']);


/** targets.yml key -> the report's source field. */
const SOURCE_FIELD: Record<string, string> = { host: 'host', port: 'port', security: 'security', user: 'user', password_env: 'password', password_file: 'password', from: 'from', auth_method: 'authMethod', helo: 'helo' };

const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Read and validate a targets file. Secrets are refused in it: they belong in the environment. */
export async function loadTargets(path: string, base: FullCheckFlags): Promise<Target[]> {
  let text: string;
  try {
    text = await readFileBounded(path, MAX_FILE, { regular: true });
  } catch (err) {
    throw new UsageError('err.targets-file', { path, reason: readFailure(err) });
  }
  let doc: unknown;
  const lines = new LineCounter();
  let tree: ReturnType<typeof parseDocument>;
  try {
    tree = parseDocument(text, { lineCounter: lines, maxAliasCount: 50 } as Parameters<typeof parseDocument>[1]);
    if (tree.errors.length) throw tree.errors[0];
    doc = tree.toJS({ maxAliasCount: 50 });
  } catch {
    // The parser's message quotes the file; it is not repeated (it may hold anything).
    throw new UsageError('err.targets-file', { path, reason: 'not valid YAML' });
  }
  const list0 = isMap(tree.contents) ? tree.contents.get('targets', true) : undefined;
  const lineOf = (i: number, key: string): number | undefined => {
    if (!isSeq(list0)) return undefined;
    const item = list0.items[i] as YamlNode | undefined;
    if (!isMap(item)) return undefined;
    const pair = item.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const list = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as { targets?: unknown }).targets : undefined;
  if (!Array.isArray(list) || !list.length) throw new UsageError('err.targets-file', { path, reason: 'expected a non-empty "targets:" list' });
  if (list.length > MAX_TARGETS) throw new UsageError('err.targets-file', { path, reason: `more than ${MAX_TARGETS} targets` });
  const names = new Set<string>();
  return list.map((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new UsageError('err.targets-file', { path, reason: `target ${i + 1} is not a mapping` });
    const entry = item as Record<string, unknown>;
    const flags: FullCheckFlags = { ...base, targets: undefined, noPrompt: true };
    const origins: Record<string, Origin> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (key === 'name') continue;
      const field = SOURCE_FIELD[key];
      if (field) {
        const o: Origin = { kind: 'file', file: path, key };
        const line = lineOf(i, key);
        if (line) o.line = line;
        origins[field] = o;
      }
      if (/^pass(word)?$/i.test(key)) throw new UsageError('err.targets-secret', { path, target: String(entry.name ?? i + 1) });
      const flag = KEY_TO_FLAG[key];
      if (!flag) throw new UsageError('err.targets-key', { path, key, target: String(entry.name ?? i + 1) });
      if (LIST_FLAGS.has(key)) {
        const arr = Array.isArray(value) ? value : [value];
        if (!arr.every(scalar)) throw new UsageError('err.targets-key', { path, key, target: String(entry.name ?? i + 1) });
        (flags as Record<string, unknown>)[flag] = arr.map(String);
      } else if (BOOL_FLAGS.has(key)) {
        if (typeof value !== 'boolean') throw new UsageError('err.targets-key', { path, key, target: String(entry.name ?? i + 1) });
        (flags as Record<string, unknown>)[flag] = key === 'no_data' ? !value : value;
      } else {
        if (!scalar(value)) throw new UsageError('err.targets-key', { path, key, target: String(entry.name ?? i + 1) });
        (flags as Record<string, unknown>)[flag] = String(value);
      }
    }
    const named = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : undefined;
    // Unnamed targets are called host:port; the same server twice (two users, say) gets its position too.
    const plain = entry.port !== undefined ? `${String(entry.host ?? '?')}:${String(entry.port)}` : String(entry.host ?? '?');
    const name = named ?? (names.has(plain) ? `${plain}#${i + 1}` : plain);
    if (names.has(name)) throw new UsageError('err.targets-duplicate', { path, target: name });
    names.add(name);
    return { name, flags, origins };
  });
}

/** `check --targets FILE`: every target concurrently (bounded), one line each, the worst exit code. */
export async function runTargets(flags: FullCheckFlags, io: Io, lang: Lang): Promise<number> {
  const { concurrencyOf, prepareTargets, runPlanned } = await import('./planned.js');
  const concurrency = concurrencyOf(flags);
  const planned = await prepareTargets(await loadTargets(flags.targets!, flags), io, lang);
  const [outputs, { toJson }] = await Promise.all([import('./outputs.js'), import('../../render/json.js')]);
  const results = await runPlanned(planned, io.env, concurrency);
  const code = outputs.worstExit(results.map(outputs.targetExit));
  if (flags.json) {
    const doc = {
      kind: 'targets',
      schemaVersion: 1,
      exitCode: code,
      targets: results.map((r) => ({ name: r.name, exitCode: outputs.targetExit(r), expectations: r.expectations.map((e) => ({ expect: e.expectation.raw, ok: e.ok, actual: e.actual })), report: toJson(r.report, lang) })),
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const { renderTargetsHuman } = await import('../../render/human-targets.js');
    const style = { lang, color: useColor(io, flags), transcript: Boolean(flags.transcript) };
    io.stdout.write(renderTargetsHuman(results, outputs.targetExit, code, style));
  }
  const secrets = planned.flatMap(({ p }) => p.options.password?.forms(p.options.user) ?? []);
  await outputs.writeOutputs(results, flags, io, lang, secrets);
  return code;
}
