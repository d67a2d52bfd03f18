package models

import (
	"context"
	"time"

	"gorm.io/gorm/clause"
)

// WarmWorker says that a worker (its docker.instance_id) holds at least one
// warm runtime instance of a deployment, and on which task queue it takes
// routed runs (warm routing, ARCHITECTURE.md "Multi-host topology"). The
// worker's pool writes a row when the deployment's first instance there
// turns ready and deletes it when the last one goes; the worker renews its
// rows' seen_at every few seconds and deletes them all at a clean
// shutdown. A row not renewed within the reader's staleness window is the
// trace of a worker that died: readers ignore it (and workers delete such
// rows when they renew their own).
type WarmWorker struct {
	InstanceID   string    `gorm:"primaryKey;size:255;not null;default:''"`
	DeploymentID string    `gorm:"primaryKey;size:36;not null;default:'';index:ix_warm_worker_deployment"`
	TaskQueue    string    `gorm:"size:1000;not null;default:''"`
	SeenAt       time.Time `gorm:"not null;index:ix_warm_worker_seen"`
}

// SetWarm records that instanceID holds warm instances of deploymentIDs
// (reachable on queue) and none of any other deployment: rows of other
// deployments of that instance are deleted, the listed ones written with
// seen_at now.
func (s *Store) SetWarm(ctx context.Context, instanceID, queue string, deploymentIDs []string) error {
	now := Now()
	db := s.db.WithContext(ctx)
	del := db.Where("instance_id = ?", instanceID)
	if len(deploymentIDs) > 0 {
		del = del.Where("deployment_id NOT IN ?", deploymentIDs)
	}
	if err := del.Delete(&WarmWorker{}).Error; err != nil {
		return dbError("clear warm workers", err)
	}
	if len(deploymentIDs) == 0 {
		return nil
	}
	rows := make([]WarmWorker, 0, len(deploymentIDs))
	for _, d := range deploymentIDs {
		rows = append(rows, WarmWorker{InstanceID: instanceID, DeploymentID: d, TaskQueue: queue, SeenAt: now})
	}
	err := db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "instance_id"}, {Name: "deployment_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"task_queue", "seen_at"}),
	}).Create(&rows).Error
	if err != nil {
		return dbError("write warm workers", err)
	}
	return nil
}

// ForgetWarm deletes an instance's rows (clean shutdown), and rows of any
// instance not renewed since staleBefore (zero: none of those).
func (s *Store) ForgetWarm(ctx context.Context, instanceID string, staleBefore time.Time) error {
	q := s.db.WithContext(ctx).Where("instance_id = ?", instanceID)
	if !staleBefore.IsZero() {
		q = q.Or("seen_at < ?", staleBefore)
	}
	if err := q.Delete(&WarmWorker{}).Error; err != nil {
		return dbError("forget warm workers", err)
	}
	return nil
}

// WarmWorkers lists the workers other than instanceID recorded warm for
// the deployment and renewed since seenAfter.
func (s *Store) WarmWorkers(ctx context.Context, deploymentID, instanceID string, seenAfter time.Time) ([]WarmWorker, error) {
	var out []WarmWorker
	err := s.db.WithContext(ctx).Where("deployment_id = ? AND instance_id <> ? AND seen_at >= ?", deploymentID, instanceID, seenAfter).
		Order("instance_id").Find(&out).Error
	if err != nil {
		return nil, dbError("read warm workers", err)
	}
	return out, nil
}
