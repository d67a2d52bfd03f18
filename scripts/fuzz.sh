#!/bin/sh
# Runs every Go fuzz target of the module for a bounded time each
# (FUZZTIME, default 20s). `go test ./...` replays the seed corpora in
# testdata/fuzz/ without fuzzing; this script explores beyond them. A crasher
# is written to the package's testdata/fuzz/<Target>/ by the Go tool: commit
# it with the fix, so the regression is replayed from then on.
set -eu
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-20s}
found=0
for pkg in $(go list ./...); do
  targets=$(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true)
  for t in $targets; do
    found=$((found + 1))
    echo "== fuzz $pkg $t ($FUZZTIME)"
    go test -run '^$' -fuzz "^$t\$" -fuzztime "$FUZZTIME" -parallel 2 "$pkg"
  done
done
[ "$found" -gt 0 ] || { echo "no fuzz targets found" >&2; exit 1; }
echo "== fuzz: $found targets, none failed"
