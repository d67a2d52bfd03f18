package worker

import (
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/workflows"
)

// TestWorkflowNames: the names the worker registers are the Go function
// names, the SDK's default under which the recorded histories were written.
func TestWorkflowNames(t *testing.T) {
	for name, fn := range map[string]any{
		contract.ExecutionWorkflow:   workflows.ExecutionWorkflow,
		contract.CronWorkflow:        workflows.CronWorkflow,
		contract.BuildWorkflow:       workflows.BuildWorkflow,
		contract.EventWorkflow:       workflows.EventWorkflow,
		contract.CleanupWorkflow:     workflows.CleanupWorkflow,
		contract.ConcurrencyWorkflow: workflows.ConcurrencyWorkflow,
	} {
		full := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
		if got := full[strings.LastIndex(full, ".")+1:]; got != name {
			t.Errorf("workflow %s registered as %q", got, name)
		}
	}
}
