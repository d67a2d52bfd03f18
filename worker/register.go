package worker

import (
	sdkworker "go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/workflows"
)

// register lists every workflow and the activities. One line per workflow,
// under its name in package contract (what the API starts).
func register(w sdkworker.Worker, acts *activities.Activities) {
	w.RegisterActivity(acts)
	for name, fn := range map[string]any{
		contract.ExecutionWorkflow:   workflows.ExecutionWorkflow,
		contract.CronWorkflow:        workflows.CronWorkflow,
		contract.BuildWorkflow:       workflows.BuildWorkflow,
		contract.EventWorkflow:       workflows.EventWorkflow,
		contract.CleanupWorkflow:     workflows.CleanupWorkflow,
		contract.ConcurrencyWorkflow: workflows.ConcurrencyWorkflow,
	} {
		w.RegisterWorkflowWithOptions(fn, workflow.RegisterOptions{Name: name})
	}
}
