package models_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/fnflow/fnflow/models"
)

// TestSQLiteRunsWithWAL (ARCHITECTURE "Store": SQLite runs with WAL): the
// journal mode is a property of the database file, so a file the Store
// opened reads back as "wal" from a plain connection.
func TestSQLiteRunsWithWAL(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "wal.db")
	s, err := models.Open(context.Background(), "sqlite", dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := openRaw(t, "sqlite", dsn).Raw("PRAGMA journal_mode").Scan(&mode).Error; err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode %q, want wal", mode)
	}
}
