#!/usr/bin/env bash
# How `smtp-doctor explain` scales with the size of a pasted log. The input is the
# explain corpora (real error texts from public issue threads) concatenated and cut
# to SMALL and LARGE bytes; LARGE is the most explain reads (512 KiB).
#
#   bash bench/explain-scale.sh
#
# Environment:
#   BENCH_RUNS=N       hyperfine runs per command (default 5)
#   BENCH_BUILD=1      run `npm run build` even if dist/ exists
#
# Prints ratios only: large / small wall time, next to the size ratio. Linear work
# keeps the time ratio far below the size ratio (start-up dominates small inputs);
# quadratic work would make it much larger. hyperfine's export is kept in
# bench/results/explain-scale.json.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS=$BENCH_DIR/results
RUNS=${BENCH_RUNS:-5}
SMALL=8192
LARGE=524288

die() { echo "explain-scale: $*" >&2; exit 1; }
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
for tool in node hyperfine; do command -v "$tool" >/dev/null || die "$tool is not installed (hyperfine: apt-get install hyperfine)"; done
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -d "$ROOT/dist" ]; then (cd "$ROOT" && npm run -s build); fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The corpora repeated until LARGE bytes (a finite loop: no pipe left writing after head exits).
: > "$TMP/all.log"
while [ "$(wc -c < "$TMP/all.log")" -lt "$LARGE" ]; do cat "$ROOT"/fixtures/explain/*.jsonl >> "$TMP/all.log"; done
head -c "$SMALL" "$TMP/all.log" > "$TMP/small.log"
head -c "$LARGE" "$TMP/all.log" > "$TMP/large.log"
mkdir -p "$RESULTS"
BIN="node $ROOT/bin/smtp-doctor.js explain --json"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$RESULTS/explain-scale.json" \
  -n small "$BIN --file $TMP/small.log" -n large "$BIN --file $TMP/large.log" >/dev/null
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
const m = Object.fromEntries(r.map((x) => [x.command, x.median]));
console.log(`explain-scale: input ${(+process.argv[3] / +process.argv[2]).toFixed(0)}x larger -> time ${(m.large / m.small).toFixed(2)}x (median of ${process.argv[4]} runs)`);
' "$RESULTS/explain-scale.json" "$SMALL" "$LARGE" "$RUNS"
