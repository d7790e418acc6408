#!/usr/bin/env bash
# Build and run one probe by hand, the way the matrix runner does: cwd = the probe's folder, "$OUT" in its
# build/run commands replaced by .tmp/stacks/<id>/ (absolute), the SMTP_* variables passed through from the caller.
#   SMTP_HOST=127.0.0.1 SMTP_PORT=10587 SMTP_SECURITY=starttls SMTP_USER=... SMTP_PASS=... \
#   SMTP_FROM=... SMTP_TO=... SMTP_TIMEOUT=10 SMTP_CA_FILE=/var/lib/smtp-doctor-mta/ca.pem \
#   test/stacks/probes/try.sh jakarta-mail
# TRY_NO_BUILD=1 skips the build step (reuse the last one).
set -euo pipefail
id="${1:?usage: try.sh PROBE_ID}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
dir="$here/$id"
[ -f "$dir/probe.json" ] || { echo "no probe $dir/probe.json" >&2; exit 2; }
export OUT="$root/.tmp/stacks/$id"
mkdir -p "$OUT"
# One command per line, NUL-separated arguments, with $OUT replaced anywhere inside an argument.
cmd() {
  node -e '
    const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const c = p[process.argv[2]];
    if (c) process.stdout.write(c.map((a) => a.split("$OUT").join(process.env.OUT)).join("\0"));
  ' "$dir/probe.json" "$1"
}
cd "$dir"
if [ -z "${TRY_NO_BUILD:-}" ]; then
  mapfile -d '' build < <(cmd build)
  if [ "${#build[@]}" -gt 0 ]; then "${build[@]}" >&2; fi
fi
mapfile -d '' run < <(cmd run)
exec "${run[@]}"
