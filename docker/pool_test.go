package docker

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
)

func execOK(tb testing.TB, p *Pool, spec RuntimeSpec, req Request) *Response {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	resp, err := p.Execute(ctx, spec, req)
	if err != nil {
		tb.Fatalf("Execute %s %s: %v", req.Method, req.Path, err)
	}
	return resp
}

func execErr(tb testing.TB, p *Pool, spec RuntimeSpec, req Request) error {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	resp, err := p.Execute(ctx, spec, req)
	if err == nil {
		tb.Fatalf("Execute %s: got status %d, want an error", req.Path, resp.StatusCode)
	}
	return err
}

func TestPoolConcurrentColdStart(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "fifty")
	const n = 50
	var wg sync.WaitGroup
	ids := make([]string, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			resp, err := p.Execute(ctx, spec, Request{Method: "GET", Path: "/echo"})
			if err == nil && resp.StatusCode != 200 {
				err = errors.New(string(resp.Body))
			}
			if err == nil {
				ids[i] = resp.ContainerID
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		if ids[i] != ids[0] {
			t.Fatalf("request %d ran on container %s, request 0 on %s", i, ids[i], ids[0])
		}
	}
	if got := containersOf(t, eng, spec.DeploymentID); got != 1 {
		t.Fatalf("%d containers for the deployment, want exactly 1", got)
	}
	// What warm routing reads: one cold start, every request answered, the
	// deployment listed warm and the change signalled.
	if st := p.Stats(); st.ColdStarts != 1 || st.Executed != n {
		t.Fatalf("stats %+v, want 1 cold start and %d executed", st, n)
	}
	if got := p.WarmDeployments(); len(got) != 1 || got[0] != spec.DeploymentID {
		t.Fatalf("warm deployments %v", got)
	}
	select {
	case <-p.WarmChanged():
	default:
		t.Fatal("no warm change signalled for the cold start")
	}
	if err := p.Invalidate(context.Background(), spec.DeploymentID); err != nil {
		t.Fatal(err)
	}
	if got := p.WarmDeployments(); len(got) != 0 {
		t.Fatalf("warm deployments after invalidation %v", got)
	}
	select {
	case <-p.WarmChanged():
	default:
		t.Fatal("no warm change signalled for the invalidation")
	}
}

func TestPoolProtocol(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "protocol")
	spec.Env = map[string]string{"FOO": "bar", "OPEN_RUNTIMES_SECRET": "user-cannot-set-this"}

	resp := execOK(t, p, spec, Request{Method: "PUT", Path: "/echo?a=1&b=two", Body: []byte("payload"), Timeout: 7 * time.Second,
		Headers: []Header{{"X-Custom", "c"}, {"x-open-runtimes-secret", "spoof"}, {"Host", "fn.example.com"}, {"Connection", "close"}}})
	var echo struct {
		Method, URL, Body string
		Headers           map[string]string
	}
	if err := json.Unmarshal(resp.Body, &echo); err != nil {
		t.Fatalf("echo answer %q: %v", resp.Body, err)
	}
	h := echo.Headers
	if echo.Method != "PUT" || echo.URL != "/echo?a=1&b=two" || echo.Body != "payload" {
		t.Errorf("echo = %+v", echo)
	}
	if h["x-custom"] != "c" || h["host"] != "fn.example.com" || h["x-open-runtimes-timeout"] != "7" || h["x-open-runtimes-logging"] != "disabled" {
		t.Errorf("forwarded headers = %v", h)
	}
	secret := h["x-open-runtimes-secret"]
	if secret == "spoof" || len(secret) != 64 || h["authorization"] != "" {
		t.Errorf("secret %q / authorization %q", secret, h["authorization"])
	}
	if resp.StatusCode != 200 || resp.Duration <= 0 || !resp.ColdStart {
		t.Errorf("status %d, duration %s, cold %v", resp.StatusCode, resp.Duration, resp.ColdStart)
	}

	if got := execOK(t, p, spec, Request{Path: "/env?name=FOO"}); string(got.Body) != "bar" || got.ColdStart {
		t.Errorf("FOO = %q (cold %v)", got.Body, got.ColdStart)
	}
	if got := execOK(t, p, spec, Request{Path: "/env?name=OPEN_RUNTIMES_SECRET"}); string(got.Body) != secret {
		t.Errorf("the user's variable overrode OPEN_RUNTIMES_SECRET: %q", got.Body)
	}
	if got := execOK(t, p, spec, Request{Path: "/env?name=OPEN_RUNTIMES_ENTRYPOINT"}); string(got.Body) != "index.js" {
		t.Errorf("OPEN_RUNTIMES_ENTRYPOINT = %q", got.Body)
	}
	st := execOK(t, p, spec, Request{Path: "/status?code=201"})
	var names []string
	for _, h := range st.Headers {
		names = append(names, h.Name)
	}
	if st.StatusCode != 201 || !strings.Contains(strings.Join(names, ","), "x-custom") || strings.Contains(strings.Join(names, ","), "x-open-runtimes") {
		t.Errorf("status %d, headers %v", st.StatusCode, names)
	}

	lg := execOK(t, p, spec, Request{Path: "/log?text=hello", Logging: true})
	if lg.Logs != "hello" || lg.Errors != "err:hello" {
		t.Errorf("logs %q, errors %q", lg.Logs, lg.Errors)
	}
	p.mu.Lock()
	dir := p.warm[spec.Key()][0].logs.Name()
	p.mu.Unlock()
	if files, err := os.ReadDir(dir); err != nil || len(files) != 0 {
		t.Errorf("log files not deleted: %v, %v", files, err)
	}
}

func TestPoolHardening(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "hardening")
	for _, c := range []struct {
		path, want string
		status     int
	}{
		{"/write?path=/x", "read-only file system", 500},
		{"/write?path=" + CodeMountPath + "/x", "read-only file system", 500},
		{"/write?path=/tmp/x", "ok", 200},
		{"/write?path=" + LogsMountPath + "/x", "ok", 200},
		{"/read?path=/proc/self/status", "CapEff:\t0000000000000000", 200},
		{"/read?path=/proc/self/status", "NoNewPrivs:\t1", 200},
		{"/read?path=/proc/self/status", "Uid:\t65534", 200},
	} {
		resp := execOK(t, p, spec, Request{Path: c.path})
		if resp.StatusCode != c.status || !strings.Contains(string(resp.Body), c.want) {
			t.Errorf("%s: %d %q, want %d containing %q", c.path, resp.StatusCode, resp.Body, c.status, c.want)
		}
	}
	ctx := context.Background()
	st, err := eng.InspectContainer(ctx, execOK(t, p, spec, Request{Path: "/"}).ContainerID)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{LabelManaged: "true", LabelRole: "runtime", LabelProject: spec.ProjectID,
		LabelFunction: spec.FunctionID, LabelDeployment: spec.DeploymentID, LabelOwner: eng.InstanceID()} {
		if st.Labels[k] != want {
			t.Errorf("label %s = %q, want %q", k, st.Labels[k], want)
		}
	}
}

func TestPoolIdleRemoval(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{IdleTimeout: 500 * time.Millisecond, JanitorInterval: 100 * time.Millisecond})
	spec := testSpec(t, "idle")
	execOK(t, p, spec, Request{Path: "/"})
	eventually(t, 15*time.Second, "the idle container to be removed", func() bool {
		return p.Stats().Warm == 0 && containersOf(t, eng, spec.DeploymentID) == 0
	})
}

func TestPoolPrewarm(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "prewarm")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := p.Prewarm(ctx, spec); err != nil {
		t.Fatal(err)
	}
	if p.Stats().Warm != 1 || containersOf(t, eng, spec.DeploymentID) != 1 {
		t.Fatalf("after Prewarm: stats %+v", p.Stats())
	}
	if resp := execOK(t, p, spec, Request{Path: "/"}); resp.ColdStart {
		t.Error("first call after Prewarm was a cold start")
	}
}

func TestPoolCrashReplaced(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "crash")
	first := execOK(t, p, spec, Request{Path: "/"}).ContainerID
	err := execErr(t, p, spec, Request{Path: "/exit?code=3"})
	var ee *ExitError
	if !errors.As(err, &ee) || ee.ExitCode != 3 || !errors.Is(err, ErrContainerExited) {
		t.Fatalf("crash error = %v, want *ExitError with code 3", err)
	}
	second := execOK(t, p, spec, Request{Path: "/"})
	if second.ContainerID == first || !second.ColdStart {
		t.Fatalf("the crashed container was not replaced (%s, cold %v)", second.ContainerID, second.ColdStart)
	}
	eventually(t, 15*time.Second, "the crashed container to be removed", func() bool {
		return containersOf(t, eng, spec.DeploymentID) == 1
	})
}

func TestPoolTimeout(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{TimeoutGrace: 300 * time.Millisecond})
	spec := testSpec(t, "timeout")
	first := execOK(t, p, spec, Request{Path: "/"}).ContainerID
	// /spin never answers: only the pool's own timeout ends the call (the
	// caller's 60 s context would give a context error, not a
	// *TimeoutError).
	err := execErr(t, p, spec, Request{Path: "/spin", Timeout: time.Second})
	var te *TimeoutError
	if !errors.As(err, &te) || te.Timeout != time.Second || !strings.Contains(err.Error(), "timed out after 1 second") ||
		errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want *TimeoutError after 1 s", err)
	}
	if second := execOK(t, p, spec, Request{Path: "/"}); second.ContainerID == first {
		t.Fatal("the timed-out container was not replaced")
	}
	// The spinning container is killed and removed, not left running.
	eventually(t, 15*time.Second, "the timed-out container to be removed", func() bool {
		_, err := eng.InspectContainer(context.Background(), first)
		return cerrdefs.IsNotFound(err) && containersOf(t, eng, spec.DeploymentID) == 1
	})
}

func TestPoolOutOfMemory(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "oom")
	spec.MemoryMB = 32
	err := execErr(t, p, spec, Request{Path: "/alloc?mb=128"})
	var oe *OutOfMemoryError
	if !errors.As(err, &oe) || oe.LimitMB != 32 || !strings.Contains(err.Error(), "ran out of memory (limit 32 MB)") {
		t.Fatalf("error = %v, want *OutOfMemoryError with limit 32 MB", err)
	}
	if resp := execOK(t, p, spec, Request{Path: "/alloc?mb=4"}); resp.StatusCode != 200 {
		t.Fatalf("after OOM: %d %q", resp.StatusCode, resp.Body)
	}
}

func TestPoolFull(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxContainers: 1})
	a, b := testSpec(t, "full-a"), testSpec(t, "full-b")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := p.Prewarm(ctx, a); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := p.Execute(ctx, a, Request{Path: "/sleep?ms=4000"})
		done <- err
	}()
	eventually(t, 10*time.Second, "the slow request to be in flight", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		w := p.warm[a.Key()][0]
		return w != nil && w.inflight == 1
	})
	// A 1 s timeout waits 1 s at most for a slot: a still runs.
	err := execErr(t, p, b, Request{Path: "/", Timeout: time.Second})
	if !errors.Is(err, ErrPoolFull) || !strings.Contains(err.Error(), "docker.max_containers = 1") {
		t.Fatalf("error = %v, want ErrPoolFull naming docker.max_containers", err)
	}
	// The default timeout (15 s) waits for a's request to end, then evicts
	// a (idle now) to make room.
	execOK(t, p, b, Request{Path: "/"})
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	eventually(t, 15*time.Second, "the evicted container to be removed", func() bool {
		return containersOf(t, eng, a.DeploymentID) == 0
	})
}

// TestPoolFullPerProject: a project at MaxPerProject gets no more
// containers while another project still does; room for the project comes
// only from its own idle containers.
func TestPoolFullPerProject(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxContainers: 3, MaxPerProject: 1})
	a, b, other := testSpec(t, "proj-a"), testSpec(t, "proj-b"), testSpec(t, "proj-other")
	other.ProjectID += "-other"
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := p.Execute(ctx, a, Request{Path: "/sleep?ms=4000"})
		done <- err
	}()
	eventually(t, 30*time.Second, "a's slow request to be in flight", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		ws := p.warm[a.Key()]
		return len(ws) == 1 && ws[0].inflight == 1
	})
	var full *PoolFullError
	err := execErr(t, p, b, Request{Path: "/", Timeout: time.Second})
	if !errors.As(err, &full) || !full.PerProject || full.Limit != 1 || !strings.Contains(err.Error(), "docker.max_containers_per_project = 1") {
		t.Fatalf("b (same project as a): %v, want the per-project PoolFullError", err)
	}
	execOK(t, p, other, Request{Path: "/"}) // another project: room left
	execOK(t, p, b, Request{Path: "/"})     // waits for a, then evicts it
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	wa, wb, wo := len(p.warm[a.Key()]), len(p.warm[b.Key()]), len(p.warm[other.Key()])
	p.mu.Unlock()
	if wa != 0 || wb != 1 || wo != 1 {
		t.Fatalf("serving: a %d, b %d, other %d; want 0, 1, 1", wa, wb, wo)
	}
}

func TestPoolInvalidateAndEnvChange(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "invalidate")
	spec.Env = map[string]string{"FOO": "1"}
	one := execOK(t, p, spec, Request{Path: "/env?name=FOO"})
	spec.Env = map[string]string{"FOO": "2"}
	two := execOK(t, p, spec, Request{Path: "/env?name=FOO"})
	if string(one.Body) != "1" || string(two.Body) != "2" || one.ContainerID == two.ContainerID {
		t.Fatalf("env change: %q on %s, then %q on %s", one.Body, one.ContainerID, two.Body, two.ContainerID)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := p.Invalidate(ctx, spec.DeploymentID); err != nil {
		t.Fatal(err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 || p.Stats().Warm != 0 {
		t.Fatalf("after Invalidate: %d containers, stats %+v", n, p.Stats())
	}
	if resp := execOK(t, p, spec, Request{Path: "/"}); !resp.ColdStart {
		t.Fatal("call after Invalidate was not a cold start")
	}
}

func TestPoolStartFailures(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	// A ready timeout far beyond the caller's 60 s: only noticing the exit
	// (not waiting for readiness) can give the *ExitError below.
	p := newTestPool(t, eng, PoolOptions{ReadyTimeout: 10 * time.Minute})
	spec := testSpec(t, "exit-at-start")
	spec.Env = map[string]string{"FAKE_EXIT_AT_START": "7"}
	err := execErr(t, p, spec, Request{Path: "/"})
	var ee *ExitError
	if !errors.As(err, &ee) || ee.ExitCode != 7 || !strings.Contains(ee.Logs, "exiting at start with code 7") ||
		errors.Is(err, ErrNotReady) || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want *ExitError with code 7 and its output", err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Errorf("%d containers left after a failed start", n)
	}
	missing := testSpec(t, "no-image")
	missing.Image = "fnflow-test/absent:1"
	if err := execErr(t, p, missing, Request{Path: "/"}); !errors.Is(err, ErrImageNotFound) {
		t.Errorf("error = %v, want ErrImageNotFound", err)
	}
}

func TestPoolBodyTooLargeAndClose(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxResponseBytes: 1000})
	spec := testSpec(t, "big")
	if resp := execOK(t, p, spec, Request{Path: "/big?bytes=1000"}); len(resp.Body) != 1000 {
		t.Fatalf("body of %d bytes, want 1000", len(resp.Body))
	}
	if err := execErr(t, p, spec, Request{Path: "/big?bytes=5000"}); !errors.Is(err, ErrBodyTooLarge) {
		t.Fatalf("error = %v, want ErrBodyTooLarge", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := p.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := execErr(t, p, spec, Request{Method: http.MethodGet, Path: "/"}); !errors.Is(err, ErrPoolClosed) {
		t.Fatalf("error after Close = %v, want ErrPoolClosed", err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Fatalf("%d containers left after Close", n)
	}
}

// TestPoolRetryRefused: a call refused before reaching user code runs once
// more on a fresh container.
func TestPoolRetryRefused(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "refused")
	first := execOK(t, p, spec, Request{Path: "/"}).ContainerID
	p.mu.Lock()
	p.warm[spec.Key()][0].base = "http://127.0.0.1:1" // nothing listens there
	p.mu.Unlock()
	resp := execOK(t, p, spec, Request{Path: "/echo"})
	if resp.ContainerID == first || resp.StatusCode != 200 {
		t.Fatalf("retry ran on %s (first %s), status %d", resp.ContainerID, first, resp.StatusCode)
	}
}
