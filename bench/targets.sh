#!/usr/bin/env bash
# `check --targets FILE` with 100 targets against the test MTA: wall time and peak RSS.
#
#   bash bench/targets.sh
#
# Environment: BENCH_TARGETS=N (default 100, at most 200), BENCH_RUNS=N (default 3), BENCH_BUILD=1.
# The targets cycle through the three ports of the test MTA: submission (STARTTLS + AUTH PLAIN), implicit
# TLS (+ AUTH PLAIN) and plain port 25-style (no AUTH); each one goes up to RCPT (no_data: nothing is
# delivered). Default concurrency (4). Timed with hyperfine next to one single target of the same kind;
# peak RSS from /usr/bin/time -v, one run each. Prints the wall time per target relative to one target
# alone, and the peak RSS of both.
set -euo pipefail
BENCH_NAME=targets
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${BENCH_TARGETS:-100}
RUNS=${BENCH_RUNS:-3}
case "$N" in ''|*[!0-9]*) die "BENCH_TARGETS must be a number (got '$N')" ;; esac
case "$RUNS" in ''|*[!0-9]*) die "BENCH_RUNS must be a number (got '$RUNS')" ;; esac
[ "$N" -ge 1 ] && [ "$N" -le 200 ] || die "BENCH_TARGETS must be 1..200"
need node hyperfine
[ -x /usr/bin/time ] || die "/usr/bin/time not found (Debian: apt-get install -y time)"
ensure_build
read_mta
unset NODE_EXTRA_CA_CERTS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/targets.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

write_targets() { # count file
  node -e '
    const [n, host, sub, smtps, user, rcpt, ca] = process.argv.slice(1);
    const kinds = [
      { port: sub, security: "starttls", user, password_env: "SMTP_PASSWORD" },
      { port: smtps, security: "tls", user, password_env: "SMTP_PASSWORD" },
      { port: 10025, security: "none" },
    ];
    const lines = ["targets:"];
    for (let i = 0; i < Number(n); i++) {
      const k = kinds[i % kinds.length];
      lines.push(`  - name: t${i + 1}`, `    host: ${host}`, `    tls_servername: localhost`, `    ca: ${JSON.stringify(ca)}`,
        `    from: ${user}`, `    to: ${rcpt}`, `    no_data: true`);
      for (const [key, v] of Object.entries(k)) lines.push(`    ${key}: ${v}`);
    }
    process.stdout.write(lines.join("\n") + "\n");' "$1" "$HOST" "$SUB_PORT" "$SMTPS_PORT" "$USER_ADDR" "$RCPT" "$CA" >"$2"
}
write_targets "$N" "$WORK/many.yml"
write_targets 1 "$WORK/one.yml"

MANY="node bin/smtp-doctor.js check --targets $WORK/many.yml --json"
ONE="node bin/smtp-doctor.js check --targets $WORK/one.yml --json"
for c in "$ONE" "$MANY"; do
  rc=0
  $c >"$WORK/out.json" 2>"$WORK/err" || rc=$?
  [ "$rc" = 0 ] || { cat "$WORK/err" >&2; head -c 2000 "$WORK/out.json" >&2; die "sanity: '$c' exited $rc"; }
done
node -e '
  const j = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  if (j.kind !== "targets" || j.targets.length !== Number(process.argv[2])) { console.error("unexpected document"); process.exit(1); }' \
  "$WORK/out.json" "$N" || die "sanity: not $N targets in the JSON"

say "$N targets, $RUNS runs each; $(load_note)"
hyperfine -N --runs "$RUNS" --style basic --export-json "$RESULTS/targets.json" \
  -n "1 target" "$ONE" -n "$N targets" "$MANY" >"$RESULTS/targets.log" 2>&1 \
  || { cat "$RESULTS/targets.log" >&2; die "hyperfine failed"; }
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'; }
RSS_ONE=$(rss $ONE) RSS_MANY=$(rss $MANY)

node -e '
  const doc = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  const [one, many] = doc.results;
  const n = Number(process.argv[2]);
  console.log(`${many.command}: ${many.mean.toFixed(2)} s (${many.min.toFixed(2)}..${many.max.toFixed(2)}), ${(many.mean / n * 1000).toFixed(0)} ms per target; 1 target: ${one.mean.toFixed(2)} s; ratio ${(many.mean / one.mean).toFixed(1)}x for ${n}x the targets`);
  console.log(`peak RSS: ${n} targets ${(Number(process.argv[4]) / 1024).toFixed(0)} MiB, 1 target ${(Number(process.argv[3]) / 1024).toFixed(0)} MiB`);
  ' "$RESULTS/targets.json" "$N" "$RSS_ONE" "$RSS_MANY"
