// Package cluster_test runs fnflow's production topology (./task cluster)
// on real parts and breaks it: the Temporal server v1.29 on PostgreSQL, one
// `fnflow api`, three `fnflow worker`s and the Temporal UI server, all real
// processes (internal/testenv.StartCluster).
package cluster_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/internal/testreq"
	"github.com/fnflow/fnflow/models"
)

// fnCode sleeps ?sleep= ms and answers its trigger.
const fnCode = `module.exports = async (context) => {
  const q = context.req.query || {};
  if (q.sleep) await new Promise((r) => setTimeout(r, Number(q.sleep)));
  const trigger = context.req.headers['x-appwrite-trigger'];
  context.log('ran ' + trigger + ' ' + context.req.path);
  return context.res.json({ trigger, path: context.req.path });
};
`

type client struct {
	t   *testing.T
	c   *testenv.Cluster
	hdr map[string]string
}

func (c *client) do(method, path string, body any, hdr map[string]string) (int, []byte) {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, c.c.URL+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	for k, v := range c.hdr {
		req.Header.Set(k, v)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return res.StatusCode, out
}

// json does a request that must answer want and decodes the object.
func (c *client) json(method, path string, body any, want int) map[string]any {
	c.t.Helper()
	status, out := c.do(method, path, body, nil)
	if status != want {
		c.t.Fatalf("%s %s: %d, want %d: %s", method, path, status, want, out)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		c.t.Fatalf("%s %s: %v: %s", method, path, err, out)
	}
	return m
}

func (c *client) execute(fid string, body map[string]any, want int) string {
	c.t.Helper()
	return c.json("POST", "/v1/functions/"+fid+"/executions", body, want)["$id"].(string)
}

// rows reads the function's executions from the store (every row).
func rows(t *testing.T, c *testenv.Cluster, fid string) []models.Execution {
	t.Helper()
	es, _, err := c.App.App.Store.ListExecutions(context.Background(), c.ProjectID, fid, models.ListOptions{Limit: 5000})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// waitDone waits until every execution is completed or failed and returns
// the rows by ID.
func waitDone(t *testing.T, c *testenv.Cluster, fid string, ids []string, within time.Duration) map[string]models.Execution {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		byID := map[string]models.Execution{}
		for _, e := range rows(t, c, fid) {
			byID[e.ID] = e
		}
		done, count := 0, map[string]int{}
		for _, id := range ids {
			count[byID[id].Status]++
			if s := byID[id].Status; s == models.ExecutionCompleted || s == models.ExecutionFailed {
				done++
			}
		}
		if done == len(ids) {
			return byID
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d executions terminal after %s: %v", done, len(ids), within, count)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func wantCompleted(t *testing.T, label string, byID map[string]models.Execution, ids []string, trigger string) {
	t.Helper()
	for _, id := range ids {
		e := byID[id]
		if e.Status != models.ExecutionCompleted || e.Trigger != trigger || e.ResponseStatusCode != 200 {
			t.Fatalf("%s %s: status %s trigger %s code %d errors %q", label, id, e.Status, e.Trigger, e.ResponseStatusCode, e.Errors)
		}
		// One recorded run: the row keeps one run's logs (no body: rows
		// keep none once read).
		if n := strings.Count(e.Logs, "ran "+trigger+" "); n != 1 {
			t.Fatalf("%s %s: %d runs in the logs %q", label, id, n, e.Logs)
		}
	}
}

func targz(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

// runAttempts counts, over the executions' workflows, the activities that
// started more than once (a retry after a worker died holding them), by
// activity type, and the workflow tasks that timed out
// ("WorkflowTaskTimedOut": a run is a local activity inside the workflow
// task, so a worker killed during it shows as a timed-out task, run again
// by another worker).
func runAttempts(t *testing.T, c *testenv.Cluster, ids []string) map[string]int {
	t.Helper()
	retried := map[string]int{}
	for _, id := range ids {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		it := c.App.App.Temporal.GetWorkflowHistory(ctx, contract.ExecutionWorkflowID(c.ProjectID, id), "", false,
			enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
		types := map[int64]string{}
		for it.HasNext() {
			ev, err := it.Next()
			if err != nil {
				cancel()
				t.Fatalf("history of %s: %v", id, err)
			}
			if a := ev.GetActivityTaskScheduledEventAttributes(); a != nil {
				types[ev.GetEventId()] = a.GetActivityType().GetName()
			}
			if a := ev.GetActivityTaskStartedEventAttributes(); a != nil && a.GetAttempt() > 1 {
				retried[types[a.GetScheduledEventId()]]++
			}
			if ev.GetWorkflowTaskTimedOutEventAttributes() != nil {
				retried["WorkflowTaskTimedOut"]++
			}
		}
		cancel()
	}
	return retried
}

// ownContainers lists the containers labelled with the worker's instance.
func ownContainers(t *testing.T, instance string) []string {
	t.Helper()
	out, err := exec.Command("docker", "ps", "-aq", "--no-trunc", "--filter", "label=fnflow.owner="+instance).Output()
	if err != nil {
		t.Fatalf("docker ps: %v", err)
	}
	return strings.Fields(string(out))
}

// TestClusterOnRealParts runs the cluster and checks that a build and
// sync, async, delayed, cron and event executions work across the workers;
// that a worker killed with SIGKILL in the middle of 100 async executions
// loses none and records none twice (its in-flight runs are retried on
// another worker after the heartbeat timeout; its containers are removed
// by its reconciler when it starts again with the same instance ID); that
// the Temporal server killed and started again on the same databases is
// survived; and that the Temporal UI server answers against the cluster.
// It logs what each worker served (executions, cold starts).
func TestClusterOnRealParts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole cluster")
	}
	if err := exec.Command("docker", "image", "inspect", "fnflow/runtime:node-18.0").Run(); err != nil {
		testreq.Missing(t, "runtime image fnflow/runtime:node-18.0 missing: run ./task images")
	}
	start := time.Now()
	c := testenv.StartCluster(t, testenv.ClusterOptions{UI: true,
		Env: []string{"FNFLOW_EXECUTIONS_MIN_SCHEDULE_LEAD=0"}})
	t.Logf("cluster started in %s (fnflow built, schema, Temporal server, api, 3 workers, UI)", time.Since(start).Round(100*time.Millisecond))
	cl := &client{t: t, c: c, hdr: map[string]string{"X-Appwrite-Project": c.ProjectID, "X-Appwrite-Key": c.Key,
		"Content-Type": "application/json", "X-Appwrite-Response-Format": "1.9.5"}}

	// The Temporal UI against the cluster's frontend: its page, and its API
	// lists fnflow's namespace.
	if err := uiAnswers(c); err != nil {
		t.Fatal(err)
	}

	// A build, on whichever worker takes it.
	const fid = "fn"
	fn := map[string]any{"functionId": fid, "name": fid, "runtime": "node-18.0", "entrypoint": "index.js",
		"execute": []string{"any"}, "events": []string{"users.*.create"}, "timeout": 60}
	cl.json("POST", "/v1/functions", fn, 201)
	var form bytes.Buffer
	w := multipart.NewWriter(&form)
	_ = w.WriteField("activate", "true")
	_ = w.WriteField("commands", "echo built > built.txt")
	fw, _ := w.CreateFormFile("code", "code.tar.gz")
	_, _ = fw.Write(targz(t, map[string]string{"index.js": fnCode}))
	w.Close()
	status, out := cl.do("POST", "/v1/functions/"+fid+"/deployments", form.Bytes(), map[string]string{"Content-Type": w.FormDataContentType()})
	if status != 202 {
		t.Fatalf("upload: %d %s", status, out)
	}
	var dep map[string]any
	_ = json.Unmarshal(out, &dep)
	did, _ := dep["$id"].(string)
	deadline := time.Now().Add(3 * time.Minute)
	for {
		d := cl.json("GET", "/v1/functions/"+fid+"/deployments/"+did, nil, 200)
		if d["status"] == "ready" && cl.json("GET", "/v1/functions/"+fid, nil, 200)["deploymentId"] == did {
			break // built and activated
		}
		if d["status"] == "failed" || d["status"] == "canceled" || time.Now().After(deadline) {
			t.Fatalf("build %v: %q", d["status"], d["buildLogs"])
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Logf("build ready at %s", time.Since(start).Round(100*time.Millisecond))

	// Cron: every minute from now on (the first fire is checked later).
	fn["schedule"] = "* * * * *"
	delete(fn, "functionId")
	cl.json("PUT", "/v1/functions/"+fid, fn, 200)
	cronSet := time.Now()

	// Sync, async, delayed and event executions.
	before := c.WorkerLoads(t)
	var syncIDs, asyncIDs []string
	for i := range 6 {
		m := cl.json("POST", "/v1/functions/"+fid+"/executions", map[string]any{"path": fmt.Sprintf("/sync/%d", i)}, 201)
		if m["status"] != "completed" || !strings.Contains(m["responseBody"].(string), `"trigger":"http"`) {
			t.Fatalf("sync execution: %v", m)
		}
		syncIDs = append(syncIDs, m["$id"].(string))
	}
	for i := range 6 {
		asyncIDs = append(asyncIDs, cl.execute(fid, map[string]any{"async": true, "path": fmt.Sprintf("/async/%d", i)}, 202))
	}
	at := time.Now().Add(3 * time.Second).UTC().Format("2006-01-02T15:04:05.000Z")
	delayed := cl.json("POST", "/v1/functions/"+fid+"/executions", map[string]any{"async": true, "scheduledAt": at, "path": "/delayed"}, 202)
	if delayed["status"] != "scheduled" {
		t.Fatalf("delayed execution: %v", delayed)
	}
	cl.json("POST", "/v1/events", map[string]any{"eventId": "ev1", "event": "users.u1.create", "payload": map[string]any{"n": 1}}, 202)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	var runs []contract.EventRun
	err := c.App.App.Temporal.GetWorkflow(ctx, contract.EventWorkflowID(c.ProjectID, "ev1"), "").Get(ctx, &runs)
	cancel()
	if err != nil || len(runs) != 1 || runs[0].FunctionID != fid {
		t.Fatalf("event started %+v (%v), want one execution of %s", runs, err, fid)
	}
	byID := waitDone(t, c, fid, append(append(append([]string{}, asyncIDs...), delayed["$id"].(string), runs[0].ExecutionID), syncIDs...), 2*time.Minute)
	wantCompleted(t, "sync", byID, syncIDs, "http")
	wantCompleted(t, "async", byID, asyncIDs, "http")
	wantCompleted(t, "delayed", byID, []string{delayed["$id"].(string)}, "schedule") // Appwrite's trigger for scheduledAt
	wantCompleted(t, "event", byID, []string{runs[0].ExecutionID}, "event")
	testenv.LoadDelta(t, "sync, async, delayed, event (14 executions)", before, c.WorkerLoads(t))

	// 300 async executions of the warm function: what each worker serves
	// and how many cold starts it pays.
	const many = 300
	manyIDs := make([]string, many)
	before = c.WorkerLoads(t)
	loads := c.Served(t, "300 async executions", func() {
		createAsync(cl, fid, manyIDs, "/many/%d")
		byID = waitDone(t, c, fid, manyIDs, 3*time.Minute)
		// A run is counted just after its row is recorded.
		deadline := time.Now().Add(10 * time.Second)
		for total(c.WorkerLoads(t))-total(before) < many {
			if time.Now().After(deadline) {
				t.Fatalf("the workers' metrics count fewer than the %d executions", many)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	wantCompleted(t, "300", byID, manyIDs, "http")
	// Issue 16's measure: at most one cold start per worker that serves the
	// function (warm routing sends a cold worker's runs to a warm one;
	// TestWarmRoutingAcrossWorkers covers a function cold everywhere).
	for _, l := range loads {
		if l.Executions > 0 && l.Containers > 1 {
			t.Errorf("%s served %.0f of the %d executions with %.0f cold starts (containers started), want at most one", l.Worker, l.Executions, many, l.Containers)
		}
	}

	// kill -9 of the worker that served most so far, in the middle of 100
	// async executions of 1 s each.
	before = c.WorkerLoads(t)
	const n = 100
	ids := make([]string, n)
	createAsync(cl, fid, ids, "/kill/%d?sleep=1000")
	deadline = time.Now().Add(2 * time.Minute)
	for {
		done := 0
		for _, e := range rows(t, c, fid) {
			if strings.HasPrefix(e.RequestPath, "/kill/") && e.Status == models.ExecutionCompleted {
				done++
			}
		}
		if done >= 20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d executions completed within 2 min before the kill", done, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
	loads = testenv.LoadDelta(t, "before the kill", before, c.WorkerLoads(t))
	victim := 0
	for i, l := range loads {
		if l.Executions > loads[victim].Executions {
			victim = i
		}
	}
	killed := c.Workers[victim]
	killed.Kill()
	orphans := ownContainers(t, killed.InstanceID)
	t.Logf("killed %s (SIGKILL) at %s; its %d containers are orphaned", killed.Name, time.Since(start).Round(100*time.Millisecond), len(orphans))
	killedAt := time.Now()
	byID = waitDone(t, c, fid, ids, 3*time.Minute)
	t.Logf("the 100 executions were terminal %s after the kill", time.Since(killedAt).Round(100*time.Millisecond))
	wantCompleted(t, "after kill", byID, ids, "http")
	seen := map[string]int{}
	for _, e := range rows(t, c, fid) {
		if strings.HasPrefix(e.RequestPath, "/kill/") {
			seen[e.ID]++
		}
	}
	if len(seen) != n {
		t.Fatalf("%d rows for the %d executions", len(seen), n)
	}
	for id, k := range seen {
		if k != 1 {
			t.Fatalf("execution %s has %d rows", id, k)
		}
	}
	t.Logf("runs started again on another worker (activities by type, timed-out workflow tasks): %v", runAttempts(t, c, ids))
	testenv.LoadDelta(t, "the 100 executions (the killed worker's count is lost with it)", before, c.WorkerLoads(t))
	// Started again with the same instance ID, its reconciler removes the
	// previous life's containers.
	if err := killed.Start(); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(time.Minute)
	for left := orphans; len(left) > 0; {
		now := map[string]bool{}
		for _, id := range ownContainers(t, killed.InstanceID) {
			now[id] = true
		}
		left = left[:0:0]
		for _, id := range orphans {
			if now[id] {
				left = append(left, id)
			}
		}
		if len(left) > 0 && time.Now().After(deadline) {
			t.Fatalf("%d containers of %s's previous life still there a minute after its restart", len(left), killed.Name)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// kill -9 of the API process with accepted executions in flight: they
	// finish; the API started again answers.
	var apiIDs []string
	for i := range 5 {
		apiIDs = append(apiIDs, cl.execute(fid, map[string]any{"async": true, "path": fmt.Sprintf("/api-kill/%d?sleep=2000", i)}, 202))
	}
	c.API.Kill()
	if err := c.API.Start(); err != nil {
		t.Fatal(err)
	}
	byID = waitDone(t, c, fid, apiIDs, 2*time.Minute)
	wantCompleted(t, "across the API kill", byID, apiIDs, "http")

	// Cron: the schedule fired on a minute since it was set, and its run
	// completed.
	deadline = cronSet.Add(2*time.Minute + 30*time.Second)
	for {
		var cron []string
		for _, e := range rows(t, c, fid) {
			if e.Trigger == models.TriggerSchedule && e.ID != delayed["$id"] {
				cron = append(cron, e.ID)
			}
		}
		if len(cron) > 0 {
			byID = waitDone(t, c, fid, cron, time.Minute)
			wantCompleted(t, "cron", byID, cron, "schedule")
			t.Logf("%d cron executions completed", len(cron))
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no cron execution 2.5 min after the schedule was set")
		}
		time.Sleep(time.Second)
	}

	// The Temporal server killed (SIGKILL) with executions in flight and
	// started again on the same databases: they finish, and new ones work.
	var inflight []string
	for i := range 10 {
		inflight = append(inflight, cl.execute(fid, map[string]any{"async": true, "path": fmt.Sprintf("/restart/%d?sleep=3000", i)}, 202))
	}
	deadline = time.Now().Add(time.Minute)
	for {
		processing := 0
		for _, e := range rows(t, c, fid) {
			if strings.HasPrefix(e.RequestPath, "/restart/") && e.Status == models.ExecutionProcessing {
				processing++
			}
		}
		if processing > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no execution processing within a minute")
		}
		time.Sleep(100 * time.Millisecond)
	}
	c.Temporal.Kill()
	down := time.Now()
	// Meanwhile a create is refused with a 503, and its row says failed:
	// nothing pretends to be queued.
	asked := time.Now()
	status, out = cl.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"async": true, "path": "/while-down"}, nil)
	refusedIn := time.Since(asked)
	var refusal map[string]any
	_ = json.Unmarshal(out, &refusal)
	if status != 503 || refusal["type"] != "general_service_disabled" {
		t.Fatalf("create with Temporal down: %d %s", status, out)
	}
	for _, e := range rows(t, c, fid) {
		if e.RequestPath == "/while-down" && e.Status != models.ExecutionFailed {
			t.Fatalf("the refused execution's row is %s, want failed", e.Status)
		}
	}
	if err := c.Temporal.Start(); err != nil {
		t.Fatal(err)
	}
	t.Logf("Temporal server down for %s (SIGKILL, started again on the same databases); a create meanwhile answered 503 in %s",
		time.Since(down).Round(100*time.Millisecond), refusedIn.Round(10*time.Millisecond))
	for i := range 3 {
		m := cl.json("POST", "/v1/functions/"+fid+"/executions", map[string]any{"path": fmt.Sprintf("/after/%d", i)}, 201)
		if m["status"] != "completed" {
			t.Fatalf("sync execution after the restart: %v", m)
		}
		inflight = append(inflight, cl.execute(fid, map[string]any{"async": true, "path": fmt.Sprintf("/after-async/%d", i)}, 202))
	}
	byID = waitDone(t, c, fid, inflight, 3*time.Minute)
	wantCompleted(t, "across the Temporal restart", byID, inflight, "http")
	t.Logf("executions in flight at the Temporal kill and started after it completed %s after the restart", time.Since(down).Round(100*time.Millisecond))
	if err := uiAnswers(c); err != nil {
		t.Fatalf("after the Temporal restart: %v", err)
	}

	storeOutage(t, c, cl, fid)

	testenv.LoadDelta(t, "whole run (current lives)", nil, c.WorkerLoads(t))
	t.Logf("total %s", time.Since(start).Round(100*time.Millisecond))
}

// storeOutage makes fnflow's database refuse connections for ~5 s
// (Cluster.BlockStore: the PostgreSQL server and Temporal's databases stay
// up) while 10 async executions of 2 s are in flight: the API answers 503
// general_service_disabled meanwhile and accepts nothing; once connections
// are allowed again the API answers and every accepted execution completes,
// with one row and one recorded run.
func storeOutage(t *testing.T, c *testenv.Cluster, cl *client, fid string) {
	t.Helper()
	var ids []string
	for i := range 10 {
		ids = append(ids, cl.execute(fid, map[string]any{"async": true, "path": fmt.Sprintf("/pg/%d?sleep=2000", i)}, 202))
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		processing := 0
		for _, e := range rows(t, c, fid) {
			if strings.HasPrefix(e.RequestPath, "/pg/") && e.Status == models.ExecutionProcessing {
				processing++
			}
		}
		if processing > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no execution processing within a minute")
		}
	}
	closed, unblock := c.BlockStore(t)
	blocked := time.Now()
	refused := 0
	for time.Since(blocked) < 5*time.Second {
		status, out := cl.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"async": true, "path": "/pg-down"}, nil)
		var m map[string]any
		_ = json.Unmarshal(out, &m)
		if status != 503 || m["type"] != "general_service_disabled" {
			t.Fatalf("create with fnflow's database refusing connections: %d %s", status, out)
		}
		refused++
		time.Sleep(500 * time.Millisecond)
	}
	if status, out := cl.do("GET", "/v1/health", nil, nil); status != 503 {
		t.Fatalf("readiness with fnflow's database refusing connections: %d %s", status, out)
	}
	unblock()
	back := time.Now()
	t.Logf("fnflow's database refused connections for %s (%d backends closed); %d creates meanwhile answered 503 general_service_disabled",
		back.Sub(blocked).Round(100*time.Millisecond), closed, refused)
	// The API answers again once its pool has reconnected (a connection
	// closed by the outage may still cost a 503).
	late := 0
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		status, out := cl.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"path": "/pg-after"}, nil)
		if status == 201 {
			var m map[string]any
			if err := json.Unmarshal(out, &m); err != nil || m["status"] != "completed" {
				t.Fatalf("sync execution after the outage: %s", out)
			}
			break
		}
		if status != 503 || time.Now().After(deadline) {
			t.Fatalf("sync execution after the outage: %d %s", status, out)
		}
		late++
	}
	byID := waitDone(t, c, fid, ids, 2*time.Minute)
	wantCompleted(t, "across the database outage", byID, ids, "http")
	perID := map[string]int{}
	for _, e := range rows(t, c, fid) {
		switch {
		case strings.HasPrefix(e.RequestPath, "/pg/"):
			perID[e.ID]++
		case e.RequestPath == "/pg-down":
			t.Fatalf("a create refused during the outage left a row: %s %s", e.ID, e.Status)
		}
	}
	if len(perID) != len(ids) {
		t.Fatalf("%d rows for the %d executions", len(perID), len(ids))
	}
	for id, k := range perID {
		if k != 1 {
			t.Fatalf("execution %s has %d rows", id, k)
		}
	}
	t.Logf("after the database came back: %d 503s before the first sync execution completed; the %d in flight were all completed %s after (activities run again, timed-out workflow tasks: %v)",
		late, len(ids), time.Since(back).Round(100*time.Millisecond), runAttempts(t, c, ids))
}

func total(loads []testenv.WorkerLoad) float64 {
	var n float64
	for _, l := range loads {
		n += l.Executions
	}
	return n
}

// createAsync creates len(ids) async executions (path format with the
// index), ten requests at a time.
func createAsync(cl *client, fid string, ids []string, path string) {
	cl.t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for g := range 10 {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(ids); i += 10 {
				body, _ := json.Marshal(map[string]any{"async": true, "path": fmt.Sprintf(path, i)})
				req, _ := http.NewRequest("POST", cl.c.URL+"/v1/functions/"+fid+"/executions", bytes.NewReader(body))
				for k, v := range cl.hdr {
					req.Header.Set(k, v)
				}
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					errs <- err
					return
				}
				var m struct {
					ID string `json:"$id"`
				}
				err = json.NewDecoder(res.Body).Decode(&m)
				res.Body.Close()
				if res.StatusCode != 202 || err != nil {
					errs <- fmt.Errorf("execution %d: %d (%v)", i, res.StatusCode, err)
					return
				}
				ids[i] = m.ID
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		cl.t.Fatalf("create async executions: %v", err)
	}
}

// uiAnswers checks the UI server's page and that its API lists the
// cluster's namespace, retrying for 30 s (after a Temporal restart the UI
// server's connection to the frontend comes back on a later request).
func uiAnswers(c *testenv.Cluster) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := uiAnswersOnce(c)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func uiAnswersOnce(c *testenv.Cluster) error {
	res, err := http.Get(c.UIURL + "/")
	if err != nil {
		return fmt.Errorf("temporal UI: %w", err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(page, []byte("<html")) {
		return fmt.Errorf("temporal UI index: %d %.200s", res.StatusCode, page)
	}
	res, err = http.Get(c.UIURL + "/api/v1/namespaces")
	if err != nil {
		return fmt.Errorf("temporal UI API: %w", err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var ns struct {
		Namespaces []struct {
			NamespaceInfo struct {
				Name string `json:"name"`
			} `json:"namespaceInfo"`
		} `json:"namespaces"`
	}
	if err := json.Unmarshal(body, &ns); err != nil || res.StatusCode != 200 {
		return fmt.Errorf("temporal UI namespaces: %d %.300s (%v)", res.StatusCode, body, err)
	}
	for _, n := range ns.Namespaces {
		if n.NamespaceInfo.Name == c.Namespace {
			return nil
		}
	}
	return fmt.Errorf("temporal UI namespaces do not list %s: %.300s", c.Namespace, body)
}
