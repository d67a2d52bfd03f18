#!/bin/sh
# ./task cluster: fnflow's production topology on this machine, on real parts.
#   - PostgreSQL (scripts/postgres.sh): fnflow's store and Temporal's persistence and visibility
#   - the Temporal server v1.29 (not the dev server; tools/temporal-server/go.mod), schema by temporal-sql-tool
#   - one `fnflow api` (127.0.0.1:${API_PORT:-8090}) and three `fnflow worker`s with distinct docker.instance_id,
#     each with its metrics listener (127.0.0.1:9461..9463; the API's on 9460)
#   - the Temporal UI (127.0.0.1:${UI_PORT:-8234}) against the server's frontend (bin/temporal-ui-server,
#     tools/temporal-ui: the UI server version the pinned temporal CLI embeds)
# The test TestClusterOnRealParts (tests/cluster) runs the same topology from the same config files.
# Ctrl-C stops everything it started. State is kept in data/cluster (delete it, and the databases, to start over).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CLUSTER_DIR=$ROOT/data/cluster
TEMPORAL_PORT=${TEMPORAL_PORT:-7733}
API_PORT=${API_PORT:-8090}
UI_PORT=${UI_PORT:-8234}
WORKERS=${WORKERS:-3}
mkdir -p "$CLUSTER_DIR/config" "$CLUSTER_DIR/logs"

DSN=$(scripts/postgres.sh)
# postgres://user:pass@host:port/db?...
PG_USER=$(echo "$DSN" | sed -E 's#^postgres://([^:]+):.*#\1#')
PG_PASS=$(echo "$DSN" | sed -E 's#^postgres://[^:]+:([^@]+)@.*#\1#')
PG_HOST=$(echo "$DSN" | sed -E 's#.*@([^:/]+):([0-9]+)/.*#\1#')
PG_PORT=$(echo "$DSN" | sed -E 's#.*@([^:/]+):([0-9]+)/.*#\2#')
# The values scripts/cluster/temporal.yaml takes (the test sets its own).
TEMPORAL_DB=temporal TEMPORAL_VISIBILITY_DB=temporal_visibility
TEMPORAL_HTTP_PORT=7743 TEMPORAL_FRONTEND_MEMBERSHIP_PORT=6733
TEMPORAL_HISTORY_PORT=7734 TEMPORAL_HISTORY_MEMBERSHIP_PORT=6734
TEMPORAL_MATCHING_PORT=7735 TEMPORAL_MATCHING_MEMBERSHIP_PORT=6735
TEMPORAL_WORKER_PORT=7739 TEMPORAL_WORKER_MEMBERSHIP_PORT=6739
export PG_USER PG_PASS PG_HOST PG_PORT TEMPORAL_PORT CLUSTER_DIR TEMPORAL_DB TEMPORAL_VISIBILITY_DB \
  TEMPORAL_HTTP_PORT TEMPORAL_FRONTEND_MEMBERSHIP_PORT TEMPORAL_HISTORY_PORT TEMPORAL_HISTORY_MEMBERSHIP_PORT \
  TEMPORAL_MATCHING_PORT TEMPORAL_MATCHING_MEMBERSHIP_PORT TEMPORAL_WORKER_PORT TEMPORAL_WORKER_MEMBERSHIP_PORT

# Temporal's schema: databases temporal and temporal_visibility, created and migrated by its own tool.
SQL="bin/temporal-sql-tool --plugin postgres12 --ep $PG_HOST -p $PG_PORT -u $PG_USER --pw $PG_PASS"
for db in $TEMPORAL_DB:postgresql/v12/temporal $TEMPORAL_VISIBILITY_DB:postgresql/v12/visibility; do
  name=${db%%:*}; schema=${db#*:}
  $SQL --db "$name" create-database >/dev/null 2>&1 || true   # exists already: fine
  $SQL --db "$name" setup-schema -v 0.0 >/dev/null 2>&1 || true # versioned already: fine
  $SQL --db "$name" update-schema --schema-name "$schema" >&2
done
PGPASSWORD=$PG_PASS psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname='fnflow_cluster'" | grep -q 1 ||
  PGPASSWORD=$PG_PASS psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE fnflow_cluster"

envsubst < scripts/cluster/temporal.yaml > "$CLUSTER_DIR/config/cluster.yaml"
cp scripts/cluster/dynamicconfig.yaml "$CLUSTER_DIR/config/dynamicconfig.yaml"

PIDS=""
cleanup() { for p in $PIDS; do kill "$p" 2>/dev/null || true; done; wait; }
trap cleanup INT TERM EXIT

bin/temporal-server --root "$CLUSTER_DIR" --config config --env cluster --allow-no-auth start \
  >"$CLUSTER_DIR/logs/temporal.log" 2>&1 &
PIDS="$PIDS $!"
i=0
until bin/temporal operator cluster health --address "127.0.0.1:$TEMPORAL_PORT" >/dev/null 2>&1; do
  i=$((i+1)); [ $i -gt 120 ] && { echo "temporal server not healthy after 60s; see $CLUSTER_DIR/logs/temporal.log" >&2; exit 1; }
  sleep 0.5
done
echo "temporal server (PostgreSQL) on 127.0.0.1:$TEMPORAL_PORT" >&2
bin/temporal-ui-server -address "127.0.0.1:$TEMPORAL_PORT" -port "$UI_PORT" -namespace fnflow \
  >"$CLUSTER_DIR/logs/temporal-ui.log" 2>&1 &
PIDS="$PIDS $!"

# Every fnflow process: the same store, Temporal namespace, task queue and artifacts.
FNFLOW_DATABASE_DRIVER=postgres
FNFLOW_DATABASE_DSN="postgres://$PG_USER:$PG_PASS@$PG_HOST:$PG_PORT/fnflow_cluster?sslmode=disable"
FNFLOW_TEMPORAL_ADDRESS=127.0.0.1:$TEMPORAL_PORT
FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false
FNFLOW_SERVER_LISTEN=127.0.0.1:$API_PORT
FNFLOW_SERVER_PUBLIC_URL=http://127.0.0.1:$API_PORT
FNFLOW_STORAGE_DIR=${FNFLOW_STORAGE_DIR:-$CLUSTER_DIR/artifacts}
FNFLOW_LOG_FORMAT=json
export FNFLOW_DATABASE_DRIVER FNFLOW_DATABASE_DSN FNFLOW_TEMPORAL_ADDRESS FNFLOW_TEMPORAL_DEV_SERVER_ENABLED \
  FNFLOW_SERVER_LISTEN FNFLOW_SERVER_PUBLIC_URL FNFLOW_STORAGE_DIR FNFLOW_LOG_FORMAT

bin/fnflow project create --id default --name Default --if-missing >/dev/null
KEY=$(bin/fnflow key create --project default --name cluster)

FNFLOW_METRICS_LISTEN=127.0.0.1:9460 bin/fnflow api >"$CLUSTER_DIR/logs/api.log" 2>&1 &
PIDS="$PIDS $!"
n=1
while [ $n -le "$WORKERS" ]; do
  FNFLOW_DOCKER_INSTANCE_ID=fnflow-cluster-w$n FNFLOW_METRICS_LISTEN=127.0.0.1:946$n \
    bin/fnflow worker >"$CLUSTER_DIR/logs/worker$n.log" 2>&1 &
  PIDS="$PIDS $!"
  n=$((n+1))
done
i=0
until curl -fsS "http://127.0.0.1:$API_PORT/v1/health" >/dev/null 2>&1; do
  i=$((i+1)); [ $i -gt 120 ] && { echo "fnflow api not ready after 60s; see $CLUSTER_DIR/logs/api.log" >&2; exit 1; }
  sleep 0.5
done
cat >&2 <<MSG

  fnflow API:   http://127.0.0.1:$API_PORT/v1      (project default, key $KEY)
  Temporal:     127.0.0.1:$TEMPORAL_PORT (server v1.29 on PostgreSQL $PG_HOST:$PG_PORT)
  Temporal UI:  http://127.0.0.1:$UI_PORT/namespaces/fnflow/workflows
  metrics:      api http://127.0.0.1:9460/metrics, workers http://127.0.0.1:9461..946$WORKERS/metrics
  logs:         $CLUSTER_DIR/logs
  Ctrl-C stops them all.
MSG
wait
