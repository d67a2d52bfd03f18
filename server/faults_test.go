package server_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/worker"
)

// Fault-injection tests (issue 17): a dependency goes away in the middle of
// use; while it is away fnflow answers promptly and clearly, and once it is
// back everything accepted completes, once.

// wantUnavailable checks the answer given while a dependency is down: 503
// general_service_disabled naming the dependency, with Retry-After.
func wantUnavailable(t *testing.T, res response, dependency string) {
	t.Helper()
	wantError(t, res, 503, "general_service_disabled")
	if res.Header.Get("Retry-After") == "" {
		t.Fatalf("503 without Retry-After: %v", res.Header)
	}
	if m := string(res.Body); !strings.Contains(m, dependency) {
		t.Fatalf("503 does not name the %s: %s", dependency, m)
	}
}

// timed runs one request and logs how long the answer took.
func timed(t *testing.T, what string, f func() response) response {
	t.Helper()
	start := time.Now()
	res := f()
	t.Logf("%s: %d after %.1fs", what, res.Status, time.Since(start).Seconds())
	return res
}

// waitHealthy polls /v1/health until it passes (bounded).
func waitHealthy(t *testing.T, c *client, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		res := c.do("GET", "/v1/health", nil, nil)
		if res.Status == 200 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not healthy after %s: %d %s", within, res.Status, res.Body)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// temporalOutage checks what users see while Temporal is unreachable and
// returns the IDs of the executions refused with 503.
func temporalOutage(t *testing.T, r *testenv.Running, c *client, fid string) []string {
	t.Helper()
	async := timed(t, "async execution while Temporal is down", func() response {
		return c.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"async": true, "body": "refused"}, nil)
	})
	wantUnavailable(t, async, "Temporal")
	sync := timed(t, "sync execution while Temporal is down", func() response {
		return c.do("POST", "/v1/functions/"+fid+"/executions", map[string]any{"body": "refused"}, nil)
	})
	wantUnavailable(t, sync, "Temporal")
	up := timed(t, "deployment while Temporal is down", func() response {
		return c.upload(fid, []formField{{"activate", "false"}}, "code.tar.gz", tarGz(t, map[string]string{"index.js": nodeEcho}),
			map[string]string{"x-appwrite-id": "outage"})
	})
	wantUnavailable(t, up, "Temporal")
	// Reads that need only the store work; nothing refused pretends to be
	// queued.
	d := c.do("GET", "/v1/functions/"+fid+"/deployments/outage", nil, nil)
	if m := d.JSON(t); d.Status != 200 || m["status"] != "failed" || !strings.Contains(fmt.Sprint(m["buildLogs"]), "Temporal") {
		t.Fatalf("deployment refused with 503: %d %v", d.Status, m)
	}
	list := c.do("GET", "/v1/functions/"+fid+"/executions", nil, nil)
	if list.Status != 200 {
		t.Fatalf("list executions while Temporal is down: %d %s", list.Status, list.Body)
	}
	var refused []string
	for _, e := range list.JSON(t)["executions"].([]any) {
		m := e.(map[string]any)
		if m["requestPath"] == "/" && m["status"] != "completed" {
			if m["status"] != "failed" || !strings.Contains(fmt.Sprint(m["errors"]), "Temporal") {
				t.Fatalf("an execution refused with 503 is %v (errors %q)", m["status"], m["errors"])
			}
			refused = append(refused, m["$id"].(string))
		}
	}
	if len(refused) != 2 {
		t.Fatalf("%d refused executions stored, want 2 (failed)", len(refused))
	}
	// Readiness fails, liveness does not.
	if res := c.do("GET", "/v1/health", nil, nil); res.Status != 503 || !strings.Contains(string(res.Body), `"fail"`) {
		t.Fatalf("/v1/health while Temporal is down: %d %s", res.Status, res.Body)
	}
	if res := c.do("GET", "/v1/health/live", nil, nil); res.Status != 200 {
		t.Fatalf("/v1/health/live while Temporal is down: %d %s", res.Status, res.Body)
	}
	return refused
}

// temporalRecovered checks that, with Temporal back, the delayed execution
// accepted before the fault ran once and new executions run (the worker
// polls again).
func temporalRecovered(t *testing.T, r *testenv.Running, c *client, fid, delayedID string, refused int) {
	t.Helper()
	waitHealthy(t, c, 90*time.Second)
	done := execute(t, c, fid, map[string]any{"body": "after", "path": "/after"}, 201)
	if done["status"] != "completed" || done["responseStatusCode"] != 200.0 {
		t.Fatalf("sync execution after Temporal came back: %v", done)
	}
	if m := waitExecution(t, c, fid, delayedID, 60*time.Second); m["status"] != "completed" {
		t.Fatalf("delayed execution accepted before the fault: %v (errors %q)", m["status"], m["errors"])
	}
	up := c.upload(fid, []formField{{"activate", "false"}}, "code.tar.gz", tarGz(t, map[string]string{"index.js": nodeEcho}), nil)
	if up.Status != 202 {
		t.Fatalf("deployment after Temporal came back: %d %s", up.Status, up.Body)
	}
	c.waitDeployment(fid, up.JSON(t)["$id"].(string), 120*time.Second, "ready")
	// Nothing lost, nothing run twice: warm-up, delayed, after, refused.
	list := c.do("GET", "/v1/functions/"+fid+"/executions", nil, nil).JSON(t)
	counts := map[string]int{}
	for _, e := range list["executions"].([]any) {
		m := e.(map[string]any)
		counts[fmt.Sprint(m["status"], " ", m["requestPath"])]++
	}
	want := map[string]int{"completed /warm": 1, "completed /delayed": 1, "completed /after": 1, "failed /": refused}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Fatalf("executions after recovery: %v, want %v", counts, want)
	}
}

// TestFaultTemporalDevServerKilled kills the embedded Temporal dev server
// with kill -9 and keeps it down (its binary is made to disappear, so the
// supervisor's restarts fail) while clients call; then lets the supervisor
// bring it back on the same SQLite file, without restarting fnflow.
func TestFaultTemporalDevServerKilled(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	dir := t.TempDir()
	bin := filepath.Join(dir, "temporal")
	if err := os.Symlink(testenv.TemporalBinary(), bin); err != nil {
		t.Fatal(err)
	}
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	r := testenv.StartApp(t, testenv.AppOptions{Mutate: func(c *config.Config) {
		c.Temporal.Address = "127.0.0.1:" + strconv.Itoa(port)
		c.Temporal.Namespace = "fnflow"
		c.Temporal.DevServer = config.DevServer{Enabled: true, Binary: bin, DBFile: filepath.Join(dir, "temporal.db")}
		c.Executions.MinScheduleLead = 0
	}})
	c := newClient(t, r)
	dev := r.App.DevServer()
	if dev == nil {
		t.Fatal("no embedded dev server")
	}
	seedFunction(t, r, c, "f", "node-18.0", "index.js", nodeEcho, nil)
	execute(t, c, "f", map[string]any{"path": "/warm"}, 201)
	delayed := execute(t, c, "f", map[string]any{"async": true, "path": "/delayed",
		"scheduledAt": time.Now().Add(3 * time.Second).UTC().Format(time.RFC3339Nano)}, 202)

	if err := os.Remove(bin); err != nil { // restarts fail until it is back
		t.Fatal(err)
	}
	pid := dev.PID()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for worker.Reachable(r.Config.Temporal.Address) {
		time.Sleep(50 * time.Millisecond)
	}
	refused := temporalOutage(t, r, c, "f")
	if err := os.Symlink(testenv.TemporalBinary(), bin); err != nil {
		t.Fatal(err)
	}
	temporalRecovered(t, r, c, "f", delayed["$id"].(string), len(refused))
	if dev.PID() == pid || dev.Restarts() < 1 {
		t.Fatalf("dev server not restarted: pid %d (was %d), %d restarts", dev.PID(), pid, dev.Restarts())
	}
	if logs := r.Logs.String(); !strings.Contains(logs, "temporal dev server exited; restarting it") || !strings.Contains(logs, "temporal dev server restarted") {
		t.Fatal("the dev server's exit and restart are not logged")
	}
}

// temporalProc is a Temporal dev server on a fixed port and SQLite file,
// standing for a Temporal cluster that fnflow does not manage.
type temporalProc struct {
	cmd  *exec.Cmd
	done chan struct{}
}

func startTemporalAt(t *testing.T, port int, dbFile string) *temporalProc {
	t.Helper()
	cmd := exec.Command(testenv.TemporalBinary(), worker.DevServerArgs("127.0.0.1", port, 0, dbFile, "fnflow")...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &temporalProc{cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(p.done) }()
	t.Cleanup(p.kill)
	deadline := time.Now().Add(60 * time.Second)
	for !worker.Reachable("127.0.0.1:" + strconv.Itoa(port)) {
		select {
		case <-p.done:
			t.Fatal("temporal exited during start")
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("temporal not answering after 60s")
		}
	}
	return p
}

func (p *temporalProc) kill() {
	_ = p.cmd.Process.Kill()
	<-p.done
}

// TestFaultTemporalClusterRestart stands for a Temporal cluster (dev server
// disabled) that goes down (kill -9) and comes back on the same state:
// fnflow answers 503 meanwhile and resumes by itself.
func TestFaultTemporalClusterRestart(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	dir := t.TempDir()
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "temporal.db")
	tp := startTemporalAt(t, port, db)
	r := testenv.StartApp(t, testenv.AppOptions{Mutate: func(c *config.Config) {
		c.Temporal.Address = "127.0.0.1:" + strconv.Itoa(port)
		c.Temporal.Namespace = "fnflow"
		c.Executions.MinScheduleLead = 0
	}})
	c := newClient(t, r)
	seedFunction(t, r, c, "f", "node-18.0", "index.js", nodeEcho, nil)
	execute(t, c, "f", map[string]any{"path": "/warm"}, 201)
	delayed := execute(t, c, "f", map[string]any{"async": true, "path": "/delayed",
		"scheduledAt": time.Now().Add(3 * time.Second).UTC().Format(time.RFC3339Nano)}, 202)
	tp.kill()
	refused := temporalOutage(t, r, c, "f")
	startTemporalAt(t, port, db)
	temporalRecovered(t, r, c, "f", delayed["$id"].(string), len(refused))
}
