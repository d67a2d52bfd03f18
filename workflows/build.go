package workflows

import (
	"errors"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// BuildGrace is added to the build timeout for the run activity's
// StartToClose: unpacking the source and storing the output.
const BuildGrace = 5 * time.Minute

// BuildHeartbeat is the run activity's heartbeat timeout: a worker that dies
// mid-build is noticed after this long and the build is retried elsewhere.
const BuildHeartbeat = 10 * time.Second

// BuildWorkflow builds one deployment: waiting → processing → building →
// ready | failed | canceled. A failing build command fails the workflow;
// cancelling the workflow kills the build container.
func BuildWorkflow(ctx workflow.Context, in contract.BuildInput) error {
	var a *activities.Activities
	short := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute,
		RetryPolicy: &temporal.RetryPolicy{InitialInterval: time.Second, MaximumInterval: 30 * time.Second,
			MaximumAttempts: 10, NonRetryableErrorTypes: []string{contract.ErrBuildFailed, contract.ErrBuildSkipped}},
	})
	run := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: in.BuildTimeout() + BuildGrace,
		HeartbeatTimeout:    BuildHeartbeat,
		WaitForCancellation: true,
		RetryPolicy: &temporal.RetryPolicy{InitialInterval: 2 * time.Second, MaximumInterval: time.Minute,
			MaximumAttempts: 5, NonRetryableErrorTypes: []string{contract.ErrBuildFailed, contract.ErrBuildSkipped}},
	})

	err := workflow.ExecuteActivity(short, a.BuildPrepare, in).Get(short, nil)
	var out contract.BuildOutput
	if err == nil {
		err = workflow.ExecuteActivity(run, a.BuildRun, in).Get(run, &out)
	}
	finish := contract.BuildFinishInput{BuildInput: in, Status: models.DeploymentReady, Output: out}
	var appErr *temporal.ApplicationError
	switch {
	case err == nil:
	case errors.As(err, &appErr) && appErr.Type() == contract.ErrBuildSkipped:
		return nil
	case temporal.IsCanceledError(err) || ctx.Err() != nil:
		finish.Status = models.DeploymentCanceled
	case errors.As(err, &appErr) && appErr.Type() == contract.ErrBuildFailed:
		finish.Status = models.DeploymentFailed
		finish.Message = appErr.Message()
	default:
		finish.Status = models.DeploymentFailed
		finish.Message = "Build failed because of an internal error; the server log has the details."
		workflow.GetLogger(ctx).Error("build failed", "deployment_id", in.DeploymentID, "error", err)
	}
	// Record the end even when the workflow itself was cancelled.
	fctx, cancel := workflow.NewDisconnectedContext(short)
	defer cancel()
	if ferr := workflow.ExecuteActivity(fctx, a.BuildFinish, finish).Get(fctx, nil); ferr != nil {
		return ferr
	}
	switch finish.Status {
	case models.DeploymentCanceled:
		return temporal.NewCanceledError()
	case models.DeploymentFailed:
		return temporal.NewNonRetryableApplicationError(finish.Message, contract.ErrBuildFailed, nil)
	}
	return nil
}
