package server_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/server"
)

// nodeEventLogger logs what an event-triggered function receives.
const nodeEventLogger = `module.exports = async (context) => {
  const h = context.req.headers;
  context.log(JSON.stringify({ trigger: h['x-appwrite-trigger'], event: h['x-appwrite-event'], ua: h['user-agent'],
    ct: h['content-type'], method: context.req.method, path: context.req.path, body: context.req.bodyJson }));
  return context.res.empty();
};
`

// listExecutions returns a function's executions (newest first), with
// extra queries if given.
func listExecutions(t *testing.T, c *client, fid string, queries ...string) []map[string]any {
	t.Helper()
	qs := "?queries[]=" + url.QueryEscape(`{"method":"orderDesc","attribute":"$createdAt"}`)
	for _, q := range queries {
		qs += "&queries[]=" + url.QueryEscape(q)
	}
	res := c.do("GET", "/v1/functions/"+fid+"/executions"+qs, nil, nil)
	if res.Status != 200 {
		t.Fatalf("list executions of %s: %d %s", fid, res.Status, res.Body)
	}
	var out struct {
		Executions []map[string]any `json:"executions"`
	}
	if err := json.Unmarshal(res.Body, &out); err != nil {
		t.Fatal(err)
	}
	return out.Executions
}

// TestEventTriggeredFunctions posts an event and checks that exactly the
// enabled functions whose patterns match run, once each, with the event as
// their request; that posting it again changes nothing; and that bad events
// are refused.
func TestEventTriggeredFunctions(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	if activities.EventUserAgent != "Appwrite/"+server.APIVersion {
		t.Fatalf("EventUserAgent %q does not follow APIVersion %q", activities.EventUserAgent, server.APIVersion)
	}
	r := startExecApp(t, nil)
	c := newClient(t, r)
	oncreate := seedFunction(t, r, c, "oncreate", "node-18.0", "index.js", nodeEventLogger, map[string]any{"events": []string{"users.*.create"}})
	seedFunction(t, r, c, "onany", "node-18.0", "index.js", nodeEventLogger, map[string]any{"events": []string{"teams.*", "users.u1"}})
	seedFunction(t, r, c, "ondelete", "node-18.0", "index.js", nodeEventLogger, map[string]any{"events": []string{"users.*.delete"}})
	seedFunction(t, r, c, "disabled", "node-18.0", "index.js", nodeEventLogger, map[string]any{"events": []string{"users.*.create"}, "enabled": false})
	seedFunction(t, r, c, "noevents", "node-18.0", "index.js", nodeEventLogger, nil)

	post := map[string]any{"eventId": "ev1", "event": "users.u1.create", "payload": map[string]any{"name": "Ada", "n": 1}}
	res := c.do("POST", "/v1/events", post, nil)
	if res.Status != 202 {
		t.Fatalf("post event: %d %s", res.Status, res.Body)
	}
	ev := res.JSON(t)
	if ev["$id"] != "ev1" || ev["event"] != "users.u1.create" || !strings.Contains(string(res.Body), `"users.*.create"`) {
		t.Fatalf("event answer: %s", res.Body)
	}
	// The dispatch workflow reports the executions it started.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var runs []contract.EventRun
	if err := r.App.Temporal.GetWorkflow(ctx, contract.EventWorkflowID(r.ProjectID, "ev1"), "").Get(ctx, &runs); err != nil {
		t.Fatalf("event workflow: %v", err)
	}
	got := map[string]string{}
	for _, run := range runs {
		got[run.FunctionID] = run.ExecutionID
	}
	if len(runs) != 2 || got["oncreate"] == "" || got["onany"] == "" {
		t.Fatalf("event started %+v, want oncreate and onany", runs)
	}
	for _, fid := range []string{"oncreate", "onany"} {
		e := waitExecution(t, c, fid, got[fid], time.Minute)
		if e["status"] != "completed" || e["trigger"] != "event" {
			t.Fatalf("%s: %v", fid, e)
		}
		var seen map[string]any
		line := strings.TrimSpace(e["logs"].(string))
		if err := json.Unmarshal([]byte(line), &seen); err != nil {
			t.Fatalf("%s logs %q: %v", fid, line, err)
		}
		body, _ := seen["body"].(map[string]any)
		if seen["trigger"] != "event" || seen["event"] != "users.u1.create" || seen["ua"] != activities.EventUserAgent ||
			seen["ct"] != "application/json" || seen["method"] != "POST" || seen["path"] != "/" || body["name"] != "Ada" {
			t.Fatalf("%s received %v", fid, seen)
		}
	}

	// The event's workflow and the runs it started are found in Temporal by
	// their search attributes.
	wantSearchable(t, r, contract.EventWorkflowID(r.ProjectID, "ev1"), map[string]string{"ProjectId": r.ProjectID, "ExecutionTrigger": "event"})
	wantSearchable(t, r, contract.ExecutionWorkflowID(r.ProjectID, got["oncreate"]),
		map[string]string{"ProjectId": r.ProjectID, "FunctionId": "oncreate", "DeploymentId": oncreate, "ExecutionTrigger": "event"})

	// The event shows the executions it started.
	res = c.do("GET", "/v1/events/ev1", nil, nil)
	if res.Status != 200 {
		t.Fatalf("get event: %d %s", res.Status, res.Body)
	}
	var shown struct {
		Event      string         `json:"event"`
		Payload    map[string]any `json:"payload"`
		Executions []struct {
			ID         string `json:"$id"`
			FunctionID string `json:"functionId"`
			Status     string `json:"status"`
		} `json:"executions"`
	}
	if err := json.Unmarshal(res.Body, &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Event != "users.u1.create" || shown.Payload["name"] != "Ada" || len(shown.Executions) != 2 {
		t.Fatalf("event shown: %s", res.Body)
	}
	for _, e := range shown.Executions {
		if got[e.FunctionID] != e.ID || e.Status != "completed" {
			t.Errorf("event execution %+v, want %v completed", e, got)
		}
	}
	wantError(t, c.do("GET", "/v1/events/nope", nil, nil), 404, "event_not_found")
	wantError(t, c.do("GET", "/v1/events/bad%20id", nil, nil), 404, "event_not_found")

	// The same event again (a client retrying) runs nothing new; the same
	// ID with another payload is a conflict.
	if res := c.do("POST", "/v1/events", post, nil); res.Status != 202 {
		t.Fatalf("repost: %d %s", res.Status, res.Body)
	}
	changed := map[string]any{"eventId": "ev1", "event": "users.u1.create", "payload": map[string]any{"name": "Bob"}}
	wantError(t, c.do("POST", "/v1/events", changed, nil), 409, "event_already_exists")

	// A second event of another kind reaches only its subscriber.
	res = c.do("POST", "/v1/events", map[string]any{"event": "users.u2.delete"}, nil)
	if res.Status != 202 {
		t.Fatalf("post delete event: %d %s", res.Status, res.Body)
	}
	runs = nil
	if err := r.App.Temporal.GetWorkflow(ctx, contract.EventWorkflowID(r.ProjectID, res.JSON(t)["$id"].(string)), "").Get(ctx, &runs); err != nil {
		t.Fatal(err)
	}
	if len(runs) != 1 || runs[0].FunctionID != "ondelete" {
		t.Fatalf("delete event started %+v", runs)
	}
	waitExecution(t, c, "ondelete", runs[0].ExecutionID, time.Minute)
	for fid, want := range map[string]int{"oncreate": 1, "onany": 1, "ondelete": 1, "disabled": 0, "noevents": 0} {
		if n := len(listExecutions(t, c, fid)); n != want {
			t.Errorf("%s has %d executions, want %d", fid, n, want)
		}
	}

	bad := []struct {
		name string
		body map[string]any
	}{
		{"missing event", map[string]any{"payload": map[string]any{}}},
		{"function event", map[string]any{"event": "functions.oncreate.create"}},
		{"wildcard", map[string]any{"event": "users.*.create"}},
		{"unknown family", map[string]any{"event": "planets.p1.create"}},
		{"empty segment", map[string]any{"event": "users..create"}},
		{"bad id", map[string]any{"eventId": "bad id!", "event": "users.u1.create"}},
		{"event not a string", map[string]any{"event": 5}},
	}
	for _, b := range bad {
		wantError(t, c.do("POST", "/v1/events", b.body, nil), 400, "general_argument_invalid")
	}
	guest := &client{t: t, r: r, hdr: map[string]string{"X-Appwrite-Project": r.ProjectID, "Content-Type": "application/json"}}
	wantError(t, guest.do("POST", "/v1/events", post, nil), 401, "general_unauthorized_scope")
}
