package models

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Store persists fnflow's state. It is safe for concurrent use.
type Store struct {
	db     *gorm.DB
	driver string
	log    *slog.Logger
}

// Open connects to the database, checks it answers and brings the schema up
// to date. driver is "sqlite" (dsn is a file path, or ":memory:") or
// "postgres" (dsn is a URL or key=value string).
func Open(ctx context.Context, driver, dsn string, log *slog.Logger) (*Store, error) {
	var dialector gorm.Dialector
	switch driver {
	case "sqlite":
		dialector = sqlite.Open(sqliteDSN(dsn))
	case "postgres":
		dialector = postgres.Open(dsn)
	default:
		return nil, fmt.Errorf("database.driver: unknown driver %q (want sqlite or postgres)", driver)
	}
	db, err := gorm.Open(dialector, &gorm.Config{
		Logger:                 logger.Default.LogMode(logger.Silent),
		TranslateError:         true,
		SkipDefaultTransaction: true,
		NowFunc:                Now,
	})
	if err != nil {
		return nil, fmt.Errorf("database.dsn: cannot open %s database: %w", driver, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	if driver == "sqlite" {
		// One connection serialises writers; WAL keeps readers cheap.
		sqlDB.SetMaxOpenConns(1)
	} else {
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetMaxIdleConns(10)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := sqlDB.PingContext(pingCtx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("database.dsn: cannot connect to %s at %s: %w", driver, redactDSN(dsn), err)
	}
	s := &Store{db: db, driver: driver, log: log}
	if err := s.migrate(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, err
	}
	return s, nil
}

func sqliteDSN(dsn string) string {
	if strings.Contains(dsn, "_pragma") || dsn == ":memory:" {
		return dsn
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"
}

// redactDSN hides a password in a DSN so that it can appear in errors.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		rest := dsn[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			cred := rest[:at]
			if c := strings.Index(cred, ":"); c >= 0 {
				cred = cred[:c] + ":***"
			}
			host := rest[at+1:]
			if q := strings.IndexAny(host, "/?"); q >= 0 {
				host = host[:q]
			}
			return host + " (user " + strings.Split(cred, ":")[0] + ")"
		}
		if q := strings.IndexAny(rest, "/?"); q >= 0 {
			return rest[:q]
		}
		return rest
	}
	var parts []string
	for _, f := range strings.Fields(dsn) {
		if strings.HasPrefix(strings.ToLower(f), "password=") {
			f = "password=***"
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, " ")
}

// Driver names the database driver in use.
func (s *Store) Driver() string { return s.driver }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}

// Close closes the connection pool.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// schemaVersion is the current schema revision. Migrations only ever add
// tables, columns and indexes, so an upgrade never loses data.
const schemaVersion = 4

func (s *Store) migrate(ctx context.Context) error {
	db := s.db.WithContext(ctx)
	if err := db.AutoMigrate(&SchemaVersion{}, &Project{}, &APIKey{}, &Function{}, &Deployment{}, &Execution{}, &Variable{}, &Event{}, &IdempotencyKey{}, &WarmWorker{}); err != nil {
		return fmt.Errorf("database: schema migration failed: %w", err)
	}
	var v SchemaVersion
	err := db.Order("version desc").Limit(1).Find(&v).Error
	if err != nil {
		return fmt.Errorf("database: read schema version: %w", err)
	}
	if v.Version > schemaVersion {
		return fmt.Errorf("database: schema version %d is newer than this fnflow (%d): upgrade fnflow", v.Version, schemaVersion)
	}
	if v.Version < schemaVersion {
		if err := db.Create(&SchemaVersion{Version: schemaVersion, AppliedAt: Now()}).Error; err != nil {
			return fmt.Errorf("database: record schema version: %w", err)
		}
	}
	return nil
}

// isDuplicate reports whether err is a unique-key violation.
func isDuplicate(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "UNIQUE constraint failed") || strings.Contains(msg, "SQLSTATE 23505") ||
		strings.Contains(msg, "duplicate key value")
}

// dbError wraps an unexpected database error with context; it carries no
// code, so users see a generic server error and the details go to the log.
func dbError(op string, err error) error {
	return fmt.Errorf("store: %s: %w", op, err)
}
