package server_test

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

// TestFaultDockerContainersRemoved removes every container of the instance
// by hand (as an operator's `docker rm -f`, or a daemon restart, would) in
// the middle of async load: each run in flight is retried or failed with a
// clear message, none stays processing, the warm pool is rebuilt for the
// next call, and no container is left behind (testenv checks at stop).
func TestFaultDockerContainersRemoved(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	seedFunction(t, r, c, "dk", "node-18.0", "index.js", nodeCounted, map[string]any{"timeout": 60})
	execute(t, c, "dk", map[string]any{"body": "warm"}, 201)
	const n = 8
	var ids []string
	for i := range n {
		m := execute(t, c, "dk", map[string]any{"async": true, "body": fmt.Sprint(i), "path": "/?sleep=3000"}, 202)
		ids = append(ids, m["$id"].(string))
	}
	deadline := time.Now().Add(30 * time.Second)
	for storeStatuses(t, r, "dk", ids)[models.ExecutionProcessing] == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no execution processing after 30s: %v", storeStatuses(t, r, "dk", ids))
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(time.Second) // the runs are in the warm container
	victims := strings.Fields(containersOf(t, "fnflow.owner", r.Config.Docker.InstanceID))
	if len(victims) == 0 {
		t.Fatal("no container to remove")
	}
	t.Logf("statuses when %d containers were removed: %v", len(victims), storeStatuses(t, r, "dk", ids))
	if out, err := exec.Command("docker", append([]string{"rm", "-f", "-v"}, victims...)...).CombinedOutput(); err != nil {
		t.Fatalf("docker rm: %v\n%s", err, out)
	}
	final := waitAllTerminal(t, r, "dk", ids, 120*time.Second)
	t.Logf("statuses after the removal: %v", final)
	for _, id := range ids {
		m := c.do("GET", "/v1/functions/dk/executions/"+id, nil, nil).JSON(t)
		errs := fmt.Sprint(m["errors"])
		switch {
		case m["status"] == "completed" && strings.Contains(fmt.Sprint(m["logs"]), "runs 1"):
		case m["status"] == "failed" && strings.Contains(errs, "Error Code: 500") && !strings.Contains(errs, "container") && !strings.Contains(errs, "127.0.0.1"):
		default:
			t.Errorf("execution %s after the removal: %v, logs %q, errors %q", id, m["status"], m["logs"], errs)
		}
	}
	// The pool is rebuilt: a new call runs.
	if m := execute(t, c, "dk", map[string]any{"body": "after"}, 201); m["status"] != "completed" {
		t.Fatalf("execution after the removal: %v (errors %q)", m["status"], m["errors"])
	}
	for _, id := range victims {
		if out, _ := exec.Command("docker", "ps", "-aq", "--filter", "id="+id).Output(); len(strings.TrimSpace(string(out))) > 0 {
			t.Errorf("removed container %s is back", id)
		}
	}
	if res := c.do("GET", "/v1/functions/dk/executions", nil, nil).JSON(t); res["total"] != float64(n+2) {
		t.Fatalf("executions: total %v, want %d", res["total"], n+2)
	}
}
