package server_test

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
)

// TestFunctionInstances: minInstances and maxInstances (fnflow extensions)
// are checked, stored and shown; concurrent CPU-bound executions of a
// function allowed several instances run on more than one container (never
// more than its maximum); after scale_down_after only its minimum stays;
// deleting the function leaves no container behind.
func TestFunctionInstances(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) {
		c.Docker.ScaleDownAfter = 2 * time.Second
		c.Docker.IdleTimeout = 4 * time.Second
	})
	c := newClient(t, r)
	for _, bad := range []map[string]any{{"minInstances": -1}, {"maxInstances": 1000}, {"minInstances": 3, "maxInstances": 2}, {"minInstances": "x"}} {
		body := map[string]any{"functionId": "bad", "name": "bad", "runtime": "node-18.0"}
		for k, v := range bad {
			body[k] = v
		}
		if res := c.do("POST", "/v1/functions", body, nil); res.Status != 400 {
			t.Fatalf("create with %v: %d %s", bad, res.Status, res.Body)
		}
	}
	did := seedFunction(t, r, c, "inst", "node-18.0", "index.js", cpuCode, map[string]any{"minInstances": 1, "maxInstances": 3, "timeout": 60})
	res := c.do("GET", "/v1/functions/inst", nil, nil)
	if m := res.JSON(t); m["minInstances"] != float64(1) || m["maxInstances"] != float64(3) {
		t.Fatalf("function shows minInstances %v maxInstances %v", m["minInstances"], m["maxInstances"])
	}
	// An update without the extension fields (as official SDKs send it)
	// keeps them.
	if res := c.do("PUT", "/v1/functions/inst", map[string]any{"name": "inst", "timeout": 60}, nil); res.Status != 200 {
		t.Fatalf("update: %d %s", res.Status, res.Body)
	} else if m := res.JSON(t); m["minInstances"] != float64(1) || m["maxInstances"] != float64(3) {
		t.Fatalf("an update without them reset minInstances %v maxInstances %v", m["minInstances"], m["maxInstances"])
	}
	if m := execute(t, c, "inst", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("first execution: %v %q", m["status"], m["errors"])
	}
	var wg sync.WaitGroup
	// 12 runs of 1 s each: on one container they would take 12 s, much
	// longer than a cold start even on a loaded machine, so the scale-up
	// happens while they run.
	statuses := make([]int, 12)
	for i := range statuses {
		wg.Go(func() {
			res := c.do("POST", "/v1/functions/inst/executions", map[string]any{}, nil)
			var m map[string]any
			if json.Unmarshal(res.Body, &m) == nil && m["status"] == "completed" {
				statuses[i] = res.Status
			}
		})
	}
	peak := 0
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for waiting := true; waiting; {
		select {
		case <-done:
			waiting = false
		case <-time.After(100 * time.Millisecond):
		}
		peak = max(peak, r.App.Pool.Instances(did))
	}
	if slices.ContainsFunc(statuses, func(s int) bool { return s != 201 }) {
		t.Fatalf("concurrent executions: %v", statuses)
	}
	if peak < 2 || peak > 3 {
		for _, l := range strings.Split(r.Logs.String(), "\n") {
			if strings.Contains(l, "container") || strings.Contains(l, "sync execution") {
				t.Log(l)
			}
		}
		t.Fatalf("peak of %d instances for 12 concurrent CPU-bound executions, want 2..3 (maxInstances 3)", peak)
	}
	// Scale-down to the minimum (1), which stays past the idle timeout.
	deadline := time.Now().Add(30 * time.Second)
	for len(runtimeContainers(t, r, "inst", did)) != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("%d containers 30 s after the burst, want the minimum 1", len(runtimeContainers(t, r, "inst", did)))
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(6 * time.Second)
	if n := len(runtimeContainers(t, r, "inst", did)); n != 1 {
		t.Fatalf("%d containers after the idle timeout, want the minimum 1", n)
	}
	if res := c.do("DELETE", "/v1/functions/inst", nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	deadline = time.Now().Add(30 * time.Second)
	for len(runtimeContainers(t, r, "inst", "")) != 0 {
		if time.Now().After(deadline) {
			t.Fatal("containers left behind after the function was deleted")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// cpuCode spins for 1 s: one request at a time per Node.js process.
const cpuCode = `module.exports = async (context) => { const end = Date.now() + 1000; let x = 0; while (Date.now() < end) { x++; } return context.res.json({ x }); };`
