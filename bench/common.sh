# Shared by the bench/*.sh scripts that came with issue 13 (sourced, not run).
# Sets BENCH_DIR, ROOT, RESULTS; say/die print with the script's name; ensure_build builds dist/ when
# missing (or with BENCH_BUILD=1); read_mta reads the test MTA's env.json into HOST, SUB_PORT, SMTPS_PORT,
# USER_ADDR, RCPT, CA and exports SMTP_PASSWORD; need TOOL... checks commands exist.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS=$BENCH_DIR/results
BENCH_NAME=${BENCH_NAME:-bench}

die() { echo "$BENCH_NAME: $*" >&2; exit 1; }
say() { echo "$BENCH_NAME: $*" >&2; }

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (Debian: apt-get install -y swaks hyperfine)"
  done
}

ensure_build() {
  cd "$ROOT"
  if [ ! -f dist/bundle/smtp-doctor.js ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    [ -x node_modules/.bin/tsc ] || { say "node_modules missing: npm ci"; npm ci --no-audit --no-fund >&2; }
    say "building: npm run build"
    npm run build >&2
  fi
  [ -f dist/bundle/smtp-doctor.js ] || die "dist/bundle/smtp-doctor.js still missing after build"
  mkdir -p "$RESULTS"
}

read_mta() {
  local state=${SMTP_DOCTOR_MTA_STATE:-/var/lib/smtp-doctor-mta}
  [ -r "$state/env.json" ] || die "$state/env.json not found: start the test MTA with 'bash .ci/mta/setup.sh'"
  local facts
  mapfile -t facts < <(node -e '
    const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const k of ["host", "submissionPort", "smtpsPort", "user", "password", "localRecipient", "caFile"]) {
      const v = e[k];
      if (v === undefined || v === null || v === "" || /[\r\n]/.test(String(v))) { console.error(`env.json: bad ${k}`); process.exit(1); }
      console.log(String(v));
    }' "$state/env.json") || die "cannot read $state/env.json"
  [ "${#facts[@]}" -eq 7 ] || die "cannot read $state/env.json"
  HOST=${facts[0]} SUB_PORT=${facts[1]} SMTPS_PORT=${facts[2]} USER_ADDR=${facts[3]} RCPT=${facts[5]} CA=${facts[6]}
  export SMTP_PASSWORD=${facts[4]}
  [ -r "$CA" ] || die "CA file $CA not readable"
}

load_note() {
  echo "$(nproc 2>/dev/null || echo '?') cores, 1-min load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?') at start, $(date -u +%Y-%m-%d)"
}
