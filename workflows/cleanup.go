package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
)

// CleanupWorkflow removes the containers (and cached code) of a deleted
// function or deployment: one idempotent activity, retried until the
// worker's Docker engine answers.
func CleanupWorkflow(ctx workflow.Context, in contract.CleanupInput) (contract.CleanupResult, error) {
	var a *activities.Activities
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute,
		RetryPolicy: &temporal.RetryPolicy{InitialInterval: time.Second, MaximumInterval: 30 * time.Second,
			MaximumAttempts: 20},
	})
	var out contract.CleanupResult
	err := workflow.ExecuteActivity(ctx, a.CleanupDeleted, in).Get(ctx, &out)
	return out, err
}
