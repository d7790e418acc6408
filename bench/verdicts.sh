#!/usr/bin/env bash
# How long smtp-doctor takes to name a wrong port/TLS pairing and a silent port (a tarpit).
#
#   bash bench/verdicts.sh
#
# Environment: BENCH_RUNS=N (default 3), BENCH_BUILD=1.
# Timed with hyperfine (exit codes ignored: every one of these checks fails, on purpose):
#   mismatch-465-as-starttls  --security starttls on the test MTA's implicit-TLS port (10465), default settings
#   mismatch-587-as-tls       --security tls on its STARTTLS submission port (10587), default settings
#   tarpit-timeout-4          a listener on 127.0.0.1 that accepts and never greets, --timeout 4
#   tarpit-default            the same tarpit at default settings
# Prints each mean time, as seconds and as a multiple of the one wait it should take at most (--timeout, or
# the default greeting wait of 10 s). A sanity run first checks the exit code of each (5: TLS, 4: connection).
set -euo pipefail
BENCH_NAME=verdicts
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${BENCH_RUNS:-3}
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
need node hyperfine
ensure_build
read_mta
unset NODE_EXTRA_CA_CERTS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/verdicts.XXXXXX")
TARPIT_PID=
cleanup() {
  if [ -n "$TARPIT_PID" ]; then kill "$TARPIT_PID" 2>/dev/null || true; wait "$TARPIT_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The tarpit: accepts on 127.0.0.1, never writes; exits by itself after 10 minutes.
node -e '
  const s = require("node:net").createServer((c) => c.on("error", () => {}));
  s.listen(0, "127.0.0.1", () => console.log(s.address().port));
  setTimeout(() => process.exit(0), 600000).unref();
  setInterval(() => {}, 1 << 30);' >"$WORK/tarpit.port" &
TARPIT_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/tarpit.port" ] && break; sleep 0.05; done
[ -s "$WORK/tarpit.port" ] || die "tarpit did not start"
TARPIT=$(cat "$WORK/tarpit.port")

q() { printf '%q' "$1"; }
BASE="node bin/smtp-doctor.js check --host $(q "$HOST") --ca $(q "$CA") --tls-servername localhost --no-data --from $(q "$USER_ADDR") --to $(q "$RCPT") --json"
declare -A CMD=(
  [mismatch-465-as-starttls]="$BASE --port $SMTPS_PORT --security starttls"
  [mismatch-587-as-tls]="$BASE --port $SUB_PORT --security tls"
  [tarpit-timeout-4]="$BASE --port $TARPIT --timeout 4"
  [tarpit-default]="$BASE --port $TARPIT"
)
declare -A EXPECT=([mismatch-465-as-starttls]=5 [mismatch-587-as-tls]=5 [tarpit-timeout-4]=4 [tarpit-default]=4)
declare -A BOUND=([mismatch-465-as-starttls]=10 [mismatch-587-as-tls]=10 [tarpit-timeout-4]=4 [tarpit-default]=10)
ORDER=(mismatch-465-as-starttls mismatch-587-as-tls tarpit-timeout-4 tarpit-default)

for n in "${ORDER[@]}"; do
  rc=0
  sh -c "${CMD[$n]}" >"$WORK/out" 2>"$WORK/err" || rc=$?
  [ "$rc" = "${EXPECT[$n]}" ] || { tail -c 3000 "$WORK/err" >&2; die "sanity: $n exited $rc, expected ${EXPECT[$n]}"; }
done

say "$RUNS runs per command; $(load_note)"
args=()
for n in "${ORDER[@]}"; do args+=(-n "$n" "${CMD[$n]} > /dev/null"); done
hyperfine -i --runs "$RUNS" --style basic --export-json "$RESULTS/verdicts.json" "${args[@]}" \
  >"$RESULTS/verdicts.log" 2>&1 || { cat "$RESULTS/verdicts.log" >&2; die "hyperfine failed"; }

bounds=""
for n in "${ORDER[@]}"; do bounds+="$n=${BOUND[$n]},"; done
node -e '
  const doc = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  const bound = Object.fromEntries(process.argv[2].split(",").filter(Boolean).map((kv) => kv.split("=")));
  for (const r of doc.results) {
    const b = Number(bound[r.command]);
    console.log(`${r.command.padEnd(26)} ${r.mean.toFixed(2)} s (${r.min.toFixed(2)}..${r.max.toFixed(2)}) = ${(r.mean / b).toFixed(2)}x one wait of ${b} s`);
  }' "$RESULTS/verdicts.json" "$bounds"
