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
	"sync"
	"syscall"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
)

// DevServer is a Temporal dev server (the temporal CLI, pinned in
// tools/go.mod) run as a supervised child process: the embedded default.
// When it exits without being asked to (crash, OOM kill, kill -9), it is
// started again with backoff on the same address and SQLite file, so the
// workflows, timers and schedules it kept are back; fnflow's Temporal client
// and worker reconnect by themselves (the SDK retries its RPCs and polls).
type DevServer struct {
	bin  string
	args []string
	addr string
	out  io.Writer
	log  *slog.Logger

	mu       sync.Mutex
	cmd      *exec.Cmd
	done     chan error // the current process's exit
	restarts int
	stop     chan struct{}
	stopped  chan struct{} // closed when the supervisor has returned
	stopOnce sync.Once
}

// Dev server restart backoff: the first restart is quick, later ones double
// up to the cap, and the delay resets once a process stayed up for
// devServerStableAfter.
const (
	devServerFirstBackoff = 500 * time.Millisecond
	devServerMaxBackoff   = 30 * time.Second
	devServerStableAfter  = time.Minute
	devServerStartTimeout = 60 * time.Second
)

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
	for name, typ := range contract.SearchAttributeTypes {
		kind := "Keyword"
		if typ == enums.INDEXED_VALUE_TYPE_INT {
			kind = "Int"
		}
		args = append(args, "--search-attribute", name+"="+kind)
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

// StartDevServer starts the dev server for cfg.Address, waits until it
// accepts connections and supervises it until Stop. Its output goes to out.
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
	d := &DevServer{bin: bin, args: DevServerArgs(host, port, cfg.DevServer.UIPort, cfg.DevServer.DBFile, cfg.Namespace),
		addr: cfg.Address, out: out, log: log, stop: make(chan struct{}), stopped: make(chan struct{})}
	if err := d.start(ctx); err != nil {
		close(d.stopped)
		return nil, err
	}
	log.Info("temporal dev server started", "address", cfg.Address, "ui_port", cfg.DevServer.UIPort, "db_file", cfg.DevServer.DBFile, "pid", d.PID())
	if cfg.DevServer.DBFile == "" {
		log.Warn("temporal.dev_server.db_file is empty: the dev server keeps its state in memory, so a restart of it loses every workflow and schedule")
	}
	go d.supervise()
	return d, nil
}

// start runs one dev server process and waits until it accepts connections.
func (d *DevServer) start(ctx context.Context) error {
	cmd := exec.Command(d.bin, d.args...)
	cmd.Stdout, cmd.Stderr = d.out, d.out
	// The dev server dies with us, even on kill -9; its SQLite file keeps
	// every workflow, timer and schedule for the next start.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("temporal.dev_server: cannot start %s: %w", d.bin, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	d.mu.Lock()
	d.cmd, d.done = cmd, done
	d.mu.Unlock()
	deadline := time.Now().Add(devServerStartTimeout)
	for !Reachable(d.addr) {
		select {
		case err := <-done:
			done <- err // for supervise and Stop
			return fmt.Errorf("temporal.dev_server: exited during start: %v", err)
		case <-ctx.Done():
			d.kill()
			return ctx.Err()
		case <-d.stop:
			return errors.New("temporal.dev_server: stopped")
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			d.kill()
			return fmt.Errorf("temporal.dev_server: not answering after %s", devServerStartTimeout)
		}
	}
	return nil
}

// supervise restarts the dev server whenever it exits, until Stop.
func (d *DevServer) supervise() {
	defer close(d.stopped)
	backoff := devServerFirstBackoff
	for {
		d.mu.Lock()
		done, pid := d.done, d.cmd.Process.Pid
		d.mu.Unlock()
		upSince := time.Now()
		var exitErr error
		select {
		case <-d.stop:
			return
		case exitErr = <-done:
			done <- exitErr
		}
		if time.Since(upSince) >= devServerStableAfter {
			backoff = devServerFirstBackoff
		}
		for {
			d.log.Warn("temporal dev server exited; restarting it", "pid", pid, "exit", fmt.Sprint(exitErr),
				"uptime_s", int(time.Since(upSince).Seconds()), "restart_in", backoff.String())
			select {
			case <-d.stop:
				return
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, devServerMaxBackoff)
			if Reachable(d.addr) {
				// Something else answers on the address (the old process
				// still releasing it, or an operator's server): wait.
				continue
			}
			err := d.start(context.Background())
			if err == nil {
				d.mu.Lock()
				d.restarts++
				n := d.restarts
				d.mu.Unlock()
				d.log.Warn("temporal dev server restarted", "address", d.addr, "pid", d.PID(), "restarts", n)
				break
			}
			select {
			case <-d.stop:
				return
			default:
			}
			d.log.Error("temporal dev server restart failed", "error", err)
		}
	}
}

// PID is the current dev server process's ID.
func (d *DevServer) PID() int {
	if d == nil {
		return 0
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cmd == nil || d.cmd.Process == nil {
		return 0
	}
	return d.cmd.Process.Pid
}

// Restarts is how many times the supervisor started the dev server again.
func (d *DevServer) Restarts() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.restarts
}

// kill ends the current process at once and reaps it.
func (d *DevServer) kill() {
	d.mu.Lock()
	cmd, done := d.cmd, d.done
	d.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = cmd.Process.Kill()
	err := <-done
	done <- err
}

// Stop ends supervision, then terminates the dev server and waits for it
// (up to 10 s, then kills it).
func (d *DevServer) Stop() {
	if d == nil {
		return
	}
	d.stopOnce.Do(func() { close(d.stop) })
	<-d.stopped
	d.mu.Lock()
	cmd, done := d.cmd, d.done
	d.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-done:
		done <- err
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		err := <-done
		done <- err
	}
}
