package worker_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/worker"
)

// TestNamespaceRetentionAndSearchAttributes (README "Production": fnflow
// creates its namespace with temporal.retention and registers its search
// attributes if missing), against a real dev server: a missing namespace
// is created with the configured retention and gets the four search
// attributes as keywords; an existing one with a shorter retention is
// raised to it; a longer one is never lowered.
func TestNamespaceRetentionAndSearchAttributes(t *testing.T) {
	tmp := testenv.LazyTemporal("")
	tmp.Ensure(t)
	defer tmp.Stop()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dial := func(ns string, retention time.Duration) client.Client {
		t.Helper()
		c, err := worker.Dial(ctx, config.Temporal{Address: tmp.Address, Namespace: ns, TaskQueue: "q", Retention: retention}, log, nil)
		if err != nil {
			t.Fatalf("Dial %s: %v", ns, err)
		}
		t.Cleanup(c.Close)
		return c
	}
	retention := func(c client.Client, ns string) time.Duration {
		t.Helper()
		d, err := c.WorkflowService().DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: ns})
		if err != nil {
			t.Fatalf("describe %s: %v", ns, err)
		}
		return d.GetConfig().GetWorkflowExecutionRetentionTtl().AsDuration()
	}

	const fresh = "claims-fresh"
	c := dial(fresh, 72*time.Hour)
	if got := retention(c, fresh); got != 72*time.Hour {
		t.Errorf("new namespace retention %s, want 72h", got)
	}
	// Dial returns once the namespace is served: a workflow starts in it
	// at once (a namespace registered a moment ago used to answer
	// "Namespace ... is not found" to starts for a few seconds).
	run, err := c.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: "namespace-probe", TaskQueue: "q"}, "NoSuchWorkflow")
	if err != nil {
		t.Fatalf("start right after Dial in a new namespace: %v", err)
	}
	if err := c.TerminateWorkflow(ctx, run.GetID(), run.GetRunID(), "test"); err != nil {
		t.Fatal(err)
	}
	list, err := c.OperatorService().ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: fresh})
	if err != nil {
		t.Fatal(err)
	}
	if len(contract.SearchAttributeTypes) != 7 {
		t.Errorf("%d search attributes declared, the README names 7 (Production)", len(contract.SearchAttributeTypes))
	}
	for name, typ := range contract.SearchAttributeTypes {
		if got, ok := list.GetCustomAttributes()[name]; !ok || got != typ {
			t.Errorf("search attribute %s: registered %v (%v), want %v", name, ok, got, typ)
		}
	}

	// The dev server made "fnflow" itself, with its own (shorter) retention.
	before := retention(c, tmp.Namespace)
	want := before + 240*time.Hour
	c = dial(tmp.Namespace, want)
	if got := retention(c, tmp.Namespace); got != want {
		t.Errorf("existing namespace retention %s (was %s), want it raised to %s", got, before, want)
	}
	c = dial(tmp.Namespace, 24*time.Hour)
	if got := retention(c, tmp.Namespace); got != want {
		t.Errorf("retention %s after a start with 24h, want it kept at %s", got, want)
	}
}
