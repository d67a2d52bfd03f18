package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
)

// sourceOf is a BuildSpec.Source writing files as the activity does: a
// plain tar owned by the build user.
func sourceOf(files map[string]string) func(io.Writer) error {
	return func(w io.Writer) error {
		tw := tar.NewWriter(w)
		for name, body := range files {
			h := &tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(body)), Uid: 65534, Gid: 65534}
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			if _, err := io.WriteString(tw, body); err != nil {
				return err
			}
		}
		return tw.Close()
	}
}

// entry is one entry of a build's output stream.
type entry struct {
	typ        byte
	link, body string
}

// tree collects the output stream of a build, as the daemon made it.
type tree struct {
	mu      sync.Mutex
	entries map[string]entry
	raw     []byte
}

func (t *tree) read(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.raw, t.entries = b, map[string]entry{}
	tr := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		body, _ := io.ReadAll(tr)
		t.entries[strings.TrimPrefix(h.Name, "./")] = entry{typ: h.Typeflag, link: h.Linkname, body: string(body)}
	}
}

func (t *tree) get(name string) (entry, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.entries[name]
	return e, ok
}

func testBuildSpec(t *testing.T, name, commands string) BuildSpec {
	t.Helper()
	return BuildSpec{ProjectID: "p" + runID, FunctionID: "f-" + name, DeploymentID: "d-" + runID + "-" + name,
		Image: fakeImage, Source: sourceOf(map[string]string{"in.txt": "source-content\n"}), Commands: commands,
		Env: map[string]string{"BUILD_VAR": "v"}, CPUs: 1, MemoryMB: 64,
		WorkspaceBytes: 16 << 20, WorkspaceInodes: 1000, Timeout: time.Minute}
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
	var files tree
	spec.Output = files.read
	var out output
	res, err := eng.RunBuild(ctx, spec, out.add)
	if err != nil || res.ExitCode != 0 || res.OOMKilled || res.TimedOut || res.Duration <= 0 {
		t.Fatalf("RunBuild = %+v, %v", res, err)
	}
	for _, want := range []string{"building\n", "warning\n", "source-content\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output %q lacks %q", out.String(), want)
		}
	}
	if e, _ := files.get("out.txt"); e.body != "compiled\n" {
		t.Errorf("out.txt = %+v", e)
	}
	if e, _ := files.get("in.txt"); e.body != "source-content\n" {
		t.Errorf("in.txt = %+v", e)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Errorf("%d build containers left", n)
	}

	failing := testBuildSpec(t, "build-fail", "echo failing && exit 3")
	failing.Output = func(io.Reader) error { t.Error("output taken from a failed build"); return nil }
	res, err = eng.RunBuild(ctx, failing, nil)
	if err != nil || res.ExitCode != 3 || res.OOMKilled {
		t.Fatalf("failing build = %+v, %v; want exit code 3 and no error", res, err)
	}
	readonly := testBuildSpec(t, "build-ro", "touch /outside")
	if res, err = eng.RunBuild(ctx, readonly, nil); err != nil || res.ExitCode == 0 {
		t.Fatalf("writing outside the build dir = %+v, %v; want a failure", res, err)
	}
}

// A source that cannot be read fails the build with its own error, and no
// container stays.
func TestRunBuildSourceError(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	spec := testBuildSpec(t, "build-src", "true")
	bad := errors.New("source refused")
	spec.Source = func(w io.Writer) error { _, _ = io.WriteString(w, "partial"); return bad }
	if _, err := eng.RunBuild(ctx, spec, nil); !errors.Is(err, bad) {
		t.Fatalf("RunBuild = %v, want the source's error", err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Errorf("%d build containers left", n)
	}
}

// An exec that cannot start (here: its directory is missing) is an engine
// failure: an error for the server log, and the
// engine's text never reaches the build's output.
func TestRunBuildExecStartFailure(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	spec := testBuildSpec(t, "build-nostart", "echo never")
	spec.execDir = "/nonexistent"
	var out output
	res, err := eng.RunBuild(ctx, spec, out.add)
	if err == nil || !strings.Contains(err.Error(), "did not start") {
		t.Fatalf("RunBuild = %+v, %v; want an exec start error", res, err)
	}
	if out.String() != "" {
		t.Fatalf("the build's output holds %q", out.String())
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Errorf("%d build containers left", n)
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

func TestRunBuildTimeout(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	spec := testBuildSpec(t, "build-timeout", "echo started && sleep 60")
	spec.Timeout = time.Second
	res, err := eng.RunBuild(ctx, spec, nil)
	if err != nil || !res.TimedOut {
		t.Fatalf("RunBuild = %+v, %v; want a timeout", res, err)
	}
	if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
		t.Fatalf("%d build containers left after the timeout", n)
	}
}

// nodeBuildSpec is a build on the real node image (busybox has ln, mkfifo,
// head, dd).
func nodeBuildSpec(t *testing.T, eng *Engine, name, commands string) BuildSpec {
	t.Helper()
	requireImage(t, eng, nodeImage)
	spec := testBuildSpec(t, name, commands)
	spec.Image, spec.MemoryMB = nodeImage, 256
	return spec
}

func TestNodeBuild(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	spec := nodeBuildSpec(t, eng, "nodebuild", `node -e "require('fs').writeFileSync('built.txt', process.version)" && echo done`)
	var files tree
	spec.Output = files.read
	var out output
	res, err := eng.RunBuild(ctx, spec, out.add)
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("RunBuild = %+v, %v; output %q", res, err, out.String())
	}
	if e, _ := files.get("built.txt"); !strings.HasPrefix(e.body, "v18.") {
		t.Errorf("built.txt = %+v", e)
	}
	if !strings.Contains(out.String(), "done") {
		t.Errorf("output %q", out.String())
	}
}

// canary is a host file (and its directory) that no build may read.
func canary(t *testing.T) (dir, file, content string) {
	t.Helper()
	dir = t.TempDir()
	content = "host-canary-" + randomHex(8)
	file = filepath.Join(dir, "canary.txt")
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, file, content
}

// TestBuildSandbox: what a build's commands do to its workspace stays in
// its container. Links to host paths come out as link entries (never
// followed), fifos as entries (never opened), a background process swapping
// a directory for a link cannot make the copy read the host, and a build
// writing past the workspace cap gets ENOSPC.
func TestBuildSandbox(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireImage(t, eng, nodeImage)
	cdir, cfile, content := canary(t)
	run := func(t *testing.T, spec BuildSpec) (BuildResult, *tree, string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		files := &tree{}
		spec.Output = files.read
		var out output
		res, err := eng.RunBuild(ctx, spec, out.add)
		if err != nil {
			t.Fatalf("RunBuild = %+v, %v; output %q", res, err, out.String())
		}
		if bytes.Contains(files.raw, []byte(content)) || strings.Contains(out.String(), content) {
			t.Fatal("the host canary reached the build")
		}
		if n := containersOf(t, eng, spec.DeploymentID); n != 0 {
			t.Errorf("%d build containers left", n)
		}
		return res, files, out.String()
	}
	t.Run("links and fifos", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-links", "ln -s "+cfile+" file-link && ln -s / root && ln -s "+cdir+
			" dir-link && ln in.txt hard && mkfifo fifo && echo linked")
		res, files, out := run(t, spec)
		if res.ExitCode != 0 || !strings.Contains(out, "linked") {
			t.Fatalf("build %+v: %q", res, out)
		}
		for name, want := range map[string]entry{"file-link": {typ: tar.TypeSymlink, link: cfile},
			"root": {typ: tar.TypeSymlink, link: "/"}, "dir-link": {typ: tar.TypeSymlink, link: cdir},
			"fifo": {typ: tar.TypeFifo}} {
			if got, ok := files.get(name); !ok || got.typ != want.typ || got.link != want.link || got.body != "" {
				t.Errorf("%s = %+v (present %v), want %+v", name, got, ok, want)
			}
		}
		if got, _ := files.get("hard"); got.typ != tar.TypeLink && got.body != "source-content\n" {
			t.Errorf("hard = %+v", got)
		}
	})
	t.Run("swapping a directory for a link", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-swap", "mkdir d && echo in-tree > d/f && "+
			"(while :; do mv d x; ln -s "+cdir+" d; rm d; ln -s / d; rm d; mv x d; done) >/dev/null 2>&1 & sleep 1; echo swapping")
		res, _, out := run(t, spec)
		if res.ExitCode != 0 || !strings.Contains(out, "swapping") {
			t.Fatalf("build %+v: %q", res, out)
		}
	})
	t.Run("background process holding the output", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-bg", "sleep 600 & echo left")
		if res, _, out := run(t, spec); res.ExitCode != 0 || !strings.Contains(out, "left") {
			t.Fatalf("build %+v: %q", res, out)
		}
	})
	t.Run("workspace cap", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-cap", "dd if=/dev/zero of=big bs=1M count=100")
		res, _, out := run(t, spec)
		if res.ExitCode == 0 || res.OOMKilled || !strings.Contains(out, "No space left on device") {
			t.Fatalf("writing 100 MB into a 16 MiB workspace: %+v %q", res, out)
		}
	})
	t.Run("a burst of output at the start arrives whole", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-burst", "head -c 300000 /dev/zero | tr '\\0' a; echo; echo end")
		res, _, out := run(t, spec)
		if res.ExitCode != 0 || out != strings.Repeat("a", 300000)+"\nend\n" {
			t.Fatalf("build %+v: %d bytes of output, ending %q", res, len(out), out[max(0, len(out)-20):])
		}
	})
	t.Run("no container log on the host", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-log", "head -c 1000000 /dev/zero > /proc/1/fd/1 && echo wrote && sleep 30")
		spec.Output = nil
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		wrote := make(chan struct{})
		var once sync.Once
		done := make(chan error, 1)
		go func() {
			_, err := eng.RunBuild(ctx, spec, func(p []byte) {
				if bytes.Contains(p, []byte("wrote")) {
					once.Do(func() { close(wrote) })
				}
			})
			done <- err
		}()
		select {
		case <-wrote:
		case err := <-done:
			t.Fatalf("build ended early: %v", err)
		}
		list, err := eng.cli.ContainerList(ctx, container.ListOptions{All: true,
			Filters: filters.NewArgs(filters.Arg("label", LabelDeployment+"="+spec.DeploymentID))})
		if err != nil || len(list) != 1 {
			t.Fatalf("build container: %v %v", list, err)
		}
		c, err := eng.cli.ContainerInspect(ctx, list[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if c.LogPath != "" {
			st, err := os.Stat(c.LogPath)
			t.Fatalf("the build container logs to the host: %s (%v, %v)", c.LogPath, st, err)
		}
		cancel()
		<-done
	})
	t.Run("workspace pages count against memory", func(t *testing.T) {
		t.Parallel()
		usage := "(cat /sys/fs/cgroup/memory/memory.usage_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.current)"
		spec := nodeBuildSpec(t, eng, "sandbox-charge", "echo before $"+usage+" && dd if=/dev/zero of=big bs=1M count=64 2>/dev/null && echo after $"+usage)
		spec.WorkspaceBytes = 128 << 20
		res, _, out := run(t, spec)
		var before, after int64
		if _, err := fmt.Sscanf(out, "before %d\nafter %d", &before, &after); err != nil || res.ExitCode != 0 {
			t.Fatalf("build %+v: %q (%v)", res, out, err)
		}
		if after-before < 60<<20 {
			t.Fatalf("memory usage grew by %d bytes after writing 64 MiB into the workspace", after-before)
		}
	})
	t.Run("a child killed for memory does not fail a build that succeeds", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-oom-child", `node -e "const a = []; for (;;) a.push(Buffer.alloc(1 << 20, 1))" || echo survived`)
		if res, _, out := run(t, spec); res.ExitCode != 0 || res.OOMKilled || !strings.Contains(out, "survived") {
			t.Fatalf("build %+v: %q", res, out)
		}
	})
	t.Run("out of memory", func(t *testing.T) {
		t.Parallel()
		spec := nodeBuildSpec(t, eng, "sandbox-oom", `node -e "const a = []; for (;;) a.push(Buffer.alloc(1 << 20, 1))"`)
		if res, _, out := run(t, spec); res.ExitCode == 0 || !res.OOMKilled {
			t.Fatalf("allocating without end in a 256 MB build: %+v %q", res, out)
		}
	})
}
