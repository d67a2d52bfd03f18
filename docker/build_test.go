package docker

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func testBuildSpec(t *testing.T, name, commands string) BuildSpec {
	t.Helper()
	src := t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "in.txt"), []byte("source-content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return BuildSpec{ProjectID: "p" + runID, FunctionID: "f-" + name, DeploymentID: "d-" + runID + "-" + name,
		Image: fakeImage, SourceDir: src, Commands: commands, Env: map[string]string{"BUILD_VAR": "v"}, CPUs: 1, MemoryMB: 64}
}

// output collects onOutput calls.
type output struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *output) add(p []byte) { o.mu.Lock(); o.buf.Write(p); o.mu.Unlock() }
func (o *output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

func TestRunBuild(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	spec := testBuildSpec(t, "build-ok", "echo building && echo compiled > out.txt && echo warning >&2 && cat in.txt")
	var out output
	res, err := eng.RunBuild(ctx, spec, out.add)
	if err != nil || res.ExitCode != 0 || res.OOMKilled || res.Duration <= 0 {
		t.Fatalf("RunBuild = %+v, %v", res, err)
	}
	for _, want := range []string{"building\n", "warning\n", "source-content\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output %q lacks %q", out.String(), want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(spec.SourceDir, "out.txt")); err != nil || string(b) != "compiled\n" {
		t.Errorf("out.txt = %q, %v", b, err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Errorf("%d build containers left", n)
	}

	failing := testBuildSpec(t, "build-fail", "echo failing && exit 3")
	res, err = eng.RunBuild(ctx, failing, nil)
	if err != nil || res.ExitCode != 3 {
		t.Fatalf("failing build = %+v, %v; want exit code 3 and no error", res, err)
	}
	readonly := testBuildSpec(t, "build-ro", "touch /outside")
	if res, err = eng.RunBuild(ctx, readonly, nil); err != nil || res.ExitCode == 0 {
		t.Fatalf("writing outside the build dir = %+v, %v; want a failure", res, err)
	}
}

func TestRunBuildCancel(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	spec := testBuildSpec(t, "build-cancel", "echo started && sleep 60")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started := make(chan struct{})
	var once sync.Once
	type result struct {
		res BuildResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := eng.RunBuild(ctx, spec, func(p []byte) {
			if bytes.Contains(p, []byte("started")) {
				once.Do(func() { close(started) })
			}
		})
		done <- result{res, err}
	}()
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("build output never arrived")
	}
	cancel()
	select {
	case r := <-done:
		if !errors.Is(r.err, context.Canceled) {
			t.Fatalf("cancelled build = %+v, %v; want context.Canceled", r.res, r.err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("cancelled build did not return")
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Fatalf("%d build containers left after cancel", n)
	}
}
