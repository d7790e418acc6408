#!/usr/bin/env node
// Which modules one smtp-doctor command loads.
//
//   node bench/module-trace.mjs [--list] [--bin FILE] -- ARGS...
//
// runs `node --import bench/module-trace.mjs bin/smtp-doctor.js ARGS...` (stdin from /dev/null, output discarded)
// and prints how many files it loaded: the project's own (dist/), each npm package's, and Node's built-ins.
// --list prints every file too. --bin runs another entry point (a bundle, say) instead of bin/smtp-doctor.js.
//
// Imported with --import (MODULE_TRACE_FILE set), this file registers itself as a module hook: its `load`
// hook appends each ESM URL to MODULE_TRACE_FILE (it runs on the hooks thread, so it writes synchronously),
// and at exit the main thread adds the CommonJS files in require.cache (require() inside CommonJS packages
// does not pass through ESM hooks in Node 20).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(SELF, '../..');
const TRACE = process.env.MODULE_TRACE_FILE;

/** The hook (hooks thread): every module that is loaded, once. */
export async function load(url, context, next) {
  if (TRACE) appendFileSync(TRACE, `${url}\n`);
  return next(url, context);
}

function groupOf(file) {
  if (file.startsWith('node:')) return 'node: built-ins';
  const rel = relative(ROOT, file);
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  if (rel.startsWith('..')) return file;
  return rel.includes('/') ? `${rel.split('/')[0]}/` : rel;
}

function summarize(lines, list) {
  const files = [...new Set(lines.filter(Boolean).map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u)))];
  const groups = new Map();
  for (const f of files) groups.set(groupOf(f), (groups.get(groupOf(f)) ?? 0) + 1);
  const own = files.filter((f) => !f.startsWith('node:'));
  console.log(`${own.length} files loaded (+ ${files.length - own.length} node: built-ins via import)`);
  for (const [g, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${g}`);
  if (list) for (const f of files.sort()) console.log(`    ${f.startsWith('node:') ? f : relative(ROOT, f)}`);
}

function cli(argv) {
  const sep = argv.indexOf('--');
  const opts = sep < 0 ? argv : argv.slice(0, sep);
  const args = sep < 0 ? [] : argv.slice(sep + 1);
  const binAt = opts.indexOf('--bin');
  const bin = binAt < 0 ? join(ROOT, 'bin/smtp-doctor.js') : resolve(opts[binAt + 1]);
  const dir = mkdtempSync(join(tmpdir(), 'module-trace.'));
  const file = join(dir, 'trace');
  try {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(SELF).href, bin, ...args], {
      env: { ...process.env, MODULE_TRACE_FILE: file },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 120_000,
    });
    console.log(`smtp-doctor ${args.join(' ')}  (exit ${run.status ?? run.signal})`);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* nothing loaded */
    }
    summarize(text.split('\n'), opts.includes('--list'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread && TRACE && process.argv[1] !== SELF) {
  // Imported with --import into the traced process.
  register(import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache).map((f) => pathToFileURL(f).href);
    appendFileSync(TRACE, cjs.length ? `${cjs.join('\n')}\n` : '');
  });
} else if (isMainThread && process.argv[1] === SELF) {
  cli(process.argv.slice(2));
}
