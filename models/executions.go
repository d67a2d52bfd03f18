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

// updateExecution changes some columns of an execution while its status is
// one of from (any status when from is empty); it reports whether it applied.
func (s *Store) updateExecution(ctx context.Context, op, projectID, id string, fields map[string]any, from ...string) (bool, error) {
	if _, ok := fields["updated_at"]; !ok {
		fields["updated_at"] = Now()
	}
	q := s.db.WithContext(ctx).Model(&Execution{}).Where("project_id = ? AND id = ?", projectID, id)
	if len(from) > 0 {
		q = q.Where("status IN ?", from)
	}
	res := q.Updates(fields)
	if res.Error != nil {
		return false, dbError(op, res.Error)
	}
	return res.RowsAffected > 0, nil
}

// MarkExecutionProcessing moves a waiting or scheduled execution to
// processing. A row already processing stays so and counts as marked: only
// the execution's own workflow sets it, and a retried attempt of that
// workflow must run again. It reports false when the execution is gone or
// finished.
func (s *Store) MarkExecutionProcessing(ctx context.Context, projectID, id string) (bool, error) {
	return s.updateExecution(ctx, "mark execution processing", projectID, id,
		map[string]any{"status": ExecutionProcessing}, ExecutionWaiting, ExecutionScheduled, ExecutionProcessing)
}

// ExecutionResult is how a run ended, as recorded.
type ExecutionResult struct {
	Status     string // ExecutionCompleted or ExecutionFailed
	StatusCode int
	Duration   float64 // seconds
	Logs       string
	Errors     string
	// ResponseHeaders are the headers to store (see StoredResponseHeaders).
	ResponseHeaders HeaderList
	// ResponseBody is stored only when not nil (a synchronous caller in
	// another process reads it back, then TrimExecutionResponse).
	ResponseBody []byte
	// Attempts is how many attempts ran, this one included (0: not
	// counted, histories from before retries).
	Attempts int
	// RetryAt: a failed attempt that will be run again is recorded with
	// status scheduled and scheduledAt = RetryAt.
	RetryAt *time.Time
}

// RecordExecutionResult records r on e, a processing execution; it reports
// false when the execution is gone or no longer processing. When it applied,
// e is the row as stored.
func (s *Store) RecordExecutionResult(ctx context.Context, e *Execution, r ExecutionResult) (bool, error) {
	if r.ResponseHeaders == nil {
		r.ResponseHeaders = HeaderList{}
	}
	now := Now()
	fields := map[string]any{"status": r.Status, "response_status_code": r.StatusCode, "duration": r.Duration,
		"logs": r.Logs, "errors": r.Errors, "response_headers": r.ResponseHeaders, "updated_at": now}
	if r.ResponseBody != nil {
		fields["response_body"] = r.ResponseBody
	}
	if r.Attempts > 0 {
		fields["attempts"] = r.Attempts
	}
	if r.RetryAt != nil {
		fields["status"], fields["scheduled_at"] = ExecutionScheduled, *r.RetryAt
	}
	ok, err := s.updateExecution(ctx, "record execution", e.ProjectID, e.ID, fields, ExecutionProcessing)
	if ok {
		e.Status, e.ResponseStatusCode, e.Duration, e.Logs, e.Errors = r.Status, r.StatusCode, r.Duration, r.Logs, r.Errors
		e.ResponseHeaders, e.UpdatedAt = r.ResponseHeaders, now
		if r.ResponseBody != nil {
			e.ResponseBody = r.ResponseBody
		}
		if r.Attempts > 0 {
			e.Attempts = r.Attempts
		}
		if r.RetryAt != nil {
			e.Status, e.ScheduledAt = ExecutionScheduled, r.RetryAt
		}
	}
	return ok, err
}

// TouchWaitingExecution renews updated_at of an execution waiting in its
// function's concurrency queue, so that reads and the sweeper do not take
// a long wait for a stuck run. It reports false when the execution is gone
// or no longer waiting.
func (s *Store) TouchWaitingExecution(ctx context.Context, projectID, id string) (bool, error) {
	return s.updateExecution(ctx, "touch execution", projectID, id, map[string]any{}, ExecutionWaiting)
}

// FailExecution records an unfinished (waiting, scheduled or processing)
// execution as failed with status code 500; message is the sentence its
// errors show. It reports false when the execution is gone or finished.
func (s *Store) FailExecution(ctx context.Context, projectID, id, message string) (bool, error) {
	return s.updateExecution(ctx, "fail execution", projectID, id, map[string]any{
		"status": ExecutionFailed, "response_status_code": 500, "errors": message + "\nError Code: 500",
	}, ExecutionWaiting, ExecutionProcessing, ExecutionScheduled)
}

// maxStoredHeaderValue bounds a stored response header's value. The
// function chooses its headers (up to the HTTP client's 10 MiB of them), and
// every read and list of its executions would carry what is stored.
const maxStoredHeaderValue = 1024

// StoredResponseHeaders are the response headers an execution keeps once
// its synchronous caller has the answer: content-type and content-length,
// the first of each, when its value is at most maxStoredHeaderValue bytes.
func StoredResponseHeaders(hs HeaderList) HeaderList {
	kept := HeaderList{}
	seen := map[string]bool{}
	for _, h := range hs {
		if (h.Name == "content-type" || h.Name == "content-length") && !seen[h.Name] && len(h.Value) <= maxStoredHeaderValue {
			seen[h.Name] = true
			kept = append(kept, h)
		}
	}
	return kept
}

// TrimExecutionResponse drops what only a synchronous caller may see (the
// body, headers other than StoredResponseHeaders) once it has it.
func (s *Store) TrimExecutionResponse(ctx context.Context, projectID, id string) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var e Execution
		err := tx.Select("response_headers").Where("project_id = ? AND id = ?", projectID, id).Take(&e).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return tx.Model(&Execution{}).Where("project_id = ? AND id = ?", projectID, id).Updates(map[string]any{
			"response_body": []byte{}, "response_headers": StoredResponseHeaders(e.ResponseHeaders), "updated_at": Now()}).Error
	})
	if err != nil {
		return dbError("trim execution", err)
	}
	return nil
}

// ShownStatus is the status reads report: a waiting or processing execution
// not updated for stuckAfter (the function's timeout plus
// executions.stuck_grace_period) counts as failed. Not persisted: the
// sweeper persists it once the workflow is gone. ListExecutionsShown applies
// the same rule in SQL.
func (e *Execution) ShownStatus(stuckAfter time.Duration, now time.Time) string {
	if (e.Status == ExecutionWaiting || e.Status == ExecutionProcessing) && now.Sub(e.UpdatedAt) > stuckAfter {
		return ExecutionFailed
	}
	return e.Status
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

// ListExecutionsShown lists a function's executions as reads show them:
// filters on status and the returned rows see ShownStatus.
func (s *Store) ListExecutionsShown(ctx context.Context, projectID, functionID string, opts ListOptions, stuckAfter time.Duration) ([]Execution, int64, error) {
	now := time.Now()
	computed := map[string]Expr{"status": {
		SQL:  "CASE WHEN status IN (?, ?) AND updated_at < ? THEN ? ELSE status END",
		Vars: []any{ExecutionWaiting, ExecutionProcessing, now.Add(-stuckAfter), ExecutionFailed},
	}}
	for k, v := range opts.Computed {
		computed[k] = v
	}
	opts.Computed = computed
	es, total, err := s.ListExecutions(ctx, projectID, functionID, opts)
	for i := range es {
		es[i].Status = es[i].ShownStatus(stuckAfter, now)
	}
	return es, total, err
}

// ExecutionOutput is an execution's logs and errors.
type ExecutionOutput struct{ Logs, Errors string }

// ExecutionOutputs reads the logs and errors of the project's executions
// ids (those that exist), by ID.
func (s *Store) ExecutionOutputs(ctx context.Context, projectID string, ids []string) (map[string]ExecutionOutput, error) {
	var rows []struct{ ID, Logs, Errors string }
	err := s.db.WithContext(ctx).Model(&Execution{}).Select("id", "logs", "errors").
		Where("project_id = ? AND id IN ?", projectID, ids).Find(&rows).Error
	if err != nil {
		return nil, dbError("read execution logs", err)
	}
	out := make(map[string]ExecutionOutput, len(rows))
	for _, r := range rows {
		out[r.ID] = ExecutionOutput{Logs: r.Logs, Errors: r.Errors}
	}
	return out, nil
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
