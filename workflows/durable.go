package workflows

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// durableChange versions ExecutionWorkflow: histories without its marker
// (started before retries, concurrency and failure hooks) replay the
// original code; durableV1 marked the execution processing in a local
// activity of its own and ran an async run as a regular activity; since
// durableV2 the run is one local activity with warm routing (runOnce).
// One change ID: each GetVersion marker also upserts the
// TemporalChangeVersion search attribute (a visibility write).
//
// durableV3 is never recorded: it is the code of a workflow whose input
// carries the function's policy (ExecutionInput.Policy, set by the API).
// Such a workflow calls no GetVersion (no marker, no TemporalChangeVersion
// upsert) and no LoadExecutionPolicy; it runs as durableV2 otherwise.
// Workflows started without it (cron, event, failure hooks, delayed runs,
// histories from before) record their version and load the policy.
const (
	durableChange = "fnflow-durable"
	durableV1     = 1
	durableV2     = 2
	durableV3     = 3
)

// queueTouch is how often an execution waiting for a concurrency slot
// renews its row's updated_at (reads and the sweeper count a waiting row
// not updated for its timeout plus executions.stuck_grace_period as stuck).
const queueTouch = 30 * time.Second

// durableExecution is ExecutionWorkflow with fnflow's guarantees beyond
// Appwrite (ARCHITECTURE.md, "Durable execution"):
//   - retries: a failed attempt (status ≥ 500, thrown error, timeout) runs
//     again after retryDelay, doubling, up to the function's retries; a
//     sync execution only while its caller still waits. The backoff is a
//     Temporal timer: a killed worker loses nothing;
//   - maxConcurrency: each attempt first takes a slot of the function's
//     ConcurrencyWorkflow and gives it back after;
//   - failure hook: an execution that ends failed starts its function's
//     failureFunctionId as a child workflow that outlives it;
//   - the Temporal UI: ExecutionOutcome and ExecutionAttempts search
//     attributes and the current details say how it ended.
func durableExecution(ctx workflow.Context, in contract.ExecutionInput, version workflow.Version) (*contract.Outcome, error) {
	var a *activities.Activities
	ref := contract.ExecutionRef{ProjectID: in.ProjectID, FunctionID: in.FunctionID, ExecutionID: in.ExecutionID}
	var pol contract.ExecutionPolicy
	if in.Policy != nil {
		pol = *in.Policy // the API read the function a moment ago
	} else if err := workflow.ExecuteLocalActivity(shortLocal(ctx), a.LoadExecutionPolicy, ref).Get(ctx, &pol); err != nil {
		return nil, err
	}
	if !pol.Found {
		return &contract.Outcome{Skipped: true}, nil
	}
	out, err := runAttempts(ctx, in, ref, pol, version >= durableV2)
	if err != nil || out.Skipped {
		return out, err
	}
	status := []temporal.SearchAttributeUpdate{contract.SAStatus.ValueSet(out.Status)}
	if out.Attempts > 0 {
		status = append(status, contract.SAAttempts.ValueSet(int64(out.Attempts)))
	}
	if err := workflow.UpsertTypedSearchAttributes(ctx, status...); err != nil {
		return nil, err
	}
	workflow.SetCurrentDetails(ctx, fmt.Sprintf("%s, status code %d, %d attempt(s)", out.Status, out.StatusCode, max(out.Attempts, 1)))
	if out.Status == models.ExecutionFailed && pol.FailureFunctionID != "" && !pol.FailureHook {
		if err := startFailureHook(ctx, ref, pol.FailureFunctionID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// runAttempts runs the attempts of an execution until one does not fail,
// none is left, or the execution is gone (deleted: Skipped).
// local: durableV2 and later (the run is one local activity).
func runAttempts(ctx workflow.Context, in contract.ExecutionInput, ref contract.ExecutionRef, pol contract.ExecutionPolicy, local bool) (*contract.Outcome, error) {
	var a *activities.Activities
	lctx := shortLocal(ctx)
	start := workflow.GetInfo(ctx).WorkflowStartTime
	syncCap := time.Duration(pol.SyncTimeoutSeconds) * time.Second
	for attempt := 1; ; attempt++ {
		release, err := acquireSlot(ctx, ref, pol.MaxConcurrency)
		if err != nil {
			return nil, err
		}
		run := ref
		if !local {
			var marked bool
			if err := workflow.ExecuteLocalActivity(lctx, a.MarkExecutionProcessing, ref).Get(ctx, &marked); err != nil {
				release()
				return nil, err
			}
			if !marked {
				// Deleted (canceled) before it ran, or already finished.
				release()
				return &contract.Outcome{Skipped: true, Attempts: attempt - 1}, nil
			}
		} else {
			run.Mark = true // the run marks it (and answers Skipped when it cannot)
		}
		run.Sync, run.Attempt = in.Sync, attempt
		delay := contract.RetryDelay(pol.RetryDelaySeconds, attempt+1)
		if attempt <= pol.Retries && (!in.Sync || workflow.Now(ctx).Add(delay).Before(start.Add(syncCap))) {
			secs := int(delay / time.Second)
			run.RetryAfterSeconds = &secs
		}
		out, err := runOnce(ctx, in, run, local)
		release()
		if err != nil {
			msg := "The execution could not be run: " + rootMessage(err)
			if ferr := workflow.ExecuteLocalActivity(lctx, a.FailExecution, ref, msg).Get(ctx, nil); ferr != nil {
				return nil, ferr
			}
			return &contract.Outcome{Status: models.ExecutionFailed, StatusCode: 500, Attempts: attempt}, nil
		}
		if out.Skipped || out.Status != models.ExecutionFailed || run.RetryAfterSeconds == nil {
			return &out, nil
		}
		// Recorded as scheduled for the next attempt: wait on a durable
		// timer. A DELETE meanwhile terminates this workflow.
		_ = workflow.UpsertTypedSearchAttributes(ctx, contract.SAAttempts.ValueSet(int64(attempt)))
		workflow.SetCurrentDetails(ctx, fmt.Sprintf("attempt %d failed with status code %d; attempt %d in %s",
			attempt, out.StatusCode, attempt+1, delay))
		if err := workflow.Sleep(ctx, delay); err != nil {
			return nil, err
		}
	}
}

// acquireSlot takes one of the function's maxConcurrency slots (nothing
// when it is 0): it queues in the function's ConcurrencyWorkflow and waits
// for its grant, renewing the waiting row meanwhile. release gives the slot
// back (a signal, recorded in this history: a worker killed in between
// still sends it on replay).
func acquireSlot(ctx workflow.Context, ref contract.ExecutionRef, limit int) (release func(), err error) {
	if limit <= 0 {
		return func() {}, nil
	}
	var a *activities.Activities
	lctx := shortLocal(ctx)
	self := workflow.GetInfo(ctx).WorkflowExecution.ID
	req := contract.ConcurrencyRequest{ProjectID: ref.ProjectID, FunctionID: ref.FunctionID, WorkflowID: self, Limit: limit}
	if err := workflow.ExecuteLocalActivity(lctx, a.AcquireConcurrency, req).Get(ctx, nil); err != nil {
		return nil, err
	}
	granted := workflow.GetSignalChannel(ctx, contract.SignalGranted)
	for got := false; !got; {
		tctx, cancel := workflow.WithCancel(ctx)
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(granted, func(c workflow.ReceiveChannel, _ bool) { c.Receive(ctx, nil); got = true })
		sel.AddFuture(workflow.NewTimer(tctx, queueTouch), func(workflow.Future) {})
		sel.Select(ctx)
		cancel()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !got {
			if err := workflow.ExecuteLocalActivity(lctx, a.TouchWaitingExecution, ref).Get(ctx, nil); err != nil {
				return nil, err
			}
		}
	}
	semID := contract.ConcurrencyWorkflowID(ref.ProjectID, ref.FunctionID)
	return func() {
		dctx, _ := workflow.NewDisconnectedContext(ctx)
		// The semaphore may be gone (it then holds nothing): ignore.
		_ = workflow.SignalExternalWorkflow(dctx, semID, "", contract.SignalRelease, self).Get(dctx, nil)
	}, nil
}

// startFailureHook runs the function's failure function with the failed
// execution as body (CreateFailureExecution), as a child workflow that
// outlives this one. Its ID derives from the failed execution: a replay or
// a retry starts nothing twice.
func startFailureHook(ctx workflow.Context, ref contract.ExecutionRef, failureFunctionID string) error {
	var a *activities.Activities
	var r *contract.EventRun
	if err := workflow.ExecuteLocalActivity(shortLocal(ctx), a.CreateFailureExecution, ref, failureFunctionID).Get(ctx, &r); err != nil {
		return err
	}
	if r == nil {
		return nil
	}
	cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
		WorkflowID:            contract.ExecutionWorkflowID(ref.ProjectID, r.ExecutionID),
		ParentClosePolicy:     enums.PARENT_CLOSE_POLICY_ABANDON,
		WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: ref.ProjectID, FunctionID: r.FunctionID,
			DeploymentID: r.DeploymentID, Trigger: models.TriggerEvent}),
		StaticSummary: contract.ExecutionSummary(r.FunctionID, models.TriggerEvent, "POST", "/") + " on failure of " + ref.ExecutionID,
	})
	f := workflow.ExecuteChildWorkflow(cctx, contract.ExecutionWorkflow, contract.ExecutionInput{
		ProjectID: ref.ProjectID, FunctionID: r.FunctionID, ExecutionID: r.ExecutionID, Timeout: r.Timeout,
	})
	if err := f.GetChildWorkflowExecution().Get(ctx, nil); err != nil {
		var already *temporal.ChildWorkflowExecutionAlreadyStartedError
		if !errors.As(err, &already) {
			return fmt.Errorf("start failure function execution %s: %w", r.ExecutionID, err)
		}
	}
	return nil
}

// ConcurrencyWorkflow is a function's semaphore (maxConcurrency): execution
// workflows queue with SignalAcquire, get SignalGranted in the order they
// asked while fewer than Limit hold a slot, and give it back with
// SignalRelease. The queue and the holders are this workflow's state, so
// they survive any worker's kill -9. A holder whose workflow ended without
// releasing (terminated by a DELETE) is found by a check every
// semaphoreCheck while others wait; a queued workflow that ended is
// skipped (its grant signal fails). Idle for semaphoreIdle, it ends; the
// next acquire starts it again (signal-with-start).
func ConcurrencyWorkflow(ctx workflow.Context, st contract.ConcurrencyState) error {
	var a *activities.Activities
	acquire := workflow.GetSignalChannel(ctx, contract.SignalAcquire)
	release := workflow.GetSignalChannel(ctx, contract.SignalRelease)
	onAcquire := func(r contract.ConcurrencyRequest) {
		st.Limit = r.Limit
		if !slices.Contains(st.Holders, r.WorkflowID) && !slices.ContainsFunc(st.Queue, func(q contract.ConcurrencyRequest) bool {
			return q.WorkflowID == r.WorkflowID
		}) {
			st.Queue = append(st.Queue, r)
		}
	}
	onRelease := func(id string) { st.Holders = slices.DeleteFunc(st.Holders, func(h string) bool { return h == id }) }
	drain := func() bool {
		got := false
		for {
			var r contract.ConcurrencyRequest
			var id string
			switch {
			case acquire.ReceiveAsync(&r):
				onAcquire(r)
			case release.ReceiveAsync(&id):
				onRelease(id)
			default:
				return got
			}
			got = true
		}
	}
	for {
		for len(st.Holders) < max(st.Limit, 1) && len(st.Queue) > 0 {
			r := st.Queue[0]
			st.Queue = st.Queue[1:]
			if err := workflow.SignalExternalWorkflow(ctx, r.WorkflowID, "", contract.SignalGranted, nil).Get(ctx, nil); err != nil {
				continue // it ended while queued (deleted)
			}
			st.Holders = append(st.Holders, r.WorkflowID)
		}
		if workflow.GetInfo(ctx).GetContinueAsNewSuggested() || workflow.GetInfo(ctx).GetCurrentHistoryLength() > 2000 {
			drain()
			return workflow.NewContinueAsNewError(ctx, contract.ConcurrencyWorkflow, st)
		}
		wait := semaphoreIdle
		if len(st.Holders) > 0 {
			wait = semaphoreCheck
		}
		tctx, cancel := workflow.WithCancel(ctx)
		fired := false
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(acquire, func(c workflow.ReceiveChannel, _ bool) {
			var r contract.ConcurrencyRequest
			c.Receive(ctx, &r)
			onAcquire(r)
		})
		sel.AddReceive(release, func(c workflow.ReceiveChannel, _ bool) {
			var id string
			c.Receive(ctx, &id)
			onRelease(id)
		})
		sel.AddFuture(workflow.NewTimer(tctx, wait), func(workflow.Future) { fired = true })
		sel.Select(ctx)
		cancel()
		if !fired {
			continue
		}
		if len(st.Holders) == 0 && len(st.Queue) == 0 {
			if drain() {
				continue
			}
			return nil
		}
		if len(st.Holders) > 0 {
			var closed []string
			if err := workflow.ExecuteLocalActivity(shortLocal(ctx), a.ClosedWorkflows, st.Holders).Get(ctx, &closed); err == nil {
				for _, id := range closed {
					onRelease(id)
				}
			}
		}
	}
}

// Timing of ConcurrencyWorkflow.
const (
	semaphoreCheck = 10 * time.Second
	semaphoreIdle  = time.Minute
)
