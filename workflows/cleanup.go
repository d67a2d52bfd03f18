package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
)

// CleanupIDPrefix starts every cleanup workflow ID.
const CleanupIDPrefix = "cleanup-"

// CleanupWorkflowID is the workflow ID of the cleanup after a function
// (deploymentID empty) or a deployment was deleted:
// cleanup-<project>/<function>[/<deployment>]. "/" cannot occur in IDs, so
// two owners never share one.
func CleanupWorkflowID(projectID, functionID, deploymentID string) string {
	id := CleanupIDPrefix + projectID + "/" + functionID
	if deploymentID != "" {
		id += "/" + deploymentID
	}
	return id
}

// TriggerCleanup is the Trigger search attribute of cleanup workflows.
const TriggerCleanup = "cleanup"

// CleanupWorkflow removes the containers (and cached code) of a deleted
// function or deployment: one idempotent activity, retried until the
// worker's Docker engine answers.
func CleanupWorkflow(ctx workflow.Context, in activities.CleanupInput) (activities.CleanupResult, error) {
	var a *activities.Activities
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute,
		RetryPolicy: &temporal.RetryPolicy{InitialInterval: time.Second, MaximumInterval: 30 * time.Second,
			MaximumAttempts: 20},
	})
	var out activities.CleanupResult
	err := workflow.ExecuteActivity(ctx, a.CleanupDeleted, in).Get(ctx, &out)
	return out, err
}
