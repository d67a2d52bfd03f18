package app

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel/trace"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/tracing"
	"github.com/fnflow/fnflow/worker"
)

// openWorker builds the warm pool, the activities and the Temporal worker.
func (a *App) openWorker(_ context.Context, defs []runtimes.Definition) error {
	cfg := a.Cfg
	byID := map[string]runtimes.Definition{}
	for _, d := range defs {
		byID[d.ID] = d
	}
	var spareImages []string
	for _, id := range cfg.Docker.SpareRuntimes {
		d, ok := byID[id]
		if !ok {
			return fmt.Errorf("docker.spare_runtimes: runtime %q is not available", id)
		}
		spareImages = append(spareImages, d.Image)
	}
	spareTmp := 0
	for _, sp := range models.Specifications {
		spareTmp = max(spareTmp, sp.Memory)
	}
	pool, err := docker.NewPool(a.Docker, docker.PoolOptions{
		MaxContainers:    cfg.Docker.MaxContainers,
		MaxPerProject:    cfg.Docker.PerProjectContainers(),
		IdleTimeout:      cfg.Docker.IdleTimeout,
		MaxInstances:     cfg.Docker.MaxInstances,
		Concurrency:      cfg.Docker.InstanceConcurrency,
		ScaleDownAfter:   cfg.Docker.ScaleDownAfter,
		MaxResponseBytes: int64(cfg.Limits.ResponseBody),
		Spares:           cfg.Docker.Spares,
		SpareImages:      spareImages,
		// A spare waits with the smallest specification's limits.
		SpareCPUs:       models.Specifications[0].CPUs,
		SpareMemoryMB:   models.Specifications[0].Memory,
		SpareTmpMB:      spareTmp,
		SpareCodeBytes:  min(int64(cfg.Limits.UnpackedSize), docker.DefaultSpareCodeBytes),
		SpareCodeInodes: 2*cfg.Limits.UnpackedFiles + 1000, // files and their directories
		Logger:          a.Log,                             // the pool names itself (component docker_pool)
		Tracer:          poolTracer(a.Tracing),
	})
	if err != nil {
		return fmt.Errorf("docker: warm pool: %w", err)
	}
	a.Pool = pool
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

// poolTracer is the warm pool's tracer: none when tracing is disabled (no
// span, no traceparent injected).
func poolTracer(t *tracing.Tracing) trace.Tracer {
	if !t.Enabled() {
		return nil
	}
	return t.Tracer()
}
