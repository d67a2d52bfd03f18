package models

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

func (e *Execution) prepare() {
	for _, l := range []*HeaderList{&e.RequestHeaders, &e.ResponseHeaders} {
		if *l == nil {
			*l = HeaderList{}
		}
	}
	if e.Permissions == nil {
		e.Permissions = StringList{}
	}
}

// CreateExecution stores a new execution.
func (s *Store) CreateExecution(ctx context.Context, e *Execution) error {
	e.prepare()
	if err := s.db.WithContext(ctx).Create(e).Error; err != nil {
		if isDuplicate(err) {
			return Errorf(CodeGeneralArgumentInvalid, "Execution with the requested ID already exists.")
		}
		return dbError("create execution", err)
	}
	return nil
}

// GetExecution finds an execution of a function.
func (s *Store) GetExecution(ctx context.Context, projectID, functionID, id string) (*Execution, error) {
	var e Execution
	q := s.db.WithContext(ctx).Where("project_id = ? AND id = ?", projectID, id)
	if functionID != "" {
		q = q.Where("function_id = ?", functionID)
	}
	err := q.Take(&e).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeExecutionNotFound, "Execution with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get execution", err)
	}
	return &e, nil
}

// UpdateExecutionFields changes some columns of an execution (column → value).
// When fromStatuses is not empty, the update applies only while the status is
// one of them, and the result reports whether it applied.
func (s *Store) UpdateExecutionFields(ctx context.Context, projectID, id string, fields map[string]any, fromStatuses ...string) (bool, error) {
	fields["updated_at"] = Now()
	q := s.db.WithContext(ctx).Model(&Execution{}).Where("project_id = ? AND id = ?", projectID, id)
	if len(fromStatuses) > 0 {
		q = q.Where("status IN ?", fromStatuses)
	}
	res := q.Updates(fields)
	if res.Error != nil {
		return false, dbError("update execution", res.Error)
	}
	return res.RowsAffected > 0, nil
}

// DeleteExecution removes an execution record.
func (s *Store) DeleteExecution(ctx context.Context, projectID, functionID, id string) error {
	res := s.db.WithContext(ctx).Where("project_id = ? AND function_id = ? AND id = ?", projectID, functionID, id).Delete(&Execution{})
	if res.Error != nil {
		return dbError("delete execution", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeExecutionNotFound, "Execution with the requested ID could not be found.")
	}
	return nil
}

// ListExecutions lists a function's executions.
func (s *Store) ListExecutions(ctx context.Context, projectID, functionID string, opts ListOptions) ([]Execution, int64, error) {
	return listRows[Execution](ctx, s.db, func(q *gorm.DB) *gorm.DB {
		return q.Where("project_id = ? AND function_id = ?", projectID, functionID)
	}, opts, "Execution")
}

// StaleExecutions returns executions still waiting or processing that were
// last updated before t (the stuck-execution sweeper uses it).
func (s *Store) StaleExecutions(ctx context.Context, t time.Time, limit int) ([]Execution, error) {
	var es []Execution
	err := s.db.WithContext(ctx).Where("status IN ? AND updated_at < ?", []string{ExecutionWaiting, ExecutionProcessing}, t).
		Order("seq").Limit(limit).Find(&es).Error
	if err != nil {
		return nil, dbError("stale executions", err)
	}
	return es, nil
}
