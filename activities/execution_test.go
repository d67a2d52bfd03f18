package activities_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// fakePool answers every call with one response and counts the calls.
type fakePool struct {
	resp  docker.Response
	calls int
}

func (p *fakePool) Execute(context.Context, docker.RuntimeSpec, docker.Request) (*docker.Response, error) {
	p.calls++
	r := p.resp
	return &r, nil
}
func (p *fakePool) Prewarm(context.Context, docker.RuntimeSpec) error { return nil }
func (p *fakePool) ExpectImage(string)                                {}
func (p *fakePool) Instances(string) int                              { return 0 }
func (p *fakePool) RemoveOwner(context.Context, docker.Owner, time.Time) (int, error) {
	return 0, nil
}

// runEnv is a store (SQLite in memory), artifacts with one deployment's
// build output, and Activities with a fake pool: RunExecution without Docker
// or Temporal.
func runEnv(t *testing.T) (*activities.Activities, *fakePool, *syncwait.Waiters) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	store, err := models.Open(ctx, "sqlite", filepath.Join(dir, "db.sqlite"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	arts, err := artifacts.NewLocal(filepath.Join(dir, "artifacts"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.CreateProject(ctx, "p1", "p1"); err != nil {
		t.Fatal(err)
	}
	now := models.Now()
	if err := store.CreateFunction(ctx, &models.Function{ProjectID: "p1", ID: "f1", Name: "f1", Runtime: "node-18.0",
		Timeout: 15, Enabled: true, Logging: true, Entrypoint: "index.js", DeploymentID: "d1", CreatedAt: now, UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	if _, err := arts.Put(ctx, artifacts.OutputKey("p1", "d1"), bytes.NewReader(outputArchive(t, map[string]string{"index.js": "x"}))); err != nil {
		t.Fatal(err)
	}
	if err := store.CreateDeployment(ctx, &models.Deployment{ProjectID: "p1", ID: "d1", FunctionID: "f1", Type: "manual",
		Entrypoint: "index.js", Status: models.DeploymentReady, OutputPath: artifacts.OutputKey("p1", "d1"),
		CreatedAt: now, UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	var cfg config.Config
	cfg.Storage.Dir = filepath.Join(dir, "artifacts")
	cfg.Limits.LogChars = 1000
	pool := &fakePool{resp: docker.Response{StatusCode: 200, Body: []byte("the body"), Logs: "a log",
		Headers: []docker.Header{{Name: "Content-Type", Value: "text/plain"}, {Name: "X-Secret", Value: "s"}}}}
	waiters := syncwait.New()
	a := &activities.Activities{Cfg: cfg, Store: store, Pool: pool, Artifacts: arts, Events: &events.Bus{},
		Runtimes:    map[string]runtimes.Definition{"node-18.0": {ID: "node-18.0", Image: "fnflow/runtime:node-18.0"}},
		SyncWaiters: waiters}
	return a, pool, waiters
}

func processingExecution(t *testing.T, a *activities.Activities, id string) contract.ExecutionRef {
	t.Helper()
	e := &models.Execution{ProjectID: "p1", ID: id, FunctionID: "f1", DeploymentID: "d1", Trigger: models.TriggerHTTP,
		Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/"}
	if err := a.Store.CreateExecution(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	if ok, err := a.Store.MarkExecutionProcessing(context.Background(), "p1", id); !ok || err != nil {
		t.Fatalf("mark processing: %v %v", ok, err)
	}
	return contract.ExecutionRef{ProjectID: "p1", FunctionID: "f1", ExecutionID: id}
}

func storedHeaders(e *models.Execution) []string {
	var names []string
	for _, h := range e.ResponseHeaders {
		names = append(names, h.Name)
	}
	return names
}

// TestRunExecutionSyncHandOver: a sync run whose caller waits in this
// process stores only what reads show and hands the whole response over; a
// sync run whose caller is elsewhere stores the whole response for it to
// read back; an async run stores only what reads show.
func TestRunExecutionSyncHandOver(t *testing.T) {
	ctx := context.Background()
	a, pool, waiters := runEnv(t)

	// Sync, caller waiting here.
	ref := processingExecution(t, a, "e1")
	ref.Sync = true
	ch, release := waiters.Await("e1")
	defer release()
	out, err := a.RunExecution(ctx, ref)
	if err != nil || out.Status != models.ExecutionCompleted || out.StatusCode != 200 {
		t.Fatalf("run: %+v %v", out, err)
	}
	var handed *models.Execution
	select {
	case handed = <-ch:
	default:
		t.Fatal("nothing handed over")
	}
	if string(handed.ResponseBody) != "the body" || len(handed.ResponseHeaders) != 2 || handed.Logs != "a log" ||
		handed.Status != models.ExecutionCompleted || handed.ResponseStatusCode != 200 {
		t.Fatalf("handed over %+v", handed)
	}
	stored, err := a.Store.GetExecution(ctx, "p1", "f1", "e1")
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.ResponseBody) != 0 || len(stored.ResponseHeaders) != 1 || stored.ResponseHeaders[0].Name != "content-type" {
		t.Fatalf("stored body %q headers %v", stored.ResponseBody, storedHeaders(stored))
	}
	if !stored.UpdatedAt.Equal(handed.UpdatedAt) || stored.Status != handed.Status || stored.Logs != handed.Logs {
		t.Fatalf("handed over %+v differs from the stored row %+v", handed, stored)
	}

	// Sync, caller in another process (no waiter here).
	ref = processingExecution(t, a, "e2")
	ref.Sync = true
	if _, err := a.RunExecution(ctx, ref); err != nil {
		t.Fatal(err)
	}
	if stored, err = a.Store.GetExecution(ctx, "p1", "f1", "e2"); err != nil {
		t.Fatal(err)
	}
	if string(stored.ResponseBody) != "the body" || len(stored.ResponseHeaders) != 2 {
		t.Fatalf("stored body %q headers %v", stored.ResponseBody, storedHeaders(stored))
	}
	if err := a.Store.TrimExecutionResponse(ctx, "p1", "e2"); err != nil {
		t.Fatal(err)
	}
	if stored, err = a.Store.GetExecution(ctx, "p1", "f1", "e2"); err != nil {
		t.Fatal(err)
	}
	if len(stored.ResponseBody) != 0 || len(stored.ResponseHeaders) != 1 {
		t.Fatalf("trimmed body %q headers %v", stored.ResponseBody, storedHeaders(stored))
	}

	// Async: even with a (stray) waiter nothing is handed over.
	ref = processingExecution(t, a, "e3")
	ch3, release3 := waiters.Await("e3")
	defer release3()
	if _, err := a.RunExecution(ctx, ref); err != nil {
		t.Fatal(err)
	}
	select {
	case e := <-ch3:
		t.Fatalf("async run handed over %+v", e)
	default:
	}
	if stored, err = a.Store.GetExecution(ctx, "p1", "f1", "e3"); err != nil {
		t.Fatal(err)
	}
	if len(stored.ResponseBody) != 0 || len(stored.ResponseHeaders) != 1 {
		t.Fatalf("stored body %q headers %v", stored.ResponseBody, storedHeaders(stored))
	}

	// A finished execution is not run again.
	if out, err := a.RunExecution(ctx, ref); err != nil || !out.Skipped {
		t.Fatalf("second run: %+v %v", out, err)
	}
	if pool.calls != 3 {
		t.Fatalf("%d container calls, want 3", pool.calls)
	}
}
