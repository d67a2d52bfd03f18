package server_test

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/internal/testreq"
	"github.com/fnflow/fnflow/models"
)

// throwawayPostgres is a PostgreSQL server of the test's own (initdb in a
// temporary directory, its own port), so that the test can stop and start
// it without touching the cluster other tests share.
type throwawayPostgres struct {
	t    *testing.T
	bin  string
	dir  string
	port int
	cred *syscall.Credential
	cmd  *exec.Cmd
	done chan struct{}
	DSN  string
}

func startThrowawayPostgres(t *testing.T) *throwawayPostgres {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/postgres")
	if len(bins) == 0 {
		testreq.Missing(t, "PostgreSQL binaries missing (scripts/postgres.sh installs them)")
	}
	sort.Strings(bins)
	bin := filepath.Dir(bins[len(bins)-1])
	u, err := user.Lookup("postgres")
	if err != nil {
		testreq.Missing(t, "no postgres user to run a throwaway PostgreSQL as")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	dir, err := os.MkdirTemp("", "fnflow-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chown(dir, uid, gid); err != nil {
		t.Fatal(err)
	}
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	p := &throwawayPostgres{t: t, bin: bin, dir: dir, port: port, cred: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)},
		DSN: fmt.Sprintf("postgres://fnflow@127.0.0.1:%d/postgres?sslmode=disable", port)}
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", filepath.Join(dir, "data"), "-A", "trust", "-U", "fnflow", "--no-sync", "-E", "UTF8")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: p.cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	p.start()
	t.Cleanup(p.stop)
	return p
}

// start runs the server (again, on the same data and port) and waits until
// it accepts connections.
func (p *throwawayPostgres) start() {
	p.t.Helper()
	p.cmd = exec.Command(filepath.Join(p.bin, "postgres"), "-D", filepath.Join(p.dir, "data"), "-p", strconv.Itoa(p.port),
		"-k", p.dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=60")
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: p.cred, Pdeathsig: syscall.SIGKILL}
	logs := &testenv.SafeBuffer{}
	p.cmd.Stdout, p.cmd.Stderr = logs, logs
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { _ = cmd.Wait(); close(done) }(p.cmd, p.done)
	deadline := time.Now().Add(30 * time.Second)
	ready := func() bool {
		return exec.Command(filepath.Join(p.bin, "pg_isready"), "-q", "-h", "127.0.0.1", "-p", strconv.Itoa(p.port), "-U", "fnflow", "-d", "postgres").Run() == nil
	}
	for !ready() {
		select {
		case <-p.done:
			p.t.Fatalf("postgres exited during start:\n%s", logs.String())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("postgres not answering after 30s:\n%s", logs.String())
		}
	}
}

// stop shuts the server down as a restart would (fast shutdown: clients
// are disconnected), bounded; idempotent.
func (p *throwawayPostgres) stop() {
	if p.cmd == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	p.cmd = nil
}

// nodeCounted counts, in the warm container, how often each body ran and
// logs it: a run repeated after a lost result shows "runs 2".
const nodeCounted = `const seen = {};
module.exports = async (context) => {
  const k = context.req.bodyText;
  seen[k] = (seen[k] || 0) + 1;
  await new Promise((r) => setTimeout(r, Number((context.req.query || {}).sleep || 0)));
  context.log('runs ' + seen[k]);
  return context.res.text('ok');
};
`

// TestFaultPostgresRestart stops PostgreSQL in the middle of async load and
// starts it again: meanwhile creates and reads answer 503 naming the
// database; afterwards every accepted execution completes, each ran once,
// and no row is duplicated.
func TestFaultPostgresRestart(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	pg := startThrowawayPostgres(t)
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Mutate: func(c *config.Config) {
		c.Database.Driver, c.Database.DSN = "postgres", pg.DSN
	}})
	c := newClient(t, r)
	seedFunction(t, r, c, "pg", "node-18.0", "index.js", nodeCounted, map[string]any{"timeout": 60})
	execute(t, c, "pg", map[string]any{"body": "warm"}, 201)
	const n = 10
	var ids []string
	for i := range n {
		m := execute(t, c, "pg", map[string]any{"async": true, "body": fmt.Sprint(i), "path": "/?sleep=3000"}, 202)
		ids = append(ids, m["$id"].(string))
	}
	deadline := time.Now().Add(30 * time.Second)
	for storeStatuses(t, r, "pg", ids)[models.ExecutionProcessing] == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no execution processing after 30s: %v", storeStatuses(t, r, "pg", ids))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The container is warm: runs marked processing are in it within
	// this second, and end (3 s) while PostgreSQL is down (4 s and more).
	time.Sleep(time.Second)
	before := storeStatuses(t, r, "pg", ids)
	pg.stop()
	t.Logf("statuses when PostgreSQL stopped: %v", before)
	wantUnavailable(t, timed(t, "execution while PostgreSQL is down", func() response {
		return c.do("POST", "/v1/functions/pg/executions", map[string]any{"async": true, "body": "refused"}, nil)
	}), "database")
	wantUnavailable(t, c.do("GET", "/v1/functions/pg/executions", nil, nil), "database")
	if res := c.do("GET", "/v1/health", nil, nil); res.Status != 503 {
		t.Fatalf("/v1/health while PostgreSQL is down: %d %s", res.Status, res.Body)
	}
	if res := c.do("GET", "/v1/health/live", nil, nil); res.Status != 200 {
		t.Fatalf("/v1/health/live while PostgreSQL is down: %d %s", res.Status, res.Body)
	}
	time.Sleep(4 * time.Second) // runs in flight finish while it is down
	pg.start()
	final := waitAllTerminal(t, r, "pg", ids, 120*time.Second)
	t.Logf("statuses once PostgreSQL was back: %v", final)
	for _, id := range ids {
		m := c.do("GET", "/v1/functions/pg/executions/"+id, nil, nil).JSON(t)
		if m["status"] != "completed" || !strings.Contains(fmt.Sprint(m["logs"]), "runs 1") {
			t.Errorf("execution %s after the restart: %v, logs %q, errors %q", id, m["status"], m["logs"], m["errors"])
		}
	}
	if res := c.do("GET", "/v1/functions/pg/executions", nil, nil).JSON(t); res["total"] != float64(n+1) {
		t.Fatalf("executions after the restart: total %v, want %d", res["total"], n+1)
	}
}
