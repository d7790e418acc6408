#!/usr/bin/env bash
# Start-up: `smtp-doctor --version` against `node -e 0`, both with NODE_EXTRA_CA_CERTS unset (it alone adds
# tens of ms to any Node start). The ratio is what smtp-doctor's own code costs over a bare Node start.
#
#   bash bench/startup.sh
#
# Environment: BENCH_RUNS=N (default 30), BENCH_BUILD=1 (rebuild first).
# Also times `explain` on one line and `providers`, against the same `node -e 0`.
set -euo pipefail
BENCH_NAME=startup
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${BENCH_RUNS:-30}
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
need node hyperfine
ensure_build
unset NODE_EXTRA_CA_CERTS

node bin/smtp-doctor.js --version >/dev/null || die "smtp-doctor --version failed"
say "$RUNS runs + 3 warmup per command; $(load_note)"
hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$RESULTS/startup-node.json" \
  -n 'node -e 0' 'node -e 0' \
  -n 'smtp-doctor --version' 'node bin/smtp-doctor.js --version' \
  -n 'smtp-doctor explain' 'node bin/smtp-doctor.js explain 535 5.7.8 Authentication credentials invalid' \
  -n 'smtp-doctor providers' 'node bin/smtp-doctor.js providers' >"$RESULTS/startup-node.log" 2>&1 \
  || { cat "$RESULTS/startup-node.log" >&2; die "hyperfine failed"; }

node -e '
  const doc = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  const base = doc.results.find((r) => r.command === "node -e 0");
  for (const r of doc.results) {
    if (r === base) continue;
    const ms = (x) => (x * 1000).toFixed(0);
    console.log(`${r.command.padEnd(22)} / node -e 0 = ${(r.mean / base.mean).toFixed(2)}x  (${ms(r.mean)} ms vs ${ms(base.mean)} ms; user CPU ${ms(r.user)} vs ${ms(base.user)} ms)`);
  }' "$RESULTS/startup-node.json"
