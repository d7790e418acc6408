#!/usr/bin/env node
// Print smtp-doctor/swaks time ratios from hyperfine --export-json files.
//
//   node bench/ratios.mjs [--name NAME] results.json          (one export, two commands)
//   node bench/ratios.mjs [--name NAME] sd.json swaks.json    (two exports, one command each)
//
// Output (one line):
//   NAME: smtp-doctor/swaks = 1.23x (1.10..1.40)
// where 1.23x = mean(smtp-doctor) / mean(swaks), and the range is the
// smallest .. largest ratio of equally ranked runs: each tool's run times are
// sorted and compared rank by rank (fastest/fastest, 2nd/2nd, ...,
// slowest/slowest). With equal run counts the mean ratio always lies inside
// that range. > 1 means smtp-doctor is slower.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

function usage(msg) {
  if (msg) console.error(`ratios.mjs: ${msg}`);
  console.error('usage: node bench/ratios.mjs [--name NAME] <hyperfine.json> [<hyperfine.json>]');
  process.exit(2);
}

const args = process.argv.slice(2);
let name;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--name') {
    name = args[++i];
    if (!name) usage('--name needs a value');
  } else if (args[i] === '-h' || args[i] === '--help') {
    usage();
  } else {
    files.push(args[i]);
  }
}
if (files.length < 1 || files.length > 2) usage('expected one or two JSON files');

const results = [];
for (const f of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(f, 'utf8'));
  } catch (e) {
    usage(`cannot read ${f}: ${e.message}`);
  }
  if (!Array.isArray(doc.results) || doc.results.length === 0) usage(`${f}: no "results" array (not a hyperfine export?)`);
  results.push(...doc.results);
}
if (results.length !== 2) usage(`expected exactly two benchmarked commands, found ${results.length}`);

// hyperfine stores the --command-name (if given) in "command"; fall back to order.
const label = (r) => String(r.command ?? '');
const isSd = (r) => /smtp-doctor/i.test(label(r));
const isSw = (r) => /swaks/i.test(label(r));
let sd = results.find((r) => isSd(r) && !isSw(r));
let sw = results.find((r) => isSw(r) && !isSd(r));
if (!sd || !sw || sd === sw) [sd, sw] = results; // first = smtp-doctor, second = swaks

for (const [who, r] of [['smtp-doctor', sd], ['swaks', sw]]) {
  for (const k of ['mean', 'min', 'max']) {
    if (!(typeof r[k] === 'number' && r[k] > 0)) usage(`${who}: missing or non-positive "${k}"`);
  }
}

if (!name) name = basename(files[0]).replace(/\.json$/i, '');
// Quantile with linear interpolation over sorted times (exact ranks when the
// run counts are equal).
function quantile(sorted, q) {
  const pos = q * (sorted.length - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}
const times = (r) =>
  Array.isArray(r.times) && r.times.length > 0 && r.times.every((t) => typeof t === 'number' && t > 0)
    ? [...r.times].sort((a, b) => a - b)
    : null;

const fmt = (x) => x.toFixed(2);
const mean = sd.mean / sw.mean;
let lo;
let hi;
const ts = times(sd);
const tw = times(sw);
if (ts && tw) {
  const n = Math.max(ts.length, tw.length);
  const ratios = [];
  for (let k = 0; k < n; k++) {
    const q = n === 1 ? 0 : k / (n - 1);
    ratios.push(quantile(ts, q) / quantile(tw, q));
  }
  lo = Math.min(...ratios);
  hi = Math.max(...ratios);
} else {
  // No per-run times in the export: fall back to min/min and max/max.
  lo = Math.min(sd.min / sw.min, sd.max / sw.max);
  hi = Math.max(sd.min / sw.min, sd.max / sw.max);
}
console.log(`${name}: smtp-doctor/swaks = ${fmt(mean)}x (${fmt(lo)}..${fmt(hi)})`);
