package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
)

// nodeAttempts logs when it starts and ends (ms), sleeps ?sleep=N ms,
// logs its body when the trigger is event, throws while its attempt (x-fnflow-attempt) is below ?throwUntil, answers
// 500 while it is below ?failUntil, and answers its attempt and request.
const nodeAttempts = `module.exports = async (context) => {
  const q = context.req.query || {};
  const attempt = Number(context.req.headers['x-fnflow-attempt'] || 0);
  context.log('start=' + Date.now());
  if (q.sleep) await new Promise((r) => setTimeout(r, Number(q.sleep)));
  context.log('end=' + Date.now());
  if (context.req.headers['x-appwrite-trigger'] === 'event') context.log('body=' + context.req.bodyText);
  if (q.throwUntil && attempt < Number(q.throwUntil)) throw new Error('boom on attempt ' + attempt);
  if (q.failUntil && attempt < Number(q.failUntil)) return context.res.text('failed attempt ' + attempt, 500);
  return context.res.json({ attempt, method: context.req.method, path: context.req.path, body: context.req.bodyText,
    headers: context.req.headers });
};
`

func decodeBody(t *testing.T, m map[string]any) map[string]any {
	t.Helper()
	var out map[string]any
	if err := json.Unmarshal([]byte(m["responseBody"].(string)), &out); err != nil {
		t.Fatalf("response body %q: %v", m["responseBody"], err)
	}
	return out
}

// TestDurableFunctionFields: the extension fields are on the Function
// model with their defaults, are checked, and an update that leaves them
// out (an official SDK's) keeps them.
func TestDurableFunctionFields(t *testing.T) {
	r, c := startApp(t, nil)
	_ = r
	res := c.do("POST", "/v1/functions", map[string]any{"functionId": "f1", "name": "f1", "runtime": "node-18.0"}, nil)
	m := res.JSON(t)
	if res.Status != 201 || m["retries"] != 0.0 || m["retryDelay"] != 5.0 || m["maxConcurrency"] != 0.0 || m["failureFunctionId"] != "" {
		t.Fatalf("defaults: %d %v", res.Status, m)
	}
	for _, bad := range []map[string]any{{"retries": 21}, {"retries": -1}, {"retryDelay": 3601}, {"maxConcurrency": -1}, {"failureFunctionId": "bad id!"}} {
		body := map[string]any{"name": "f1"}
		for k, v := range bad {
			body[k] = v
		}
		if res := c.do("PUT", "/v1/functions/f1", body, nil); res.Status != 400 || !strings.Contains(string(res.Body), "general_argument_invalid") {
			t.Errorf("%v: %d %s", bad, res.Status, res.Body)
		}
	}
	res = c.do("PUT", "/v1/functions/f1", map[string]any{"name": "f1", "retries": 3, "retryDelay": 1, "maxConcurrency": 2, "failureFunctionId": "hook"}, nil)
	if m := res.JSON(t); m["retries"] != 3.0 || m["retryDelay"] != 1.0 || m["maxConcurrency"] != 2.0 || m["failureFunctionId"] != "hook" {
		t.Fatalf("update: %v", m)
	}
	res = c.do("PUT", "/v1/functions/f1", map[string]any{"name": "renamed"}, nil)
	if m := res.JSON(t); m["retries"] != 3.0 || m["retryDelay"] != 1.0 || m["maxConcurrency"] != 2.0 || m["failureFunctionId"] != "hook" {
		t.Fatalf("an update without the fields reset them: %v", m)
	}
}

// TestDurableRetries: a run that answers ≥ 500 or throws runs again, the
// function sees x-fnflow-attempt, each attempt's logs are kept marked by
// attempt, the execution shows attempts; a sync call gets the last
// attempt's answer. One that keeps failing ends failed after its last
// attempt.
func TestDurableRetries(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "retry", "node-18.0", "index.js", nodeAttempts, map[string]any{"retries": 2, "retryDelay": 1})

	// Sync: attempts 1 and 2 answer 500, attempt 3 succeeds.
	m := execute(t, c, "retry", map[string]any{"path": "/?failUntil=3"}, 201)
	if m["status"] != "completed" || m["responseStatusCode"] != 200.0 || m["attempts"] != 3.0 {
		t.Fatalf("sync retried execution: %v", m)
	}
	if b := decodeBody(t, m); b["attempt"] != 3.0 {
		t.Fatalf("answer of attempt %v, want 3", b["attempt"])
	}
	recordClosed(t, r, contract.ExecutionWorkflowID(r.ProjectID, m["$id"].(string)), "execution_durable_retry_sync.json")
	recordClosed(t, r, contract.ExecutionWorkflowID(r.ProjectID, m["$id"].(string)), "execution_policy_retry_sync.json")
	got := c.do("GET", "/v1/functions/retry/executions/"+m["$id"].(string), nil, nil).JSON(t)
	for i := 1; i <= 3; i++ {
		if n := strings.Count(got["logs"].(string), fmt.Sprintf("[fnflow attempt %d,", i)); n != 1 {
			t.Errorf("logs hold attempt %d's marker %d times: %q", i, n, got["logs"])
		}
	}
	if !strings.Contains(got["logs"].(string), "[fnflow attempt 1, status 500]") || strings.Count(got["logs"].(string), "start=") != 3 {
		t.Errorf("logs: %q", got["logs"])
	}

	// Async: attempt 1 throws, attempt 2 succeeds.
	m = execute(t, c, "retry", map[string]any{"async": true, "path": "/?throwUntil=2"}, 202)
	m = waitExecution(t, c, "retry", m["$id"].(string), time.Minute)
	if m["status"] != "completed" || m["attempts"] != 2.0 || !strings.Contains(m["errors"].(string), "boom on attempt 1") {
		t.Fatalf("async retried execution: %v", m)
	}

	// Always failing: failed after 3 attempts, every attempt's error kept.
	m = execute(t, c, "retry", map[string]any{"async": true, "path": "/?throwUntil=99"}, 202)
	m = waitExecution(t, c, "retry", m["$id"].(string), time.Minute)
	if m["status"] != "failed" || m["attempts"] != 3.0 || strings.Count(m["errors"].(string), "boom on attempt") != 3 {
		t.Fatalf("failing execution: %v", m)
	}

	// No retries (the default): one attempt, Appwrite's logs unmarked.
	seedFunction(t, r, c, "noretry", "node-18.0", "index.js", nodeAttempts, nil)
	m = execute(t, c, "noretry", map[string]any{"path": "/?failUntil=2"}, 201)
	if m["status"] != "failed" || m["attempts"] != 1.0 || strings.Contains(m["logs"].(string), "[fnflow attempt") {
		t.Fatalf("execution without retries: %v", m)
	}
}

// TestDurableRetriesSyncCap: a sync execution retries only while its
// caller waits (executions.sync_timeout): with a 15 s cap and 20 s delay the
// failed first attempt is the last.
func TestDurableRetriesSyncCap(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(cfg *config.Config) { cfg.Executions.SyncTimeout = 15 * time.Second })
	c := newClient(t, r)
	seedFunction(t, r, c, "capped", "node-18.0", "index.js", nodeAttempts, map[string]any{"retries": 5, "retryDelay": 20})
	m := execute(t, c, "capped", map[string]any{"path": "/?failUntil=9"}, 201)
	if m["status"] != "failed" || m["attempts"] != 1.0 {
		t.Fatalf("sync execution beyond its cap: %v", m)
	}
}

// TestDurableIdempotency: the same x-fnflow-idempotency-key for the same
// function returns the first execution (same ID), also when the requests
// race; another key or function runs again; a bad key is a 400.
func TestDurableIdempotency(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "idem", "node-18.0", "index.js", nodeAttempts, nil)
	seedFunction(t, r, c, "idem2", "node-18.0", "index.js", nodeAttempts, nil)
	const n = 8
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := c.do("POST", "/v1/functions/idem/executions", map[string]any{"async": true, "body": strconv.Itoa(i)},
				map[string]string{"x-fnflow-idempotency-key": "order-42"})
			if res.Status != 202 {
				t.Errorf("racing create: %d %s", res.Status, res.Body)
				return
			}
			ids[i] = res.JSON(t)["$id"].(string)
		}()
	}
	wg.Wait()
	for _, id := range ids {
		if id != ids[0] {
			t.Fatalf("racing creates with one key got several executions: %v", ids)
		}
	}
	m := waitExecution(t, c, "idem", ids[0], time.Minute)
	if m["status"] != "completed" {
		t.Fatalf("idempotent execution: %v", m)
	}
	// Later, sync, the same key: the first execution, not run again.
	res := c.do("POST", "/v1/functions/idem/executions", map[string]any{"body": "again"}, map[string]string{"x-fnflow-idempotency-key": "order-42"})
	if res.Status != 201 || res.JSON(t)["$id"] != ids[0] {
		t.Fatalf("repeated key: %d %s", res.Status, res.Body)
	}
	if l := c.do("GET", "/v1/functions/idem/executions", nil, nil).JSON(t); l["total"] != 1.0 {
		t.Fatalf("executions with one key: %v", l["total"])
	}
	other := c.do("POST", "/v1/functions/idem/executions", map[string]any{"async": true}, map[string]string{"x-fnflow-idempotency-key": "order-43"}).JSON(t)
	otherFn := c.do("POST", "/v1/functions/idem2/executions", map[string]any{"async": true}, map[string]string{"x-fnflow-idempotency-key": "order-42"}).JSON(t)
	if other["$id"] == ids[0] || otherFn["$id"] == ids[0] || other["$id"] == nil || otherFn["$id"] == nil {
		t.Fatalf("another key or function shared the execution: %v %v", other, otherFn)
	}
	for _, bad := range []string{strings.Repeat("k", 256), "has space"} {
		res := c.do("POST", "/v1/functions/idem/executions", map[string]any{"async": true}, map[string]string{"x-fnflow-idempotency-key": bad})
		if res.Status != 400 || !strings.Contains(string(res.Body), "general_argument_invalid") {
			t.Errorf("key %q: %d %s", bad, res.Status, res.Body)
		}
	}
}

// TestDurableReplay: replay runs the stored request of an execution again
// as a new one (sync, async, delayed), for http and event executions.
func TestDurableReplay(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(cfg *config.Config) { cfg.Executions.MinScheduleLead = 0 })
	c := newClient(t, r)
	seedFunction(t, r, c, "rep", "node-18.0", "index.js", nodeAttempts, map[string]any{"events": []string{"users.*.create"}})
	orig := execute(t, c, "rep", map[string]any{"method": "PUT", "path": "/items?x=1", "body": "payload-1",
		"headers": map[string]any{"x-custom": "v1", "content-type": "text/plain"}}, 201)
	origID := orig["$id"].(string)
	res := c.do("POST", "/v1/functions/rep/executions/"+origID+"/replay", map[string]any{}, nil)
	if res.Status != 201 {
		t.Fatalf("replay: %d %s", res.Status, res.Body)
	}
	m := res.JSON(t)
	b := decodeBody(t, m)
	hdrs := b["headers"].(map[string]any)
	if m["$id"] == origID || m["replayOf"] != origID || b["method"] != "PUT" || b["path"] != "/items" || b["body"] != "payload-1" ||
		hdrs["x-custom"] != "v1" || m["trigger"] != "http" {
		t.Fatalf("replay ran %v with %v", m, b)
	}
	m = c.do("POST", "/v1/functions/rep/executions/"+origID+"/replay", map[string]any{"async": true}, nil).JSON(t)
	if m = waitExecution(t, c, "rep", m["$id"].(string), time.Minute); m["status"] != "completed" || m["replayOf"] != origID {
		t.Fatalf("async replay: %v", m)
	}
	at := time.Now().Add(2 * time.Second).UTC().Format(time.RFC3339Nano)
	res = c.do("POST", "/v1/functions/rep/executions/"+origID+"/replay", map[string]any{"async": true, "scheduledAt": at}, nil)
	if m := res.JSON(t); res.Status != 202 || m["status"] != "scheduled" {
		t.Fatalf("delayed replay: %d %v", res.Status, m)
	} else if m = waitExecution(t, c, "rep", m["$id"].(string), time.Minute); m["status"] != "completed" {
		t.Fatalf("delayed replay: %v", m)
	}
	// An event execution replays with its event.
	ev := c.do("POST", "/v1/events", map[string]any{"event": "users.u1.create", "payload": map[string]any{"a": 1}}, nil).JSON(t)
	var evExec string
	deadline := time.Now().Add(time.Minute)
	for evExec == "" && time.Now().Before(deadline) {
		l := c.do("GET", "/v1/functions/rep/executions", nil, nil).JSON(t)
		for _, e := range l["executions"].([]any) {
			if e := e.(map[string]any); e["trigger"] == "event" && e["replayOf"] == "" {
				evExec = e["$id"].(string)
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if evExec == "" {
		t.Fatalf("event %v started no execution", ev)
	}
	waitExecution(t, c, "rep", evExec, time.Minute)
	m = c.do("POST", "/v1/functions/rep/executions/"+evExec+"/replay", map[string]any{}, nil).JSON(t)
	if b := decodeBody(t, m); m["trigger"] != "event" || b["body"] != `{"a":1}` || b["headers"].(map[string]any)["x-appwrite-event"] != "users.u1.create" {
		t.Fatalf("event replay: %v %v", m, b)
	}
	if res := c.do("POST", "/v1/functions/rep/executions/missing/replay", map[string]any{}, nil); res.Status != 404 {
		t.Fatalf("replay of an unknown execution: %d %s", res.Status, res.Body)
	}
	if res := c.do("POST", "/v1/functions/rep/executions/"+origID+"/replay", map[string]any{"scheduledAt": at}, nil); res.Status != 400 {
		t.Fatalf("sync delayed replay: %d %s", res.Status, res.Body)
	}
}

var logTimes = regexp.MustCompile(`start=(\d+)\nend=(\d+)`)

// maxOverlap is the largest number of runs in flight at once, from the
// start and end times the runs logged.
func maxOverlap(t *testing.T, logs []string) int {
	t.Helper()
	type ev struct {
		at    int64
		delta int
	}
	var evs []ev
	for _, l := range logs {
		for _, m := range logTimes.FindAllStringSubmatch(l, -1) {
			s, _ := strconv.ParseInt(m[1], 10, 64)
			e, _ := strconv.ParseInt(m[2], 10, 64)
			evs = append(evs, ev{s, 1}, ev{e, -1})
		}
	}
	if len(evs) != 2*len(logs) {
		t.Fatalf("logs without start/end times: %q", logs)
	}
	sort.Slice(evs, func(i, j int) bool {
		return evs[i].at < evs[j].at || evs[i].at == evs[j].at && evs[i].delta < evs[j].delta
	})
	cur, top := 0, 0
	for _, e := range evs {
		cur += e.delta
		top = max(top, cur)
	}
	return top
}

// TestDurableConcurrency: 10 async executions of a 1-second function with
// maxConcurrency 2 all complete, waiting (status waiting) rather than
// failing, and never more than 2 run at once. A waiting one can be
// deleted (canceled): it never runs.
func TestDurableConcurrency(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "conc", "node-18.0", "index.js", nodeAttempts, map[string]any{"maxConcurrency": 2})
	var ids []string
	for range 10 {
		ids = append(ids, execute(t, c, "conc", map[string]any{"async": true, "path": "/?sleep=1000"}, 202)["$id"].(string))
	}
	// Right after: at most 2 run, the others wait (never fail for it).
	sawWaiting := false
	for _, id := range ids {
		if m := c.do("GET", "/v1/functions/conc/executions/"+id, nil, nil).JSON(t); m["status"] == "waiting" {
			sawWaiting = true
		}
	}
	var logs []string
	for _, id := range ids {
		for {
			m := c.do("GET", "/v1/functions/conc/executions/"+id, nil, nil).JSON(t)
			if m["status"] == "waiting" {
				sawWaiting = true
			}
			if m["status"] == "completed" || m["status"] == "failed" {
				if m["status"] != "completed" {
					t.Fatalf("execution %s: %v", id, m)
				}
				logs = append(logs, m["logs"].(string))
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	recordClosed(t, r, contract.ExecutionWorkflowID(r.ProjectID, ids[len(ids)-1]), "execution_durable_queued.json")
	if !sawWaiting {
		t.Error("no execution was seen waiting for a slot")
	}
	if n := maxOverlap(t, logs); n > 2 {
		t.Fatalf("%d runs overlapped with maxConcurrency 2", n)
	} else {
		t.Logf("at most %d runs at once", n)
	}
	wid := contract.ConcurrencyWorkflowID(r.ProjectID, "conc")
	if d, err := r.App.Temporal.DescribeWorkflowExecution(context.Background(), wid, ""); err != nil {
		t.Fatalf("the function's concurrency workflow: %v", err)
	} else if d.GetWorkflowExecutionInfo().GetType().GetName() != contract.ConcurrencyWorkflow {
		t.Fatalf("concurrency workflow type %v", d.GetWorkflowExecutionInfo().GetType())
	}

	// Cancel: maxConcurrency 1, a long run holds the slot; the next waits
	// and is deleted; it never runs, the slot goes on to the third.
	seedFunction(t, r, c, "conc1", "node-18.0", "index.js", nodeAttempts, map[string]any{"maxConcurrency": 1})
	hold := execute(t, c, "conc1", map[string]any{"async": true, "path": "/?sleep=3000"}, 202)["$id"].(string)
	waitStatus(t, c, "conc1", hold, "processing")
	queued := execute(t, c, "conc1", map[string]any{"async": true}, 202)["$id"].(string)
	third := execute(t, c, "conc1", map[string]any{"async": true}, 202)["$id"].(string)
	if st := c.do("GET", "/v1/functions/conc1/executions/"+queued, nil, nil).JSON(t)["status"]; st != "waiting" {
		t.Fatalf("queued execution: %v", st)
	}
	if res := c.do("DELETE", "/v1/functions/conc1/executions/"+hold, nil, nil); res.Status != 400 || !strings.Contains(string(res.Body), "execution_in_progress") {
		t.Fatalf("delete of a processing execution: %d %s", res.Status, res.Body)
	}
	if res := c.do("DELETE", "/v1/functions/conc1/executions/"+queued, nil, nil); res.Status != 204 {
		t.Fatalf("delete of a waiting execution: %d %s", res.Status, res.Body)
	}
	waitExecution(t, c, "conc1", hold, time.Minute)
	if m := waitExecution(t, c, "conc1", third, time.Minute); m["status"] != "completed" {
		t.Fatalf("the execution after the canceled one: %v", m)
	}
	if res := c.do("GET", "/v1/functions/conc1/executions/"+queued, nil, nil); res.Status != 404 {
		t.Fatalf("canceled execution: %d %s", res.Status, res.Body)
	}
	d, err := r.App.Temporal.DescribeWorkflowExecution(context.Background(), contract.ExecutionWorkflowID(r.ProjectID, queued), "")
	if err != nil || d.GetWorkflowExecutionInfo().GetStatus().String() != "Terminated" {
		t.Fatalf("canceled execution's workflow: %v %v", d.GetWorkflowExecutionInfo().GetStatus(), err)
	}
}

func waitStatus(t *testing.T, c *client, fid, id, status string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		m := c.do("GET", "/v1/functions/"+fid+"/executions/"+id, nil, nil).JSON(t)
		if m["status"] == status {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("execution %s: %v, never %s", id, m["status"], status)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestDurableCancelDelayed: a deleted delayed execution never fires.
func TestDurableCancelDelayed(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(cfg *config.Config) { cfg.Executions.MinScheduleLead = 0 })
	c := newClient(t, r)
	seedFunction(t, r, c, "later", "node-18.0", "index.js", nodeAttempts, nil)
	at := time.Now().Add(2 * time.Second).UTC().Format(time.RFC3339Nano)
	id := execute(t, c, "later", map[string]any{"async": true, "scheduledAt": at}, 202)["$id"].(string)
	if res := c.do("DELETE", "/v1/functions/later/executions/"+id, nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	wid := contract.ExecutionWorkflowID(r.ProjectID, id)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := r.App.Temporal.GetWorkflow(ctx, wid, "").Get(ctx, nil)
	d, derr := r.App.Temporal.DescribeWorkflowExecution(context.Background(), wid, "")
	if err == nil || derr != nil || d.GetWorkflowExecutionInfo().GetStatus().String() != "Terminated" {
		t.Fatalf("deleted delayed execution's workflow: %v %v %v", err, d.GetWorkflowExecutionInfo().GetStatus(), derr)
	}
	if l := c.do("GET", "/v1/functions/later/executions", nil, nil).JSON(t); l["total"] != 0.0 {
		t.Fatalf("executions: %v", l)
	}
}

// TestDurableFailureFunction: an execution that ends failed after its last
// attempt runs the failure function async with the failed Execution
// (without secrets) as JSON body and trigger event.
func TestDurableFailureFunction(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "hook", "node-18.0", "index.js", nodeAttempts, map[string]any{"failureFunctionId": "hook"})
	seedFunction(t, r, c, "fails", "node-18.0", "index.js", nodeAttempts, map[string]any{"retries": 1, "retryDelay": 1, "failureFunctionId": "hook"})
	failed := execute(t, c, "fails", map[string]any{"path": "/?failUntil=9", "headers": map[string]any{"x-secret-ish": "s3cr3t"}}, 201)
	if failed["status"] != "failed" || failed["attempts"] != 2.0 {
		t.Fatalf("failed execution: %v", failed)
	}
	var hook map[string]any
	deadline := time.Now().Add(time.Minute)
	for hook == nil {
		l := c.do("GET", "/v1/functions/hook/executions", nil, nil).JSON(t)
		if es := l["executions"].([]any); len(es) > 0 {
			hook = es[0].(map[string]any)
		} else if time.Now().After(deadline) {
			t.Fatal("the failure function did not run")
		}
		time.Sleep(200 * time.Millisecond)
	}
	hook = waitExecution(t, c, "hook", hook["$id"].(string), time.Minute)
	recordClosed(t, r, contract.ExecutionWorkflowID(r.ProjectID, failed["$id"].(string)), "execution_durable_failure_hook.json")
	_, body, ok := strings.Cut(hook["logs"].(string), "body=")
	if !ok {
		t.Fatalf("failure function logs: %q", hook["logs"])
	}
	body = strings.TrimSpace(body)
	var sent map[string]any
	if err := json.Unmarshal([]byte(body), &sent); err != nil {
		t.Fatalf("failure function body %q: %v", body, err)
	}
	if hook["trigger"] != "event" || hook["failureOf"] != failed["$id"] || sent["$id"] != failed["$id"] || sent["status"] != "failed" ||
		sent["attempts"] != 2.0 || sent["functionId"] != "fails" {
		t.Fatalf("failure function run %v with %v", hook, sent)
	}
	if s := body; strings.Contains(s, "s3cr3t") || strings.Contains(s, "x-appwrite-key") || strings.Contains(s, "jwt") {
		t.Fatalf("the failed execution sent to the failure function holds secrets: %s", s)
	}
}

// TestDurableVisibilityQueries runs the README's Temporal queries through
// the visibility API (what the Temporal UI and CLI filter with): no
// backticks needed; what failed in the last hour; everything a function
// ran; all retries. Each workflow has its one-line summary.
func TestDurableVisibilityQueries(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "vis", "node-18.0", "index.js", nodeAttempts, map[string]any{"retries": 1, "retryDelay": 1})
	ok := execute(t, c, "vis", map[string]any{"path": "/ok"}, 201)
	retried := execute(t, c, "vis", map[string]any{"path": "/?failUntil=2"}, 201)
	failed := execute(t, c, "vis", map[string]any{"path": "/?failUntil=9"}, 201)
	if ok["status"] != "completed" || retried["attempts"] != 2.0 || failed["status"] != "failed" {
		t.Fatalf("executions: %v %v %v", ok, retried, failed)
	}
	wid := func(m map[string]any) string { return contract.ExecutionWorkflowID(r.ProjectID, m["$id"].(string)) }
	hourAgo := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	for _, q := range []struct {
		query string
		want  []string
	}{
		{"ExecutionTrigger = 'http' AND FunctionId = 'vis'", []string{wid(ok), wid(retried), wid(failed)}},
		{"ExecutionOutcome = 'failed' AND CloseTime > '" + hourAgo + "' AND ProjectId = '" + r.ProjectID + "'", []string{wid(failed)}},
		{"FunctionId = 'vis' AND ProjectId = '" + r.ProjectID + "'", []string{wid(ok), wid(retried), wid(failed)}},
		{"ExecutionAttempts > 1 AND ProjectId = '" + r.ProjectID + "'", []string{wid(retried), wid(failed)}},
	} {
		deadline := time.Now().Add(30 * time.Second)
		for {
			got := visibleIDs(t, r, q.query)
			slices.Sort(got)
			want := slices.Clone(q.want)
			slices.Sort(want)
			if slices.Equal(got, want) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s finds %v, want %v", q.query, got, want)
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	d, err := r.App.Temporal.DescribeWorkflowExecution(context.Background(), wid(failed), "")
	if err != nil {
		t.Fatal(err)
	}
	var summary string
	if p := d.GetExecutionConfig().GetUserMetadata().GetSummary(); p != nil {
		_ = json.Unmarshal(p.GetData(), &summary)
	}
	if want := "execution of vis (http): POST /?failUntil=9"; summary != want {
		t.Fatalf("static summary %q, want %q", summary, want)
	}
	// The schedule shows its cron expression as written (its spec holds
	// only the calendars it expands to).
	if res := c.do("PUT", "/v1/functions/vis", map[string]any{"name": "vis", "schedule": "*/5 * * * *"}, nil); res.Status != 200 {
		t.Fatalf("set schedule: %d %s", res.Status, res.Body)
	}
	sd, err := r.App.Temporal.ScheduleClient().GetHandle(context.Background(), contract.ScheduleID(r.ProjectID, "vis")).Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if note := sd.Schedule.State.Note; note != "cron: */5 * * * *" {
		t.Fatalf("schedule note %q", note)
	}
}

// recordClosed records a workflow's history (FNFLOW_RECORD_HISTORY) once
// it has closed.
func recordClosed(t *testing.T, r *testenv.Running, workflowID, file string) {
	if os.Getenv("FNFLOW_RECORD_HISTORY") == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_ = r.App.Temporal.GetWorkflow(ctx, workflowID, "").Get(ctx, nil)
	recordHistory(t, r, workflowID, file)
}
