package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
)

// DevServer is a Temporal dev server (the temporal CLI, pinned in
// tools/go.mod) run as a child process: the embedded default.
type DevServer struct {
	cmd  *exec.Cmd
	done chan error
	log  *slog.Logger
}

// DevServerArgs are the dev server flags, tuned for latency on one host:
// SQLite in WAL mode, one task-queue partition, a raised transfer-queue rate,
// eager activities, and our namespace and search attributes.
func DevServerArgs(host string, port, uiPort int, dbFile, namespace string) []string {
	args := []string{"server", "start-dev", "--ip", host, "--port", strconv.Itoa(port), "--log-level", "warn",
		"--namespace", namespace,
		"--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal",
		"--dynamic-config-value", "system.enableActivityEagerExecution=true",
		"--dynamic-config-value", "history.transferProcessorMaxPollRPS=500",
		"--dynamic-config-value", "matching.numTaskqueueReadPartitions=1",
		"--dynamic-config-value", "matching.numTaskqueueWritePartitions=1",
	}
	if uiPort > 0 {
		args = append(args, "--ui-ip", host, "--ui-port", strconv.Itoa(uiPort))
	} else {
		args = append(args, "--headless")
	}
	if dbFile != "" {
		args = append(args, "--db-filename", dbFile)
	}
	for name := range contract.SearchAttributeTypes {
		args = append(args, "--search-attribute", name+"=Keyword")
	}
	return args
}

// Reachable reports whether something accepts TCP connections at addr.
func Reachable(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, 500*time.Millisecond)
	if err != nil {
		return false
	}
	_ = conn.Close()
	return true
}

// StartDevServer starts the dev server for cfg.Address and waits until it
// accepts connections. Its output goes to out.
func StartDevServer(ctx context.Context, cfg config.Temporal, out io.Writer, log *slog.Logger) (*DevServer, error) {
	bin := cfg.DevServer.Binary
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("temporal.dev_server.binary: %s not found: build it with `./task temporal` (go build -modfile=tools/go.mod github.com/temporalio/cli/cmd/temporal), or point temporal.address at a running Temporal", bin)
	}
	host, portStr, err := net.SplitHostPort(cfg.Address)
	if err != nil {
		return nil, fmt.Errorf("temporal.address: %w", err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("temporal.address: bad port %q", portStr)
	}
	if cfg.DevServer.DBFile != "" {
		if err := os.MkdirAll(filepath.Dir(cfg.DevServer.DBFile), 0o755); err != nil {
			return nil, fmt.Errorf("temporal.dev_server.db_file: %w", err)
		}
	}
	cmd := exec.Command(bin, DevServerArgs(host, port, cfg.DevServer.UIPort, cfg.DevServer.DBFile, cfg.Namespace)...)
	cmd.Stdout, cmd.Stderr = out, out
	// The dev server dies with us, even on kill -9; its SQLite file keeps
	// every workflow, timer and schedule for the next start.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("temporal.dev_server: cannot start %s: %w", bin, err)
	}
	d := &DevServer{cmd: cmd, done: make(chan error, 1), log: log}
	go func() { d.done <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for !Reachable(cfg.Address) {
		select {
		case err := <-d.done:
			return nil, fmt.Errorf("temporal.dev_server: exited during start: %v", err)
		case <-ctx.Done():
			d.Stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			d.Stop()
			return nil, errors.New("temporal.dev_server: not answering after 60s")
		}
	}
	log.Info("temporal dev server started", "address", cfg.Address, "ui_port", cfg.DevServer.UIPort, "db_file", cfg.DevServer.DBFile, "pid", cmd.Process.Pid)
	return d, nil
}

// Stop terminates the dev server and waits for it (up to 10 s, then kills it).
func (d *DevServer) Stop() {
	if d == nil || d.cmd.Process == nil {
		return
	}
	_ = d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		_ = d.cmd.Process.Kill()
		<-d.done
	}
}
