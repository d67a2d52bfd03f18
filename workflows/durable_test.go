package workflows_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/workflows"
)

// TestExecutionWorkflowRetries: a failed attempt with retries left runs
// again (attempt 2, told it may retry once more), the last one is told
// it is the last; the delay doubles.
func TestExecutionWorkflowRetries(t *testing.T) {
	env, a := newExecEnvWith(contract.ExecutionPolicy{Found: true, Retries: 2, RetryDelaySeconds: 2})
	var seen []contract.ExecutionRef
	env.OnActivity(a.RunExecution, mock.Anything, mock.Anything).Return(func(_ context.Context, r contract.ExecutionRef) (*contract.Outcome, error) {
		seen = append(seen, r)
		return &contract.Outcome{Status: models.ExecutionFailed, StatusCode: 500, Attempts: r.Attempt}, nil
	})
	env.OnActivity(a.CreateFailureExecution, mock.Anything, mock.Anything, mock.Anything).Return(nil, nil).Maybe()
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 {
		t.Fatalf("%d attempts, want 3", len(seen))
	}
	for i, r := range seen {
		if r.Attempt != i+1 {
			t.Errorf("attempt %d ran as %d", i+1, r.Attempt)
		}
		last := i == 2
		if last != (r.RetryAfterSeconds == nil) {
			t.Errorf("attempt %d: RetryAfterSeconds %v", i+1, r.RetryAfterSeconds)
		}
	}
	if *seen[0].RetryAfterSeconds != 2 || *seen[1].RetryAfterSeconds != 4 {
		t.Errorf("delays %d, %d; want 2, 4", *seen[0].RetryAfterSeconds, *seen[1].RetryAfterSeconds)
	}
	var out contract.Outcome
	if err := env.GetWorkflowResult(&out); err != nil || out.Status != models.ExecutionFailed || out.Attempts != 3 {
		t.Fatalf("outcome %+v %v", out, err)
	}
	env.AssertNotCalled(t, "CreateFailureExecution", mock.Anything, mock.Anything, mock.Anything)
}

// TestExecutionWorkflowPolicyFromInput: a workflow started with its
// function's policy in the input (by the API, fnflow-durable version 3)
// runs by it and does not load it (the store would say the function is
// gone here).
func TestExecutionWorkflowPolicyFromInput(t *testing.T) {
	env, a := newExecEnvWith(contract.ExecutionPolicy{})
	var seen []contract.ExecutionRef
	env.OnActivity(a.RunExecution, mock.Anything, mock.Anything).Return(func(_ context.Context, r contract.ExecutionRef) (*contract.Outcome, error) {
		seen = append(seen, r)
		return &contract.Outcome{Status: models.ExecutionFailed, StatusCode: 500, Attempts: r.Attempt}, nil
	})
	in := execIn
	in.Policy = &contract.ExecutionPolicy{Found: true, Retries: 1, RetryDelaySeconds: 1, SyncTimeoutSeconds: 30}
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, in)
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 || !seen[0].Mark || !seen[0].Route {
		t.Fatalf("runs %+v, want 2 attempts run as local activities (mark, route)", seen)
	}
	env.AssertNotCalled(t, "LoadExecutionPolicy", mock.Anything, mock.Anything)
}

// TestExecutionWorkflowFailureHook: an execution that ends failed starts
// its function's failure function once, as a child workflow.
func TestExecutionWorkflowFailureHook(t *testing.T) {
	env, a := newExecEnvWith(contract.ExecutionPolicy{Found: true, FailureFunctionID: "hook"})
	env.OnActivity(a.RunExecution, mock.Anything, first(execRef)).Return(&contract.Outcome{Status: models.ExecutionFailed, StatusCode: 500, Attempts: 1}, nil).Once()
	hookRef := contract.ExecutionRef{ProjectID: "p1", FunctionID: "hook", ExecutionID: "h1", Attempt: 1, Route: true, Mark: true}
	env.OnActivity(a.RunExecution, mock.Anything, hookRef).Return(&contract.Outcome{Status: models.ExecutionCompleted, StatusCode: 200, Attempts: 1}, nil).Once()
	env.OnActivity(a.CreateFailureExecution, mock.Anything, execRef, "hook").Return(&contract.EventRun{FunctionID: "hook", ExecutionID: "h1", Timeout: 15}, nil).Once()
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	env.AssertExpectations(t)
}

// TestConcurrencyWorkflowOrder: with limit 2, slots go in arrival order; a
// duplicate acquire is ignored; a release frees the slot for the next; a
// queued workflow that ended is skipped.
func TestConcurrencyWorkflowOrder(t *testing.T) {
	env, _ := newExecEnv()
	env.RegisterWorkflow(workflows.ConcurrencyWorkflow)
	var granted []string
	env.OnSignalExternalWorkflow(mock.Anything, "gone", "", contract.SignalGranted, mock.Anything).Return(errors.New("workflow not found"))
	env.OnSignalExternalWorkflow(mock.Anything, mock.Anything, "", contract.SignalGranted, mock.Anything).Return(
		func(_ string, id, _, _ string, _ any) error {
			granted = append(granted, id)
			return nil
		})
	acquire := func(id string) contract.ConcurrencyRequest {
		return contract.ConcurrencyRequest{ProjectID: "p1", FunctionID: "f1", WorkflowID: id, Limit: 2}
	}
	for i, id := range []string{"a", "b", "a", "gone", "c", "d"} {
		env.RegisterDelayedCallback(func() { env.SignalWorkflow(contract.SignalAcquire, acquire(id)) }, time.Duration(i+1)*time.Millisecond)
	}
	env.RegisterDelayedCallback(func() {
		if want := []string{"a", "b"}; !slices.Equal(granted, want) {
			t.Errorf("granted %v before any release, want %v", granted, want)
		}
		env.SignalWorkflow(contract.SignalRelease, "zzz") // not a holder: nothing
		env.SignalWorkflow(contract.SignalRelease, "a")
	}, time.Second)
	env.RegisterDelayedCallback(func() { env.SignalWorkflow(contract.SignalRelease, "b") }, 2*time.Second)
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(contract.SignalRelease, "c")
		env.SignalWorkflow(contract.SignalRelease, "d")
	}, 3*time.Second)
	env.ExecuteWorkflow(workflows.ConcurrencyWorkflow, contract.ConcurrencyState{ProjectID: "p1", FunctionID: "f1"})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b", "c", "d"}; !slices.Equal(granted, want) {
		t.Fatalf("granted %v, want %v", granted, want)
	}
}
