#!/bin/sh
# Fails when a container created by the tests is still there. Test instances
# of fnflow label their containers with an owner starting with fnflow-test-.
set -eu
LEFT=$(docker ps -a --filter label=fnflow.managed=true --format '{{.ID}} {{.Label "fnflow.owner"}} {{.Status}}' | grep ' fnflow-test-' || true)
if [ -n "$LEFT" ]; then
  echo "containers left behind by the tests:"
  echo "$LEFT"
  exit 1
fi
echo "no test containers left behind"
