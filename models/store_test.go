package models_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

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

// schemaOf describes a database's tables: table → column → type, plus
// table → index names.
func schemaOf(t *testing.T, db *gorm.DB) (map[string]map[string]string, map[string][]string) {
	t.Helper()
	tables, err := db.Migrator().GetTables()
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string]map[string]string{}
	idx := map[string][]string{}
	for _, tb := range tables {
		cts, err := db.Migrator().ColumnTypes(tb)
		if err != nil {
			t.Fatalf("columns of %s: %v", tb, err)
		}
		cols[tb] = map[string]string{}
		for _, c := range cts {
			typ := strings.ToLower(c.DatabaseTypeName())
			if n, ok := c.Length(); ok && n > 0 && n < 1<<20 {
				typ += "(" + strconv.FormatInt(n, 10) + ")"
			}
			cols[tb][c.Name()] = typ
		}
		ixs, err := db.Migrator().GetIndexes(tb)
		if err != nil {
			t.Fatalf("indexes of %s: %v", tb, err)
		}
		for _, ix := range ixs {
			idx[tb] = append(idx[tb], ix.Name())
		}
	}
	return cols, idx
}

func openRaw(t *testing.T, driver, dsn string) *gorm.DB {
	t.Helper()
	var dial gorm.Dialector = sqlite.Open(dsn)
	if driver == "postgres" {
		dial = postgres.Open(dsn)
	}
	db, err := gorm.Open(dial, &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if sqlDB, _ := db.DB(); sqlDB != nil {
			sqlDB.Close()
		}
	})
	return db
}

type schemaVersionRow struct {
	Version   int
	AppliedAt time.Time
}

func schemaVersions(t *testing.T, db *gorm.DB) []schemaVersionRow {
	t.Helper()
	var rows []schemaVersionRow
	if err := db.Table("schema_versions").Order("version").Find(&rows).Error; err != nil {
		t.Fatalf("schema_versions: %v", err)
	}
	return rows
}

// loadSchema runs a schema fixture (statements ending a line with ";").
func loadSchema(t *testing.T, db *gorm.DB, file string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(l, "--") {
			lines = append(lines, l)
		}
	}
	for _, st := range strings.Split(strings.Join(lines, "\n"), ";\n") {
		if st = strings.TrimSpace(st); st == "" {
			continue
		}
		if err := db.Exec(st).Error; err != nil {
			t.Fatalf("%s: %s: %v", file, st, err)
		}
	}
}

// TestStoreUpgradeKeepsData upgrades a database made by fnflow's schema
// version 1 (testdata/schema_v1_*.sql, with rows, plus a column, an index
// and a table fnflow does not know) in place: rows kept and readable,
// migrations only add (every table, column and index that was there stays,
// with its type and data), the result has every column a fresh database
// has, and schema_versions gains the current version's row, as a fresh
// database has. A database of a newer version is refused. When the schema
// version goes up, add its snapshot and upgrade from it too.
func TestStoreUpgradeKeepsData(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			fresh := filepath.Join(t.TempDir(), "fresh.db")
			dsn := filepath.Join(t.TempDir(), "old.db")
			if driver == "postgres" {
				fresh, dsn = testdb.PostgresDSN(t), testdb.PostgresDSN(t)
			}
			old := openRaw(t, driver, dsn)
			loadSchema(t, old, "testdata/schema_v1_"+driver+".sql")
			stmts := []string{
				`INSERT INTO schema_versions (version, applied_at) VALUES (1, CURRENT_TIMESTAMP)`,
				`INSERT INTO projects (id, name, created_at, updated_at) VALUES ('legacy', 'Legacy', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				`INSERT INTO functions (project_id, id, name, runtime, timeout, enabled, created_at, updated_at) VALUES ('legacy', 'oldfn', 'Old', 'node-18.0', 30, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				`INSERT INTO deployments (project_id, id, function_id, status, created_at, updated_at) VALUES ('legacy', 'olddep', 'oldfn', 'ready', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				`INSERT INTO executions (project_id, id, function_id, deployment_id, status, created_at, updated_at) VALUES ('legacy', 'oldexec', 'oldfn', 'olddep', 'completed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				`ALTER TABLE functions ADD COLUMN legacy_note VARCHAR(32) NOT NULL DEFAULT ''`,
				`UPDATE functions SET legacy_note = 'kept'`,
				`CREATE INDEX idx_functions_legacy_note ON functions(legacy_note)`,
				`CREATE TABLE legacy_things (id VARCHAR(36) PRIMARY KEY, note TEXT NOT NULL)`,
				`INSERT INTO legacy_things (id, note) VALUES ('t1', 'still here')`,
			}
			for _, st := range stmts {
				if err := old.Exec(st).Error; err != nil {
					t.Fatalf("%s: %v", st, err)
				}
			}
			beforeCols, beforeIdx := schemaOf(t, old)

			s, err := models.Open(ctx, driver, dsn, nil)
			if err != nil {
				t.Fatalf("upgrade: %v", err)
			}
			f, err := s.GetFunction(ctx, "legacy", "oldfn")
			if err != nil {
				t.Fatalf("row lost in upgrade: %v", err)
			}
			if f.Name != "Old" || f.Timeout != 30 || !f.Enabled || f.DeploymentRetention != 0 {
				t.Fatalf("upgraded row: %+v", f)
			}
			if _, err := s.GetProject(ctx, "legacy"); err != nil {
				t.Fatal(err)
			}
			if d, err := s.GetDeployment(ctx, "legacy", "oldfn", "olddep"); err != nil || d.Status != models.DeploymentReady {
				t.Fatalf("upgraded deployment: %+v %v", d, err)
			}
			if e, err := s.GetExecution(ctx, "legacy", "oldfn", "oldexec"); err != nil || e.Status != models.ExecutionCompleted {
				t.Fatalf("upgraded execution: %+v %v", e, err)
			}
			// The upgraded store works: new rows go into the old tables.
			if _, err := s.CreateProject(ctx, "newp", "New"); err != nil {
				t.Fatalf("create in an upgraded database: %v", err)
			}
			s.Close()

			afterCols, afterIdx := schemaOf(t, old)
			for tb, cols := range beforeCols {
				for col, typ := range cols {
					if got, ok := afterCols[tb][col]; !ok || got != typ {
						t.Errorf("%s.%s was %s, after the upgrade %q (present %v)", tb, col, typ, got, ok)
					}
				}
				for _, ix := range beforeIdx[tb] {
					if !slices.Contains(afterIdx[tb], ix) {
						t.Errorf("index %s on %s dropped by the upgrade", ix, tb)
					}
				}
			}
			var note, thing string
			if err := old.Raw(`SELECT legacy_note FROM functions WHERE id = 'oldfn'`).Scan(&note).Error; err != nil || note != "kept" {
				t.Errorf("unknown column's data after the upgrade: %q %v", note, err)
			}
			if err := old.Raw(`SELECT note FROM legacy_things WHERE id = 't1'`).Scan(&thing).Error; err != nil || thing != "still here" {
				t.Errorf("unknown table's data after the upgrade: %q %v", thing, err)
			}

			// The upgraded database has every column of a fresh one, with
			// its type, and the same current schema_versions row.
			fs, err := models.Open(ctx, driver, fresh, nil)
			if err != nil {
				t.Fatal(err)
			}
			fs.Close()
			freshDB := openRaw(t, driver, fresh)
			freshCols, _ := schemaOf(t, freshDB)
			for tb, cols := range freshCols {
				for col, typ := range cols {
					if got, ok := afterCols[tb][col]; !ok || got != typ {
						t.Errorf("%s.%s is %s on a fresh database, %q on the upgraded one (present %v)", tb, col, typ, got, ok)
					}
				}
			}
			want := schemaVersions(t, freshDB)
			got := schemaVersions(t, old)
			if len(want) != 1 || want[0].Version < 2 || want[0].AppliedAt.IsZero() {
				t.Fatalf("fresh database's schema_versions: %+v", want)
			}
			if len(got) != 2 || got[0].Version != 1 || got[1].Version != want[0].Version || got[1].AppliedAt.IsZero() {
				t.Fatalf("upgraded database's schema_versions: %+v, want version 1 and %d", got, want[0].Version)
			}
			// Opening again records nothing new.
			if s, err = models.Open(ctx, driver, dsn, nil); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if again := schemaVersions(t, old); len(again) != 2 {
				t.Fatalf("schema_versions after a second open: %+v", again)
			}
			// A database a newer fnflow migrated is refused.
			if err := old.Exec(`INSERT INTO schema_versions (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)`, want[0].Version+1).Error; err != nil {
				t.Fatal(err)
			}
			if s, err := models.Open(ctx, driver, dsn, nil); err == nil || !strings.Contains(err.Error(), "newer than this fnflow") {
				if s != nil {
					s.Close()
				}
				t.Fatalf("opening a database of a newer schema: %v", err)
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
