package worker

import (
	"context"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/workflows"
)

// fakeRun is a WorkflowRun whose Get blocks until its context ends or a
// result arrives.
type fakeRun struct {
	client.WorkflowRun
	result chan contract.Outcome
}

func (f *fakeRun) Get(ctx context.Context, v any) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case o := <-f.result:
		if p, ok := v.(*contract.Outcome); ok {
			*p = o
		}
		return nil
	}
}

// TestWorkflowNames: the names the worker registers are the Go function
// names, the SDK's default under which the recorded histories were written.
func TestWorkflowNames(t *testing.T) {
	for name, fn := range map[string]any{
		contract.ExecutionWorkflow: workflows.ExecutionWorkflow,
		contract.CronWorkflow:      workflows.CronWorkflow,
		contract.BuildWorkflow:     workflows.BuildWorkflow,
		contract.EventWorkflow:     workflows.EventWorkflow,
		contract.CleanupWorkflow:   workflows.CleanupWorkflow,
	} {
		full := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
		if got := full[strings.LastIndex(full, ".")+1:]; got != name {
			t.Errorf("workflow %s registered as %q", got, name)
		}
	}
}

func TestSyncRunGetReturnsRecordedOutcome(t *testing.T) {
	ch := make(chan contract.Outcome, 1)
	released := 0
	r := &syncRun{WorkflowRun: &fakeRun{result: make(chan contract.Outcome)}, ch: ch, release: func() { released++ }}
	go func() { ch <- contract.Outcome{Status: "completed", StatusCode: 200} }()
	var out contract.Outcome
	if err := r.Get(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Status != "completed" || out.StatusCode != 200 || released != 1 {
		t.Fatalf("outcome %+v, released %d", out, released)
	}
	// A second Get (the outcome is consumed) waits for the workflow.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Get(ctx, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("second Get: %v", err)
	}
}

func TestSyncRunGetFallsBackToWorkflow(t *testing.T) {
	f := &fakeRun{result: make(chan contract.Outcome, 1)}
	f.result <- contract.Outcome{Status: "failed", StatusCode: 500}
	r := &syncRun{WorkflowRun: f, ch: make(chan contract.Outcome), release: func() {}}
	var out contract.Outcome
	if err := r.Get(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Status != "failed" || out.StatusCode != 500 {
		t.Fatalf("outcome %+v", out)
	}
	// A wait that ends reports the context's error.
	r = &syncRun{WorkflowRun: &fakeRun{result: make(chan contract.Outcome)}, ch: make(chan contract.Outcome), release: func() {}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Get(ctx, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}
