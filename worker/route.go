package worker

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"go.temporal.io/sdk/client"
	sdkworker "go.temporal.io/sdk/worker"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
)

// Warm routing (ARCHITECTURE.md, "Multi-host topology"): every worker
// polls, besides the shared queue, a queue of its own
// (contract.WorkerQueue), and records in the store table warm_workers
// which deployments it holds warm. A run that finds no warm instance here
// but a live row of another worker answers "route to its queue" (the
// workflow then schedules the run there, falling back to here).
const (
	// WarmRenew is how often a worker renews its warm_workers rows.
	WarmRenew = 5 * time.Second
	// WarmStale is how old a row may be and still count: a worker that
	// stopped renewing (killed, cut off) is ignored after it.
	WarmStale = 3 * WarmRenew
)

// WarmRegistry keeps this worker's warm_workers rows in step with its
// pool and answers the runs' routing question.
type WarmRegistry struct {
	Store      *models.Store
	Pool       *docker.Pool
	InstanceID string
	Queue      string // this worker's own queue
	Log        *slog.Logger

	mu      sync.Mutex
	written []string // deployments last written (nil before the first write)
}

// WarmElsewhere implements activities.Router: the queue of a live worker
// other than this one recorded warm for the deployment ("" when none),
// picked at random among several.
func (r *WarmRegistry) WarmElsewhere(ctx context.Context, deploymentID string) (string, error) {
	rows, err := r.Store.WarmWorkers(ctx, deploymentID, r.InstanceID, time.Now().Add(-WarmStale))
	if err != nil || len(rows) == 0 {
		return "", err
	}
	return rows[rand.IntN(len(rows))].TaskQueue, nil
}

// Run writes the pool's warm deployments whenever they change and renews
// the rows every WarmRenew, until ctx is done; then it deletes this
// worker's rows (a clean shutdown: nobody is routed here any more).
func (r *WarmRegistry) Run(ctx context.Context) {
	r.Log.Info("warm routing: polling this worker's own task queue", "task_queue", r.Queue, "instance_id", r.InstanceID)
	t := time.NewTicker(WarmRenew)
	defer t.Stop()
	for {
		r.sync(ctx, false)
		select {
		case <-ctx.Done():
			r.Forget()
			return
		case <-r.Pool.WarmChanged():
		case <-t.C:
			r.sync(ctx, true)
		}
	}
}

// sync writes the pool's warm set when it changed (or always, renew).
// Failures are logged; the next change or renewal writes again.
func (r *WarmRegistry) sync(ctx context.Context, renew bool) {
	now := r.Pool.WarmDeployments()
	r.mu.Lock()
	same := r.written != nil && slices.Equal(now, r.written)
	r.mu.Unlock()
	if same && !renew {
		return
	}
	if err := r.Store.SetWarm(ctx, r.InstanceID, r.Queue, now); err != nil {
		if ctx.Err() == nil {
			r.Log.Warn("cannot record this worker's warm deployments", "error", err)
		}
		return
	}
	r.mu.Lock()
	r.written = append([]string{}, now...)
	r.mu.Unlock()
	if renew {
		// Rows of workers gone for a long while (killed; never cleaned up
		// by themselves): harmless, as readers skip them, but not kept.
		_ = r.Store.ForgetWarm(ctx, "", time.Now().Add(-10*WarmStale))
	}
}

// Forget deletes this worker's rows (bounded; a failure leaves them to
// go stale).
func (r *WarmRegistry) Forget() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.Store.ForgetWarm(ctx, r.InstanceID, time.Time{}); err != nil {
		r.Log.Warn("cannot remove this worker's warm deployments", "error", err)
	}
	r.mu.Lock()
	r.written = nil
	r.mu.Unlock()
}

// NewRouted builds the worker of this instance's own queue: it runs only
// routed runs (RunExecution as a regular activity), no workflows.
func NewRouted(c client.Client, cfg config.Temporal, instanceID string, acts *activities.Activities) sdkworker.Worker {
	w := sdkworker.New(c, contract.WorkerQueue(cfg.TaskQueue, instanceID), sdkworker.Options{
		MaxConcurrentActivityExecutionSize: 200,
		MaxConcurrentActivityTaskPollers:   4,
		DisableWorkflowWorker:              true,
		WorkerStopTimeout:                  10 * time.Second,
	})
	w.RegisterActivity(acts)
	return w
}
