package server_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
)

// fnflowProc is `fnflow serve` (API and worker in one process) run as a
// subprocess so that a test can SIGKILL it and start it again on the same
// store, artifact storage, task queue and docker instance ID.
type fnflowProc struct {
	t        *testing.T
	bin      string
	dir      string
	env      []string
	url      string
	logs     *testenv.SafeBuffer
	cmd      *exec.Cmd
	done     chan struct{}
	temporal *testenv.Temporal // the file-backed dev server it uses
	instance string            // its docker.instance_id
}

// startDurable starts a Temporal dev server that keeps its state in a file,
// an in-process fnflow with no role (it only gives the test the store, the
// artifacts, the Temporal client, a project and an API key) and `fnflow
// serve` as a subprocess sharing that configuration. The returned Running's
// URL points at the subprocess. The store is SQLite; startDurableOn picks.
func startDurable(t *testing.T, mutate func(*config.Config), extraEnv ...string) (*testenv.Running, *fnflowProc) {
	t.Helper()
	return startDurableOn(t, "sqlite", mutate, extraEnv...)
}

// startDurableOn is startDurable on the given store driver.
func startDurableOn(t *testing.T, driver string, mutate func(*config.Config), extraEnv ...string) (*testenv.Running, *fnflowProc) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds fnflow and kills it")
	}
	requireImages(t, "fnflow/runtime:node-18.0")
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "fnflow")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/fnflow").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tmpr, err := testenv.StartTemporal(filepath.Join(tmp, "temporal.db"))
	if err != nil {
		t.Fatalf("temporal: %v", err)
	}
	t.Cleanup(tmpr.Stop)
	cfg := testenv.Config(t, testenv.AppOptions{Driver: driver, Temporal: tmpr, Mutate: mutate})
	r := testenv.StartAppWith(t, cfg, &app.Roles{})
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	p := &fnflowProc{t: t, bin: bin, dir: tmp, logs: &testenv.SafeBuffer{}, url: "http://127.0.0.1:" + strconv.Itoa(port),
		temporal: tmpr, instance: cfg.Docker.InstanceID}
	p.env = append(os.Environ(),
		"FNFLOW_DATABASE_DRIVER="+cfg.Database.Driver, "FNFLOW_DATABASE_DSN="+cfg.Database.DSN,
		"FNFLOW_TEMPORAL_ADDRESS="+cfg.Temporal.Address, "FNFLOW_TEMPORAL_NAMESPACE="+cfg.Temporal.Namespace,
		"FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false", "FNFLOW_TEMPORAL_TASK_QUEUE="+cfg.Temporal.TaskQueue,
		"FNFLOW_SERVER_LISTEN=127.0.0.1:"+strconv.Itoa(port), "FNFLOW_SERVER_PUBLIC_URL="+p.url,
		"FNFLOW_STORAGE_DIR="+cfg.Storage.Dir, "FNFLOW_DOCKER_INSTANCE_ID="+cfg.Docker.InstanceID,
		"FNFLOW_AUTH_JWT_SECRET="+cfg.Auth.JWTSecret, "FNFLOW_LOG_LEVEL=debug",
		"FNFLOW_EXECUTIONS_MIN_SCHEDULE_LEAD="+cfg.Executions.MinScheduleLead.String())
	p.env = append(p.env, extraEnv...)
	r.URL = p.url
	t.Cleanup(func() {
		// A graceful stop removes the containers this life tracks; those of
		// a SIGKILLed life are the restarted one's reconciler's. Anything
		// left is reported by the in-process app's leak check (same
		// instance ID), which runs after this.
		p.stop()
		if t.Failed() {
			t.Logf("fnflow serve log (tail):\n%s", tail(p.logs.String(), 60))
		}
	})
	p.start()
	return r, p
}

// start runs `fnflow serve` and waits until its API answers.
func (p *fnflowProc) start() {
	p.t.Helper()
	p.cmd = exec.Command(p.bin, "serve")
	p.cmd.Dir = p.dir // no config.yaml there: defaults + FNFLOW_* only
	p.cmd.Env, p.cmd.Stdout, p.cmd.Stderr = p.env, p.logs, p.logs
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { _ = cmd.Wait(); close(done) }(p.cmd, p.done)
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(p.url + "/v1/health")
		if err == nil {
			res.Body.Close()
			return
		}
		select {
		case <-p.done:
			p.t.Fatalf("fnflow serve exited during start:\n%s", tail(p.logs.String(), 40))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("fnflow serve not answering after 60s:\n%s", tail(p.logs.String(), 40))
		}
	}
}

// stop ends fnflow gracefully (SIGTERM: it removes its containers), or
// kills it when it does not exit within 60 s (idempotent).
func (p *fnflowProc) stop() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		p.t.Errorf("fnflow serve did not stop 60s after SIGTERM")
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
	}
	p.cmd = nil
}

// runtimeContainers lists this instance's runtime containers.
func (p *fnflowProc) runtimeContainers() []string {
	p.t.Helper()
	out, err := exec.Command("docker", "ps", "-aq", "--no-trunc", "--filter", "label=fnflow.owner="+p.instance,
		"--filter", "label=fnflow.role=runtime").Output()
	if err != nil {
		p.t.Fatalf("docker ps: %v", err)
	}
	return strings.Fields(string(out))
}

// kill sends SIGKILL and waits for the process to be gone (idempotent).
func (p *fnflowProc) kill() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		p.t.Errorf("fnflow serve did not exit 10s after SIGKILL")
	}
	p.cmd = nil
}

func tail(s string, lines int) string {
	n := 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' {
			n++
			if n > lines {
				return s[i+1:]
			}
		}
	}
	return s
}

// storeStatuses reads the stored status of each execution (straight from
// the store: reads through the API report a long-waiting row as failed).
func storeStatuses(t *testing.T, r *testenv.Running, fid string, ids []string) map[string]int {
	t.Helper()
	count := map[string]int{}
	for _, id := range ids {
		e, err := r.App.Store.GetExecution(context.Background(), r.ProjectID, fid, id)
		if err != nil {
			count["error: "+err.Error()]++
			continue
		}
		count[e.Status]++
	}
	return count
}

// waitAllTerminal polls the store until every execution is completed or
// failed, within the bound.
func waitAllTerminal(t *testing.T, r *testenv.Running, fid string, ids []string, within time.Duration) map[string]int {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c := storeStatuses(t, r, fid, ids)
		if c[models.ExecutionCompleted]+c[models.ExecutionFailed] == len(ids) {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("executions not all terminal after %s: %v", within, c)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// firstWorkflowTaskStart is when a workflow's first workflow task started:
// for a delayed execution, when it actually began to run.
func firstWorkflowTaskStart(t testing.TB, r *testenv.Running, workflowID string) time.Time {
	t.Helper()
	it := r.App.Temporal.GetWorkflowHistory(context.Background(), workflowID, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		if ev.GetEventType() == enums.EVENT_TYPE_WORKFLOW_TASK_STARTED {
			return ev.GetEventTime().AsTime()
		}
	}
	t.Fatalf("workflow %s has no started workflow task", workflowID)
	return time.Time{}
}

// TestExecutionDurabilityKill9 kills `fnflow serve` with SIGKILL while ~20
// async, 5 delayed and one sync execution are in flight, starts it again on
// the same store and task queue, and expects every one of them to complete:
// none lost, none stuck, none duplicated. The restarted fnflow's reconciler
// removes the containers its killed life left (nothing else removes them).
// On SQLite and PostgreSQL.
func TestExecutionDurabilityKill9(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { durabilityKill9(t, driver) })
	}
}

func durabilityKill9(t *testing.T, driver string) {
	r, p := startDurableOn(t, driver, func(c *config.Config) { c.Executions.MinScheduleLead = 0 })
	c := newClient(t, r)
	// timeout 60: longer than the 10 s workflow task timeout after which
	// the killed worker's runs are run again (reads through the API report a row
	// waiting longer than the function's timeout as failed).
	seedFunction(t, r, c, "durable", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 60})
	seedFunction(t, r, c, "durableev", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 60, "events": []string{"users.*.create"}})
	seedFunction(t, r, c, "durablesync", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 60})
	const nAsync, nDelayed = 20, 5
	var ids []string
	for i := range nAsync {
		m := execute(t, c, "durable", map[string]any{"async": true, "path": "/?sleep=2500", "body": fmt.Sprint(i)}, 202)
		ids = append(ids, m["$id"].(string))
	}
	at := time.Now().Add(4 * time.Second).UTC()
	for i := range nDelayed {
		m := execute(t, c, "durable", map[string]any{"async": true, "path": "/?sleep=2500", "body": fmt.Sprint("d", i),
			"scheduledAt": at.Format(time.RFC3339Nano)}, 202)
		if m["status"] != "scheduled" {
			t.Fatalf("delayed: %v", m)
		}
		ids = append(ids, m["$id"].(string))
	}
	// A sync execution whose caller waits on the connection the kill cuts.
	syncErr := make(chan error, 1)
	go func() {
		req, _ := http.NewRequest("POST", r.URL+"/v1/functions/durablesync/executions", strings.NewReader(`{"path":"/?sleep=6000","body":"sync"}`))
		for k, v := range c.hdr {
			req.Header.Set(k, v)
		}
		res, err := (&http.Client{Timeout: 2 * time.Minute}).Do(req)
		if err == nil {
			res.Body.Close()
			err = fmt.Errorf("answered %d", res.StatusCode)
		}
		syncErr <- err
	}()
	// Kill once some runs are in the container (bounded wait).
	deadline := time.Now().Add(30 * time.Second)
	var syncID string
	for storeStatuses(t, r, "durable", ids[:nAsync])[models.ExecutionProcessing] < nAsync/2 || syncID == "" {
		if time.Now().After(deadline) {
			t.Fatalf("executions not processing after 30s: %v, sync %q", storeStatuses(t, r, "durable", ids), syncID)
		}
		time.Sleep(50 * time.Millisecond)
		es, _, err := r.App.Store.ListExecutions(context.Background(), r.ProjectID, "durablesync", models.ListOptions{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 1 && es[0].Status == models.ExecutionProcessing {
			syncID = es[0].ID
		}
	}
	// Events posted just before the kill are delivered after it.
	const nEvents = 5
	var eventIDs []string
	for i := range nEvents {
		res := c.do("POST", "/v1/events", map[string]any{"event": fmt.Sprintf("users.u%d.create", i), "payload": map[string]any{"i": i}}, nil)
		if res.Status != 202 {
			t.Fatalf("post event: %d %s", res.Status, res.Body)
		}
		eventIDs = append(eventIDs, res.JSON(t)["$id"].(string))
	}
	leftByKill := p.runtimeContainers()
	p.kill()
	killedAt := time.Now()
	before := storeStatuses(t, r, "durable", ids)
	t.Logf("statuses at SIGKILL: %v; %d runtime containers", before, len(leftByKill))
	if before[models.ExecutionCompleted]+before[models.ExecutionFailed] == len(ids) {
		t.Fatal("every execution had finished before the kill: nothing was in flight")
	}
	if st := storeStatuses(t, r, "durablesync", []string{syncID}); st[models.ExecutionProcessing] != 1 {
		t.Fatalf("the sync execution was not in flight at the kill: %v", st)
	}
	if err := <-syncErr; err == nil || strings.HasPrefix(err.Error(), "answered") {
		t.Fatalf("the sync caller's request outlived the kill: %v", err)
	}
	if len(leftByKill) == 0 {
		t.Fatal("no runtime container at the kill")
	}
	p.start()
	t.Logf("fnflow serve back %.1fs after the kill", time.Since(killedAt).Seconds())
	// The containers of the killed life are orphans: the new life's
	// reconciler (at its start) removes them, nothing else does.
	for _, id := range leftByKill {
		waitContainerGone(t, id, 30*time.Second)
	}
	if !strings.Contains(p.logs.String(), "removing orphaned container") {
		t.Fatal("the killed life's containers went, but not through the reconciler")
	}
	final := waitAllTerminal(t, r, "durable", ids, 90*time.Second)
	t.Logf("all %d executions terminal %.1fs after the kill: %v", len(ids), time.Since(killedAt).Seconds(), final)
	for _, id := range ids {
		m := c.do("GET", "/v1/functions/durable/executions/"+id, nil, nil).JSON(t)
		if m["status"] != "completed" || m["responseStatusCode"] != 200.0 {
			t.Errorf("execution %s after the kill: %v (errors %q)", id, m["status"], m["errors"])
		}
	}
	if res := c.do("GET", "/v1/functions/durable/executions", nil, nil).JSON(t); res["total"] != float64(len(ids)) {
		t.Fatalf("executions after the kill: total %v, want %d", res["total"], len(ids))
	}
	// Each workflow completes (no run left behind on the dead worker), and
	// some run activities were retried: the kill did hit runs in flight. A
	// row can be complete before its workflow: when the kill lost the
	// activity's completion, the workflow closes after the heartbeat timeout
	// and a retry that finds the row done.
	retried := 0
	for _, id := range ids {
		wid := contract.ExecutionWorkflowID(r.ProjectID, id)
		wctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		_ = r.App.Temporal.GetWorkflow(wctx, wid, "").Get(wctx, nil)
		cancel()
		d, err := r.App.Temporal.DescribeWorkflowExecution(context.Background(), wid, "")
		if err != nil || d.GetWorkflowExecutionInfo().GetStatus() != enums.WORKFLOW_EXECUTION_STATUS_COMPLETED {
			t.Errorf("workflow of %s: %v %v", id, d.GetWorkflowExecutionInfo().GetStatus(), err)
		}
		if rerunAfterKill(t, r, wid) {
			retried++
		}
	}
	t.Logf("%d of %d executions had their run retried after the kill", retried, len(ids))
	var evIDs []string
	for _, id := range eventIDs {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		var runs []contract.EventRun
		err := r.App.Temporal.GetWorkflow(ctx, contract.EventWorkflowID(r.ProjectID, id), "").Get(ctx, &runs)
		cancel()
		if err != nil || len(runs) != 1 || runs[0].FunctionID != "durableev" {
			t.Fatalf("event %s after the kill: %+v %v", id, runs, err)
		}
		evIDs = append(evIDs, runs[0].ExecutionID)
	}
	if c := waitAllTerminal(t, r, "durableev", evIDs, 90*time.Second); c[models.ExecutionCompleted] != nEvents {
		t.Fatalf("event executions after the kill: %v", c)
	}
	if res := c.do("GET", "/v1/functions/durableev/executions", nil, nil).JSON(t); res["total"] != float64(nEvents) {
		t.Fatalf("event executions after the kill: total %v, want %d", res["total"], nEvents)
	}
	if retried == 0 {
		t.Fatal("no run was retried: the kill hit nothing in flight")
	}
	// The sync execution in flight at the kill completes on the new life,
	// once, and its workflow closes.
	waitAllTerminal(t, r, "durablesync", []string{syncID}, 90*time.Second)
	m := c.do("GET", "/v1/functions/durablesync/executions/"+syncID, nil, nil).JSON(t)
	if m["status"] != "completed" || m["responseStatusCode"] != 200.0 || m["responseBody"] != "" {
		t.Fatalf("sync execution in flight at the kill: %v (errors %q)", m, m["errors"])
	}
	if res := c.do("GET", "/v1/functions/durablesync/executions", nil, nil).JSON(t); res["total"] != 1.0 {
		t.Fatalf("sync executions after the kill: %v", res["total"])
	}
	wid := contract.ExecutionWorkflowID(r.ProjectID, syncID)
	wctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := r.App.Temporal.GetWorkflow(wctx, wid, "").Get(wctx, nil); err != nil {
		t.Fatalf("workflow of the sync execution: %v", err)
	}
}

// rerunAfterKill tells whether a workflow's history shows work lost with a
// killed worker and done again: an activity attempt after the first (a
// regular run activity, histories before fnflow-durable version 2), or a workflow
// task that timed out (a run as a local activity runs inside its workflow
// task; the next task runs it again on a live worker).
func rerunAfterKill(t *testing.T, r *testenv.Running, workflowID string) bool {
	t.Helper()
	it := r.App.Temporal.GetWorkflowHistory(context.Background(), workflowID, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		if a := ev.GetActivityTaskStartedEventAttributes(); a != nil && a.GetAttempt() > 1 {
			return true
		}
		if ev.GetWorkflowTaskTimedOutEventAttributes() != nil {
			return true
		}
	}
	return false
}

// TestExecutionDelayedSurvivesRestart restarts Temporal (a file-backed dev
// server) and kills fnflow with SIGKILL while a delayed execution is
// pending, and expects it to fire after both are back and complete; a
// deleted delayed execution never fires. When fnflow comes back only after
// the scheduled time (a loaded machine), the restarts did not happen with
// the execution pending: the setup is tried again with a longer lead.
// Before that, an event posted while Temporal is down is stored but
// answered with an error, and posting it again completes its dispatch.
func TestExecutionDelayedSurvivesRestart(t *testing.T) {
	r, p := startDurableOn(t, "postgres", func(c *config.Config) { c.Executions.MinScheduleLead = time.Second })
	c := newClient(t, r)
	seedFunction(t, r, c, "later", "node-18.0", "index.js", nodeEcho, nil)
	seedFunction(t, r, c, "onevent", "node-18.0", "index.js", nodeEcho, map[string]any{"events": []string{"users.*.create"}})

	// The first dispatch fails: Temporal is down when the event is posted.
	post := map[string]any{"eventId": "reposted", "event": "users.u7.create", "payload": map[string]any{"n": 7}}
	p.temporal.Stop()
	if res := c.do("POST", "/v1/events", post, nil); res.Status < 500 {
		t.Fatalf("event posted while Temporal is down: %d %s", res.Status, res.Body)
	}
	if _, err := r.App.Store.GetEvent(context.Background(), r.ProjectID, "reposted"); err != nil {
		t.Fatalf("the event whose dispatch failed is not stored: %v", err)
	}
	if err := p.temporal.Start(); err != nil {
		t.Fatalf("restart temporal: %v", err)
	}
	// Posting it again (as a client retries an error) dispatches it; the
	// API's connection to Temporal comes back within the bound.
	deadline := time.Now().Add(60 * time.Second)
	for {
		res := c.do("POST", "/v1/events", post, nil)
		if res.Status == 202 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("reposted event: %d %s", res.Status, res.Body)
		}
		time.Sleep(500 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	var runs []contract.EventRun
	err := r.App.Temporal.GetWorkflow(ctx, contract.EventWorkflowID(r.ProjectID, "reposted"), "").Get(ctx, &runs)
	cancel()
	if err != nil || len(runs) != 1 || runs[0].FunctionID != "onevent" {
		t.Fatalf("reposted event's dispatch: %+v %v", runs, err)
	}
	if st := waitAllTerminal(t, r, "onevent", []string{runs[0].ExecutionID}, time.Minute); st[models.ExecutionCompleted] != 1 {
		t.Fatalf("reposted event's execution: %v", st)
	}

	var fid, gid string
	var at time.Time
	fired := 0 // delayed executions not deleted, from every attempt
	for attempt, lead := 1, 10*time.Second; ; attempt, lead = attempt+1, 2*lead {
		at = time.Now().Add(lead).UTC()
		fire := execute(t, c, "later", map[string]any{"async": true, "scheduledAt": at.Format(time.RFC3339Nano), "method": "PUT"}, 202)
		gone := execute(t, c, "later", map[string]any{"async": true, "scheduledAt": at.Format(time.RFC3339Nano)}, 202)
		fid, gid = fire["$id"].(string), gone["$id"].(string)
		fired++
		if res := c.do("DELETE", "/v1/functions/later/executions/"+gid, nil, nil); res.Status != 204 {
			t.Fatalf("delete: %d %s", res.Status, res.Body)
		}
		p.kill()
		if err := p.temporal.Restart(); err != nil {
			t.Fatalf("restart temporal: %v", err)
		}
		p.start()
		if time.Now().Before(at) {
			break
		}
		if attempt == 3 {
			t.Fatalf("fnflow and Temporal came back only after the scheduled time in %d attempts (last lead %s)", attempt, lead)
		}
		t.Logf("attempt %d: back after the scheduled time (lead %s); again with a longer lead", attempt, lead)
	}
	waitAllTerminal(t, r, "later", []string{fid}, 60*time.Second)
	done := c.do("GET", "/v1/functions/later/executions/"+fid, nil, nil).JSON(t)
	if done["status"] != "completed" || done["requestMethod"] != "PUT" || done["trigger"] != "schedule" {
		t.Fatalf("delayed execution after restart: %v", done)
	}
	started := firstWorkflowTaskStart(t, r, contract.ExecutionWorkflowID(r.ProjectID, fid))
	upd, _ := time.Parse(time.RFC3339Nano, done["$updatedAt"].(string))
	t.Logf("delayed execution across a restart: started %.0f ms after scheduledAt, finished %.0f ms after it",
		float64(started.Sub(at).Microseconds())/1000, float64(upd.Sub(at).Microseconds())/1000)
	if started.Before(at) {
		t.Fatalf("delayed execution started at %v, before its time %v", started, at)
	}
	wantNeverRan(t, r, contract.ExecutionWorkflowID(r.ProjectID, gid))
	wantError(t, c.do("GET", "/v1/functions/later/executions/"+gid, nil, nil), 404, "execution_not_found")
	if res := c.do("GET", "/v1/functions/later/executions", nil, nil).JSON(t); res["total"] != float64(fired) {
		t.Fatalf("deleted delayed execution came back: %v", res)
	}
}
