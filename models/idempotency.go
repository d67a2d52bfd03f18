package models

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// IdempotencyKey maps a caller's x-fnflow-idempotency-key to the first
// execution created with it for a function. The unique index is what
// decides a race: of two requests with one key, one insert wins; the row
// and its execution are written in one transaction, so a key never points
// to an execution that does not exist.
type IdempotencyKey struct {
	Seq         int64     `gorm:"primaryKey;autoIncrement"`
	ProjectID   string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_idempotency_key,priority:1"`
	FunctionID  string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_idempotency_key,priority:2"`
	Key         string    `gorm:"column:idem_key;size:255;not null;default:'';uniqueIndex:ux_idempotency_key,priority:3"`
	ExecutionID string    `gorm:"size:36;not null;default:''"`
	CreatedAt   time.Time `gorm:"not null"`
}

// IdempotencyWindow is how long a key returns its first execution.
const IdempotencyWindow = 24 * time.Hour

// CreateExecutionOnce stores e unless key was used for e's function within
// IdempotencyWindow; then it stores nothing and returns the ID of the
// execution created first with that key (created is false). A key older
// than the window is taken over by e.
func (s *Store) CreateExecutionOnce(ctx context.Context, e *Execution, key string) (created bool, firstID string, err error) {
	e.prepare()
	now := Now()
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		row := IdempotencyKey{ProjectID: e.ProjectID, FunctionID: e.FunctionID, Key: key, ExecutionID: e.ID, CreatedAt: now}
		res := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&row)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			// Taken (on PostgreSQL, after the other transaction committed).
			var first IdempotencyKey
			q := tx.Where("project_id = ? AND function_id = ? AND idem_key = ?", e.ProjectID, e.FunctionID, key)
			if err := q.Take(&first).Error; err != nil {
				return err
			}
			if first.CreatedAt.After(now.Add(-IdempotencyWindow)) {
				firstID = first.ExecutionID
				return nil
			}
			upd := tx.Model(&IdempotencyKey{}).Where("seq = ? AND execution_id = ?", first.Seq, first.ExecutionID).
				Updates(map[string]any{"execution_id": e.ID, "created_at": now})
			if upd.Error != nil {
				return upd.Error
			}
			if upd.RowsAffected == 0 {
				return errKeyRace
			}
		}
		if err := tx.Create(e).Error; err != nil {
			return err
		}
		created = true
		return nil
	})
	if errors.Is(err, errKeyRace) {
		// Another request took over the expired key meanwhile: its
		// execution is the first now.
		return s.CreateExecutionOnce(ctx, e, key)
	}
	if err != nil {
		if isDuplicate(err) {
			return false, "", Errorf(CodeGeneralArgumentInvalid, "Execution with the requested ID already exists.")
		}
		return false, "", dbError("create execution", err)
	}
	return created, firstID, nil
}

var errKeyRace = errors.New("idempotency key taken over concurrently")

// AgeIdempotencyKeyForTest moves a key's creation back by d (tests of the
// window).
func (s *Store) AgeIdempotencyKeyForTest(ctx context.Context, projectID, functionID, key string, d time.Duration) error {
	return s.db.WithContext(ctx).Model(&IdempotencyKey{}).
		Where("project_id = ? AND function_id = ? AND idem_key = ?", projectID, functionID, key).
		Update("created_at", Now().Add(-d)).Error
}
