package docker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"

	"github.com/fnflow/fnflow/internal/testreq"
)

// Test-run state, set once by TestMain.
var (
	dockerHost string // from DOCKER_HOST, or the default socket
	dockerErr  error  // why Docker tests skip
	fakeImage  string // tag of the fake runtime image
	runID      = randomHex(4)
)

// testRunLabel marks every container a test creates, so TestMain can prove
// none is left.
const testRunLabel = "fnflowtest.run"

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dockerHost = os.Getenv("DOCKER_HOST") // tests read the environment; the package does not
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	eng, err := New(ctx, Options{Host: dockerHost, InstanceID: "test-main-" + runID, Logger: testLogger()})
	if err != nil {
		dockerErr = err
		fmt.Fprintf(os.Stderr, "docker tests will be skipped: %v\n", err)
		return m.Run()
	}
	defer eng.Close()
	if fakeImage, err = ensureFakeImage(ctx, eng); err != nil {
		fmt.Fprintf(os.Stderr, "cannot build the fake runtime image: %v\n", err)
		return 1
	}
	code := m.Run()
	lctx, lcancel := context.WithTimeout(context.Background(), time.Minute) // ctx may be spent by now
	defer lcancel()
	if left := leftoverContainers(lctx, eng); left != "" {
		fmt.Fprintf(os.Stderr, "FAIL: tests left containers behind (now removed): %s\n", left)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// leftoverContainers removes and names the containers of this test run.
func leftoverContainers(ctx context.Context, eng *Engine) string {
	list, err := eng.cli.ContainerList(ctx, container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", testRunLabel+"="+runID))})
	if err != nil {
		return "cannot list: " + err.Error()
	}
	var names []string
	for _, c := range list {
		names = append(names, strings.Join(c.Names, ","))
		if err := eng.RemoveContainer(ctx, c.ID); err != nil {
			names = append(names, err.Error())
		}
	}
	return strings.Join(names, " ")
}

func testLogger() *slog.Logger {
	if os.Getenv("FNFLOW_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// requireDocker skips t when the Docker engine is unreachable.
func requireDocker(tb testing.TB) {
	tb.Helper()
	if dockerErr != nil {
		testreq.Missing(tb, fmt.Sprintf("Docker engine unreachable: %v", dockerErr))
	}
}

// newTestEngine connects an Engine whose instance ID is unique to the test
// (so one test's reconciler never sees another's containers as its own).
func newTestEngine(tb testing.TB, instanceID string) *Engine {
	tb.Helper()
	requireDocker(tb)
	if instanceID == "" {
		instanceID = "test-" + runID + "-" + sanitize(tb.Name())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	eng, err := New(ctx, Options{
		Host: dockerHost, InstanceID: instanceID, CallTimeout: 20 * time.Second, StopGrace: time.Second,
		Labels: map[string]string{testRunLabel: runID}, Logger: testLogger(),
	})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	tb.Cleanup(func() {
		if err := eng.Close(); err != nil {
			tb.Errorf("engine Close: %v", err)
		}
	})
	return eng
}

// newTestPool starts a pool that the test's cleanup closes.
func newTestPool(tb testing.TB, eng *Engine, opts PoolOptions) *Pool {
	tb.Helper()
	if opts.Logger == nil {
		opts.Logger = testLogger()
	}
	p, err := NewPool(eng, opts)
	if err != nil {
		tb.Fatalf("NewPool: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := p.Close(ctx); err != nil {
			tb.Errorf("pool Close: %v", err)
		}
	})
	return p
}

// testSpec is a runtime spec for the fake image with a deployment ID unique
// to this run.
func testSpec(tb testing.TB, name string) RuntimeSpec {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	return RuntimeSpec{
		ProjectID: "p" + runID, FunctionID: "f-" + name, DeploymentID: "d-" + runID + "-" + name,
		Image: fakeImage, CodeDir: dir, Entrypoint: "index.js", CPUs: 0.5, MemoryMB: 64,
	}
}

// containersOf counts the containers (running or not) of a deployment.
func containersOf(tb testing.TB, eng *Engine, deploymentID string) int {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	list, err := eng.cli.ContainerList(ctx, container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", LabelDeployment+"="+deploymentID))})
	if err != nil {
		tb.Fatalf("list containers: %v", err)
	}
	return len(list)
}

// eventually polls cond every 50 ms until it holds or d passes.
func eventually(tb testing.TB, d time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, s)
}
