package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/models"
)

// TestDurableKill9 kills `fnflow serve` (API and the only worker) with
// SIGKILL while, at once, an execution waits in its retry backoff, a
// concurrency queue holds executions waiting for their slot, and requests
// with one idempotency key race; it starts fnflow again and expects nothing
// lost and nothing run twice: the retried execution completes on its
// second attempt (two attempt markers, two runs), every queued execution
// completes after one run and never more than maxConcurrency overlap, and
// the key names one execution, which completes.
func TestDurableKill9(t *testing.T) {
	r, p := startDurable(t, func(c *config.Config) { c.Executions.MinScheduleLead = 0 })
	c := newClient(t, r)
	// timeout 60: a run in flight at the kill is retried after the 10 s
	// heartbeat timeout; reads must not take its row for stuck meanwhile.
	seedFunction(t, r, c, "backoff", "node-18.0", "index.js", nodeAttempts, map[string]any{"timeout": 60, "retries": 1, "retryDelay": 6})
	seedFunction(t, r, c, "queue", "node-18.0", "index.js", nodeAttempts, map[string]any{"timeout": 60, "maxConcurrency": 1})
	seedFunction(t, r, c, "race", "node-18.0", "index.js", nodeAttempts, map[string]any{"timeout": 60})

	// Retry backoff: attempt 1 fails, attempt 2 is 6 s later.
	backoff := execute(t, c, "backoff", map[string]any{"async": true, "path": "/?failUntil=2"}, 202)["$id"].(string)
	// Concurrency queue: one slot, four executions of 1 s.
	var queued []string
	for range 4 {
		queued = append(queued, execute(t, c, "queue", map[string]any{"async": true, "path": "/?sleep=1000"}, 202)["$id"].(string))
	}
	// Wait until the backoff execution is between its attempts (recorded
	// as scheduled for attempt 2).
	deadline := time.Now().Add(60 * time.Second)
	for {
		e, err := r.App.Store.GetExecution(context.Background(), r.ProjectID, "backoff", backoff)
		if err != nil {
			t.Fatal(err)
		}
		if e.Status == models.ExecutionScheduled && e.Attempts == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("backoff execution never between attempts: %s, %d attempts", e.Status, e.Attempts)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Idempotent race: eight requests with one key, the kill lands among
	// them.
	var wg sync.WaitGroup
	raceIDs := make(chan string, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Requests the kill cuts fail; those answered name the execution.
			req, _ := http.NewRequest("POST", r.URL+"/v1/functions/race/executions", strings.NewReader(`{"async":true,"body":"`+strconv.Itoa(i)+`"}`))
			for k, v := range c.hdr {
				req.Header.Set(k, v)
			}
			req.Header.Set("x-fnflow-idempotency-key", "kill-race")
			res, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
			if err != nil {
				return
			}
			defer res.Body.Close()
			var m map[string]any
			if res.StatusCode == 202 && json.NewDecoder(res.Body).Decode(&m) == nil {
				raceIDs <- m["$id"].(string)
			}
		}()
	}
	time.Sleep(30 * time.Millisecond)
	st := storeStatuses(t, r, "queue", queued)
	p.kill()
	killedAt := time.Now()
	wg.Wait()
	close(raceIDs)
	t.Logf("at SIGKILL: queue %v", st)
	if st[models.ExecutionWaiting] == 0 {
		t.Fatalf("no execution waited in the concurrency queue at the kill: %v", st)
	}
	p.start()
	t.Logf("fnflow serve back %.1fs after the kill", time.Since(killedAt).Seconds())

	// The key names one execution: the answers before the kill, and one
	// asked for again now (which starts it, should the kill have come
	// between storing it and starting its workflow).
	var raceID string
	for id := range raceIDs {
		if raceID != "" && id != raceID {
			t.Fatalf("one idempotency key, two executions: %s %s", raceID, id)
		}
		raceID = id
	}
	deadline = time.Now().Add(90 * time.Second)
	for {
		res := c.do("POST", "/v1/functions/race/executions", map[string]any{"async": true}, map[string]string{"x-fnflow-idempotency-key": "kill-race"})
		if res.Status != 202 {
			t.Fatalf("key after the kill: %d %s", res.Status, res.Body)
		}
		m := res.JSON(t)
		if raceID != "" && m["$id"] != raceID {
			t.Fatalf("one idempotency key, two executions: %s %s", raceID, m["$id"])
		}
		raceID = m["$id"].(string)
		if m["status"] == "completed" {
			break
		}
		if m["status"] == "failed" || time.Now().After(deadline) {
			t.Fatalf("idempotent execution after the kill: %v (errors %q)", m["status"], m["errors"])
		}
		time.Sleep(2 * time.Second)
	}
	if l := c.do("GET", "/v1/functions/race/executions", nil, nil).JSON(t); l["total"] != 1.0 {
		t.Fatalf("executions of the raced key: %v", l["total"])
	}
	m := waitExecution(t, c, "race", raceID, time.Minute)
	if strings.Count(m["logs"].(string), "start=") != 1 {
		t.Fatalf("the raced execution ran more than once: %q", m["logs"])
	}

	// The retry backoff outlived the kill: attempt 2 ran once.
	m = waitExecution(t, c, "backoff", backoff, 90*time.Second)
	logs := m["logs"].(string)
	if m["status"] != "completed" || m["attempts"] != 2.0 || strings.Count(logs, "start=") != 2 ||
		strings.Count(logs, "[fnflow attempt 1,") != 1 || strings.Count(logs, "[fnflow attempt 2,") != 1 {
		t.Fatalf("execution in its backoff at the kill: %v %v, logs %q", m["status"], m["attempts"], logs)
	}

	// The queue outlived the kill: each waiting execution ran once, in
	// turn. (One running at the kill may run again: its activity is retried
	// after the heartbeat timeout.)
	var queueLogs []string
	for _, id := range queued {
		m := waitExecution(t, c, "queue", id, 2*time.Minute)
		if m["status"] != "completed" {
			t.Fatalf("queued execution %s after the kill: %v (errors %q)", id, m["status"], m["errors"])
		}
		queueLogs = append(queueLogs, m["logs"].(string))
		if n := strings.Count(m["logs"].(string), "start="); n != 1 {
			t.Logf("execution %s ran %d times (in flight at the kill)", id, n)
		}
	}
	runs := 0
	for _, l := range queueLogs {
		runs += strings.Count(l, "start=")
	}
	if runs > len(queued)+1 {
		t.Fatalf("%d runs for %d queued executions: some waiting one ran twice", runs, len(queued))
	}
	// The slot held across the kill stays held until that run is done.
	if n := maxOverlap(t, queueLogs); n > 1 {
		t.Fatalf("%d queued runs overlapped with maxConcurrency 1", n)
	}
	t.Logf("everything finished %.1fs after the kill", time.Since(killedAt).Seconds())
}
