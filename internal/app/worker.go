package app

import (
	"context"
	"fmt"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/worker"
)

// openWorker builds the warm pool, the activities and the Temporal worker.
func (a *App) openWorker(_ context.Context, defs []runtimes.Definition) error {
	cfg := a.Cfg
	pool, err := docker.NewPool(a.Docker, docker.PoolOptions{
		MaxContainers:    cfg.Docker.MaxContainers,
		IdleTimeout:      cfg.Docker.IdleTimeout,
		MaxInstances:     cfg.Docker.MaxInstances,
		Concurrency:      cfg.Docker.InstanceConcurrency,
		ScaleDownAfter:   cfg.Docker.ScaleDownAfter,
		MaxResponseBytes: int64(cfg.Limits.ResponseBody),
		Logger:           a.Log, // the pool names itself (component docker_pool)
	})
	if err != nil {
		return fmt.Errorf("docker: warm pool: %w", err)
	}
	a.Pool = pool
	byID := map[string]runtimes.Definition{}
	for _, d := range defs {
		byID[d.ID] = d
	}
	acts := &activities.Activities{Cfg: cfg, Store: a.Store, Engine: a.Docker, Pool: pool, Artifacts: a.Artifacts,
		Events: a.Events, Runtimes: byID, Log: a.Log.With("component", "activities"), Schedules: a.Temporal.ScheduleClient(),
		SyncWaiters: a.SyncWaiters, Temporal: a.Temporal, FunctionEndpoint: a.FunctionEndpoint(), Metrics: a.Metrics}
	// Warm routing: this worker's own queue and its rows in warm_workers.
	id := a.Docker.InstanceID()
	a.Warm = &worker.WarmRegistry{Store: a.Store, Pool: pool, InstanceID: id,
		Queue: contract.WorkerQueue(cfg.Temporal.TaskQueue, id), Log: a.Log.With("component", "warm_routing")}
	acts.Router = a.Warm
	if a.Worker, err = worker.New(a.Temporal, cfg.Temporal, acts); err != nil {
		return err
	}
	a.RoutedWorker = worker.NewRouted(a.Temporal, cfg.Temporal, id, acts)
	return nil
}
