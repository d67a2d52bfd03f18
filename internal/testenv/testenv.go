package testenv

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

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

// Temporal is a dev server started for tests.
type Temporal struct {
	Address   string
	Namespace string
	cmd       *exec.Cmd
	done      chan struct{}
}

// StartTemporal starts an in-memory, headless dev server on a free port
// (dbFile "" = in memory). Call Stop when done.
func StartTemporal(dbFile string) (*Temporal, error) {
	bin := TemporalBinary()
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("temporal dev server binary %s is missing: run `./task temporal` (or `./task test`, which builds it)", bin)
	}
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	t := &Temporal{Address: "127.0.0.1:" + strconv.Itoa(port), Namespace: "fnflow", done: make(chan struct{})}
	t.cmd = exec.Command(bin, worker.DevServerArgs("127.0.0.1", port, 0, dbFile, t.Namespace)...)
	t.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if os.Getenv("FNFLOW_TEST_TEMPORAL_LOG") != "" {
		t.cmd.Stdout, t.cmd.Stderr = os.Stderr, os.Stderr
	}
	if err := t.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start temporal dev server: %w", err)
	}
	go func() { _ = t.cmd.Wait(); close(t.done) }()
	deadline := time.Now().Add(60 * time.Second)
	for !worker.Reachable(t.Address) {
		select {
		case <-t.done:
			return nil, fmt.Errorf("temporal dev server exited during start")
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Stop()
			return nil, fmt.Errorf("temporal dev server not answering at %s after 60s", t.Address)
		}
	}
	return t, nil
}

// Stop ends the dev server.
func (t *Temporal) Stop() {
	if t == nil || t.cmd.Process == nil {
		return
	}
	_ = t.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-t.done:
	case <-time.After(10 * time.Second):
		_ = t.cmd.Process.Kill()
		<-t.done
	}
}
