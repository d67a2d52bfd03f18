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

// UsageExecutionTotal sums a function's finished executions.
type UsageExecutionTotal struct {
	FunctionID string
	Count      int64
	Duration   float64 // seconds
}

// UsageExecution is one finished execution within the range.
type UsageExecution struct {
	FunctionID string
	CreatedAt  time.Time
	Duration   float64 // seconds
}

// UsageData is everything usage needs for a project, or one function of it.
type UsageData struct {
	Functions       []UsageFunction
	Deployments     []UsageDeployment
	ExecutionTotals []UsageExecutionTotal
	Executions      []UsageExecution // created at or after since
}

// Usage reads the usage rows of a project (functionID "" for all its
// functions). Executions count once finished (completed or failed), as
// Appwrite records their metrics when they end.
func (s *Store) Usage(ctx context.Context, projectID, functionID string, since time.Time) (*UsageData, error) {
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
	finished := []string{ExecutionCompleted, ExecutionFailed}
	if err := scope("executions", "function_id").Where("status IN ?", finished).
		Select("function_id, COUNT(*) AS count, COALESCE(SUM(duration), 0) AS duration").Group("function_id").
		Scan(&u.ExecutionTotals).Error; err != nil {
		return nil, fmt.Errorf("usage execution totals: %w", err)
	}
	if err := scope("executions", "function_id").Where("status IN ? AND created_at >= ?", finished, since).
		Select("function_id, created_at, duration").Scan(&u.Executions).Error; err != nil {
		return nil, fmt.Errorf("usage executions: %w", err)
	}
	return u, nil
}
