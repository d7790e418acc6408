#!/usr/bin/env node
// Print smtp-doctor/swaks time ratios from hyperfine --export-json files.
//
//   node bench/ratios.mjs [--name NAME] results.json          (one export, two commands)
//   node bench/ratios.mjs [--name NAME] sd.json swaks.json    (two exports, one command each)
//
// Output (one line):
//   NAME: smtp-doctor/swaks = 1.23x (1.10..1.40)
// where 1.23x = mean(smtp-doctor) / mean(swaks) and the range is
// min(smtp-doctor)/min(swaks) .. max(smtp-doctor)/max(swaks)
// (fastest-run ratio .. slowest-run ratio). > 1 means smtp-doctor is slower.
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
const fmt = (x) => x.toFixed(2);
const mean = sd.mean / sw.mean;
const lo = sd.min / sw.min;
const hi = sd.max / sw.max;
console.log(`${name}: smtp-doctor/swaks = ${fmt(mean)}x (${fmt(Math.min(lo, hi))}..${fmt(Math.max(lo, hi))})`);
