package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// SweepInterval is how often the worker looks for stuck executions.
const SweepInterval = 30 * time.Second

// Sweeper marks failed the executions that stayed waiting or processing
// longer than their function's timeout plus executions.stuck_grace_period
// and whose workflow is not running (lost start, terminated, history gone).
type Sweeper struct {
	C     client.Client
	Store *models.Store
	Cfg   config.Config
	Log   *slog.Logger
}

// Maintain runs the worker's housekeeping until ctx ends: reconcile cron
// schedules once, then sweep stuck executions every SweepInterval.
func Maintain(ctx context.Context, c client.Client, store *models.Store, cfg config.Config, log *slog.Logger) {
	go func() {
		if err := NewSchedules(c, store, cfg, log).Reconcile(ctx); err != nil {
			log.Warn("reconciling cron schedules", "error", err)
		}
		sw := &Sweeper{C: c, Store: store, Cfg: cfg, Log: log}
		t := time.NewTicker(SweepInterval)
		defer t.Stop()
		for {
			if _, err := sw.Sweep(ctx); err != nil && ctx.Err() == nil {
				log.Warn("sweeping stuck executions", "error", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

// Sweep runs one pass and reports how many executions it marked failed.
func (s *Sweeper) Sweep(ctx context.Context) (int, error) {
	grace := s.Cfg.Executions.StuckGracePeriod
	// A row is a candidate once it is older than the shortest timeout (1 s)
	// plus the grace; the function's own timeout is checked per row.
	rows, err := s.Store.StaleExecutions(ctx, time.Now().Add(-grace-time.Second), 500)
	if err != nil {
		return 0, err
	}
	timeouts := map[string]int{}
	n := 0
	for i := range rows {
		e := &rows[i]
		to, ok := timeouts[e.ProjectID+"/"+e.FunctionID]
		if !ok {
			f, err := s.Store.GetFunction(ctx, e.ProjectID, e.FunctionID)
			switch {
			case err == nil:
				to = f.Timeout
			case models.IsCode(err, models.CodeFunctionNotFound):
				to = 0
			default:
				return n, err
			}
			timeouts[e.ProjectID+"/"+e.FunctionID] = to
		}
		if time.Since(e.UpdatedAt) <= time.Duration(to)*time.Second+grace {
			continue
		}
		running, err := s.workflowRunning(ctx, e)
		if err != nil {
			return n, err
		}
		if running {
			continue
		}
		ok, err = s.Store.FailExecution(ctx, e.ProjectID, e.ID,
			fmt.Sprintf("The execution was lost by the engine (still %s after its %d s timeout).", e.Status, to))
		if err != nil {
			return n, err
		}
		if ok {
			n++
			s.Log.Warn("stuck execution marked failed", "project_id", e.ProjectID, "function_id", e.FunctionID, "execution_id", e.ID, "status", e.Status)
		}
	}
	return n, nil
}

func (s *Sweeper) workflowRunning(ctx context.Context, e *models.Execution) (bool, error) {
	d, err := s.C.DescribeWorkflowExecution(ctx, contract.ExecutionWorkflowID(e.ProjectID, e.ID), "")
	var nf *serviceerror.NotFound
	if errors.As(err, &nf) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("describe execution workflow %s: %w", e.ID, err)
	}
	return d.GetWorkflowExecutionInfo().GetStatus() == enums.WORKFLOW_EXECUTION_STATUS_RUNNING, nil
}
