package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/api/serviceerror"
	sdkclient "go.temporal.io/sdk/client"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/fixtures"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker"

	"github.com/fnflow/fnflow/internal/testreq"
)

// Legacy (req, res) examples from the seeds, unchanged.
const nodeLegacy = fixtures.SeedNodeLegacy

const pythonLegacy = fixtures.SeedPythonLegacy

// nodeEcho answers with what it received; ?sleep=N sleeps N ms first and
// ?status=N answers with that code.
const nodeEcho = `module.exports = async (context) => {
  const q = context.req.query || {};
  if (q.sleep) await new Promise((r) => setTimeout(r, Number(q.sleep)));
  context.log('log line');
  return context.res.json({
    method: context.req.method, path: context.req.path, body: context.req.bodyText,
    headers: context.req.headers, env: { fn: process.env.APPWRITE_FUNCTION_ID, endpoint: process.env.APPWRITE_FUNCTION_API_ENDPOINT },
  }, Number(q.status || 200), { 'x-custom-out': 'yes' });
};
`

// requireImages fails under CI and skips elsewhere when the runtime images
// are not built (go run ./cmd/fnflow runtimes build).
func requireImages(t testing.TB, images ...string) {
	t.Helper()
	for _, img := range images {
		if err := exec.Command("docker", "image", "inspect", img).Run(); err != nil {
			msg := fmt.Sprintf("runtime image %s missing: build it with `go run ./cmd/fnflow runtimes build`", img)
			testreq.Missing(t, msg)
		}
	}
}

func startExecApp(t testing.TB, mutate func(*config.Config)) *testenv.Running {
	return testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Mutate: mutate})
}

func tarGz(t testing.TB, files map[string]string) []byte { return fixtures.TarGz(t, files) }

// seedFunction creates a function through the API and gives it a ready,
// active deployment written straight to the store and artifact storage.
func seedFunction(t *testing.T, r *testenv.Running, c *client, id, runtime, entry, code string, extra map[string]any) string {
	t.Helper()
	body := map[string]any{"functionId": id, "name": id, "runtime": runtime, "entrypoint": entry, "execute": []string{"any"}}
	for k, v := range extra {
		body[k] = v
	}
	if res := c.do("POST", "/v1/functions", body, nil); res.Status != 201 {
		t.Fatalf("create function: %d %s", res.Status, res.Body)
	}
	ctx := context.Background()
	did := models.NewID()
	key := r.ProjectID + "/" + did + "/output.tar.gz"
	if _, err := r.App.Artifacts.Put(ctx, key, bytes.NewReader(tarGz(t, map[string]string{entry: code}))); err != nil {
		t.Fatal(err)
	}
	d := &models.Deployment{ProjectID: r.ProjectID, ID: did, FunctionID: id, Type: "manual", Entrypoint: entry,
		Status: models.DeploymentReady, OutputPath: key, CreatedAt: models.Now(), UpdatedAt: models.Now()}
	if err := r.App.Store.CreateDeployment(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, id, map[string]any{"deployment_id": did}); err != nil {
		t.Fatal(err)
	}
	return did
}

func execute(t *testing.T, c *client, fid string, body map[string]any, want int) map[string]any {
	t.Helper()
	res := c.do("POST", "/v1/functions/"+fid+"/executions", body, nil)
	if res.Status != want {
		t.Fatalf("execute %s: status %d, want %d: %s", fid, res.Status, want, res.Body)
	}
	return res.JSON(t)
}

// waitExecution polls until the execution reaches a terminal status.
func waitExecution(t *testing.T, c *client, fid, eid string, within time.Duration) map[string]any {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		res := c.do("GET", "/v1/functions/"+fid+"/executions/"+eid, nil, nil)
		if res.Status != 200 {
			t.Fatalf("get execution: %d %s", res.Status, res.Body)
		}
		m := res.JSON(t)
		if s := m["status"]; s == "completed" || s == "failed" {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("execution %s still %v after %s", eid, m["status"], within)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestExecutionLegacyExamples(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0", "fnflow/runtime:python-3.11")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	for _, tc := range []struct{ id, runtime, entry, code string }{
		{"legacy-node", "node-18.0", "index.js", nodeLegacy},
		{"legacy-python", "python-3.11", "main.py", pythonLegacy},
	} {
		t.Run(tc.runtime, func(t *testing.T) {
			seedFunction(t, r, c, tc.id, tc.runtime, tc.entry, tc.code, nil)
			if res := c.do("POST", "/v1/functions/"+tc.id+"/variables", map[string]any{"key": "SECRET_KEY", "value": "s3cr3t"}, nil); res.Status != 201 {
				t.Fatalf("create variable: %d %s", res.Status, res.Body)
			}
			m := execute(t, c, tc.id, map[string]any{"body": "hello payload"}, 201)
			if m["status"] != "completed" || m["responseStatusCode"] != 200.0 || m["trigger"] != "http" {
				t.Fatalf("execution: %v", m)
			}
			var out map[string]any
			if err := json.Unmarshal([]byte(m["responseBody"].(string)), &out); err != nil {
				t.Fatalf("response body %q: %v (errors %q)", m["responseBody"], err, m["errors"])
			}
			if out["payload"] != "hello payload" || out["secretKey"] != "s3cr3t" || out["trigger"] != "http" || out["message"] != "Hello from Appwrite!" {
				t.Fatalf("function answered %v", out)
			}
			if !hasHeader(m["responseHeaders"], "x-appwrite-execution-id", m["$id"].(string)) {
				t.Fatalf("sync response headers lack the execution id: %v", m["responseHeaders"])
			}
			// Reads show no body and only content-type/content-length.
			got := c.do("GET", "/v1/functions/"+tc.id+"/executions/"+m["$id"].(string), nil, nil).JSON(t)
			if got["status"] != "completed" || got["responseBody"] != "" {
				t.Fatalf("stored execution: %v", got)
			}
		})
	}
}

func hasHeader(v any, name, value string) bool {
	l, _ := v.([]any)
	for _, h := range l {
		m, _ := h.(map[string]any)
		if m["name"] == name && (value == "" || m["value"] == value) {
			return true
		}
	}
	return false
}

// TestExecutionSDKRequests sends the Node SDK's recorded execution
// requests, on SQLite and PostgreSQL.
func TestExecutionSDKRequests(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal})
			executionSDKRequests(t, r)
		})
	}
}

// sdkExecution is what the official SDK's Execution model reads, checked
// for type (checkModel) and for the values a client acts on.
type sdkExecution struct {
	status, trigger, method, path string
	code                          float64
	ran                           bool   // duration > 0 (it ran), else 0
	scheduledAt                   string // "" = null
	requestHeader                 string // a request header that must be shown ("" = none)
}

func checkExecution(t *testing.T, mods map[string]map[string]string, label string, m map[string]any, deploymentID string, want sdkExecution) {
	t.Helper()
	checkModel(t, mods, "Execution", m)
	if t.Failed() {
		t.FailNow()
	}
	got := sdkExecution{status: m["status"].(string), trigger: m["trigger"].(string), method: m["requestMethod"].(string),
		path: m["requestPath"].(string), code: m["responseStatusCode"].(float64), ran: m["duration"].(float64) > 0}
	if at, ok := m["scheduledAt"].(string); ok {
		got.scheduledAt = at
	}
	got.requestHeader = want.requestHeader
	if got != want || m["functionId"] != "hello" || m["deploymentId"] != deploymentID {
		t.Fatalf("%s: execution %+v (function %v, deployment %v), want %+v (deployment %s)", label, got,
			m["functionId"], m["deploymentId"], want, deploymentID)
	}
	if d := m["duration"].(float64); !want.ran && d != 0 {
		t.Fatalf("%s: duration %v before it ran", label, d)
	}
	created, err1 := time.Parse(time.RFC3339Nano, m["$createdAt"].(string))
	updated, err2 := time.Parse(time.RFC3339Nano, m["$updatedAt"].(string))
	if err1 != nil || err2 != nil || updated.Before(created) || m["$id"] == "" {
		t.Fatalf("%s: $id %v, $createdAt %v, $updatedAt %v", label, m["$id"], m["$createdAt"], m["$updatedAt"])
	}
	// Request headers are filtered to Appwrite's allow-list, always.
	allowed := map[string]bool{"content-type": true, "agent": true, "content-length": true, "host": true, "x-appwrite-client-ip": true}
	shown := false
	for _, h := range m["requestHeaders"].([]any) {
		name := h.(map[string]any)["name"].(string)
		if !allowed[name] {
			t.Fatalf("%s: request header %q shown (only %v are)", label, name, allowed)
		}
		shown = shown || name == want.requestHeader
	}
	if want.requestHeader != "" && !shown {
		t.Fatalf("%s: request header %s not shown: %v", label, want.requestHeader, m["requestHeaders"])
	}
}

func executionSDKRequests(t *testing.T, r *testenv.Running) {
	c := newClient(t, r)
	did := seedFunction(t, r, c, "hello", "node-18.0", "index.js", nodeEcho, nil)
	mods := loadModels(t)
	recs := loadRecords(t)
	send := func(label, url string) response {
		rec := recs[label]
		if rec.Label == "" {
			t.Fatalf("no recorded request %s", label)
		}
		if url == "" {
			url = rec.URL
		}
		var body any
		if len(rec.Body) > 0 {
			var s string
			if json.Unmarshal(rec.Body, &s) == nil {
				body = s
			} else {
				body = []byte(rec.Body)
			}
			if s == "" {
				body = nil
			}
		}
		return c.do(rec.Method, url, body, nil)
	}
	res := send("createExecution_sync_defaults", "")
	if res.Status != 201 {
		t.Fatalf("sync defaults: %d %s", res.Status, res.Body)
	}
	checkExecution(t, mods, "sync defaults", res.JSON(t), did, sdkExecution{status: "completed", trigger: "http", method: "POST",
		path: "/", code: 200, ran: true})
	res = send("createExecution_full", "")
	full := res.JSON(t)
	if res.Status != 201 {
		t.Fatalf("full: %d %s", res.Status, res.Body)
	}
	checkExecution(t, mods, "full", full, did, sdkExecution{status: "completed", trigger: "http", method: "POST",
		path: "/users?x=1", code: 200, ran: true, requestHeader: "content-type"})
	if full["errors"] != "" || !strings.Contains(full["logs"].(string), "log line") {
		t.Fatalf("full: logs %q, errors %q", full["logs"], full["errors"])
	}
	var echo map[string]any
	if err := json.Unmarshal([]byte(full["responseBody"].(string)), &echo); err != nil {
		t.Fatalf("full body: %v: %s", err, full["responseBody"])
	}
	hdrs, _ := echo["headers"].(map[string]any)
	if echo["path"] != "/users" || echo["body"] != `{"a":1}` || hdrs["x-custom"] != "v" || hdrs["x-appwrite-trigger"] != "http" ||
		hdrs["x-appwrite-execution-id"] != full["$id"] {
		t.Fatalf("function saw %v", echo)
	}
	if !hasHeader(full["responseHeaders"], "x-custom-out", "yes") || full["logs"] == "" {
		t.Fatalf("full response: %v", full)
	}
	res = send("createExecution_async", "")
	async := res.JSON(t)
	if res.Status != 202 {
		t.Fatalf("async: %d %s", res.Status, res.Body)
	}
	checkExecution(t, mods, "async", async, did, sdkExecution{status: "waiting", trigger: "http", method: "POST", path: "/"})
	res = send("createExecution_scheduled", "")
	sched := res.JSON(t)
	if res.Status != 202 {
		t.Fatalf("scheduled: %d %s", res.Status, res.Body)
	}
	checkExecution(t, mods, "scheduled", sched, did, sdkExecution{status: "scheduled", trigger: "schedule", method: "GET",
		path: "/", scheduledAt: "2030-01-01T00:00:00.000+00:00"})
	done := waitExecution(t, c, "hello", async["$id"].(string), 30*time.Second)
	checkExecution(t, mods, "async done", done, did, sdkExecution{status: "completed", trigger: "http", method: "POST",
		path: "/", code: 200, ran: true})
	if done["responseBody"] != "" || !hasHeader(done["responseHeaders"], "content-type", "") || hasHeader(done["responseHeaders"], "x-custom-out", "") {
		t.Fatalf("async execution read: body %q, headers %v", done["responseBody"], done["responseHeaders"])
	}
	// One run longer than the recorded list's duration filter (0.5 s).
	slow := execute(t, c, "hello", map[string]any{"path": "/?sleep=700"}, 201)
	// Each run is found in Temporal by its search attributes.
	wantSearchable(t, r, contract.ExecutionWorkflowID(r.ProjectID, full["$id"].(string)),
		map[string]string{"ProjectId": r.ProjectID, "FunctionId": "hello", "DeploymentId": did, "ExecutionTrigger": "http"})
	wantSearchable(t, r, contract.ExecutionWorkflowID(r.ProjectID, sched["$id"].(string)),
		map[string]string{"ProjectId": r.ProjectID, "FunctionId": "hello", "DeploymentId": did, "ExecutionTrigger": "schedule"})
	recordHistory(t, r, "exec-"+r.ProjectID+"-"+full["$id"].(string), "execution_sync.json")
	recordHistory(t, r, "exec-"+r.ProjectID+"-"+async["$id"].(string), "execution_async.json")
	// Since fnflow-durable version 3 (policy in the input, no marker).
	recordHistory(t, r, "exec-"+r.ProjectID+"-"+full["$id"].(string), "execution_policy_sync.json")
	recordHistory(t, r, "exec-"+r.ProjectID+"-"+async["$id"].(string), "execution_policy_async.json")
	res = send("getExecution", "/v1/functions/hello/executions/"+full["$id"].(string))
	if res.Status != 200 || res.JSON(t)["$id"] != full["$id"] {
		t.Fatalf("get: %d %s", res.Status, res.Body)
	}
	got := res.JSON(t)
	checkExecution(t, mods, "get full", got, did, sdkExecution{status: "completed", trigger: "http", method: "POST",
		path: "/users?x=1", code: 200, ran: true, requestHeader: "content-type"})
	if got["responseBody"] != "" || got["duration"] != full["duration"] || hasHeader(got["responseHeaders"], "x-custom-out", "") {
		t.Fatalf("stored full execution: body %q, duration %v (answered %v), headers %v", got["responseBody"], got["duration"],
			full["duration"], got["responseHeaders"])
	}
	// The recorded list: trigger http and duration > 0.5.
	res = send("listExecutions", "")
	if res.Status != 200 {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	checkModel(t, mods, "ExecutionList", res.JSON(t))
	if l := res.JSON(t)["executions"].([]any); res.JSON(t)["total"] != 1.0 || len(l) != 1 || l[0].(map[string]any)["$id"] != slow["$id"] ||
		l[0].(map[string]any)["duration"].(float64) <= 0.5 {
		t.Fatalf("recorded list (trigger http, duration > 0.5): %s", res.Body)
	}
	res = c.do("GET", "/v1/functions/hello/executions", nil, nil)
	checkModel(t, mods, "ExecutionList", res.JSON(t))
	if all := res.JSON(t); all["total"] != 5.0 || len(all["executions"].([]any)) != 5 {
		t.Fatalf("list all: %s", res.Body)
	}
	res = send("deleteExecution", "/v1/functions/hello/executions/"+sched["$id"].(string))
	if res.Status != 204 {
		t.Fatalf("delete scheduled: %d %s", res.Status, res.Body)
	}
	res = send("deleteExecution", "/v1/functions/hello/executions/"+full["$id"].(string))
	if res.Status != 204 {
		t.Fatalf("delete completed: %d %s", res.Status, res.Body)
	}
	wantError(t, c.do("GET", "/v1/functions/hello/executions/"+full["$id"].(string), nil, nil), 404, "execution_not_found")
	// The deleted scheduled execution's workflow is gone (terminated).
	wantNeverRan(t, r, contract.ExecutionWorkflowID(r.ProjectID, sched["$id"].(string)))
}

// wantNeverRan checks that a delayed execution's workflow was terminated
// before it started: status terminated and no workflow task in its history.
func wantNeverRan(t *testing.T, r *testenv.Running, workflowID string) {
	t.Helper()
	ctx := context.Background()
	d, err := r.App.Temporal.DescribeWorkflowExecution(ctx, workflowID, "")
	if err != nil || d.GetWorkflowExecutionInfo().GetStatus() != enums.WORKFLOW_EXECUTION_STATUS_TERMINATED {
		t.Fatalf("workflow %s of a deleted delayed execution: %v %v, want terminated", workflowID, d.GetWorkflowExecutionInfo().GetStatus(), err)
	}
	it := r.App.Temporal.GetWorkflowHistory(ctx, workflowID, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		if ev.GetEventType() == enums.EVENT_TYPE_WORKFLOW_TASK_STARTED {
			t.Fatalf("workflow %s of a deleted delayed execution ran (workflow task started at %v)", workflowID, ev.GetEventTime().AsTime())
		}
	}
}

func TestExecutionValidation(t *testing.T) {
	r := startExecApp(t, nil)
	c := newClient(t, r)
	if res := c.do("POST", "/v1/functions", map[string]any{"functionId": "nodep", "name": "n", "runtime": "node-18.0"}, nil); res.Status != 201 {
		t.Fatalf("create: %s", res.Body)
	}
	wantError(t, c.do("POST", "/v1/functions/missing/executions", map[string]any{}, nil), 404, "function_not_found")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{}, nil), 404, "deployment_not_found")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"method": "TRACE"}, nil), 400, "general_argument_invalid")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"headers": map[string]any{"x-appwrite-key": "x"}}, nil), 400, "general_argument_invalid")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"headers": map[string]any{"-bad": "x"}}, nil), 400, "general_argument_invalid")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"scheduledAt": "2030-01-01T00:00:00.000+00:00"}, nil), 400, "general_bad_request")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"async": true, "scheduledAt": "2030-01-01T00:00:30.000+00:00"}, nil), 400, "general_bad_request")
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{"async": true, "scheduledAt": time.Now().Add(10 * time.Second).UTC().Format(time.RFC3339)}, nil), 400, "general_bad_request")
	// A deployment that is not ready.
	ctx := context.Background()
	d := &models.Deployment{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: "nodep", Type: "manual", Status: models.DeploymentBuilding, CreatedAt: models.Now(), UpdatedAt: models.Now()}
	if err := r.App.Store.CreateDeployment(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, "nodep", map[string]any{"deployment_id": d.ID}); err != nil {
		t.Fatal(err)
	}
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{}, nil), 400, "build_not_ready")
	// Guests need the function's execute permission.
	if err := r.App.Store.SetDeploymentColumnsForTest(ctx, r.ProjectID, d.ID, map[string]any{"status": models.DeploymentReady}); err != nil {
		t.Fatal(err)
	}
	wantError(t, c.do("POST", "/v1/functions/nodep/executions", map[string]any{}, map[string]string{"X-Appwrite-Key": ""}), 401, "user_unauthorized")
}

func TestExecutionAsyncMany(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "many", "node-18.0", "index.js", nodeEcho, nil)
	const n = 100
	ids := make([]string, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := c.do("POST", "/v1/functions/many/executions", map[string]any{"async": true, "body": fmt.Sprint(i)}, nil)
			var m map[string]any
			if res.Status != 202 || json.Unmarshal(res.Body, &m) != nil {
				errs <- fmt.Errorf("async %d: %d %s", i, res.Status, res.Body)
				return
			}
			ids[i] = m["$id"].(string)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	start := time.Now()
	deadline := start.Add(90 * time.Second)
	for {
		q := url.QueryEscape(`{"method":"equal","attribute":"status","values":["completed"]}`)
		res := c.do("GET", "/v1/functions/many/executions?queries[0]="+q+"&queries[1]="+url.QueryEscape(`{"method":"limit","values":[1]}`), nil, nil)
		if res.JSON(t)["total"] == float64(n) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not all %d async executions completed: %s", n, res.Body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("%d async executions completed %.2fs after the last was accepted", n, time.Since(start).Seconds())
}

func TestExecutionTimeout(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "slow", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 2})
	m := execute(t, c, "slow", map[string]any{"path": "/?sleep=6000"}, 201)
	if m["status"] != "failed" || !strings.Contains(m["errors"].(string), "timed out after 2") {
		t.Fatalf("timed out execution: %v", m)
	}
	// Failures of the function itself are recorded, not retried.
	m = execute(t, c, "slow", map[string]any{"path": "/?status=503"}, 201)
	if m["status"] != "failed" || m["responseStatusCode"] != 503.0 {
		t.Fatalf("503 execution: %v", m)
	}
}

func TestExecutionDelayed(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Executions.MinScheduleLead = time.Second })
	c := newClient(t, r)
	seedFunction(t, r, c, "later", "node-18.0", "index.js", nodeEcho, nil)
	at := time.Now().Add(6 * time.Second).UTC()
	fire := execute(t, c, "later", map[string]any{"async": true, "scheduledAt": at.Format(time.RFC3339Nano), "method": "PUT", "body": "saved"}, 202)
	gone := execute(t, c, "later", map[string]any{"async": true, "scheduledAt": at.Format(time.RFC3339Nano)}, 202)
	if fire["status"] != "scheduled" || fire["scheduledAt"] == nil {
		t.Fatalf("scheduled: %v", fire)
	}
	if res := c.do("DELETE", "/v1/functions/later/executions/"+gone["$id"].(string), nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	done := waitExecution(t, c, "later", fire["$id"].(string), 30*time.Second)
	if done["status"] != "completed" || done["requestMethod"] != "PUT" {
		t.Fatalf("delayed execution: %v", done)
	}
	upd, _ := time.Parse(time.RFC3339Nano, done["$updatedAt"].(string))
	t.Logf("delayed execution finished %.0f ms after its scheduled time", float64(upd.Sub(at).Milliseconds()))
	if upd.Before(at) {
		t.Fatalf("ran before its time: %v < %v", upd, at)
	}
	// Both were due at the same time and the fire has run, so the deleted
	// one is past its time too: its workflow must have been terminated in
	// its start delay (had it fired, it would have completed, finding its
	// row gone) and never have run a workflow task.
	if time.Now().Before(at) {
		t.Fatalf("checked before the scheduled time %v", at)
	}
	wantNeverRan(t, r, contract.ExecutionWorkflowID(r.ProjectID, gone["$id"].(string)))
	wantError(t, c.do("GET", "/v1/functions/later/executions/"+gone["$id"].(string), nil, nil), 404, "execution_not_found")
	if res := c.do("GET", "/v1/functions/later/executions", nil, nil); res.JSON(t)["total"] != 1.0 {
		t.Fatalf("deleted scheduled execution came back: %s", res.Body)
	}
}

func TestExecutionCron(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	did := seedFunction(t, r, c, "cron", "node-18.0", "index.js", nodeEcho, nil)
	// Setting the schedule (after the deployment is active) creates it. It
	// fires once a year, so only the manual trigger below runs it (a minute
	// fire could add a second execution; TestExecutionCronAcrossRestart
	// covers real fires).
	res := c.do("PUT", "/v1/functions/cron", map[string]any{"name": "cron", "runtime": "node-18.0", "entrypoint": "index.js",
		"schedule": "0 0 1 1 *", "execute": []string{"any"}}, nil)
	if res.Status != 200 {
		t.Fatalf("update: %d %s", res.Status, res.Body)
	}
	ctx := context.Background()
	h := r.App.Temporal.ScheduleClient().GetHandle(ctx, "cron-"+r.ProjectID+"-cron")
	desc, err := h.Describe(ctx)
	if err != nil {
		t.Fatalf("describe schedule: %v", err)
	}
	if desc.Schedule.State.Paused || len(desc.Info.NextActionTimes) == 0 {
		t.Fatalf("schedule: %+v", desc.Schedule.State)
	}
	// Fire it now instead of waiting for the minute.
	if err := h.Trigger(ctx, sdkclient.ScheduleTriggerOptions{Overlap: enums.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		q := url.QueryEscape(`{"method":"equal","attribute":"trigger","values":["schedule"]}`)
		res := c.do("GET", "/v1/functions/cron/executions?queries[0]="+q, nil, nil).JSON(t)
		if l, _ := res["executions"].([]any); len(l) == 1 && l[0].(map[string]any)["status"] == "completed" {
			wantSearchable(t, r, contract.ExecutionWorkflowID(r.ProjectID, l[0].(map[string]any)["$id"].(string)),
				map[string]string{"ProjectId": r.ProjectID, "FunctionId": "cron", "DeploymentId": did, "ExecutionTrigger": "schedule"})
			recordHistory(t, r, "exec-"+r.ProjectID+"-"+l[0].(map[string]any)["$id"].(string), "execution_cron_child.json")
			if d, err := h.Describe(ctx); err == nil && len(d.Info.RecentActions) > 0 {
				recordHistory(t, r, d.Info.RecentActions[0].StartWorkflowResult.WorkflowID, "execution_cron.json")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("cron fire did not complete: %v", res)
		}
		time.Sleep(200 * time.Millisecond)
	}
	cronOverlapSkip(t, r, c)
	// Disabling pauses it; deleting the function deletes it.
	res = c.do("PUT", "/v1/functions/cron", map[string]any{"name": "cron", "runtime": "node-18.0", "entrypoint": "index.js",
		"schedule": "* * * * *", "enabled": false}, nil)
	if res.Status != 200 {
		t.Fatalf("disable: %d %s", res.Status, res.Body)
	}
	if desc, err = h.Describe(ctx); err != nil || !desc.Schedule.State.Paused {
		t.Fatalf("schedule after disable: %v %v", desc, err)
	}
	if res := c.do("DELETE", "/v1/functions/cron", nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	_, err = h.Describe(ctx)
	var nf *serviceerror.NotFound
	if !errors.As(err, &nf) {
		t.Fatalf("schedule after delete: %v", err)
	}
}

// cronOverlapSkip: a fire while the function's previous fire still runs is
// skipped (the schedule's overlap policy, which a trigger without its own
// policy uses), and the next fire after it runs.
func cronOverlapSkip(t *testing.T, r *testenv.Running, c *client) {
	t.Helper()
	const slow = `module.exports = async (c) => { await new Promise((r) => setTimeout(r, 4000)); return c.res.text('done'); };`
	seedFunction(t, r, c, "slowcron", "node-18.0", "index.js", slow, nil)
	res := c.do("PUT", "/v1/functions/slowcron", map[string]any{"name": "slowcron", "runtime": "node-18.0", "entrypoint": "index.js",
		"schedule": "0 0 1 1 *", "execute": []string{"any"}}, nil)
	if res.Status != 200 {
		t.Fatalf("set schedule: %d %s", res.Status, res.Body)
	}
	ctx := context.Background()
	h := r.App.Temporal.ScheduleClient().GetHandle(ctx, contract.ScheduleID(r.ProjectID, "slowcron"))
	rows := func() []models.Execution {
		es, _, err := r.App.Store.ListExecutions(ctx, r.ProjectID, "slowcron", models.ListOptions{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		return es
	}
	waitRows := func(what string, cond func([]models.Execution) bool) []models.Execution {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for {
			es := rows()
			if cond(es) {
				return es
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s: %+v", what, es)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	trigger := func() {
		t.Helper()
		if err := h.Trigger(ctx, sdkclient.ScheduleTriggerOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	trigger()
	waitRows("the first fire to run", func(es []models.Execution) bool {
		return len(es) == 1 && es[0].Status == models.ExecutionProcessing
	})
	trigger() // while the first runs
	deadline := time.Now().Add(30 * time.Second)
	for {
		d, err := h.Describe(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d.Info.NumActionsSkippedOverlap == 1 && d.Info.NumActions == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("second fire during the first: %d actions, %d skipped for overlap", d.Info.NumActions, d.Info.NumActionsSkippedOverlap)
		}
		time.Sleep(100 * time.Millisecond)
	}
	waitRows("the first fire to finish", func(es []models.Execution) bool {
		return len(es) == 1 && es[0].Status == models.ExecutionCompleted
	})
	// Its workflow closes a moment after the row is recorded.
	deadline = time.Now().Add(30 * time.Second)
	for {
		d, err := h.Describe(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Info.RunningWorkflows) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the first fire's workflow still runs: %v", d.Info.RunningWorkflows)
		}
		time.Sleep(100 * time.Millisecond)
	}
	trigger() // after it: runs
	waitRows("the fire after the first to finish", func(es []models.Execution) bool {
		return len(es) == 2 && es[0].Status == models.ExecutionCompleted && es[1].Status == models.ExecutionCompleted
	})
}

// recordHistory writes a workflow's history to workflows/testdata for the
// replay tests when FNFLOW_RECORD_HISTORY is set.
func recordHistory(t *testing.T, r *testenv.Running, workflowID, file string) {
	if os.Getenv("FNFLOW_RECORD_HISTORY") == "" {
		return
	}
	ctx := context.Background()
	it := r.App.Temporal.GetWorkflowHistory(ctx, workflowID, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	h := &historypb.History{}
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		h.Events = append(h.Events, ev)
	}
	b, err := protojson.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("../workflows/testdata/"+file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	// The replay needs the original workflow ID (cron fires derive their
	// execution ID from it).
	if err := os.WriteFile("../workflows/testdata/"+strings.TrimSuffix(file, ".json")+".id", []byte(workflowID), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestExecutionStuckSweeper(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { stuckSweeper(t, driver) })
	}
}

func stuckSweeper(t *testing.T, driver string) {
	// API only: a worker would run its own sweeper at start and race this one.
	r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal, Roles: &app.Roles{API: true}})
	c := newClient(t, r)
	if res := c.do("POST", "/v1/functions", map[string]any{"functionId": "stuck", "name": "s", "runtime": "node-18.0", "timeout": 5}, nil); res.Status != 201 {
		t.Fatalf("create: %s", res.Body)
	}
	ctx := context.Background()
	old := models.Now().Add(-10 * time.Minute)
	e := &models.Execution{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: "stuck", Trigger: models.TriggerHTTP,
		Status: models.ExecutionProcessing, RequestMethod: "POST", RequestPath: "/", CreatedAt: old, UpdatedAt: old}
	if err := r.App.Store.CreateExecution(ctx, e); err != nil {
		t.Fatal(err)
	}
	// A run that is still within its time reads as processing.
	now := models.Now()
	fresh := &models.Execution{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: "stuck", Trigger: models.TriggerHTTP,
		Status: models.ExecutionProcessing, RequestMethod: "POST", RequestPath: "/", CreatedAt: now, UpdatedAt: now}
	if err := r.App.Store.CreateExecution(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	// Reads report it failed before anything is persisted, and list filters
	// on status agree with what reads show.
	if got := c.do("GET", "/v1/functions/stuck/executions/"+e.ID, nil, nil).JSON(t); got["status"] != "failed" {
		t.Fatalf("read of a stuck execution: %v", got)
	}
	for q, want := range map[string]string{
		`{"method":"equal","attribute":"status","values":["failed"]}`:                   e.ID,
		`{"method":"equal","attribute":"status","values":["processing"]}`:               fresh.ID,
		`{"method":"notEqual","attribute":"status","values":["failed"]}`:                fresh.ID,
		`{"method":"equal","attribute":"status","values":["completed","failed"]}`:       e.ID,
		`{"method":"startsWith","attribute":"status","values":["fail"]}`:                e.ID,
		`{"method":"equal","attribute":"status","values":["waiting","processing","x"]}`: fresh.ID,
	} {
		l := listExecutions(t, c, "stuck", q)
		if len(l) != 1 || l[0]["$id"] != want {
			t.Errorf("list %s: %v, want only %s", q, l, want)
		}
	}
	sw := &worker.Sweeper{C: r.App.Temporal, Store: r.App.Store, Cfg: r.Config, Log: slog.Default()}
	n, err := sw.Sweep(ctx)
	if err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}
	got, err := r.App.Store.GetExecution(ctx, r.ProjectID, "stuck", e.ID)
	if err != nil || got.Status != models.ExecutionFailed || !strings.Contains(got.Errors, "lost") {
		t.Fatalf("after sweep: %+v %v", got, err)
	}
}

func TestExecutionSyncTimeout(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Executions.SyncTimeout = time.Second })
	c := newClient(t, r)
	seedFunction(t, r, c, "long", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 10})
	c.do("POST", "/v1/functions/long/executions", map[string]any{}, nil) // warm (may itself exceed the cap when cold)
	wantError(t, c.do("POST", "/v1/functions/long/executions", map[string]any{"path": "/?sleep=2000"}, nil), 408, "function_synchronous_timeout")
	// The run still finishes and is recorded (without the sync-only body).
	deadline := time.Now().Add(20 * time.Second)
	for {
		res := c.do("GET", "/v1/functions/long/executions", nil, nil).JSON(t)
		l, _ := res["executions"].([]any)
		n := 0
		for _, e := range l {
			if e.(map[string]any)["status"] == "completed" && e.(map[string]any)["responseBody"] == "" {
				n++
			}
		}
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out sync execution not recorded: %v", res)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
