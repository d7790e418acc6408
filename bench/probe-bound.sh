#!/usr/bin/env bash
# The time bound of `smtp-doctor probe`: N silent tarpit ports (accept, never
# speak) on 127.0.0.1, probed with --timeout T. Every port is tried both ways
# (implicit TLS and plain SMTP), so each tarpit port costs two connections of
# one timeout each. Run one after another that would be 2 x N x T; through the
# probe's bounded pool (PROBE_CONCURRENCY connections at once) it should be
# about ceil(2 x N / PROBE_CONCURRENCY) x T.
#
#   bash bench/probe-bound.sh
#
# Environment:
#   BENCH_PORTS=N      tarpit ports (default 12)
#   BENCH_TIMEOUT=S    --timeout in seconds (default 2)
#   BENCH_RUNS=N       hyperfine runs per command (default 3)
#   BENCH_BUILD=1      run `npm run build` even if dist/ exists
#
# Prints ratios only: probe wall time / one timeout. Two commands are timed:
# `fits`  - as many tarpit ports as fill the pool exactly once (PROBE_CONCURRENCY / 2),
# `all`   - all N tarpit ports.
# The standard ports 25, 465, 587 and 2525 that probe always adds are probed
# too; nothing is expected to listen there on 127.0.0.1 (they are refused at once).
# hyperfine's export is kept in bench/results/probe-bound.json.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS=$BENCH_DIR/results
N=${BENCH_PORTS:-12}
TIMEOUT=${BENCH_TIMEOUT:-2}
RUNS=${BENCH_RUNS:-3}

die() { echo "probe-bound: $*" >&2; exit 1; }
say() { echo "probe-bound: $*" >&2; }

case "$N" in ''|*[!0-9]*) die "BENCH_PORTS must be a number (got '$N')" ;; esac
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
case "$TIMEOUT" in ''|*[!0-9.]*) die "BENCH_TIMEOUT must be a number of seconds (got '$TIMEOUT')" ;; esac
[ "$N" -ge 1 ] && [ "$N" -le 100 ] || die "BENCH_PORTS must be 1..100 (got $N)"
[ "$RUNS" -ge 1 ] || die "BENCH_RUNS must be at least 1"
for tool in node hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (Debian: apt-get install -y hyperfine)"
done

cd "$ROOT"
if [ ! -f dist/bundle/smtp-doctor.js ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  [ -x node_modules/.bin/tsc ] || { say "node_modules missing: npm ci"; npm ci --no-audit --no-fund >&2; }
  say "building: npm run build"
  npm run build >&2
fi
[ -f dist/bundle/smtp-doctor.js ] || die "dist/bundle/smtp-doctor.js still missing after build"
mkdir -p "$RESULTS"

# ------------------------------------------------------------ tarpits ----
WORK=$(mktemp -d "${TMPDIR:-/tmp}/probe-bound.XXXXXX")
TARPIT_PID=
cleanup() {
  if [ -n "$TARPIT_PID" ]; then
    kill "$TARPIT_PID" 2>/dev/null || true
    wait "$TARPIT_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# One node process, N listeners on 127.0.0.1:0 that accept and never write.
# It prints the bound ports, one per line, and exits by itself after 10 minutes.
node -e '
  const net = require("node:net");
  const n = Number(process.argv[1]);
  const sockets = new Set();
  let bound = 0;
  const ports = [];
  for (let i = 0; i < n; i++) {
    const server = net.createServer((s) => { sockets.add(s); s.on("error", () => {}); s.on("close", () => sockets.delete(s)); });
    server.listen(0, "127.0.0.1", () => {
      ports.push(server.address().port);
      if (++bound === n) process.stdout.write(ports.join("\n") + "\n");
    });
  }
  setTimeout(() => process.exit(0), 600000).unref();
  setInterval(() => {}, 1 << 30);
' "$N" >"$WORK/ports" &
TARPIT_PID=$!

for _ in $(seq 1 100); do
  [ "$(wc -l <"$WORK/ports")" -ge "$N" ] && break
  kill -0 "$TARPIT_PID" 2>/dev/null || die "tarpit listeners did not start"
  sleep 0.05
done
[ "$(wc -l <"$WORK/ports")" -ge "$N" ] || die "tarpit listeners did not bind $N ports"

POOL=$(node -e 'import("./dist/probe/probe.js").then((m) => console.log(m.PROBE_CONCURRENCY))')
FIT=$(( POOL / 2 ))
[ "$FIT" -ge 1 ] || FIT=1
[ "$FIT" -le "$N" ] || FIT=$N
ALL_PORTS=$(paste -sd, "$WORK/ports")
FIT_PORTS=$(head -n "$FIT" "$WORK/ports" | paste -sd, -)

cmd() { echo "node bin/smtp-doctor.js probe 127.0.0.1 --ports $1 --timeout $TIMEOUT"; }

# ------------------------------------------------------- sanity run ----
# probe must exit 4 (nothing works) and see every tarpit port as connected but silent.
set +e
node bin/smtp-doctor.js probe 127.0.0.1 --ports "$ALL_PORTS" --timeout "$TIMEOUT" --json >"$WORK/sanity.json" 2>"$WORK/sanity.err"
code=$?
set -e
[ "$code" = 4 ] || { cat "$WORK/sanity.err" "$WORK/sanity.json" >&2; die "sanity run exited $code, expected 4"; }
node -e '
  const doc = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  const tarpits = process.argv[2].split(",").map(Number);
  const bad = tarpits.filter((p) => !doc.rows.some((r) => r.port === p && r.connect === "connected" && r.problem === "no-smtp-greeting"));
  if (bad.length) { console.error("probe-bound: not seen as silent tarpits: " + bad.join(",")); process.exit(1); }
' "$WORK/sanity.json" "$ALL_PORTS" || die "sanity run: unexpected rows (see above)"

# ------------------------------------------------------------ timing ----
say "$N tarpit ports, --timeout $TIMEOUT s, pool of $POOL connections, $RUNS runs; load: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
hyperfine -N -i --runs "$RUNS" --style basic \
  --export-json "$RESULTS/probe-bound.json" \
  -n "fits ($FIT ports)" "$(cmd "$FIT_PORTS")" \
  -n "all ($N ports)" "$(cmd "$ALL_PORTS")" >"$RESULTS/probe-bound.log" 2>&1 \
  || { cat "$RESULTS/probe-bound.log" >&2; die "hyperfine failed"; }

# ----------------------------------------------------------- ratios ----
node -e '
  const [file, timeout, pool] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
  const doc = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
  for (const r of doc.results) {
    const ports = Number(/\((\d+) ports\)/.exec(r.command)[1]);
    const f = (x) => (x / timeout).toFixed(2);
    const pooled = Math.ceil((2 * ports) / pool);
    console.log(`${r.command.padEnd(16)} probe time / timeout = ${f(r.mean)}x (${f(r.min)}..${f(r.max)}); one after another: ${2 * ports}x, pool of ${pool}: ~${pooled}x`);
  }
' "$RESULTS/probe-bound.json" "$TIMEOUT" "$POOL"
