#!/usr/bin/env bash
# smtp-doctor vs swaks: wall-clock ratios measured with hyperfine against the
# local Postfix + Dovecot test MTA (.ci/mta/setup.sh).
#
#   bash bench/run.sh
#
# Environment:
#   BENCH_RUNS=N          timed runs per command (default 20, minimum 10)
#   BENCH_BUILD=1         run `npm run build` even if dist/ exists
#   SMTP_DOCTOR_MTA_STATE state dir of the test MTA (default /var/lib/smtp-doctor-mta)
#
# Prints ratios only (smtp-doctor time / swaks time); the raw hyperfine
# exports are in bench/results/<scenario>.json, its console output in
# bench/results/<scenario>.log.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS=$BENCH_DIR/results
STATE=${SMTP_DOCTOR_MTA_STATE:-/var/lib/smtp-doctor-mta}
ENV_JSON=$STATE/env.json
RUNS=${BENCH_RUNS:-20}
WARMUP=3

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
[ "$RUNS" -ge 10 ] || die "BENCH_RUNS must be at least 10 (got $RUNS)"

for tool in node npm hyperfine swaks; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (Debian: apt-get install -y swaks hyperfine)"
done
[ -r "$ENV_JSON" ] || die "$ENV_JSON not found: start the test MTA with 'bash .ci/mta/setup.sh'"

cd "$ROOT"

# ------------------------------------------------------------- build ----
if [ ! -f dist/bundle/smtp-doctor.js ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  if [ ! -x node_modules/.bin/tsc ]; then
    say "node_modules missing: npm ci"
    npm ci --no-audit --no-fund >&2
  fi
  say "building: npm run build"
  npm run build >&2
fi
[ -f dist/bundle/smtp-doctor.js ] || die "dist/bundle/smtp-doctor.js still missing after build"

# ---------------------------------------------------------- env.json ----
# One value per line, in a fixed order; no jq needed.
mapfile -t facts < <(node -e '
  const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const keys = ["host", "submissionPort", "user", "password", "localRecipient", "caFile"];
  for (const k of keys) {
    const v = e[k];
    if (v === undefined || v === null || v === "") { console.error(`env.json: missing ${k}`); process.exit(1); }
    if (/[\r\n]/.test(String(v))) { console.error(`env.json: ${k} contains a newline`); process.exit(1); }
    console.log(String(v));
  }' "$ENV_JSON") || die "cannot read $ENV_JSON"
[ "${#facts[@]}" -eq 6 ] || die "cannot read $ENV_JSON"
HOST=${facts[0]} PORT=${facts[1]} USER_ADDR=${facts[2]} RCPT=${facts[4]} CA=${facts[5]}
export SMTP_PASSWORD=${facts[3]}
[ -r "$CA" ] || die "CA file $CA not readable"

# Shell-quoted pieces for the command strings hyperfine runs through sh.
# The password stays "$SMTP_PASSWORD" in the strings (expanded by sh at run
# time), so it never appears in bench/results/*.json.
q() { printf '%q' "$1"; }
qHOST=$(q "$HOST") qPORT=$(q "$PORT") qUSER=$(q "$USER_ADDR") qRCPT=$(q "$RCPT") qCA=$(q "$CA")

SD_FULL="node bin/smtp-doctor.js check --host $qHOST --port $qPORT --security starttls --ca $qCA --tls-servername localhost --user $qUSER --password-env SMTP_PASSWORD --from $qUSER --to $qRCPT --json"
SD_ENV="$SD_FULL --no-data"
# swaks 20201014 has no --tls-verify-host: --tls-verify checks the chain
# against --tls-ca-path, --tls-sni sends the name; the host name itself is
# not matched against the certificate (smtp-doctor does match it).
SW_FULL="swaks --server $qHOST:$qPORT --tls --tls-verify --tls-ca-path $qCA --tls-sni localhost --auth PLAIN --auth-user $qUSER --auth-password \"\$SMTP_PASSWORD\" --from $qUSER --to $qRCPT --silent 2"
SW_ENV="$SW_FULL --quit-after RCPT"

# ------------------------------------------------------- sanity runs ----
# Run every command once exactly as hyperfine will (same string, through
# sh) and fail loudly, with its output, if it does not exit 0.
mkdir -p "$RESULTS"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

sanity() { # label command
  local rc=0
  sh -c "$2" >"$tmp" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "bench: SANITY FAILED: $1 exited $rc" >&2
    echo "bench: command: $2" >&2
    echo "----- output -----" >&2
    # smtp-doctor --json: show verdict and the failing steps, not the transcript tail.
    [ "$(head -c 1 "$tmp")" = "{" ] && node -e '
      const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.error(`verdict: ${j.verdict} (exitCode ${j.exitCode})`);
      for (const s of j.steps || []) if (s.status !== "pass") console.error(JSON.stringify(s, null, 1));
      for (const d of j.diagnoses || []) console.error(JSON.stringify(d));' "$tmp" 2>&1 >/dev/null | head -n 60 >&2 \
      || tail -n 60 "$tmp" >&2
    exit 1
  fi
}
say "sanity runs (each command once, must exit 0)"
sanity "smtp-doctor --version" "node bin/smtp-doctor.js --version"
sanity "swaks --version" "swaks --version"
sanity "smtp-doctor full check" "$SD_FULL"
node -e '
  const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const send = (j.steps || []).find((s) => s.id === "send");
  if (j.verdict !== "pass" || !send || send.status !== "pass" || !send.facts || send.facts.dataSent !== true) {
    console.error("bench: SANITY FAILED: smtp-doctor full check did not pass with a sent message");
    process.exit(1);
  }' "$tmp" || { tail -n 60 "$tmp" >&2; exit 1; }
sanity "swaks full send" "$SW_FULL"
sanity "smtp-doctor --no-data" "$SD_ENV"
sanity "swaks --quit-after RCPT" "$SW_ENV"

# ------------------------------------------------------------ timing ----
CORES=$(nproc 2>/dev/null || echo 1)
LOAD1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$LOAD1" -v c="$CORES" 'BEGIN { exit !(l >= c / 2) }'; then
  say "warning: 1-min load average is $LOAD1 on $CORES cores; ratios will be noisy"
fi
bench() { # scenario extra-hyperfine-args... -- sd-cmd sw-cmd
  local name=$1; shift
  local extra=()
  while [ "$1" != -- ]; do extra+=("$1"); shift; done
  shift
  say "measuring $name ($WARMUP warmup + $RUNS runs per command)"
  if ! hyperfine --warmup "$WARMUP" --runs "$RUNS" --style basic "${extra[@]}" \
        --export-json "$RESULTS/$name.json" \
        -n smtp-doctor "$1" -n swaks "$2" >"$RESULTS/$name.log" 2>&1; then
    echo "bench: hyperfine failed for $name:" >&2
    tail -n 40 "$RESULTS/$name.log" >&2
    exit 1
  fi
}

# startup: no shell needed (-N), so no shell-spawn correction either.
bench startup -N -- "node bin/smtp-doctor.js --version" "swaks --version"
# Server scenarios go through sh (needed for "$SMTP_PASSWORD" and the
# redirect); hyperfine subtracts the measured sh start-up from both.
bench full -- "$SD_FULL > /dev/null" "$SW_FULL"
bench envelope -- "$SD_ENV > /dev/null" "$SW_ENV"

# ------------------------------------------------------------ report ----
echo "smtp-doctor vs swaks, wall clock: mean ratio (range of rank-by-rank run ratios); >1 = smtp-doctor slower"
echo "($RUNS runs + $WARMUP warmup each, $CORES cores, load $LOAD1 at start, $(date -u +%Y-%m-%d))"
node "$BENCH_DIR/ratios.mjs" --name startup  "$RESULTS/startup.json"
node "$BENCH_DIR/ratios.mjs" --name full     "$RESULTS/full.json"
node "$BENCH_DIR/ratios.mjs" --name envelope "$RESULTS/envelope.json"
