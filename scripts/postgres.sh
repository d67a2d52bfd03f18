#!/bin/sh
# Installs (from Debian packages) and starts PostgreSQL, then makes sure the
# fnflow role (allowed to create test databases) and database exist.
# Idempotent. Prints the DSN on stdout; progress goes to stderr.
set -eu
DB_NAME=${DB_NAME:-fnflow}
DB_USER=${DB_USER:-fnflow}
DB_PASS=${DB_PASS:-fnflow}
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres: installing from Debian packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PGVER main" || pg_createcluster "$PGVER" main >&2
PORT=$(pg_lsclusters -h | awk -v v="$PGVER" '$1==v && $2=="main" {print $3}')
if ! pg_ctlcluster "$PGVER" main status >/dev/null 2>&1; then
  echo "postgres: starting cluster $PGVER/main on port $PORT..." >&2
  pg_ctlcluster "$PGVER" main start >&2
fi
i=0
until pg_isready -q -h 127.0.0.1 -p "$PORT"; do
  i=$((i+1)); [ $i -gt 100 ] && { echo "postgres: not ready after 20s" >&2; exit 1; }
  sleep 0.2
done
runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN CREATE ROLE "$DB_USER" LOGIN; END IF;
END\$\$;
ALTER ROLE "$DB_USER" WITH LOGIN CREATEDB PASSWORD '$DB_PASS';
SELECT 'CREATE DATABASE "$DB_NAME" OWNER "$DB_USER"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
echo "postgres://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME?sslmode=disable"
