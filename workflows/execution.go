package workflows

import (
	"errors"
	"fmt"
	"time"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// ExecutionWorkflow runs one execution: mark processing, run and record,
// or record the engine's failure. Workflows started since fnflow's
// retries, flow control and failure hooks (version durableV1) run
// durableExecution (durable.go); histories from before replay the code
// below unchanged. A workflow started with its function's policy in the
// input (the API's, since durableV3) records no version marker: the
// input says which code it runs.
func ExecutionWorkflow(ctx workflow.Context, in contract.ExecutionInput) (*contract.Outcome, error) {
	if in.Policy != nil {
		return durableExecution(ctx, in, durableV3)
	}
	if v := workflow.GetVersion(ctx, durableChange, workflow.DefaultVersion, durableV2); v >= durableV1 {
		return durableExecution(ctx, in, v)
	}
	var a *activities.Activities
	ref := contract.ExecutionRef{ProjectID: in.ProjectID, FunctionID: in.FunctionID, ExecutionID: in.ExecutionID}
	lctx := shortLocal(ctx)
	var marked bool
	if err := workflow.ExecuteLocalActivity(lctx, a.MarkExecutionProcessing, ref).Get(ctx, &marked); err != nil {
		return nil, err
	}
	if !marked {
		// Deleted before it fired, or already finished: nothing to run.
		return &contract.Outcome{Skipped: true}, nil
	}
	// The run keeps the whole response for a waiting caller.
	run := ref
	run.Sync = in.Sync
	out, err := runOnce(ctx, in, run, false)
	if err == nil {
		return &out, nil
	}
	msg := "The execution could not be run: " + rootMessage(err)
	if ferr := workflow.ExecuteLocalActivity(lctx, a.FailExecution, ref, msg).Get(ctx, nil); ferr != nil {
		return nil, ferr
	}
	return &contract.Outcome{Status: models.ExecutionFailed, StatusCode: 500}, nil
}

// shortLocal is the context of the short store writes (local activities).
func shortLocal(ctx workflow.Context) workflow.Context {
	return workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{
		StartToCloseTimeout: 10 * time.Second,
		RetryPolicy:         &temporal.RetryPolicy{InitialInterval: 200 * time.Millisecond, MaximumAttempts: 10},
	})
}

// runOnce runs one attempt of the execution and records its result. An
// error means the engine gave up. Before durableV2 (local false), a sync
// run was a local activity and an async run a regular activity on the
// shared queue. Since, every run is one local activity (mark, run,
// record) on the worker that has the workflow task, which may answer
// "route to the worker where the deployment is warm": then a regular
// activity on that worker's queue, and here again if that worker does not
// pick it up in time.
func runOnce(ctx workflow.Context, in contract.ExecutionInput, run contract.ExecutionRef, local bool) (contract.Outcome, error) {
	var a *activities.Activities
	runTimeout := time.Duration(max(in.Timeout, 1))*time.Second + contract.RunGrace
	retry := &temporal.RetryPolicy{InitialInterval: 500 * time.Millisecond, BackoffCoefficient: 2,
		MaximumInterval: 10 * time.Second, MaximumAttempts: 3,
		NonRetryableErrorTypes: []string{contract.ErrTypeNotRunnable}}
	if !in.Sync {
		retry.MaximumAttempts = 5
	}
	runLocal := func(ref contract.ExecutionRef) (contract.Outcome, error) {
		var out contract.Outcome
		rctx := workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{
			StartToCloseTimeout: runTimeout, RetryPolicy: retry,
		})
		err := workflow.ExecuteLocalActivity(rctx, a.RunExecution, ref).Get(ctx, &out)
		return out, err
	}
	if !local {
		if in.Sync {
			return runLocal(run)
		}
		var out contract.Outcome
		rctx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
			StartToCloseTimeout: runTimeout, HeartbeatTimeout: 10 * time.Second, RetryPolicy: retry,
		})
		err := workflow.ExecuteActivity(rctx, a.RunExecution, run).Get(ctx, &out)
		return out, err
	}
	// A long local activity keeps its workflow task alive (the SDK
	// heartbeats it); a worker killed meanwhile loses the task, which
	// Temporal hands to another worker after the task timeout: the run is
	// started again there (MarkExecutionProcessing lets it through).
	run.Route = true
	out, err := runLocal(run)
	if err != nil || out.RouteTo == "" {
		return out, err
	}
	routed := run
	routed.Route, routed.Mark = false, false
	rctx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		TaskQueue: out.RouteTo, ScheduleToStartTimeout: contract.RouteScheduleToStart,
		StartToCloseTimeout: runTimeout, HeartbeatTimeout: 10 * time.Second, RetryPolicy: retry,
	})
	out = contract.Outcome{}
	err = workflow.ExecuteActivity(rctx, a.RunExecution, routed).Get(ctx, &out)
	var te *temporal.TimeoutError
	if errors.As(err, &te) && te.TimeoutType() == enums.TIMEOUT_TYPE_SCHEDULE_TO_START {
		// Its worker is gone or saturated: run here (a cold start).
		return runLocal(routed)
	}
	return out, err
}

func rootMessage(err error) string {
	var app *temporal.ApplicationError
	if errors.As(err, &app) {
		return app.Error()
	}
	var te *temporal.TimeoutError
	if errors.As(err, &te) {
		return "the worker did not finish in time (" + te.Error() + ")"
	}
	return err.Error()
}

// CronWorkflow is one fire of a function's schedule: it stores an execution
// with trigger schedule whose ID derives from this workflow's ID (which the
// schedule makes unique per scheduled time, so a fire never runs twice) and
// runs it as an async execution in a child workflow.
func CronWorkflow(ctx workflow.Context, in contract.CronInput) error {
	var a *activities.Activities
	execID := activities.CronExecutionID(in.FunctionID, workflow.GetInfo(ctx).WorkflowExecution.ID)
	ref := contract.ExecutionRef{ProjectID: in.ProjectID, FunctionID: in.FunctionID, ExecutionID: execID}
	lctx := workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{
		StartToCloseTimeout: 10 * time.Second,
		RetryPolicy:         &temporal.RetryPolicy{InitialInterval: 500 * time.Millisecond, MaximumAttempts: 10},
	})
	var fire contract.CronFire
	if err := workflow.ExecuteLocalActivity(lctx, a.CreateCronExecution, ref).Get(ctx, &fire); err != nil {
		return err
	}
	if !fire.Run {
		return nil
	}
	cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
		WorkflowID: contract.ExecutionWorkflowID(in.ProjectID, execID),
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: in.ProjectID, FunctionID: in.FunctionID,
			DeploymentID: fire.DeploymentID, Trigger: models.TriggerSchedule}),
		StaticSummary: contract.ExecutionSummary(in.FunctionID, models.TriggerSchedule, "POST", "/"),
	})
	return workflow.ExecuteChildWorkflow(cctx, ExecutionWorkflow, contract.ExecutionInput{
		ProjectID: in.ProjectID, FunctionID: in.FunctionID, ExecutionID: execID, Timeout: fire.Timeout,
	}).Get(ctx, nil)
}

// EventWorkflow delivers one posted event: it stores an execution (trigger
// event) for every function subscribed to it and starts each as an async
// execution in a child workflow that outlives this one. Execution IDs derive
// from the event and the function, so a retried dispatch never runs a
// function twice for one event.
func EventWorkflow(ctx workflow.Context, in contract.EventInput) ([]contract.EventRun, error) {
	var a *activities.Activities
	lctx := workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{
		StartToCloseTimeout: 30 * time.Second,
		RetryPolicy:         &temporal.RetryPolicy{InitialInterval: 500 * time.Millisecond, MaximumInterval: 10 * time.Second},
	})
	var runs []contract.EventRun
	if err := workflow.ExecuteLocalActivity(lctx, a.DispatchEvent, in).Get(ctx, &runs); err != nil {
		return nil, err
	}
	started := make([]workflow.ChildWorkflowFuture, 0, len(runs))
	for _, r := range runs {
		cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
			WorkflowID:            contract.ExecutionWorkflowID(in.ProjectID, r.ExecutionID),
			ParentClosePolicy:     enums.PARENT_CLOSE_POLICY_ABANDON,
			WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
			TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: in.ProjectID, FunctionID: r.FunctionID,
				DeploymentID: r.DeploymentID, Trigger: models.TriggerEvent}),
			StaticSummary: contract.ExecutionSummary(r.FunctionID, models.TriggerEvent, "POST", "/"),
		})
		started = append(started, workflow.ExecuteChildWorkflow(cctx, ExecutionWorkflow, contract.ExecutionInput{
			ProjectID: in.ProjectID, FunctionID: r.FunctionID, ExecutionID: r.ExecutionID, Timeout: r.Timeout,
		}))
	}
	for i, f := range started {
		// Wait until each child has started; it then runs on its own.
		if err := f.GetChildWorkflowExecution().Get(ctx, nil); err != nil {
			var already *temporal.ChildWorkflowExecutionAlreadyStartedError
			if !errors.As(err, &already) {
				return nil, fmt.Errorf("start execution %s: %w", runs[i].ExecutionID, err)
			}
		}
	}
	return runs, nil
}
