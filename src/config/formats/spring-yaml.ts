import { type Document, isAlias, isMap, isScalar, isSeq, type Node, parseAllDocuments } from 'yaml';
import type { ImportedSettings } from '../types.js';
import { ConfigError, Lines } from './shared.js';
import { type SpringEntry, applySpring, canonicalSpringKey } from './spring-properties.js';

export interface YamlDoc {
  entries: SpringEntry[];
  /** spring.config.activate.on-profile / spring.profiles: only read when that profile is active. */
  profile: boolean;
}

/**
 * Parse YAML (every document) into flat dotted entries with the line of each key. Spring lets a
 * key be nested maps or dotted (`properties: { mail.smtp.auth: true }`), and both flatten alike.
 */
export function flattenYaml(text: string, file: string | undefined): YamlDoc[] {
  const lines = new Lines(text);
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, merge: true });
  const list = Array.isArray(docs) ? docs : [];
  for (const d of list) {
    const err = d.errors[0];
    if (err) {
      // The library's own message quotes the source (which may hold a password): code and line only.
      const line = err.linePos?.[0]?.line ?? lines.at(err.pos[0]);
      throw new ConfigError('config.syntax', { path: file ?? '<input>', format: 'YAML', line, what: err.code });
    }
  }
  return list.map((doc) => {
    const entries: SpringEntry[] = [];
    walk(doc, doc.contents, '', entries, lines, 0, { left: 100_000 });
    const profile = entries.some((e) => /^spring\.(config\.activate\.on-profile|profiles)$/i.test(canonicalSpringKey(e.written)));
    return { entries, profile };
  });
}

/** Paths on the way to (or under) spring.mail, and the profile switches: the only places aliases are followed. */
function relevant(path: string): boolean {
  const p = canonicalSpringKey(path).toLowerCase();
  return ['spring.mail', 'spring.config.activate.on-profile', 'spring.profiles'].some((t) => t === p || t.startsWith(`${p}.`)) || p.startsWith('spring.mail.');
}

/**
 * Flatten maps into dotted entries. Aliases (and `<<` merge keys) are followed on the way to
 * spring.mail only, and `budget` bounds the work in any case, so an alias bomb costs nothing.
 * Sequences are skipped: no mail setting is a list.
 */
function walk(doc: Document, node: Node | null | undefined, path: string, out: SpringEntry[], lines: Lines, depth: number, budget: { left: number }): void {
  if (!node || depth > 64 || --budget.left < 0) return;
  const follow = path === '' || relevant(path);
  if (isAlias(node)) {
    if (follow) walk(doc, node.resolve(doc) as Node | undefined, path, out, lines, depth + 1, budget);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (--budget.left < 0) return;
    const k = pair.key as Node | null;
    if (!isScalar(k) || k.value === null || k.value === undefined) continue;
    // With `merge: true` the library gives the merge key a symbol value; its source is "<<".
    const name = typeof k.value === 'symbol' ? (k.source ?? '') : String(k.value);
    const value = pair.value as Node | null;
    if (name === '<<') {
      // Merge key (SnakeYAML, which Spring uses, honours it): the merged map's keys belong here.
      const sources = isSeq(value) ? value.items : [value];
      for (const src of sources) walk(doc, src as Node, path, out, lines, depth + 1, budget);
      continue;
    }
    const full = path ? `${path}.${name}` : name;
    const resolved = isAlias(value) ? (relevant(full) ? (value.resolve(doc) as Node | undefined) : undefined) : value;
    if (isMap(resolved)) {
      walk(doc, resolved, full, out, lines, depth + 1, budget);
      continue;
    }
    if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) continue;
    const v = typeof resolved.value === 'string' ? resolved.value : (resolved.source ?? String(resolved.value));
    const e: SpringEntry = { written: full, value: String(v) };
    if (k.range) e.line = lines.at(k.range[0]);
    out.push(e);
  }
}

export function hasSpringMail(docs: YamlDoc[]): boolean {
  return docs.some((d) => d.entries.some((e) => /^spring\.mail\./i.test(canonicalSpringKey(e.written))));
}

export function importSpringYaml(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const docs = flattenYaml(text, file);
  const mailDocs = docs.filter((d) => hasSpringMail([d]));
  // Default documents apply in order (later wins); profile documents only when no default one sets mail.
  const base = mailDocs.filter((d) => !d.profile);
  const chosen = base.length ? base : mailDocs.slice(0, 1);
  return applySpring('spring-yaml', chosen.flatMap((d) => d.entries), file, env);
}
