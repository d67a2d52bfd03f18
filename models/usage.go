package models

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Usage rows: what GET /v1/functions/usage and …/{functionId}/usage are
// computed from. Functions and deployments are few and read whole (only the
// columns usage needs); executions are summed per function in SQL for the
// all-time totals, and read one row per finished execution (time and
// duration) only within the asked range.

// UsageFunction is a function as usage sees it.
type UsageFunction struct {
	ID                   string
	CreatedAt            time.Time
	BuildSpecification   string
	RuntimeSpecification string
}

// UsageDeployment is a deployment as usage sees it.
type UsageDeployment struct {
	FunctionID     string
	CreatedAt      time.Time
	SourceSize     int64
	BuildSize      int64
	Status         string
	BuildDuration  int
	BuildStartedAt *time.Time
	BuildEndedAt   *time.Time
}

// UsageExecutionGroup sums a function's finished executions of one bucket
// of the range (Bucket "2026-12-02 04" by hour, "2026-12-02" by day, UTC),
// or of everything before the range (Bucket "").
type UsageExecutionGroup struct {
	FunctionID string
	Bucket     string
	Count      int64
	Duration   float64 // seconds
}

// UsageData is everything usage needs for a project, or one function of it.
type UsageData struct {
	Functions   []UsageFunction
	Deployments []UsageDeployment
	Executions  []UsageExecutionGroup
}

// Usage reads the usage rows of a project (functionID "" for all its
// functions): executions are grouped in SQL per function and per hour
// (hourly) or day of the range since, in one scan; what is older is one
// group per function. Executions count once finished (completed or
// failed), as Appwrite records their metrics when they end. Times are
// stored in UTC, so the buckets are UTC hours and days.
func (s *Store) Usage(ctx context.Context, projectID, functionID string, since time.Time, hourly bool) (*UsageData, error) {
	db := s.db.WithContext(ctx)
	u := &UsageData{}
	scope := func(table, fnCol string) *gorm.DB {
		q := db.Table(table).Where("project_id = ?", projectID)
		if functionID != "" {
			q = q.Where(fnCol+" = ?", functionID)
		}
		return q
	}
	if err := scope("functions", "id").Select("id, created_at, build_specification, runtime_specification").
		Scan(&u.Functions).Error; err != nil {
		return nil, fmt.Errorf("usage functions: %w", err)
	}
	if err := scope("deployments", "function_id").
		Select("function_id, created_at, source_size, build_size, status, build_duration, build_started_at, build_ended_at").
		Scan(&u.Deployments).Error; err != nil {
		return nil, fmt.Errorf("usage deployments: %w", err)
	}
	// SQLite keeps times as text ("2026-12-02 04:51:32.76+00:00").
	bucket := "substr(created_at, 1, 10)"
	if hourly {
		bucket = "substr(created_at, 1, 13)"
	}
	if s.driver == "postgres" {
		bucket = "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
		if hourly {
			bucket = "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"
		}
	}
	finished := []string{ExecutionCompleted, ExecutionFailed}
	if err := scope("executions", "function_id").Where("status IN ?", finished).
		Select("function_id, CASE WHEN created_at >= ? THEN "+bucket+" ELSE '' END AS bucket, COUNT(*) AS count, "+
			"COALESCE(SUM(duration), 0) AS duration", since).
		Group("function_id, bucket").Scan(&u.Executions).Error; err != nil {
		return nil, fmt.Errorf("usage executions: %w", err)
	}
	return u, nil
}
