package testenv

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testdb"
)

// SafeBuffer is a bytes.Buffer safe for concurrent writers (the log sink).
type SafeBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SafeBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *SafeBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// AppOptions choose the store and tweak the configuration.
type AppOptions struct {
	Driver   string // "sqlite" (default) or "postgres"
	Temporal *Temporal
	Roles    *app.Roles
	Mutate   func(*config.Config)
}

// Running is a started fnflow with a project and a full-scope API key.
type Running struct {
	URL       string
	ProjectID string
	Key       string
	App       *app.App
	Logs      *SafeBuffer
	Config    config.Config
	t         testing.TB
	stop      context.CancelFunc
	done      chan error
}

// Config builds a test configuration in a temporary directory.
func Config(t testing.TB, o AppOptions) config.Config {
	t.Helper()
	dir := t.TempDir()
	cfg := config.Default()
	cfg.Server.Listen = "127.0.0.1:0"
	cfg.Database.Driver = "sqlite"
	cfg.Database.DSN = filepath.Join(dir, "fnflow.db")
	if o.Driver == "postgres" {
		cfg.Database.Driver = "postgres"
		cfg.Database.DSN = testdb.PostgresDSN(t)
	}
	cfg.Temporal.DevServer.Enabled = false
	if o.Temporal != nil {
		o.Temporal.Ensure(t)
		cfg.Temporal.Address = o.Temporal.Address
		cfg.Temporal.Namespace = o.Temporal.Namespace
	}
	suffix := randomSuffix()
	cfg.Temporal.TaskQueue = "fnflow-test-" + suffix
	cfg.Storage.Dir = filepath.Join(dir, "artifacts")
	cfg.Docker.InstanceID = "fnflow-test-" + suffix
	cfg.Auth.JWTSecret = "test-jwt-secret-for-fnflow-tests-only"
	cfg.Log.Level = "debug"
	// No spare containers unless a test asks (docker/spare.go): tests find
	// a function's containers by their labels, which a spare's lack.
	cfg.Docker.Spares = 0
	if o.Mutate != nil {
		o.Mutate(&cfg)
	}
	return cfg
}

// StartApp runs fnflow for the test and stops it at cleanup.
func StartApp(t testing.TB, o AppOptions) *Running {
	t.Helper()
	cfg := Config(t, o)
	return StartAppWith(t, cfg, o.Roles)
}

// StartAppWith runs fnflow with a given configuration.
func StartAppWith(t testing.TB, cfg config.Config, roles *app.Roles) *Running {
	t.Helper()
	r := &Running{Logs: &SafeBuffer{}, Config: cfg, t: t, done: make(chan error, 1)}
	log := app.NewLogger(cfg.Log, r.Logs)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rl := app.Roles{API: true, Worker: true}
	if roles != nil {
		rl = *roles
	}
	a, err := app.Open(ctx, cfg, log, rl)
	if err != nil {
		t.Fatalf("start fnflow: %v", err)
	}
	r.App = a
	addr, err := a.Listen()
	if err != nil {
		a.Close()
		t.Fatalf("listen: %v", err)
	}
	r.URL = "http://" + addr.String()
	p, err := a.Store.CreateProject(ctx, "", "test")
	if err != nil {
		a.Close()
		t.Fatalf("create project: %v", err)
	}
	r.ProjectID = p.ID
	_, r.Key, err = a.Store.CreateAPIKey(ctx, p.ID, "test", []string{"functions.read", "functions.write", "executions.read", "executions.write", "project.read", "project.write", "events.read", "events.write"}, nil)
	if err != nil {
		a.Close()
		t.Fatalf("create key: %v", err)
	}
	runCtx, stop := context.WithCancel(context.Background())
	r.stop = stop
	go func() { r.done <- a.Run(runCtx) }()
	t.Cleanup(r.Stop)
	return r
}

// Stop shuts fnflow down (idempotent).
func (r *Running) Stop() {
	if r.stop == nil {
		return
	}
	r.stop()
	r.stop = nil
	<-r.done
	r.App.Close()
	r.checkContainers()
}

// checkContainers fails the test when a container of this instance outlived
// it (and removes it): a leak is reported by the test that caused it.
func (r *Running) checkContainers() {
	if r.t == nil || r.Config.Docker.InstanceID == "" {
		return
	}
	out, err := exec.Command("docker", "ps", "-a", "--filter", "label=fnflow.owner="+r.Config.Docker.InstanceID,
		"--format", `{{.ID}} {{.Names}} {{.Status}} role={{.Label "fnflow.role"}} deployment={{.Label "fnflow.deployment"}}`).Output()
	if err != nil {
		r.t.Errorf("cannot check for containers left behind by %s: docker ps: %v", r.Config.Docker.InstanceID, err)
		return
	}
	left := strings.TrimSpace(string(out))
	if left == "" {
		return
	}
	r.t.Errorf("containers left behind by fnflow instance %s:\n%s", r.Config.Docker.InstanceID, left)
	for _, line := range strings.Split(left, "\n") {
		_ = exec.Command("docker", "rm", "-f", "-v", strings.Fields(line)[0]).Run()
	}
}
