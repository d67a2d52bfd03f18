package models_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/glebarez/sqlite"

	"github.com/fnflow/fnflow/internal/testdb"
	"github.com/fnflow/fnflow/models"
)

// stores runs fn against a fresh SQLite file and a fresh PostgreSQL database.
func stores(t *testing.T, fn func(t *testing.T, s *models.Store)) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			dsn := filepath.Join(t.TempDir(), "t.db")
			if driver == "postgres" {
				dsn = testdb.PostgresDSN(t)
			}
			s, err := models.Open(context.Background(), driver, dsn, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			fn(t, s)
		})
	}
}

func TestStoreFunctionsAndQueries(t *testing.T) {
	stores(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		p, err := s.CreateProject(ctx, "p1", "P")
		if err != nil {
			t.Fatal(err)
		}
		for i, name := range []string{"alpha", "beta", "gamma", "delta"} {
			f := &models.Function{ProjectID: p.ID, ID: name, Name: "fn " + name, Runtime: "node-18.0", Timeout: 10 + i, Enabled: i%2 == 0,
				BuildSpecification: "s-1vcpu-512mb", RuntimeSpecification: "s-1vcpu-512mb"}
			if err := s.CreateFunction(ctx, f); err != nil {
				t.Fatal(err)
			}
		}
		dup := &models.Function{ProjectID: p.ID, ID: "alpha", Name: "x", Runtime: "node-18.0"}
		if err := s.CreateFunction(ctx, dup); !models.IsCode(err, models.CodeFunctionAlreadyExists) {
			t.Fatalf("duplicate: %v", err)
		}
		list := func(opts models.ListOptions) []string {
			t.Helper()
			opts.Total = true
			fs, _, err := s.ListFunctions(ctx, p.ID, opts)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, f := range fs {
				ids = append(ids, f.ID)
			}
			return ids
		}
		eq := func(got []string, want ...string) {
			t.Helper()
			if len(got) != len(want) {
				t.Fatalf("got %v want %v", got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("got %v want %v", got, want)
				}
			}
		}
		eq(list(models.ListOptions{}), "alpha", "beta", "gamma", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "equal", Attribute: "enabled", Values: []any{true}}}}), "alpha", "gamma")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "greaterThan", Attribute: "timeout", Values: []any{int64(11)}}}}), "gamma", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "startsWith", Attribute: "name", Values: []any{"fn b"}}}}), "beta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "endsWith", Attribute: "name", Values: []any{"ta"}}}}), "beta", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "between", Attribute: "timeout", Values: []any{int64(11), int64(12)}}}}), "beta", "gamma")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "notEqual", Attribute: "$id", Values: []any{"beta"}}}}), "alpha", "gamma", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "isNull", Attribute: "scheduleNext"}}}), "alpha", "beta", "gamma", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "lessThan", Attribute: "timeout", Values: []any{int64(11)}}}}), "alpha")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "lessThanEqual", Attribute: "timeout", Values: []any{int64(11)}}}}), "alpha", "beta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "greaterThanEqual", Attribute: "timeout", Values: []any{int64(12)}}}}), "gamma", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "equal", Attribute: "$id", Values: []any{"delta", "alpha", "nope"}}}}), "alpha", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "notEqual", Attribute: "$id", Values: []any{"beta", "gamma"}}}}), "alpha", "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "isNotNull", Attribute: "scheduleNext"}}}))
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "search", Attribute: "name", Values: []any{"FN del"}}}}), "delta")
		eq(list(models.ListOptions{Filters: []models.Query{{Method: "startsWith", Attribute: "name", Values: []any{"fn_"}}}})) // _ is literal
		eq(list(models.ListOptions{Filters: []models.Query{
			{Method: "equal", Attribute: "enabled", Values: []any{true}}, {Method: "greaterThan", Attribute: "timeout", Values: []any{int64(10)}}}}), "gamma")
		// A computed column: what the API reports instead of the stored value.
		computed := map[string]models.Expr{"timeout": {SQL: "CASE WHEN id = ? THEN ? ELSE timeout END", Vars: []any{"alpha", 99}}}
		eq(list(models.ListOptions{Computed: computed, Filters: []models.Query{{Method: "greaterThan", Attribute: "timeout", Values: []any{int64(12)}}}}), "alpha", "delta")
		eq(list(models.ListOptions{Computed: computed, Filters: []models.Query{{Method: "between", Attribute: "timeout", Values: []any{int64(10), int64(12)}}}}), "beta", "gamma")
		eq(list(models.ListOptions{Computed: computed, Filters: []models.Query{{Method: "notEqual", Attribute: "timeout", Values: []any{int64(99)}}}}), "beta", "gamma", "delta")
		eq(list(models.ListOptions{Search: "GAMMA"}), "gamma")
		eq(list(models.ListOptions{Search: "100%"}))
		eq(list(models.ListOptions{Orders: []models.Query{{Method: "orderDesc", Attribute: "timeout"}}, Limit: 2}), "delta", "gamma")
		eq(list(models.ListOptions{Limit: 2, Offset: 1}), "beta", "gamma")
		eq(list(models.ListOptions{Cursor: "beta", CursorDir: "after"}), "gamma", "delta")
		eq(list(models.ListOptions{Cursor: "gamma", CursorDir: "before", Limit: 1}), "beta")
		eq(list(models.ListOptions{Cursor: "beta", CursorDir: "after", Orders: []models.Query{{Method: "orderDesc", Attribute: "timeout"}}}), "alpha")
		if _, _, err := s.ListFunctions(ctx, p.ID, models.ListOptions{Cursor: "ghost", CursorDir: "after"}); !models.IsCode(err, models.CodeGeneralCursorNotFound) {
			t.Fatalf("unknown cursor: %v", err)
		}
		_, total, err := s.ListFunctions(ctx, p.ID, models.ListOptions{Limit: 1, Total: true})
		if err != nil || total != 4 {
			t.Fatalf("total %d %v", total, err)
		}
		if err := s.DeleteFunction(ctx, p.ID, "alpha"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetFunction(ctx, p.ID, "alpha"); !models.IsCode(err, models.CodeFunctionNotFound) {
			t.Fatalf("deleted function: %v", err)
		}
	})
}

func TestStoreVariablesAndKeys(t *testing.T) {
	stores(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		p, _ := s.CreateProject(ctx, "", "P")
		add := func(id, typ, res, key, val string) error {
			return s.CreateVariable(ctx, &models.Variable{ProjectID: p.ID, ID: id, ResourceType: typ, ResourceID: res, Key: key, Value: val, Secret: true})
		}
		if err := add("v1", models.VariableProject, "", "A", "project"); err != nil {
			t.Fatal(err)
		}
		if err := add("v2", models.VariableFunction, "f1", "A", "function"); err != nil {
			t.Fatal(err)
		}
		if err := add("v3", models.VariableFunction, "f1", "B", "b"); err != nil {
			t.Fatal(err)
		}
		if err := add("v4", models.VariableFunction, "f1", "B", "dup"); !models.IsCode(err, models.CodeVariableAlreadyExists) {
			t.Fatalf("duplicate key: %v", err)
		}
		env, _, err := s.RuntimeEnv(ctx, p.ID, "f1")
		if err != nil || env["A"] != "function" || env["B"] != "b" {
			t.Fatalf("env %v %v", env, err)
		}
		k, secret, err := s.CreateAPIKey(ctx, p.ID, "k", []string{"functions.read"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if k.SecretHash == secret || len(secret) < 40 {
			t.Fatal("secret must be stored hashed")
		}
		got, err := s.FindAPIKey(ctx, secret)
		if err != nil || got.ID != k.ID {
			t.Fatalf("find key: %v", err)
		}
		past := time.Now().Add(-time.Hour)
		_, old, _ := s.CreateAPIKey(ctx, p.ID, "old", nil, &past)
		if _, err := s.FindAPIKey(ctx, old); !models.IsCode(err, models.CodeProjectKeyExpired) {
			t.Fatalf("expired key: %v", err)
		}
		if _, err := s.FindAPIKey(ctx, "standard_nope"); !models.IsCode(err, models.CodeUserUnauthorized) {
			t.Fatalf("unknown key: %v", err)
		}
	})
}

// TestStoreUpgradeKeepsData: a database made by an older schema (a table
// missing columns) is upgraded in place without losing rows.
func TestStoreUpgradeKeepsData(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			var dial gorm.Dialector
			dsn := filepath.Join(t.TempDir(), "old.db")
			if driver == "postgres" {
				dsn = testdb.PostgresDSN(t)
				dial = postgres.Open(dsn)
			} else {
				dial = sqlite.Open(dsn)
			}
			old, err := gorm.Open(dial, &gorm.Config{})
			if err != nil {
				t.Fatal(err)
			}
			stmts := []string{
				`CREATE TABLE projects (seq INTEGER PRIMARY KEY, id VARCHAR(36) NOT NULL, name VARCHAR(128) NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)`,
				`CREATE UNIQUE INDEX idx_projects_id ON projects(id)`,
				`INSERT INTO projects (seq, id, name, created_at, updated_at) VALUES (1, 'legacy', 'Legacy', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				`CREATE TABLE functions (seq INTEGER PRIMARY KEY, project_id VARCHAR(36) NOT NULL, id VARCHAR(36) NOT NULL, name VARCHAR(128) NOT NULL, runtime VARCHAR(64) NOT NULL, timeout INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)`,
				`INSERT INTO functions (seq, project_id, id, name, runtime, timeout, created_at, updated_at) VALUES (1, 'legacy', 'oldfn', 'Old', 'node-18.0', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
			}
			for _, st := range stmts {
				if err := old.Exec(st).Error; err != nil {
					t.Fatalf("%s: %v", st, err)
				}
			}
			if db, _ := old.DB(); db != nil {
				db.Close()
			}
			s, err := models.Open(context.Background(), driver, dsn, nil)
			if err != nil {
				t.Fatalf("upgrade: %v", err)
			}
			defer s.Close()
			f, err := s.GetFunction(context.Background(), "legacy", "oldfn")
			if err != nil {
				t.Fatalf("row lost in upgrade: %v", err)
			}
			if f.Name != "Old" || f.Timeout != 30 || f.DeploymentRetention != 0 {
				t.Fatalf("upgraded row: %+v", f)
			}
			if _, err := s.GetProject(context.Background(), "legacy"); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// Dates keep their milliseconds (Appwrite's date format has them).
func TestStoreKeepsMilliseconds(t *testing.T) {
	stores(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		p, _ := s.CreateProject(ctx, "pms", "P")
		var sawMillis bool
		for i := 0; i < 5 && !sawMillis; i++ {
			f := &models.Function{ProjectID: p.ID, ID: models.NewID(), Name: "f", Runtime: "node-18.0", Timeout: 1}
			if err := s.CreateFunction(ctx, f); err != nil {
				t.Fatal(err)
			}
			got, err := s.GetFunction(ctx, p.ID, f.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !got.CreatedAt.Equal(f.CreatedAt) {
				t.Fatalf("created_at stored as %v, set as %v", got.CreatedAt, f.CreatedAt)
			}
			sawMillis = got.CreatedAt.Nanosecond() != 0
			time.Sleep(3 * time.Millisecond)
		}
		if !sawMillis {
			t.Fatal("five creations in a row all landed on a whole second: milliseconds are lost")
		}
	})
}
