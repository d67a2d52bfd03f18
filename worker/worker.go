package worker

import (
	"fmt"
	"time"

	"go.temporal.io/sdk/client"
	sdkworker "go.temporal.io/sdk/worker"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/config"
)

// New builds the Temporal worker on the configured task queue with every
// workflow and the activities registered. The API process shares the client,
// so eager workflow start and eager activities skip matching hops.
func New(c client.Client, cfg config.Temporal, acts *activities.Activities) (sdkworker.Worker, error) {
	w := sdkworker.New(c, cfg.TaskQueue, sdkworker.Options{
		MaxConcurrentActivityExecutionSize:      200,
		MaxConcurrentWorkflowTaskExecutionSize:  200,
		MaxConcurrentLocalActivityExecutionSize: 200,
		// More pollers than the SDK's 2: with many executions in flight,
		// the workflow task after each run activity queued behind the two
		// polls (median 2.6 s from activity done to workflow closed with
		// 300 async executions, BENCHMARKS.md).
		MaxConcurrentWorkflowTaskPollers: 8,
		MaxConcurrentActivityTaskPollers: 8,
		WorkerStopTimeout:                10 * time.Second,
	})
	register(w, acts)
	return w, nil
}

// Start runs the worker in the background.
func Start(w sdkworker.Worker) error {
	if err := w.Start(); err != nil {
		return fmt.Errorf("temporal worker: %w", err)
	}
	return nil
}
