#!/usr/bin/env bash
# The README's test command (through ./task test): every test against real
# PostgreSQL, Temporal and Docker, with every dependency required (a missing
# one fails instead of skipping). The whole verbose log goes to bin/test.log;
# the terminal shows one line per package and per failed or skipped test.
# Extra arguments replace the package list (default ./...).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
DSN=$(scripts/postgres.sh)
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./...)
FNFLOW_TEST_REQUIRE_ALL=1 FNFLOW_TEST_POSTGRES_DSN="$DSN" \
  go test -v -count=1 -timeout 40m -p 2 "${pkgs[@]}" > bin/test.log 2>&1 &
pid=$!
tail -n +1 -F --pid=$pid bin/test.log 2>/dev/null | grep -a --line-buffered -E '^(ok|FAIL|\s*--- (FAIL|SKIP)|panic:)' || true
if ! wait $pid; then
  echo "== failures (from bin/test.log):"
  grep -a -E -A25 '^\s*--- FAIL|^panic:' bin/test.log | head -400 || true
  exit 1
fi
scripts/check-skips.sh bin/test.log
scripts/check-leftover-containers.sh
