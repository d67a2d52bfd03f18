package testenv

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testreq"
	"github.com/fnflow/fnflow/worker"
)

// RepoRoot finds the module root (the directory holding go.mod).
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// TemporalBinary is bin/temporal under the repo root, or FNFLOW_TEMPORAL_BIN.
func TemporalBinary() string {
	if p := os.Getenv("FNFLOW_TEMPORAL_BIN"); p != "" {
		return p
	}
	return filepath.Join(RepoRoot(), "bin", "temporal")
}

// FreePort asks the kernel for a free loopback port.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// ErrTemporalMissing is returned when the dev server binary is not built.
var ErrTemporalMissing = errors.New("temporal dev server binary missing")

// Temporal is a dev server started for tests. Address and Namespace are
// set once it runs (at once with StartTemporal; at first Ensure with
// LazyTemporal).
type Temporal struct {
	Address   string
	Namespace string
	dbFile    string
	port      int

	once     sync.Once
	startErr error

	mu   sync.Mutex // guards cmd and done (Restart)
	cmd  *exec.Cmd
	done chan struct{}
}

// StartTemporal starts a headless dev server on a free port (dbFile "" =
// in memory). Call Stop when done.
func StartTemporal(dbFile string) (*Temporal, error) {
	t := &Temporal{dbFile: dbFile}
	t.once.Do(func() { t.startErr = t.startFirst() })
	if t.startErr != nil {
		return nil, t.startErr
	}
	return t, nil
}

// LazyTemporal is a dev server that starts on first use (Ensure, which
// Config calls), so that a test binary whose tests need no Temporal (pure
// unit tests) runs without bin/temporal. Stop is a no-op if it never ran.
func LazyTemporal(dbFile string) *Temporal { return &Temporal{dbFile: dbFile} }

// Ensure starts a lazy dev server once. A missing binary skips tb, or fails
// it where every dependency is required (testreq); any other start failure
// fails it.
func (t *Temporal) Ensure(tb testing.TB) {
	tb.Helper()
	t.once.Do(func() { t.startErr = t.startFirst() })
	switch {
	case errors.Is(t.startErr, ErrTemporalMissing):
		testreq.Missing(tb, t.startErr.Error())
	case t.startErr != nil:
		tb.Fatalf("temporal dev server: %v", t.startErr)
	}
}

func (t *Temporal) startFirst() error {
	if _, err := os.Stat(TemporalBinary()); err != nil {
		return fmt.Errorf("%w: %s: run `./task temporal` (or `./task test`, which builds it)", ErrTemporalMissing, TemporalBinary())
	}
	port, err := FreePort()
	if err != nil {
		return err
	}
	t.port, t.Namespace = port, "fnflow"
	t.Address = "127.0.0.1:" + strconv.Itoa(port)
	return t.run()
}

// run starts the process on t.port with t.dbFile and waits until it answers.
func (t *Temporal) run() error {
	cmd := exec.Command(TemporalBinary(), worker.DevServerArgs("127.0.0.1", t.port, 0, t.dbFile, t.Namespace)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if os.Getenv("FNFLOW_TEST_TEMPORAL_LOG") != "" {
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start temporal dev server: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.mu.Lock()
	t.cmd, t.done = cmd, done
	t.mu.Unlock()
	deadline := time.Now().Add(60 * time.Second)
	for !worker.Reachable(t.Address) {
		select {
		case <-done:
			return fmt.Errorf("temporal dev server exited during start")
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Stop()
			return fmt.Errorf("temporal dev server not answering at %s after 60s", t.Address)
		}
	}
	return nil
}

// Restart stops the dev server and starts it again on the same address and
// database file (a file-backed server keeps its workflows, timers and
// schedules). Stop and Start can also be called apart, to keep it down for
// a while.
func (t *Temporal) Restart() error {
	t.Stop()
	return t.Start()
}

// Start starts a stopped dev server again on its address and database file.
func (t *Temporal) Start() error {
	if t.port == 0 {
		return errors.New("temporal dev server was never started")
	}
	return t.run()
}

// Stop ends the dev server (idempotent).
func (t *Temporal) Stop() {
	if t == nil {
		return
	}
	t.mu.Lock()
	cmd, done := t.cmd, t.done
	t.cmd = nil
	t.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// CPUSeconds is the CPU time (user + system) the dev server process has
// used so far, from /proc (0 when unknown): benchmarks report the server's
// share of a measured phase.
func (t *Temporal) CPUSeconds() float64 {
	t.mu.Lock()
	cmd := t.cmd
	t.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return 0
	}
	return ProcCPUSeconds(cmd.Process.Pid)
}

// ProcCPUSeconds reads a process's user + system CPU time from
// /proc/<pid>/stat (clock ticks of 1/100 s), 0 when unreadable.
func ProcCPUSeconds(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (u + st) / 100
}
