#!/bin/sh
# Fails when a verbose go test log shows a skipped test that is not on the
# allow-list (scripts/skip-allowlist.txt: one test name per line, # comments).
# Under ./task test every dependency is required, so a skip means a test did
# not run what it claims.
set -eu
log=${1:-bin/test.log}
allow=$(dirname "$0")/skip-allowlist.txt
skipped=$(sed -n 's/^ *--- SKIP: \([^ ]*\) .*/\1/p' "$log" | sort -u)
bad=""
for t in $skipped; do
  grep -v '^#' "$allow" 2>/dev/null | grep -qx "$t" || bad="$bad $t"
done
if [ -n "$bad" ]; then
  echo "tests skipped that must run:$bad" >&2
  echo "(see bin/test.log for their reasons; allow a skip only in scripts/skip-allowlist.txt, with a reason)" >&2
  exit 1
fi
echo "skips: none outside the allow-list ($(echo "$skipped" | grep -c . || true) skipped in all)"
