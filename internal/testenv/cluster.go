package testenv

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	mathrand "math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"go.temporal.io/api/workflowservice/v1"
	sdkclient "go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testdb"
	"github.com/fnflow/fnflow/internal/testreq"
)

// The cluster's binaries under bin/, built by `./task temporal-server`
// (server and schema tool, tools/temporal-server/go.mod) and `./task
// temporal-ui` (the UI server, tools/go.mod); `./task test` builds them.
const (
	TemporalServerBin  = "temporal-server"
	TemporalSQLToolBin = "temporal-sql-tool"
	TemporalUIBin      = "temporal-ui-server"
)

// BuildFnflow builds cmd/fnflow into dir and returns the binary's path.
func BuildFnflow(dir string) (string, error) {
	bin := filepath.Join(dir, "fnflow")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/fnflow")
	cmd.Dir = RepoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/fnflow: %v\n%s", err, out)
	}
	return bin, nil
}

// ClusterOptions shape a Cluster.
type ClusterOptions struct {
	Fnflow  string   // the fnflow binary; "" builds ./cmd/fnflow (BuildFnflow)
	Workers int      // fnflow worker processes (default 3)
	Env     []string // extra FNFLOW_* settings for every fnflow process
	UI      bool     // also run the Temporal UI server against the frontend
}

// Cluster is the production topology of ./task cluster (scripts/cluster.sh)
// run for a test: the Temporal server on PostgreSQL (databases of its own,
// schema by temporal-sql-tool, scripts/cluster/temporal.yaml and
// dynamicconfig.yaml), one `fnflow api` and Workers `fnflow worker`
// processes with distinct docker.instance_id and metrics listeners, JSON
// logs to files under Dir/logs. App is an in-process fnflow with no role
// on the same store, artifacts and Temporal: it gives the test the store,
// the Temporal client, a project and a full-scope API key. Everything is
// stopped, checked for leftover containers and dropped at cleanup.
type Cluster struct {
	Dir             string
	URL             string // the API's base URL (without /v1)
	ProjectID, Key  string
	App             *Running
	TemporalAddress string
	Namespace       string
	Temporal        *Proc
	API             *Proc
	Workers         []*Proc
	UI              *Proc // nil unless ClusterOptions.UI
	UIURL           string

	t testing.TB
}

// Proc is one process of the cluster, which a test can kill (SIGKILL),
// stop (SIGTERM) and start again with the same arguments and environment.
type Proc struct {
	Name       string
	LogFile    string // stdout and stderr, appended across lives
	InstanceID string // a worker's docker.instance_id
	MetricsURL string // fnflow processes: their metrics listener's /metrics
	bin        string
	args, env  []string
	ready      func() error

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// Start runs the process and waits (60 s at most) until it is ready.
func (p *Proc) Start() error {
	f, err := os.OpenFile(p.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	cmd := exec.Command(p.bin, p.args...)
	cmd.Dir = filepath.Dir(p.LogFile) // no config.yaml there: defaults and FNFLOW_* only
	cmd.Env, cmd.Stdout, cmd.Stderr = p.env, f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", p.Name, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	p.mu.Lock()
	p.cmd, p.done = cmd, done
	p.mu.Unlock()
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := p.ready()
		if err == nil {
			return nil
		}
		select {
		case <-done:
			return fmt.Errorf("%s exited during start; log tail:\n%s", p.Name, p.Tail(30))
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.Kill()
			return fmt.Errorf("%s not ready after 60s (%v); log tail:\n%s", p.Name, err, p.Tail(30))
		}
	}
}

// Running reports whether the process is alive.
func (p *Proc) Running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// Kill sends SIGKILL and waits until the process is gone (idempotent).
func (p *Proc) Kill() { p.signal(syscall.SIGKILL, 10*time.Second) }

// Stop sends SIGTERM and waits up to 60 s, then SIGKILL (idempotent).
func (p *Proc) Stop() { p.signal(syscall.SIGTERM, 60*time.Second) }

func (p *Proc) signal(sig syscall.Signal, grace time.Duration) {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.cmd = nil
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(grace):
		_ = cmd.Process.Kill()
		<-done
	}
}

// Tail returns the last n lines of the process's log.
func (p *Proc) Tail(n int) string {
	b, _ := os.ReadFile(p.LogFile)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	for i, l := range lines {
		if len(l) > 400 { // Temporal's JSON lines carry whole stack traces
			lines[i] = l[:400] + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// lowFreePort is a free loopback port below 32768: Temporal stores its
// services' membership ports in a smallint column, and the kernel's
// ephemeral ports (FreePort) are above it.
func lowFreePort() (int, error) {
	for range 200 {
		port := 20000 + mathrand.IntN(12000)
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err != nil {
			continue
		}
		ln.Close()
		return port, nil
	}
	return 0, errors.New("no free port between 20000 and 32000")
}

// StartCluster starts the topology (see Cluster). A missing binary or
// PostgreSQL skips the test, or fails it where every dependency is
// required (testreq).
func StartCluster(t testing.TB, o ClusterOptions) *Cluster {
	t.Helper()
	if o.Workers == 0 {
		o.Workers = 3
	}
	bins := []string{TemporalServerBin, TemporalSQLToolBin}
	if o.UI {
		bins = append(bins, TemporalUIBin)
	}
	for _, b := range bins {
		if _, err := os.Stat(filepath.Join(RepoRoot(), "bin", b)); err != nil {
			testreq.Missing(t, "bin/"+b+" missing: run `./task temporal-server temporal-ui` (or ./task test, which builds them)")
		}
	}
	admin := os.Getenv("FNFLOW_TEST_POSTGRES_DSN")
	if admin == "" {
		testreq.Missing(t, "FNFLOW_TEST_POSTGRES_DSN not set: run ./task test to start PostgreSQL and run these")
	}
	if o.Fnflow == "" {
		bin, err := BuildFnflow(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		o.Fnflow = bin
	}
	pg, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("FNFLOW_TEST_POSTGRES_DSN must be a URL: %v", err)
	}
	pass, _ := pg.User.Password()
	pgPort := pg.Port()
	if pgPort == "" {
		pgPort = "5432"
	}

	c := &Cluster{Dir: t.TempDir(), Namespace: config.Default().Temporal.Namespace, t: t}
	for _, d := range []string{"config", "logs", "artifacts"} {
		if err := os.MkdirAll(filepath.Join(c.Dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	suffix := randomSuffix()
	vars := map[string]string{
		"PG_HOST": pg.Hostname(), "PG_PORT": pgPort, "PG_USER": pg.User.Username(), "PG_PASS": pass,
		"TEMPORAL_DB": "temporal_" + suffix, "TEMPORAL_VISIBILITY_DB": "temporal_visibility_" + suffix,
		"CLUSTER_DIR": c.Dir,
	}
	taken := map[int]bool{}
	for _, name := range []string{"TEMPORAL_PORT", "TEMPORAL_HTTP_PORT", "TEMPORAL_FRONTEND_MEMBERSHIP_PORT",
		"TEMPORAL_HISTORY_PORT", "TEMPORAL_HISTORY_MEMBERSHIP_PORT", "TEMPORAL_MATCHING_PORT",
		"TEMPORAL_MATCHING_MEMBERSHIP_PORT", "TEMPORAL_WORKER_PORT", "TEMPORAL_WORKER_MEMBERSHIP_PORT"} {
		port, err := lowFreePort()
		for err == nil && taken[port] {
			port, err = lowFreePort()
		}
		if err != nil {
			t.Fatal(err)
		}
		taken[port] = true
		vars[name] = strconv.Itoa(port)
	}
	c.TemporalAddress = "127.0.0.1:" + vars["TEMPORAL_PORT"]

	// Temporal's databases, created and migrated by its schema tool, and
	// dropped at the end (this cleanup runs last).
	t.Cleanup(func() { dropDatabases(t, admin, vars["TEMPORAL_DB"], vars["TEMPORAL_VISIBILITY_DB"]) })
	tool := filepath.Join(RepoRoot(), "bin", TemporalSQLToolBin)
	for _, db := range [][2]string{{vars["TEMPORAL_DB"], "postgresql/v12/temporal"}, {vars["TEMPORAL_VISIBILITY_DB"], "postgresql/v12/visibility"}} {
		base := []string{"--plugin", "postgres12", "--ep", vars["PG_HOST"], "-p", vars["PG_PORT"], "-u", vars["PG_USER"], "--pw", pass, "--db", db[0]}
		for _, step := range [][]string{{"create-database"}, {"setup-schema", "-v", "0.0"}, {"update-schema", "--schema-name", db[1]}} {
			if out, err := exec.Command(tool, append(base, step...)...).CombinedOutput(); err != nil {
				t.Fatalf("temporal-sql-tool %s %s: %v\n%s", db[0], step[0], err, out)
			}
		}
	}

	// Its configuration: the repository's files, rendered as cluster.sh does.
	src := filepath.Join(RepoRoot(), "scripts", "cluster")
	raw, err := os.ReadFile(filepath.Join(src, "temporal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var unknown []string
	rendered := os.Expand(string(raw), func(k string) string {
		v, ok := vars[k]
		if !ok {
			unknown = append(unknown, k)
		}
		return v
	})
	if len(unknown) > 0 {
		t.Fatalf("scripts/cluster/temporal.yaml uses %v, which the cluster harness does not set", unknown)
	}
	dyn, err := os.ReadFile(filepath.Join(src, "dynamicconfig.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.Dir, "config", "cluster.yaml"), []byte(rendered), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.Dir, "config", "dynamicconfig.yaml"), dyn, 0o644); err != nil {
		t.Fatal(err)
	}

	c.Temporal = &Proc{Name: "temporal-server", LogFile: filepath.Join(c.Dir, "logs", "temporal.log"),
		bin:  filepath.Join(RepoRoot(), "bin", TemporalServerBin),
		args: []string{"--root", c.Dir, "--config", "config", "--env", "cluster", "--allow-no-auth", "start"},
		env:  os.Environ(), ready: func() error { return temporalHealthy(c.TemporalAddress, c.Namespace) }}
	// Namespace "" at first: only the frontend's health (the namespace is
	// registered by fnflow below).
	ns := c.Namespace
	c.Namespace = ""
	if err := c.Temporal.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Temporal.Stop)
	c.Namespace = ns

	// fnflow's store; the in-process app registers the namespace and the
	// search attributes, and creates the project and key.
	cfg := config.Default()
	cfg.Server.Listen = "127.0.0.1:0"
	cfg.Database.Driver = "postgres"
	cfg.Database.DSN = testdb.PostgresDSN(t)
	cfg.Temporal.DevServer.Enabled = false
	cfg.Temporal.Address = c.TemporalAddress
	cfg.Temporal.TaskQueue = "fnflow-test-" + suffix
	cfg.Storage.Dir = filepath.Join(c.Dir, "artifacts")
	cfg.Docker.InstanceID = "fnflow-test-" + suffix
	cfg.Auth.JWTSecret = "test-jwt-secret-for-fnflow-tests-only"
	c.App = StartAppWith(t, cfg, &app.Roles{})
	c.ProjectID, c.Key = c.App.ProjectID, c.App.Key

	env := append(os.Environ(),
		"FNFLOW_DATABASE_DRIVER=postgres", "FNFLOW_DATABASE_DSN="+cfg.Database.DSN,
		"FNFLOW_TEMPORAL_ADDRESS="+cfg.Temporal.Address, "FNFLOW_TEMPORAL_NAMESPACE="+cfg.Temporal.Namespace,
		"FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false", "FNFLOW_TEMPORAL_TASK_QUEUE="+cfg.Temporal.TaskQueue,
		"FNFLOW_STORAGE_DIR="+cfg.Storage.Dir, "FNFLOW_AUTH_JWT_SECRET="+cfg.Auth.JWTSecret,
		"FNFLOW_LOG_FORMAT=json", "FNFLOW_LOG_LEVEL=info")
	env = append(env, o.Env...)
	fnflowProc := func(name, role, instance string, extra ...string) *Proc {
		port, err := FreePort()
		if err != nil {
			t.Fatal(err)
		}
		p := &Proc{Name: name, LogFile: filepath.Join(c.Dir, "logs", name+".log"), InstanceID: instance,
			MetricsURL: "http://127.0.0.1:" + strconv.Itoa(port) + "/metrics", bin: o.Fnflow, args: []string{role}}
		p.env = append(append(append([]string{}, env...), "FNFLOW_METRICS_LISTEN=127.0.0.1:"+strconv.Itoa(port),
			"FNFLOW_DOCKER_INSTANCE_ID="+instance), extra...)
		p.ready = func() error { return httpOK(p.MetricsURL) }
		return p
	}
	apiPort, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	c.URL = "http://127.0.0.1:" + strconv.Itoa(apiPort)
	c.API = fnflowProc("api", "api", cfg.Docker.InstanceID+"-api",
		"FNFLOW_SERVER_LISTEN=127.0.0.1:"+strconv.Itoa(apiPort), "FNFLOW_SERVER_PUBLIC_URL="+c.URL)
	c.API.ready = func() error { return httpOK(c.URL + "/v1/health") }
	for i := 1; i <= o.Workers; i++ {
		c.Workers = append(c.Workers, fnflowProc(fmt.Sprintf("worker%d", i), "worker", fmt.Sprintf("%s-w%d", cfg.Docker.InstanceID, i)))
	}
	if o.UI {
		port, err := FreePort()
		if err != nil {
			t.Fatal(err)
		}
		c.UIURL = "http://127.0.0.1:" + strconv.Itoa(port)
		c.UI = &Proc{Name: "temporal-ui", LogFile: filepath.Join(c.Dir, "logs", "temporal-ui.log"),
			bin:  filepath.Join(RepoRoot(), "bin", TemporalUIBin),
			args: []string{"-address", c.TemporalAddress, "-port", strconv.Itoa(port), "-namespace", c.Namespace},
			env:  os.Environ(), ready: func() error { return httpOK(c.UIURL + "/") }}
	}
	// Stopped first at cleanup: UI, workers (a graceful stop removes their
	// containers), API; then the containers of each worker instance are
	// checked.
	t.Cleanup(func() {
		if c.UI != nil {
			c.UI.Stop()
		}
		for _, w := range c.Workers {
			w.Stop()
		}
		c.API.Stop()
		for _, w := range c.Workers {
			c.checkContainers(w.InstanceID)
		}
		if t.Failed() {
			for _, p := range c.procs() {
				t.Logf("%s log (tail):\n%s", p.Name, p.Tail(25))
			}
		}
	})
	for _, p := range append([]*Proc{c.API}, c.Workers...) {
		if err := p.Start(); err != nil {
			t.Fatal(err)
		}
	}
	if c.UI != nil {
		if err := c.UI.Start(); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func (c *Cluster) procs() []*Proc {
	ps := []*Proc{c.Temporal, c.API}
	ps = append(ps, c.Workers...)
	if c.UI != nil {
		ps = append(ps, c.UI)
	}
	return ps
}

// checkContainers fails the test when a container of the instance is
// left, and removes it.
func (c *Cluster) checkContainers(instance string) {
	out, err := exec.Command("docker", "ps", "-a", "--filter", "label=fnflow.owner="+instance,
		"--format", `{{.ID}} {{.Names}} {{.Status}} role={{.Label "fnflow.role"}}`).Output()
	if err != nil {
		c.t.Errorf("cannot check for containers left behind by %s: docker ps: %v", instance, err)
		return
	}
	left := strings.TrimSpace(string(out))
	if left == "" {
		return
	}
	c.t.Errorf("containers left behind by worker %s:\n%s", instance, left)
	for _, line := range strings.Split(left, "\n") {
		_ = exec.Command("docker", "rm", "-f", "-v", strings.Fields(line)[0]).Run()
	}
}

// WorkerLoad is what one worker served, from its /metrics.
type WorkerLoad struct {
	Worker     string
	Up         bool    // false: not running, nothing scraped
	Executions float64 // fnflow_executions_total, every series
	ColdStarts float64 // fnflow_cold_starts_total, every series: executions that waited for a container start
	// Containers is fnflow_pool_cold_starts_total: containers the worker
	// started for a deployment that had none serving there (each counted
	// once, however many executions waited for it).
	Containers float64
}

// WorkerLoads scrapes every running worker's /metrics (counters of its
// current life: a restarted worker starts again from zero).
func (c *Cluster) WorkerLoads(t testing.TB) []WorkerLoad {
	t.Helper()
	out := make([]WorkerLoad, 0, len(c.Workers))
	for _, w := range c.Workers {
		l := WorkerLoad{Worker: w.Name}
		if w.Running() {
			fams, err := scrape(w.MetricsURL)
			if err != nil {
				t.Fatalf("%s: %v", w.Name, err)
			}
			l.Up, l.Executions, l.ColdStarts = true, sum(fams["fnflow_executions_total"]), sum(fams["fnflow_cold_starts_total"])
			l.Containers = sum(fams["fnflow_pool_cold_starts_total"])
		}
		out = append(out, l)
	}
	return out
}

// LoadDelta is what each worker served between two WorkerLoads of the same
// lives, logged with t.Logf.
func LoadDelta(t testing.TB, label string, before, after []WorkerLoad) []WorkerLoad {
	t.Helper()
	out := make([]WorkerLoad, len(after))
	var parts []string
	for i, a := range after {
		d := WorkerLoad{Worker: a.Worker, Up: a.Up}
		if i < len(before) && before[i].Up && a.Up {
			d.Executions, d.ColdStarts = a.Executions-before[i].Executions, a.ColdStarts-before[i].ColdStarts
			d.Containers = a.Containers - before[i].Containers
		} else {
			d.Executions, d.ColdStarts, d.Containers = a.Executions, a.ColdStarts, a.Containers
		}
		out[i] = d
		parts = append(parts, fmt.Sprintf("%s: %.0f executions, %.0f cold-start waits, %.0f containers started", d.Worker, d.Executions, d.ColdStarts, d.Containers))
	}
	t.Logf("%s: %s", label, strings.Join(parts, "; "))
	return out
}

// Served runs fn and returns what each worker served meanwhile (logged
// under label): the distribution a warm-routing assertion reads. Workers
// must not be killed or restarted inside fn.
func (c *Cluster) Served(t testing.TB, label string, fn func()) []WorkerLoad {
	t.Helper()
	before := c.WorkerLoads(t)
	fn()
	return LoadDelta(t, label, before, c.WorkerLoads(t))
}

func scrape(u string) (map[string]*dto.MetricFamily, error) {
	res, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return nil, fmt.Errorf("GET %s: %d", u, res.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	return parser.TextToMetricFamilies(res.Body)
}

func sum(f *dto.MetricFamily) float64 {
	var s float64
	for _, m := range f.GetMetric() {
		s += m.GetCounter().GetValue()
	}
	return s
}

func httpOK(u string) error {
	res, err := http.Get(u)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		return fmt.Errorf("GET %s: %d", u, res.StatusCode)
	}
	return nil
}

// temporalHealthy checks the frontend's health, and the namespace's
// presence when ns is set.
func temporalHealthy(addr, ns string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := sdkclient.DialContext(ctx, sdkclient.Options{HostPort: addr, Namespace: ns,
		Logger: sdklog.NewStructuredLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))})
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.CheckHealth(ctx, &sdkclient.CheckHealthRequest{}); err != nil {
		return err
	}
	if ns != "" {
		_, err = c.WorkflowService().DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: ns})
	}
	return err
}

func dropDatabases(t testing.TB, admin string, names ...string) {
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Errorf("drop temporal databases: %v", err)
		return
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, n := range names {
		// FORCE refuses to end a backend of another role (42501), such as
		// an autovacuum worker on the database: those end by themselves,
		// so try again for a few seconds.
		var err error
		for range 10 {
			if _, err = db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+n+" WITH (FORCE)"); err == nil || !strings.Contains(err.Error(), "42501") {
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
		if err != nil {
			t.Errorf("drop database %s: %v", n, err)
		}
	}
}

// BlockStore makes fnflow's database unreachable without stopping the
// PostgreSQL server (other tests share it; Temporal's databases stay up):
// ALTER DATABASE … ALLOW_CONNECTIONS false refuses new connections
// ("database … is not currently accepting connections", a connect error)
// and pg_terminate_backend closes every open one. It returns the number of
// backends closed and the function that allows connections again (also run
// at cleanup).
func (c *Cluster) BlockStore(t testing.TB) (int, func()) {
	t.Helper()
	u, err := url.Parse(c.App.Config.Database.DSN)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(u.Path, "/")
	admin, err := sql.Open("pgx", os.Getenv("FNFLOW_TEST_POSTGRES_DSN"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "ALTER DATABASE "+name+" ALLOW_CONNECTIONS false"); err != nil {
		admin.Close()
		t.Fatalf("block database %s: %v", name, err)
	}
	var once sync.Once
	unblock := func() {
		once.Do(func() {
			defer admin.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if _, err := admin.ExecContext(ctx, "ALTER DATABASE "+name+" ALLOW_CONNECTIONS true"); err != nil {
				t.Errorf("allow database %s again: %v", name, err)
			}
		})
	}
	t.Cleanup(unblock)
	var closed int
	if err := admin.QueryRowContext(ctx, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
		name).Scan(&closed); err != nil {
		unblock()
		t.Fatalf("close the connections to %s: %v", name, err)
	}
	return closed, unblock
}
