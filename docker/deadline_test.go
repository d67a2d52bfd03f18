package docker

import (
	"context"
	"errors"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// hangingProxy forwards a Docker engine's socket until hang is set; from
// then on it swallows every request, on open and new connections alike, and
// never answers: an engine that accepts connections and stops responding.
type hangingProxy struct {
	ln   net.Listener
	hang atomic.Bool
	wg   sync.WaitGroup
}

func startHangingProxy(t *testing.T, upstreamHost string) *hangingProxy {
	t.Helper()
	network, addr := "unix", "/var/run/docker.sock"
	if upstreamHost != "" {
		scheme, rest, _ := strings.Cut(upstreamHost, "://")
		network, addr = scheme, rest
	}
	ln, err := net.Listen("unix", filepath.Join(t.TempDir(), "docker.sock"))
	if err != nil {
		t.Fatal(err)
	}
	p := &hangingProxy{ln: ln}
	var conns sync.Map
	t.Cleanup(func() {
		ln.Close()
		conns.Range(func(c, _ any) bool { c.(net.Conn).Close(); return true })
		p.wg.Wait()
	})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Store(c, nil)
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				defer c.Close()
				if p.hang.Load() { // swallow the request, answer nothing
					_, _ = io.Copy(io.Discard, c)
					return
				}
				up, err := net.Dial(network, addr)
				if err != nil {
					return
				}
				conns.Store(up, nil)
				defer up.Close()
				go func() { _, _ = io.Copy(c, up) }()
				buf := make([]byte, 32<<10)
				for {
					n, err := c.Read(buf)
					if n > 0 && !p.hang.Load() {
						if _, werr := up.Write(buf[:n]); werr != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}()
		}
	}()
	return p
}

// TestEngineCallsHaveDeadlines: against an engine that accepts connections
// and never answers, every Engine call made with a context that has no
// deadline of its own returns the call timeout's deadline error instead of
// hanging (ARCHITECTURE.md: "Every Engine API call has a deadline").
// WaitContainer is the documented exception: it waits as long as its
// caller's context allows, and it returns with that context.
func TestEngineCallsHaveDeadlines(t *testing.T) {
	requireDocker(t)
	proxy := startHangingProxy(t, dockerHost)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	eng, err := New(ctx, Options{
		Host: "unix://" + proxy.ln.Addr().String(), InstanceID: "test-" + runID + "-deadline",
		CallTimeout: 300 * time.Millisecond, StopGrace: 100 * time.Millisecond,
		Labels: map[string]string{testRunLabel: runID}, Logger: testLogger(),
	})
	if err != nil {
		t.Fatalf("New through the proxy: %v", err)
	}
	defer eng.Close()
	proxy.hang.Store(true)

	const id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	owner := Owner{ProjectID: "p", FunctionID: "f", DeploymentID: "d"}
	rec := NewReconciler(eng, ReconcilerOptions{Logger: testLogger()})
	calls := map[string]func(context.Context) error{
		"Ping": eng.Ping,
		"ImageExists": func(ctx context.Context) error {
			_, err := eng.ImageExists(ctx, "busybox")
			return err
		},
		"CreateContainer": func(ctx context.Context) error {
			_, err := eng.CreateContainer(ctx, ContainerSpec{Role: RoleRuntime, Owner: owner, Image: "img", PublishPort: 3000})
			return err
		},
		"StartContainer":  func(ctx context.Context) error { return eng.StartContainer(ctx, id) },
		"StopContainer":   func(ctx context.Context) error { return eng.StopContainer(ctx, id, 100*time.Millisecond) },
		"KillContainer":   func(ctx context.Context) error { return eng.KillContainer(ctx, id) },
		"RemoveContainer": func(ctx context.Context) error { return eng.RemoveContainer(ctx, id) },
		"InspectContainer": func(ctx context.Context) error {
			_, err := eng.InspectContainer(ctx, id)
			return err
		},
		"ContainerLogs": func(ctx context.Context) error {
			_, _, err := eng.ContainerLogs(ctx, id, 10)
			return err
		},
		"RemoveOwned": func(ctx context.Context) error {
			_, err := eng.RemoveOwned(ctx, RoleRuntime, owner, time.Time{})
			return err
		},
		"ReconcileOnce": func(ctx context.Context) error {
			_, err := rec.ReconcileOnce(ctx)
			return err
		},
	}
	var wg sync.WaitGroup
	for name, call := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := call(context.Background()) // no deadline but the Engine's own
			if err == nil || !(errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "context deadline exceeded")) {
				t.Errorf("%s against a silent engine: error %v, want the call timeout's deadline", name, err)
			}
		}()
	}
	// The documented exception: WaitContainer is bounded by its caller.
	wg.Add(1)
	go func() {
		defer wg.Done()
		wctx, wcancel := context.WithTimeout(context.Background(), time.Second)
		defer wcancel()
		if _, err := eng.WaitContainer(wctx, id); err == nil || !strings.Contains(err.Error(), "context deadline exceeded") {
			t.Errorf("WaitContainer: error %v, want its caller's deadline", err)
		}
	}()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute): // a hang detector, not a timing assertion
		t.Fatal("an Engine call is still waiting on a silent engine: it has no deadline")
	}
}
