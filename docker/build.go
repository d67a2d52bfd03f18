package docker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/pkg/stdcopy"
)

// The build sandbox. A build never gets a host directory: its workspace
// (BuildMountPath) is an anonymous tmpfs volume with a size and an inode
// cap, owned by uid 65534, removed with the container. The container idles
// under docker-init (sh -c "sleep N", N beyond every bound below) while:
//
//  1. the function's cached dependencies (if any, BuildSpec.Restore) and
//     the source go in through the Engine API (CopyToContainer: the
//     daemon unpacks the tar stream chrooted in the container's root);
//  2. the user's commands run through the exec API as uid 65534 in the
//     workspace (output from the exec's attached streams, exit code from
//     ExecInspect), bounded by BuildSpec.Timeout and ctx;
//  3. on success the container is frozen (pause: no process of the build
//     can change the tree any more; retried, and skipped with a warning
//     when the freezer keeps failing) and the workspace comes out through
//     the Engine API (CopyFromContainer: the daemon makes the tar stream
//     chrooted in the container's root, so a link, even one swapped in
//     during the copy, can only lead to the container's own files), read
//     within BuildCopyTimeout by BuildSpec.Output, which re-checks every
//     entry;
//  4. the container and its volume are removed (cancel and timeout too).
//
// Nothing the build writes reaches the host's disk: the workspace and /tmp
// are tmpfs, the root filesystem is read-only, and the exec's output is
// not logged by Docker. Workspace pages count against the container's
// memory limit (the memory cgroup charges tmpfs pages to the writer), so a
// build that fills its workspace either gets ENOSPC at WorkspaceBytes or
// runs out of memory, whichever comes first.

const (
	// buildLogDrain bounds the wait for the exec's output streams to end
	// after its process exited (background processes may hold them).
	buildLogDrain = 10 * time.Second
	// BuildCopyTimeout bounds putting the source into a build container,
	// and separately, taking its output out.
	BuildCopyTimeout = 2 * time.Minute
	// buildPoll is how often a running build's exec is inspected;
	// buildStartPoll until it has started.
	buildPoll      = time.Second
	buildStartPoll = 50 * time.Millisecond
)

// BuildSpec describes one build.
type BuildSpec struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	// Image is the runtime image; builds run in the same image as executions.
	Image string
	// Source writes the source tree to w as an uncompressed tar stream
	// (relative names, entries owned by 65534:65534). It is unpacked into
	// the workspace before the commands run; its error is RunBuild's
	// (wrapped).
	Source func(w io.Writer) error
	// Restore, when set, writes a tar stream like Source (the function's
	// cached dependency directory) that goes into the workspace before the
	// source, so that files of the source win.
	Restore func(w io.Writer) error
	// Commands run as sh -c '<Commands>' in BuildMountPath, as uid 65534.
	Commands string
	Env      map[string]string
	// CPUs and MemoryMB come from the build specification.
	CPUs     float64
	MemoryMB int
	// WorkspaceBytes and WorkspaceInodes cap the workspace (both required).
	WorkspaceBytes  int64
	WorkspaceInodes int
	// Timeout bounds the commands (required).
	Timeout time.Duration
	// Output reads the workspace after the commands succeeded: the tar
	// stream of BuildMountPath as the Docker daemon makes it ("./"-prefixed
	// names; links, fifos and the like as entries, never followed). It
	// runs within BuildCopyTimeout; its error is RunBuild's (wrapped).
	Output func(r io.Reader) error

	// execDir replaces BuildMountPath as the commands' directory (tests
	// make the exec fail to start with it).
	execDir string
}

// BuildResult is how a build ended. A non-zero ExitCode, a timeout or a
// stopped container are the user's failures, not errors of RunBuild.
type BuildResult struct {
	ExitCode  int
	OOMKilled bool
	// TimedOut: the commands ran longer than BuildSpec.Timeout.
	TimedOut bool
	// ContainerStopped: the commands succeeded but the container had
	// stopped (the build killed its own idle process), so the workspace is
	// gone and Output was not called.
	ContainerStopped bool
	// Duration is the commands' run time.
	Duration time.Duration
}

// Workspace is a tmpfs volume of the local driver: anonymous, so it is
// removed with its container; capped in bytes and inodes; owned by uid
// 65534; nosuid and nodev. Unlike HostConfig.Tmpfs mounts, volumes are
// visible to the archive API (CopyToContainer, CopyFromContainer).
type Workspace struct {
	Target string
	Bytes  int64
	Inodes int
}

func (w Workspace) mount(labels map[string]string) mount.Mount {
	o := fmt.Sprintf("size=%d,nr_inodes=%d,uid=65534,gid=65534,mode=0755,nosuid,nodev", w.Bytes, w.Inodes)
	return mount.Mount{Type: mount.TypeVolume, Target: w.Target, VolumeOptions: &mount.VolumeOptions{
		NoCopy: true, Labels: labels,
		DriverConfig: &mount.Driver{Name: "local", Options: map[string]string{"type": "tmpfs", "device": "tmpfs", "o": o}},
	}}
}

// RunBuild runs one build in a fresh build container (see the sandbox
// above), calls onOutput with the commands' stdout and stderr as they come
// (in order, never concurrently; the slice is the callee's; never after
// RunBuild returned), and removes the container. Cancelling ctx kills and
// removes the container and returns ctx's error.
func (e *Engine) RunBuild(ctx context.Context, spec BuildSpec, onOutput func([]byte)) (BuildResult, error) {
	if spec.DeploymentID == "" || spec.Image == "" || spec.Source == nil || spec.Timeout <= 0 ||
		spec.WorkspaceBytes <= 0 || spec.WorkspaceInodes <= 0 {
		return BuildResult{}, fmt.Errorf("docker: build spec needs a deployment id, an image, a source, a timeout and workspace limits")
	}
	env := make([]string, 0, len(spec.Env)+1)
	for k, v := range spec.Env {
		if k == "" || strings.ContainsAny(k, "=\x00") || strings.ContainsRune(v, 0) {
			return BuildResult{}, fmt.Errorf("docker: invalid build environment entry %q", k)
		}
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	// The idle process outlives every bound of the build, then ends by
	// itself: a container left by a dead worker does not idle forever.
	idle := int((spec.Timeout + 2*BuildCopyTimeout + 2*e.opts.CallTimeout + time.Minute).Seconds())
	ctx, endSpan := traceBuild(ctx, spec)
	id, err := e.CreateContainer(ctx, ContainerSpec{
		Role:  RoleBuild,
		Owner: Owner{ProjectID: spec.ProjectID, FunctionID: spec.FunctionID, DeploymentID: spec.DeploymentID},
		Image: spec.Image, Entrypoint: []string{"sh", "-c"}, Cmd: []string{"sleep " + strconv.Itoa(idle)},
		WorkingDir: BuildMountPath, Env: []string{"HOME=/tmp"},
		Workspace: &Workspace{Target: BuildMountPath, Bytes: spec.WorkspaceBytes, Inodes: spec.WorkspaceInodes},
		CPUs:      spec.CPUs, MemoryMB: spec.MemoryMB,
	})
	if err != nil {
		endSpan("", BuildResult{}, err)
		return BuildResult{}, err
	}
	res, err := e.build(ctx, id, spec, append(env, "HOME=/tmp"), onOutput)
	cctx, cancel := e.cleanupCtx(ctx)
	defer cancel()
	if rmErr := e.RemoveContainer(cctx, id); rmErr != nil {
		err = errors.Join(err, rmErr)
	}
	e.log.Info("build container finished", "container_id", shortID(id), "project_id", spec.ProjectID,
		"function_id", spec.FunctionID, "deployment_id", spec.DeploymentID,
		"exit_code", res.ExitCode, "oom_killed", res.OOMKilled, "timed_out", res.TimedOut,
		"container_stopped", res.ContainerStopped, "duration_ms", res.Duration.Milliseconds(), "error", err)
	endSpan(id, res, err)
	return res, err
}

func (e *Engine) build(ctx context.Context, id string, spec BuildSpec, env []string, onOutput func([]byte)) (BuildResult, error) {
	if err := e.StartContainer(ctx, id); err != nil {
		return BuildResult{}, err
	}
	if spec.Restore != nil {
		if err := e.copySource(ctx, id, spec.Restore); err != nil {
			return BuildResult{}, err
		}
	}
	if err := e.copySource(ctx, id, spec.Source); err != nil {
		return BuildResult{}, err
	}
	res, err := e.runCommands(ctx, id, spec, env, onOutput)
	if err != nil || res.TimedOut {
		return res, err
	}
	if res.ExitCode != 0 {
		// Any OOM kill in the container explains a failure; Docker records
		// it when the container stops.
		if err := e.KillContainer(ctx, id); err != nil {
			return res, err
		}
		st, err := e.WaitContainer(ctx, id)
		res.OOMKilled = st.OOMKilled
		return res, err
	}
	if err := e.takeOutput(ctx, id, spec.Output); err != nil {
		if errors.Is(err, errNotRunning) {
			res.ContainerStopped = true
			return res, nil
		}
		return res, err
	}
	return res, nil
}

// errCopyEnded stops a source writer whose copy ended early.
var errCopyEnded = errors.New("docker: source copy ended")

// copySource streams the source into the workspace through the Engine API.
func (e *Engine) copySource(ctx context.Context, id string, source func(io.Writer) error) error {
	pr, pw := io.Pipe()
	srcErr := make(chan error, 1)
	go func() {
		err := source(pw)
		pw.CloseWithError(err)
		srcErr <- err
	}()
	cctx, cancel := context.WithTimeout(ctx, BuildCopyTimeout)
	defer cancel()
	err := e.cli.CopyToContainer(cctx, id, BuildMountPath, pr, container.CopyToContainerOptions{})
	pr.CloseWithError(errCopyEnded)
	if serr := <-srcErr; serr != nil && !errors.Is(serr, errCopyEnded) {
		return fmt.Errorf("docker: build source: %w", serr)
	}
	if err != nil {
		return fmt.Errorf("docker: copy source into build container %s: %w", shortID(id), err)
	}
	return nil
}

// runCommands runs the commands through the exec API and waits for them
// to end, the timeout or ctx.
func (e *Engine) runCommands(ctx context.Context, id string, spec BuildSpec, env []string, onOutput func([]byte)) (BuildResult, error) {
	dir := BuildMountPath
	if spec.execDir != "" {
		dir = spec.execDir
	}
	cctx, cancel := e.callCtx(ctx)
	ex, err := e.cli.ContainerExecCreate(cctx, id, container.ExecOptions{
		User: containerUser, Cmd: []string{"sh", "-c", spec.Commands}, Env: env, WorkingDir: dir,
		AttachStdout: true, AttachStderr: true,
	})
	cancel()
	if err != nil {
		return BuildResult{}, fmt.Errorf("docker: create build exec in %s: %w", shortID(id), err)
	}
	cctx, cancel = e.callCtx(ctx)
	hj, err := e.cli.ContainerExecAttach(cctx, ex.ID, container.ExecAttachOptions{})
	cancel()
	if err != nil {
		return BuildResult{}, fmt.Errorf("docker: start build exec in %s: %w", shortID(id), err)
	}
	began := time.Now()
	// Until the exec is known to have started, its stream is held back: a
	// failed start puts the engine's error text there (OCI runtime exec
	// failed…), which is for the server log, not the build's output.
	gate := &gatedOutput{f: onOutput}
	streamDone := make(chan struct{})
	go func() {
		defer close(streamDone)
		_, _ = stdcopy.StdCopy(gate, gate, hj.Reader) // ends at EOF or when the connection is closed
	}()
	// onOutput is never called after RunBuild returns.
	defer func() { hj.Close(); <-streamDone }()

	deadline := time.NewTimer(spec.Timeout)
	defer deadline.Stop()
	tick := time.NewTicker(buildStartPoll)
	defer tick.Stop()
	ended := streamDone
	started := false
	for {
		cctx, cancel := e.callCtx(ctx)
		st, err := e.cli.ContainerExecInspect(cctx, ex.ID)
		cancel()
		switch {
		case err != nil && ctx.Err() == nil:
			return BuildResult{}, fmt.Errorf("docker: inspect build exec in %s: %w", shortID(id), err)
		case err != nil:
		case !started && st.Pid == 0 && !st.Running && st.ExitCode != 0:
			select { // the engine's message ends the stream
			case <-streamDone:
			case <-time.After(buildLogDrain):
			}
			return BuildResult{}, fmt.Errorf("docker: build exec in %s did not start (exit code %d): %s",
				shortID(id), st.ExitCode, strings.TrimSpace(gate.held()))
		case !started && st.Pid != 0:
			started = true
			gate.release()
			tick.Reset(buildPoll)
		}
		if started && !st.Running && err == nil {
			res := BuildResult{ExitCode: st.ExitCode, Duration: time.Since(began)}
			drain := time.NewTimer(buildLogDrain)
			defer drain.Stop()
			select {
			case <-streamDone:
			case <-drain.C: // a background process holds the streams: stop reading
			case <-ctx.Done():
				return BuildResult{}, fmt.Errorf("docker: build in %s cancelled: %w", shortID(id), ctx.Err())
			}
			return res, nil
		}
		select {
		case <-ctx.Done():
			return BuildResult{}, fmt.Errorf("docker: build in %s cancelled: %w", shortID(id), ctx.Err())
		case <-deadline.C:
			return BuildResult{TimedOut: true, Duration: time.Since(began)}, nil
		case <-ended:
			ended = nil // the streams are closed; keep polling the exec alone
		case <-tick.C:
		}
	}
}

// gatedOutput holds a build's output back until release, then passes it
// on (calls are serialised by the mutex, so they stay in order).
type gatedOutput struct {
	mu   sync.Mutex
	open bool
	buf  []byte
	f    func([]byte)
}

// maxHeld bounds what is held back before the exec is known to have
// started. The engine's start errors are one short line, so more output
// than this means the commands are running: it is released at once.
const maxHeld = 64 << 10

func (g *gatedOutput) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := len(p)
	if !g.open {
		g.buf = append(g.buf, p...)
		if len(g.buf) <= maxHeld {
			return n, nil
		}
		g.open, p, g.buf = true, g.buf, nil
	} else {
		p = append([]byte(nil), p...)
	}
	if g.f != nil {
		g.f(p)
	}
	return n, nil
}

func (g *gatedOutput) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open = true
	if len(g.buf) > 0 && g.f != nil {
		g.f(g.buf)
	}
	g.buf = nil
}

func (g *gatedOutput) held() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return string(g.buf)
}

// errNotRunning: the build container stopped before its output was taken.
var errNotRunning = errors.New("docker: build container is not running")

// pauseAttempts bounds the tries to freeze a build container: the cgroup
// v1 freezer gives up ("unable to freeze") when a task does not reach a
// freezable point in time, which happens on a loaded host.
const pauseAttempts = 8

// takeOutput freezes the container and hands the workspace's tar stream to
// output. When the freezer keeps failing, the copy goes ahead unfrozen: the
// daemon makes the stream chrooted in the container either way, so a
// process still running can change what is copied, never what the host
// reads; PackOutput checks whatever comes.
func (e *Engine) takeOutput(ctx context.Context, id string, output func(io.Reader) error) error {
	var err error
	for i, wait := 0, 100*time.Millisecond; i < pauseAttempts; i, wait = i+1, min(2*wait, time.Second) {
		cctx, cancel := e.callCtx(ctx)
		err = e.cli.ContainerPause(cctx, id)
		cancel()
		if err == nil {
			break
		}
		if st, ierr := e.InspectContainer(ctx, id); ierr == nil && !st.Running {
			return errNotRunning
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("docker: pause build container %s: %w", shortID(id), ctx.Err())
		case <-time.After(wait):
		}
	}
	if err != nil {
		e.log.Warn("build container not frozen; taking its output unfrozen", "container_id", shortID(id), "error", err)
	}
	if output == nil {
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, BuildCopyTimeout)
	defer cancel()
	rc, _, err := e.cli.CopyFromContainer(cctx, id, BuildMountPath+"/.")
	if err != nil {
		return fmt.Errorf("docker: copy output of build container %s: %w", shortID(id), err)
	}
	defer rc.Close()
	if err := output(rc); err != nil {
		return fmt.Errorf("docker: build output of %s: %w", shortID(id), err)
	}
	return nil
}
