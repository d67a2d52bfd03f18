package server_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker"
)

// TestWarmRoutingAcrossWorkers runs one API process (no worker, so no
// eager start: workflow tasks spread over the shared queue as in the
// multi-host topology) and three worker processes (distinct
// docker.instance_id) in this test process, on one Temporal dev server,
// real Docker and PostgreSQL:
//   - 60 async executions of one function: each worker cold-starts it at
//     most once (the others route their runs to a worker recorded warm);
//   - a worker recorded warm but not there (a row kept fresh for an
//     instance nobody runs, as a killed worker leaves until it goes
//     stale): runs routed to it fall back after the ScheduleToStart
//     timeout and complete, with at most one cold start per worker;
//   - the warm worker stopped cleanly (its rows go): the next executions
//     complete on the others.
func TestWarmRoutingAcrossWorkers(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Driver: "postgres", Temporal: temporal, Roles: &app.Roles{API: true}})
	requireImages(t, "fnflow/runtime:node-18.0")
	c := newClient(t, r)
	workers := make([]*testenv.Running, 3)
	for i := range workers {
		cfg := r.Config
		cfg.Docker.InstanceID = fmt.Sprintf("%s-w%d", r.Config.Docker.InstanceID, i+1)
		cfg.Server.Listen = "127.0.0.1:0"
		workers[i] = testenv.StartAppWith(t, cfg, &app.Roles{Worker: true})
	}
	ctx := context.Background()
	stats := func() []docker.PoolStats {
		out := make([]docker.PoolStats, len(workers))
		for i, w := range workers {
			if w != nil {
				out[i] = w.App.Pool.Stats()
			}
		}
		return out
	}
	runMany := func(fid string, n int) []string {
		t.Helper()
		ids := make([]string, n)
		next := make(chan int, n)
		for i := range n {
			next <- i
		}
		close(next)
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for i := range next {
					res := c.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"async": true, "body": fmt.Sprint(i)}, nil)
					if res.Status != 202 {
						t.Errorf("execute %s: %d %s", fid, res.Status, res.Body)
						continue
					}
					ids[i] = res.JSON(t)["$id"].(string)
				}
			})
		}
		wg.Wait()
		if t.Failed() {
			t.FailNow()
		}
		final := waitAllTerminal(t, r, fid, ids, 3*time.Minute)
		if final[models.ExecutionCompleted] != n {
			t.Fatalf("%s: %v of %d executions", fid, final, n)
		}
		return ids
	}
	// per worker: cold starts and requests answered since before.
	report := func(phase string, before []docker.PoolStats) (cold []int64) {
		after := stats()
		var b strings.Builder
		for i := range after {
			if workers[i] == nil {
				continue
			}
			cold = append(cold, after[i].ColdStarts-before[i].ColdStarts)
			fmt.Fprintf(&b, " w%d: %d cold start(s), %d executed;", i+1, after[i].ColdStarts-before[i].ColdStarts, after[i].Executed-before[i].Executed)
		}
		t.Logf("%s:%s", phase, b.String())
		for i, n := range cold {
			if n > 1 {
				t.Errorf("%s: a worker cold-started the function %d times (distribution above, entry %d)", phase, n, i)
			}
		}
		return cold
	}

	// 1. One function, one execution first (one worker gets warm and
	// records it), then 60 async.
	did := seedFunction(t, r, c, "routed", "node-18.0", "index.js", nodeEcho, nil)
	before := stats()
	execute(t, c, "routed", map[string]any{"body": "first"}, 201)
	waitWarmRow(t, r, did, 1)
	routedIDs := runMany("routed", 60)
	cold := report("60 executions", before)
	total := int64(0)
	for _, n := range cold {
		total += n
	}
	if total == 0 {
		t.Fatal("no cold start at all")
	}

	// 2. A row for a worker that is not there, kept fresh: routed runs
	// fall back to where their workflow task is.
	did2 := seedFunction(t, r, c, "ghosted", "node-18.0", "index.js", nodeEcho, nil)
	ghost := r.Config.Docker.InstanceID + "-ghost"
	keep, stopKeep := context.WithCancel(ctx)
	kept := make(chan struct{})
	go func() {
		defer close(kept)
		for {
			_ = r.App.Store.SetWarm(ctx, ghost, contract.WorkerQueue(r.Config.Temporal.TaskQueue, ghost), []string{did2})
			select {
			case <-keep.Done():
				return
			case <-time.After(time.Second):
			}
		}
	}()
	waitWarmRow(t, r, did2, 1)
	before = stats()
	ghostIDs := runManyIDs(t, c, r, "ghosted", 12)
	stopKeep()
	<-kept
	_ = r.App.Store.ForgetWarm(ctx, ghost, time.Time{})
	report("12 executions, one recorded worker gone", before)
	fellBack := 0
	for _, id := range ghostIDs {
		if scheduleToStartTimedOut(t, r, contract.ExecutionWorkflowID(r.ProjectID, id)) {
			fellBack++
		}
	}
	t.Logf("%d of %d executions were routed to the missing worker and ran where their workflow was", fellBack, len(ghostIDs))
	if fellBack == 0 {
		t.Fatal("no run was routed to the recorded worker that is not there")
	}
	// Histories of this version for the replay tests (FNFLOW_RECORD_HISTORY).
	recordClosed(t, r, contract.ExecutionWorkflowID(r.ProjectID, routedIDs[len(routedIDs)-1]), "execution_run_local.json")
	for _, id := range ghostIDs {
		if wid := contract.ExecutionWorkflowID(r.ProjectID, id); scheduleToStartTimedOut(t, r, wid) {
			recordClosed(t, r, wid, "execution_run_local_fallback.json")
			break
		}
	}

	// 3. A worker warm for "routed" (one that cold-started it) stops
	// cleanly: its rows go, the others take over.
	warmIdx := -1
	for i, n := range cold {
		if n > 0 {
			warmIdx = i
			break
		}
	}
	workers[warmIdx].Stop()
	workers[warmIdx] = nil
	rows, err := r.App.Store.WarmWorkers(ctx, did, "", time.Now().Add(-worker.WarmStale))
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if strings.HasSuffix(row.InstanceID, fmt.Sprintf("-w%d", warmIdx+1)) {
			t.Fatalf("the stopped worker's row is still there: %+v", row)
		}
	}
	before = stats()
	runMany("routed", 20)
	report(fmt.Sprintf("20 executions after w%d stopped", warmIdx+1), before)
}

// runManyIDs starts n async executions one after the other and waits until
// all completed.
func runManyIDs(t *testing.T, c *client, r *testenv.Running, fid string, n int) []string {
	t.Helper()
	var ids []string
	for i := range n {
		ids = append(ids, execute(t, c, fid, map[string]any{"async": true, "body": fmt.Sprint(i)}, 202)["$id"].(string))
	}
	final := waitAllTerminal(t, r, fid, ids, 3*time.Minute)
	if final[models.ExecutionCompleted] != n {
		t.Fatalf("%s: %v of %d executions", fid, final, n)
	}
	return ids
}

// waitWarmRow waits until at least n live workers are recorded warm for
// the deployment.
func waitWarmRow(t *testing.T, r *testenv.Running, deploymentID string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		rows, err := r.App.Store.WarmWorkers(context.Background(), deploymentID, "", time.Now().Add(-worker.WarmStale))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d workers recorded warm for %s after 30s, want %d", len(rows), deploymentID, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// scheduleToStartTimedOut tells whether a workflow's history has an
// activity that no worker picked up within its ScheduleToStart timeout.
func scheduleToStartTimedOut(t *testing.T, r *testenv.Running, workflowID string) bool {
	t.Helper()
	it := r.App.Temporal.GetWorkflowHistory(context.Background(), workflowID, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		if a := ev.GetActivityTaskTimedOutEventAttributes(); a != nil &&
			a.GetFailure().GetTimeoutFailureInfo().GetTimeoutType() == enums.TIMEOUT_TYPE_SCHEDULE_TO_START {
			return true
		}
	}
	return false
}
