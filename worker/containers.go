package worker

import (
	"context"
	"log/slog"
	"time"

	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
)

// ContainerReconcileInterval is how often a worker looks for containers to
// remove: those of deployments that no longer exist (the backstop of the
// cleanup workflow) and its own untracked ones (docker.Reconciler).
const ContainerReconcileInterval = 15 * time.Second

// NewContainerReconciler builds the worker's container reconciler over its
// engine and pool: it removes this instance's containers nobody tracks
// (after the creation grace) and, at once, those of deployments that are not
// in the store any more, so a crash between deleting the rows and starting
// the cleanup workflow still removes them within one interval.
func NewContainerReconciler(eng *docker.Engine, pool *docker.Pool, store *models.Store, log *slog.Logger) *docker.Reconciler {
	return docker.NewReconciler(eng, docker.ReconcilerOptions{
		Interval: ContainerReconcileInterval,
		Exists: func(ctx context.Context, o docker.Owner) (bool, error) {
			_, err := store.GetDeployment(ctx, o.ProjectID, o.FunctionID, o.DeploymentID)
			if models.IsCode(err, models.CodeDeploymentNotFound) {
				return false, nil
			}
			return err == nil, err
		},
		Pool:   pool,
		Logger: log,
	})
}

// MaintainContainers removes, at once and before returning, every container
// of this instance that this process does not track (left by its previous
// life: call it before the worker starts, so that nothing of this process
// is being created), then runs the container reconciler every
// ContainerReconcileInterval until ctx ends.
func MaintainContainers(ctx context.Context, eng *docker.Engine, pool *docker.Pool, store *models.Store, log *slog.Logger) {
	rec := NewContainerReconciler(eng, pool, store, log)
	if removed, err := rec.ReconcileAtStart(ctx); err != nil {
		log.Warn("removing the containers of this instance's previous run", "removed", len(removed), "error", err)
	} else if len(removed) > 0 {
		log.Info("removed the containers of this instance's previous run", "count", len(removed))
	}
	go rec.Run(ctx)
}
