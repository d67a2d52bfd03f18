package worker

import (
	"context"
	"errors"
	"testing"

	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/activities"
)

// fakeRun is a WorkflowRun whose Get blocks until its context ends or a
// result arrives.
type fakeRun struct {
	client.WorkflowRun
	result chan activities.Outcome
}

func (f *fakeRun) Get(ctx context.Context, v any) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case o := <-f.result:
		if p, ok := v.(*activities.Outcome); ok {
			*p = o
		}
		return nil
	}
}

func TestExecutionWorkflowType(t *testing.T) {
	if executionWorkflowType != "ExecutionWorkflow" {
		t.Fatalf("executionWorkflowType = %q", executionWorkflowType)
	}
}

func TestSyncRunGetReturnsRecordedOutcome(t *testing.T) {
	ch := make(chan activities.Outcome, 1)
	released := 0
	r := &syncRun{WorkflowRun: &fakeRun{result: make(chan activities.Outcome)}, ch: ch, release: func() { released++ }}
	go func() { ch <- activities.Outcome{Status: "completed", StatusCode: 200} }()
	var out activities.Outcome
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
	f := &fakeRun{result: make(chan activities.Outcome, 1)}
	f.result <- activities.Outcome{Status: "failed", StatusCode: 500}
	r := &syncRun{WorkflowRun: f, ch: make(chan activities.Outcome), release: func() {}}
	var out activities.Outcome
	if err := r.Get(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Status != "failed" || out.StatusCode != 500 {
		t.Fatalf("outcome %+v", out)
	}
	// A wait that ends reports the context's error.
	r = &syncRun{WorkflowRun: &fakeRun{result: make(chan activities.Outcome)}, ch: make(chan activities.Outcome), release: func() {}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Get(ctx, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}
