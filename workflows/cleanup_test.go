package workflows_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/workflows"
)

var cleanupIn = contract.CleanupInput{ProjectID: "p1", FunctionID: "f1", DeploymentID: "d1",
	DeletedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}

func newCleanupEnv() (*testsuite.TestWorkflowEnvironment, *activities.Activities) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	a := &activities.Activities{}
	env.RegisterActivity(a)
	env.RegisterWorkflow(workflows.CleanupWorkflow)
	return env, a
}

// TestCleanupWorkflowRetries: the cleanup is retried until the engine
// answers, and its result is the workflow's.
func TestCleanupWorkflowRetries(t *testing.T) {
	env, a := newCleanupEnv()
	calls := 0
	env.OnActivity(a.CleanupDeleted, mock.Anything, cleanupIn).Return(func(context.Context, contract.CleanupInput) (contract.CleanupResult, error) {
		calls++
		if calls < 3 {
			return contract.CleanupResult{}, errors.New("docker: cannot reach the Docker engine")
		}
		return contract.CleanupResult{Containers: 2, CodeDirs: 1}, nil
	})
	env.ExecuteWorkflow(workflows.CleanupWorkflow, cleanupIn)
	if err := env.GetWorkflowError(); err != nil || calls != 3 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
	var out contract.CleanupResult
	if err := env.GetWorkflowResult(&out); err != nil || out.Containers != 2 || out.CodeDirs != 1 {
		t.Fatalf("result %+v, %v", out, err)
	}
}

func TestCleanupWorkflowID(t *testing.T) {
	for _, c := range []struct{ p, f, d, want string }{
		{"p", "f", "", "cleanup-p/f"},
		{"p", "f", "d", "cleanup-p/f/d"},
		{"p-f", "d", "", "cleanup-p-f/d"}, // not the same as p/f-d or p/f/d
	} {
		if got := contract.CleanupWorkflowID(c.p, c.f, c.d); got != c.want {
			t.Errorf("CleanupWorkflowID(%q, %q, %q) = %q, want %q", c.p, c.f, c.d, got, c.want)
		}
	}
}

// TestCleanupWorkflowReplay replays cleanup histories recorded from real
// runs (server tests with FNFLOW_RECORD_HISTORY=1).
func TestCleanupWorkflowReplay(t *testing.T) {
	files, _ := filepath.Glob("testdata/cleanup_*.json")
	if len(files) == 0 {
		t.Fatal("no recorded cleanup histories in testdata")
	}
	r := worker.NewWorkflowReplayer()
	r.RegisterWorkflow(workflows.CleanupWorkflow)
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
