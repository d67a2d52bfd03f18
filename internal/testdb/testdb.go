package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver for creating test databases

	"github.com/fnflow/fnflow/internal/testreq"
)

// PostgresDSN returns a DSN for a fresh, empty database that is dropped when
// the test ends. Without FNFLOW_TEST_POSTGRES_DSN the test is skipped, or
// fails where every dependency is required (testreq: ./task test and CI).
func PostgresDSN(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("FNFLOW_TEST_POSTGRES_DSN")
	if admin == "" {
		testreq.Missing(t, "FNFLOW_TEST_POSTGRES_DSN not set: run ./task test to start PostgreSQL and run these")
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "fnflow_test_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		t.Fatalf("postgres: create test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		db.Close()
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("FNFLOW_TEST_POSTGRES_DSN must be a URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}
