#!/usr/bin/env bash
# explain on hostile 5 MiB pastes: wall time and peak RSS per input shape, through the built CLI, the text on
# standard input (explain reads the first 512 KiB and says so on stderr; `--file` now does the same).
#
#   bash bench/explain-hostile.sh              # this checkout
#   BENCH_BASE=REV bash bench/explain-hostile.sh  # also REV, built in a temporary worktree, side by side
#
# Shapes (the ones issue 12 named, plus the quadratic families the fuzz test covers):
#   blank   one error line, then blank lines      dashes  "a-a-a-..."      dots   "a.a.a...."
#   auth    "250-AUTH " lines                     tuple   "(535, b'" repeated (an unclosed Python tuple)
#   log     the explain corpora, concatenated
# Each run is bounded by BENCH_LIMIT seconds (default 120): a run that hits it prints "> LIMIT".
# Prints one row per shape: seconds and peak RSS (MiB) from /usr/bin/time, for each checkout.
set -euo pipefail
BENCH_NAME=explain-hostile
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need node timeout /usr/bin/time
ensure_build
LIMIT=${BENCH_LIMIT:-120}
SIZE=$((5 * 1024 * 1024))
TMP=$(mktemp -d)
cleanup() { rm -rf "$TMP"; [ -n "${BASE_DIR:-}" ] && git -C "$ROOT" worktree remove --force "$BASE_DIR" >/dev/null 2>&1 || true; }
trap cleanup EXIT

node -e '
const fs = require("fs");
const [dir, size, root] = [process.argv[1], +process.argv[2], process.argv[3]];
const fill = (u) => u.repeat(Math.ceil(size / u.length)).slice(0, size);
const corpora = fs.readdirSync(root + "/fixtures/explain").filter((f) => f.endsWith(".jsonl"))
  .map((f) => fs.readFileSync(root + "/fixtures/explain/" + f, "utf8")).join("\n");
const shapes = {
  blank: "Error: Invalid login: 535 5.7.8 bad\n" + "\n".repeat(size),
  dashes: fill("a-"), dots: fill("a."), auth: fill("250-AUTH \n"), tuple: fill("(535, b\x27"),
  log: fill(corpora + "\n"),
};
for (const [k, v] of Object.entries(shapes)) fs.writeFileSync(`${dir}/${k}.log`, v.slice(0, size));
' "$TMP" "$SIZE" "$ROOT"

CHECKOUTS=("$ROOT")
if [ -n "${BENCH_BASE:-}" ]; then
  BASE_DIR=$TMP/base
  git -C "$ROOT" worktree add --detach "$BASE_DIR" "$BENCH_BASE" >/dev/null 2>&1 || die "cannot check out $BENCH_BASE"
  ln -s "$ROOT/node_modules" "$BASE_DIR/node_modules"
  (cd "$BASE_DIR" && npm run -s build >/dev/null 2>&1) || die "cannot build $BENCH_BASE"
  CHECKOUTS+=("$BASE_DIR")
fi

printf '%-8s' shape
for c in "${CHECKOUTS[@]}"; do [ "$c" = "$ROOT" ] && n=this || n=$BENCH_BASE; printf '%22s' "$n (s, MiB)"; done
echo
for shape in blank dashes dots auth tuple log; do
  printf '%-8s' "$shape"
  for c in "${CHECKOUTS[@]}"; do
    out=$TMP/time.txt
    rc=0
    timeout "$LIMIT" /usr/bin/time -f '%e %M' -o "$out" node "$c/bin/smtp-doctor.js" explain --json \
      < "$TMP/$shape.log" >/dev/null 2>&1 || rc=$?
    if [ "$rc" = 0 ]; then
      read -r secs kib < "$out"
      printf '%22s' "$secs, $((kib / 1024))"
    elif [ "$rc" = 124 ]; then
      printf '%22s' "> $LIMIT"
    else
      printf '%22s' "exit $rc"
    fi
  done
  echo
done
