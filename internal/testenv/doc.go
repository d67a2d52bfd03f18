// Package testenv gives integration tests the real things: a PostgreSQL
// database (FNFLOW_TEST_POSTGRES_DSN, which `task test` and CI provide), a
// Temporal dev server (bin/temporal, built from tools/go.mod) and a running
// fnflow app on a loopback port.
package testenv
