package workflows_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/workflows"
)

var buildIn = contract.BuildInput{ProjectID: "p1", FunctionID: "f1", DeploymentID: "d1", Timeout: time.Minute}

func newBuildEnv(t *testing.T) (*testsuite.TestWorkflowEnvironment, *activities.Activities) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	a := &activities.Activities{}
	env.RegisterActivity(a)
	env.RegisterWorkflow(workflows.BuildWorkflow)
	return env, a
}

func finishedWith(env *testsuite.TestWorkflowEnvironment, a *activities.Activities, got *contract.BuildFinishInput) {
	env.OnActivity(a.BuildFinish, mock.Anything, mock.Anything).Return(func(_ context.Context, in contract.BuildFinishInput) error {
		*got = in
		return nil
	})
}

func TestBuildWorkflowReady(t *testing.T) {
	env, a := newBuildEnv(t)
	out := contract.BuildOutput{OutputPath: "p1/d1/output.tar.gz", BuildSize: 42, DurationSeconds: 2}
	env.OnActivity(a.BuildPrepare, mock.Anything, buildIn).Return(nil)
	env.OnActivity(a.BuildRun, mock.Anything, buildIn).Return(out, nil)
	var got contract.BuildFinishInput
	finishedWith(env, a, &got)
	env.ExecuteWorkflow(workflows.BuildWorkflow, buildIn)
	if !env.IsWorkflowCompleted() || env.GetWorkflowError() != nil {
		t.Fatalf("workflow: %v", env.GetWorkflowError())
	}
	if got.Status != models.DeploymentReady || got.Output != out {
		t.Fatalf("finish %+v", got)
	}
}

func TestBuildWorkflowUserFailureNotRetried(t *testing.T) {
	env, a := newBuildEnv(t)
	runs := 0
	env.OnActivity(a.BuildPrepare, mock.Anything, buildIn).Return(nil)
	env.OnActivity(a.BuildRun, mock.Anything, buildIn).Return(func(context.Context, contract.BuildInput) (contract.BuildOutput, error) {
		runs++
		return contract.BuildOutput{}, temporal.NewNonRetryableApplicationError("Build command failed with exit code 3.", contract.ErrBuildFailed, nil)
	})
	var got contract.BuildFinishInput
	finishedWith(env, a, &got)
	env.ExecuteWorkflow(workflows.BuildWorkflow, buildIn)
	var appErr *temporal.ApplicationError
	if err := env.GetWorkflowError(); !errors.As(err, &appErr) || appErr.Type() != contract.ErrBuildFailed {
		t.Fatalf("workflow error %v", err)
	}
	if runs != 1 || got.Status != models.DeploymentFailed || got.Message != "Build command failed with exit code 3." {
		t.Fatalf("runs %d finish %+v", runs, got)
	}
}

func TestBuildWorkflowInfrastructureRetried(t *testing.T) {
	env, a := newBuildEnv(t)
	runs := 0
	env.OnActivity(a.BuildPrepare, mock.Anything, buildIn).Return(nil)
	env.OnActivity(a.BuildRun, mock.Anything, buildIn).Return(func(context.Context, contract.BuildInput) (contract.BuildOutput, error) {
		runs++
		if runs < 3 {
			return contract.BuildOutput{}, errors.New("docker daemon hiccup")
		}
		return contract.BuildOutput{BuildSize: 1}, nil
	})
	var got contract.BuildFinishInput
	finishedWith(env, a, &got)
	env.ExecuteWorkflow(workflows.BuildWorkflow, buildIn)
	if env.GetWorkflowError() != nil || runs != 3 || got.Status != models.DeploymentReady {
		t.Fatalf("err %v runs %d finish %+v", env.GetWorkflowError(), runs, got)
	}
}

func TestBuildWorkflowCanceled(t *testing.T) {
	env, a := newBuildEnv(t)
	env.OnActivity(a.BuildPrepare, mock.Anything, buildIn).Return(nil)
	env.OnActivity(a.BuildRun, mock.Anything, buildIn).Return(func(ctx context.Context, _ contract.BuildInput) (contract.BuildOutput, error) {
		<-ctx.Done()
		return contract.BuildOutput{}, ctx.Err()
	})
	var got contract.BuildFinishInput
	finishedWith(env, a, &got)
	env.RegisterDelayedCallback(env.CancelWorkflow, time.Second)
	env.ExecuteWorkflow(workflows.BuildWorkflow, buildIn)
	if err := env.GetWorkflowError(); !temporal.IsCanceledError(err) {
		t.Fatalf("workflow error %v, want canceled", err)
	}
	if got.Status != models.DeploymentCanceled {
		t.Fatalf("finish %+v", got)
	}
}

func TestBuildWorkflowSkipped(t *testing.T) {
	env, a := newBuildEnv(t)
	env.OnActivity(a.BuildPrepare, mock.Anything, buildIn).Return(
		temporal.NewNonRetryableApplicationError("deployment is canceled", contract.ErrBuildSkipped, nil))
	// A skipped build runs nothing after the prepare step.
	var later []string
	env.OnActivity(a.BuildRun, mock.Anything, mock.Anything).Return(func(context.Context, contract.BuildInput) (contract.BuildOutput, error) {
		later = append(later, "BuildRun")
		return contract.BuildOutput{}, nil
	})
	env.OnActivity(a.BuildFinish, mock.Anything, mock.Anything).Return(func(context.Context, contract.BuildFinishInput) error {
		later = append(later, "BuildFinish")
		return nil
	})
	env.ExecuteWorkflow(workflows.BuildWorkflow, buildIn)
	if env.GetWorkflowError() != nil {
		t.Fatalf("workflow: %v", env.GetWorkflowError())
	}
	if len(later) > 0 {
		t.Fatalf("a skipped build ran %v", later)
	}
}

func TestBuildWorkflowID(t *testing.T) {
	if id := contract.BuildWorkflowID("p", "d"); id != "build-p-d" {
		t.Fatal(id)
	}
}
