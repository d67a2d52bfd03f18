package workflows_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/workflows"
)

var execIn = contract.ExecutionInput{ProjectID: "p1", FunctionID: "f1", ExecutionID: "e1", Timeout: 15}
var execRef = contract.ExecutionRef{ProjectID: "p1", FunctionID: "f1", ExecutionID: "e1"}

func newExecEnv() (*testsuite.TestWorkflowEnvironment, *activities.Activities) {
	return newExecEnvWith(contract.ExecutionPolicy{Found: true, SyncTimeoutSeconds: 30})
}

func newExecEnvWith(pol contract.ExecutionPolicy) (*testsuite.TestWorkflowEnvironment, *activities.Activities) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	a := &activities.Activities{}
	env.RegisterActivity(a)
	env.RegisterWorkflow(workflows.ExecutionWorkflow)
	env.RegisterWorkflow(workflows.CronWorkflow)
	env.OnActivity(a.LoadExecutionPolicy, mock.Anything, mock.Anything).Return(&pol, nil).Maybe()
	return env, a
}

// first is the ref of an execution's first attempt (no retries), which
// may be routed to another worker.
func first(r contract.ExecutionRef) contract.ExecutionRef {
	r.Attempt, r.Route, r.Mark = 1, true, true
	return r
}

func TestExecutionWorkflowRuns(t *testing.T) {
	for _, sync := range []bool{true, false} {
		env, a := newExecEnv()
		in := execIn
		in.Sync = sync
		runRef := execRef
		runRef.Sync = sync
		env.OnActivity(a.RunExecution, mock.Anything, first(runRef)).Return(&contract.Outcome{Status: models.ExecutionCompleted, StatusCode: 200}, nil).Once()
		env.ExecuteWorkflow(workflows.ExecutionWorkflow, in)
		if !env.IsWorkflowCompleted() || env.GetWorkflowError() != nil {
			t.Fatalf("sync=%v: %v", sync, env.GetWorkflowError())
		}
		var out contract.Outcome
		if err := env.GetWorkflowResult(&out); err != nil || out.Status != models.ExecutionCompleted {
			t.Fatalf("sync=%v: outcome %+v %v", sync, out, err)
		}
		env.AssertExpectations(t)
	}
}

// TestExecutionWorkflowRouted: a run that answers "route to" runs on that
// queue as a regular activity that may not route again; when that queue
// does not pick it up in time (ScheduleToStart), it runs here.
func TestExecutionWorkflowRouted(t *testing.T) {
	for _, fallback := range []bool{false, true} {
		env, a := newExecEnv()
		env.OnActivity(a.RunExecution, mock.Anything, first(execRef)).Return(&contract.Outcome{RouteTo: "q-w2"}, nil).Once()
		routed := first(execRef)
		routed.Route, routed.Mark = false, false
		var queues []string
		env.OnActivity(a.RunExecution, mock.Anything, routed).Return(func(ctx context.Context, _ contract.ExecutionRef) (*contract.Outcome, error) {
			queues = append(queues, activity.GetInfo(ctx).TaskQueue)
			if fallback && len(queues) == 1 {
				return nil, temporal.NewTimeoutError(enums.TIMEOUT_TYPE_SCHEDULE_TO_START, nil)
			}
			return &contract.Outcome{Status: models.ExecutionCompleted, StatusCode: 200, Attempts: 1}, nil
		})
		env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
		if err := env.GetWorkflowError(); err != nil {
			t.Fatalf("fallback=%v: %v", fallback, err)
		}
		var out contract.Outcome
		if err := env.GetWorkflowResult(&out); err != nil || out.Status != models.ExecutionCompleted {
			t.Fatalf("fallback=%v: outcome %+v %v", fallback, out, err)
		}
		want := []string{"q-w2"}
		if fallback {
			want = append(want, "default-test-taskqueue")
		}
		if !slices.Equal(queues, want) {
			t.Fatalf("fallback=%v: routed runs on queues %v, want %v", fallback, queues, want)
		}
	}
}

func TestExecutionWorkflowSkipsDeleted(t *testing.T) {
	env, a := newExecEnv()
	// The run marks the execution processing first (fnflow-durable version 2) and
	// answers Skipped when it is gone: nothing else runs.
	env.OnActivity(a.RunExecution, mock.Anything, first(execRef)).Return(&contract.Outcome{Skipped: true}, nil).Once()
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
	var out contract.Outcome
	if err := env.GetWorkflowResult(&out); err != nil || !out.Skipped {
		t.Fatalf("outcome %+v %v", out, err)
	}
	env.AssertExpectations(t)
	env.AssertNotCalled(t, "MarkExecutionProcessing", mock.Anything, mock.Anything)
	env.AssertNotCalled(t, "FailExecution", mock.Anything, mock.Anything, mock.Anything)
}

func TestExecutionWorkflowEngineFailureRetriedThenRecorded(t *testing.T) {
	env, a := newExecEnv()
	runs := 0
	env.OnActivity(a.RunExecution, mock.Anything, first(execRef)).Return(func(context.Context, contract.ExecutionRef) (*contract.Outcome, error) {
		runs++
		return nil, errors.New("docker: engine unreachable")
	})
	var msg string
	env.OnActivity(a.FailExecution, mock.Anything, execRef, mock.Anything).Return(func(_ context.Context, _ contract.ExecutionRef, m string) error {
		msg = m
		return nil
	})
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
	if env.GetWorkflowError() != nil {
		t.Fatal(env.GetWorkflowError())
	}
	if runs != 5 || !strings.Contains(msg, "engine unreachable") {
		t.Fatalf("runs %d, recorded %q", runs, msg)
	}
}

func TestExecutionWorkflowNotRunnableNotRetried(t *testing.T) {
	env, a := newExecEnv()
	runs := 0
	env.OnActivity(a.RunExecution, mock.Anything, first(execRef)).Return(func(context.Context, contract.ExecutionRef) (*contract.Outcome, error) {
		runs++
		return nil, temporal.NewNonRetryableApplicationError("runtime gone", contract.ErrTypeNotRunnable, nil)
	})
	env.OnActivity(a.FailExecution, mock.Anything, execRef, mock.Anything).Return(nil)
	env.ExecuteWorkflow(workflows.ExecutionWorkflow, execIn)
	if env.GetWorkflowError() != nil || runs != 1 {
		t.Fatalf("runs %d, err %v", runs, env.GetWorkflowError())
	}
}

func TestCronWorkflowCreatesOneExecution(t *testing.T) {
	env, a := newExecEnv()
	const wfID = "cron-p1-f1-2026-11-22T03:00:00Z"
	env.SetStartWorkflowOptions(client.StartWorkflowOptions{ID: wfID})
	want := contract.ExecutionRef{ProjectID: "p1", FunctionID: "f1", ExecutionID: activities.CronExecutionID("f1", wfID)}
	env.OnActivity(a.CreateCronExecution, mock.Anything, want).Return(&contract.CronFire{Run: true, Timeout: 15, DeploymentID: "d1"}, nil).Once()
	env.OnActivity(a.RunExecution, mock.Anything, first(want)).Return(&contract.Outcome{Status: models.ExecutionCompleted}, nil).Once()
	// Started by name, as the schedule does.
	env.ExecuteWorkflow(contract.CronWorkflow, contract.CronInput{ProjectID: "p1", FunctionID: "f1"})
	if !env.IsWorkflowCompleted() || env.GetWorkflowError() != nil {
		t.Fatal(env.GetWorkflowError())
	}
	env.AssertExpectations(t)
	if id := activities.CronExecutionID("f1", wfID); len(id) > 36 || !models.ValidID(id) {
		t.Fatalf("cron execution ID %q is not a valid ID", id)
	}
}

func TestCronWorkflowSkipsWhenNotRunnable(t *testing.T) {
	env, a := newExecEnv()
	env.OnActivity(a.CreateCronExecution, mock.Anything, mock.Anything).Return(&contract.CronFire{}, nil)
	env.ExecuteWorkflow(workflows.CronWorkflow, contract.CronInput{ProjectID: "p1", FunctionID: "f1"})
	if env.GetWorkflowError() != nil {
		t.Fatal(env.GetWorkflowError())
	}
	env.AssertNotCalled(t, "MarkExecutionProcessing", mock.Anything, mock.Anything)
}

// TestExecutionWorkflowReplay replays histories recorded from real runs
// (server tests with FNFLOW_RECORD_HISTORY=1): a change that breaks
// determinism for running executions fails here.
func TestExecutionWorkflowReplay(t *testing.T) {
	files, _ := filepath.Glob("testdata/execution_*.json")
	if len(files) == 0 {
		t.Fatal("no recorded histories in testdata")
	}
	r := worker.NewWorkflowReplayer()
	r.RegisterWorkflow(workflows.ExecutionWorkflow)
	r.RegisterWorkflow(workflows.CronWorkflow)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h, err := client.HistoryFromJSON(bytes.NewReader(b), client.HistoryJSONOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		id, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".id")
		if err != nil {
			t.Fatal(err)
		}
		opts := worker.ReplayWorkflowHistoryOptions{OriginalExecution: workflow.Execution{ID: string(id), RunID: "replay"}}
		if err := r.ReplayWorkflowHistoryWithOptions(nil, h, opts); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
