// Package testdb gives store tests a fresh PostgreSQL database per test,
// from FNFLOW_TEST_POSTGRES_DSN (which `task test` and CI provide). It
// depends on nothing else in fnflow, so any package's tests can use it.
package testdb
