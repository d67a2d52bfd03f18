package docker

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a log destination safe for the pool's goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// lines parses the JSON log lines written so far.
func (b *lockedBuffer) lines(t *testing.T) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(b.buf.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not a JSON log line: %q: %v", l, err)
		}
		out = append(out, m)
	}
	return out
}

// TestPoolLogLinesNameTheOwner: with JSON logs (log.format json is slog's
// JSON handler), every pool line about a deployment's container (cold
// start, idle retirement, invalidation, removal of a deleted owner) carries
// its project_id, function_id and deployment_id.
func TestPoolLogLinesNameTheOwner(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	var out lockedBuffer
	log := slog.New(slog.NewJSONHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	p := newTestPool(t, eng, PoolOptions{Logger: log, IdleTimeout: 5 * time.Second, JanitorInterval: 100 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	idle, invalidated, removed := testSpec(t, "logidle"), testSpec(t, "loginval"), testSpec(t, "logrm")
	specs := map[string]RuntimeSpec{}
	for _, s := range []RuntimeSpec{idle, invalidated, removed} {
		specs[s.DeploymentID] = s
	}
	// Each removal right after its cold start, well within IdleTimeout.
	execOK(t, p, invalidated, Request{Path: "/"})
	if err := p.Invalidate(ctx, invalidated.DeploymentID); err != nil {
		t.Fatal(err)
	}
	execOK(t, p, removed, Request{Path: "/"})
	if n, err := p.RemoveOwner(ctx, removed.owner(), time.Time{}); err != nil || n != 1 {
		t.Fatalf("RemoveOwner: %d, %v", n, err)
	}
	execOK(t, p, idle, Request{Path: "/"})
	eventually(t, 30*time.Second, "the idle container to be retired", func() bool {
		return containersOf(t, eng, idle.DeploymentID) == 0
	})

	// Which message was logged for which deployment.
	seen := map[string]map[string]bool{}
	containers := map[string]string{} // container ID -> deployment ID
	lines := out.lines(t)
	for _, l := range lines {
		if d, _ := l["deployment_id"].(string); d != "" {
			if c, _ := l["container_id"].(string); c != "" {
				containers[c] = d
			}
		}
	}
	for _, l := range lines {
		msg, _ := l["msg"].(string)
		d, _ := l["deployment_id"].(string)
		if c, _ := l["container_id"].(string); d == "" && c != "" {
			d = containers[c]
			if d != "" {
				t.Errorf("line %q names container %s of deployment %s but no deployment_id: %v", msg, c, d, l)
			}
		}
		s, ours := specs[d]
		if !ours {
			continue
		}
		if l["project_id"] != s.ProjectID || l["function_id"] != s.FunctionID {
			t.Errorf("line %q of deployment %s: project_id %v, function_id %v, want %s, %s: %v",
				msg, d, l["project_id"], l["function_id"], s.ProjectID, s.FunctionID, l)
		}
		if seen[d] == nil {
			seen[d] = map[string]bool{}
		}
		seen[d][msg] = true
	}
	for d, msgs := range map[string][]string{
		idle.DeploymentID:        {"runtime container ready", "retiring runtime container"},
		invalidated.DeploymentID: {"runtime container ready", "invalidating deployment"},
		removed.DeploymentID:     {"runtime container ready", "removed containers of a deleted owner"},
	} {
		for _, m := range msgs {
			if !seen[d][m] {
				t.Errorf("no %q line for deployment %s; its lines: %v", m, d, seen[d])
			}
		}
	}
}
