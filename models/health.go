package models

import (
	"context"
	"fmt"
)

// ServerTime is the database server's clock in Unix seconds: the time a
// shared PostgreSQL keeps for every fnflow process (GET /v1/health/time
// compares this process's clock with it). SQLite runs in this process, so
// it reads the same clock.
func (s *Store) ServerTime(ctx context.Context) (int64, error) {
	q := "SELECT CAST(strftime('%s','now') AS INTEGER)"
	if s.driver == "postgres" {
		q = "SELECT CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp())) AS BIGINT)"
	}
	var n int64
	if err := s.db.WithContext(ctx).Raw(q).Scan(&n).Error; err != nil {
		return 0, fmt.Errorf("server time: %w", err)
	}
	return n, nil
}
