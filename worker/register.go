package worker

import (
	sdkworker "go.temporal.io/sdk/worker"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/workflows"
)

// register lists every workflow and the activities. One line per workflow.
func register(w sdkworker.Worker, acts *activities.Activities) {
	w.RegisterActivity(acts)
	w.RegisterWorkflow(workflows.ExecutionWorkflow)
	w.RegisterWorkflow(workflows.CronWorkflow)
	w.RegisterWorkflow(workflows.BuildWorkflow)
	w.RegisterWorkflow(workflows.EventWorkflow)
	w.RegisterWorkflow(workflows.CleanupWorkflow)
}
