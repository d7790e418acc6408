#!/usr/bin/env bash
# A healthy check against swaks on the same Postfix: STARTTLS on the submission port, the certificate checked
# against the test CA, AUTH PLAIN, a real message delivered. Timed side by side with hyperfine, on loopback
# and through bench/delay-proxy.mjs at 50 ms round-trip time (25 ms each way), and the round trips counted.
#
#   bash bench/healthy.sh
#
# Environment: BENCH_RUNS=N (default 10), BENCH_DELAY=MS one-way delay (default 25), BENCH_BUILD=1.
# Prints ratios (smtp-doctor time / swaks time; hyperfine subtracts the sh start-up from both) and, per
# tool, the round trips it waited for through the proxy (client flights + 1 for the greeting; median over
# the runs). Every run delivers one message to the test mailbox, as in bench/run.sh.
set -euo pipefail
BENCH_NAME=healthy
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${BENCH_RUNS:-10}
DELAY=${BENCH_DELAY:-25}
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
case "$DELAY" in ''|*[!0-9]*) die "BENCH_DELAY must be a number of ms (got '$DELAY')" ;; esac
need node hyperfine swaks
ensure_build
read_mta
unset NODE_EXTRA_CA_CERTS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/healthy.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# One proxy per tool, so each one's round trips are counted apart. They exit by themselves after 10 min.
proxy() { # name -> prints the port
  node "$BENCH_DIR/delay-proxy.mjs" --to "$HOST:$SUB_PORT" --delay "$DELAY" --stats "$WORK/$1.stats" \
    --lifetime 600 >"$WORK/$1.port" &
  PIDS+=($!)
  for _ in $(seq 1 100); do [ -s "$WORK/$1.port" ] && break; sleep 0.05; done
  [ -s "$WORK/$1.port" ] || die "delay proxy did not start"
}
proxy sd
proxy sw
SD_PROXY=$(cat "$WORK/sd.port") SW_PROXY=$(cat "$WORK/sw.port")

q() { printf '%q' "$1"; }
sd() { # port
  echo "node bin/smtp-doctor.js check --host $(q "$HOST") --port $1 --security starttls --ca $(q "$CA") --tls-servername localhost --user $(q "$USER_ADDR") --password-env SMTP_PASSWORD --from $(q "$USER_ADDR") --to $(q "$RCPT") --json > /dev/null"
}
sw() { # port
  echo "swaks --server $(q "$HOST"):$1 --tls --tls-verify --tls-ca-path $(q "$CA") --tls-sni localhost --auth PLAIN --auth-user $(q "$USER_ADDR") --auth-password \"\$SMTP_PASSWORD\" --from $(q "$USER_ADDR") --to $(q "$RCPT") --silent 2"
}

for c in "$(sd "$SUB_PORT")" "$(sw "$SUB_PORT")" "$(sd "$SD_PROXY")" "$(sw "$SW_PROXY")"; do
  sh -c "$c" >"$WORK/out" 2>&1 || { cat "$WORK/out" >&2; die "sanity run failed: $c"; }
done
: >"$WORK/sd.stats"; : >"$WORK/sw.stats"

say "$RUNS runs + 2 warmup per command, one-way delay $DELAY ms; $(load_note)"
hyperfine --warmup 2 --runs "$RUNS" --style basic --export-json "$RESULTS/healthy-loopback.json" \
  -n smtp-doctor "$(sd "$SUB_PORT")" -n swaks "$(sw "$SUB_PORT")" >"$RESULTS/healthy-loopback.log" 2>&1 \
  || { cat "$RESULTS/healthy-loopback.log" >&2; die "hyperfine failed (loopback)"; }
hyperfine --warmup 2 --runs "$RUNS" --style basic --export-json "$RESULTS/healthy-rtt.json" \
  -n smtp-doctor "$(sd "$SD_PROXY")" -n swaks "$(sw "$SW_PROXY")" >"$RESULTS/healthy-rtt.log" 2>&1 \
  || { cat "$RESULTS/healthy-rtt.log" >&2; die "hyperfine failed (delay proxy)"; }

node "$BENCH_DIR/ratios.mjs" --name "loopback" "$RESULTS/healthy-loopback.json"
node "$BENCH_DIR/ratios.mjs" --name "rtt $((2 * DELAY)) ms" "$RESULTS/healthy-rtt.json"
node -e '
  const fs = require("node:fs");
  for (const who of ["smtp-doctor", "swaks"]) {
    const file = `${process.argv[1]}/${who === "swaks" ? "sw" : "sd"}.stats`;
    const rows = fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
    const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const rt = med(rows.map((r) => r.flights + 1));
    console.log(`round trips, ${who}: ${rt} (median of ${rows.length} connections; bytes up/down ${med(rows.map((r) => r.up))}/${med(rows.map((r) => r.down))})`);
  }' "$WORK"
