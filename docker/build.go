package docker

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/pkg/stdcopy"
)

// buildLogDrain bounds the wait for the output stream to end after the
// build container exited.
const buildLogDrain = 10 * time.Second

// BuildSpec describes one build.
type BuildSpec struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	// Image is the runtime image; builds run in the same image as executions.
	Image string
	// SourceDir is the host directory with the unpacked source. It is made
	// writable for uid 65534 (chown -R) and mounted read-write at
	// BuildMountPath, the working directory; the build leaves its output there.
	SourceDir string
	// Commands run as sh -c '<Commands>'.
	Commands string
	Env      map[string]string
	// CPUs and MemoryMB come from the build specification.
	CPUs     float64
	MemoryMB int
}

// BuildResult is how a build container ended. A non-zero ExitCode is the
// user's failure, not an error of RunBuild.
type BuildResult struct {
	ExitCode  int
	OOMKilled bool
	Duration  time.Duration
}

// RunBuild runs spec.Commands in a fresh build container, calls onOutput
// with the container's stdout and stderr as they come (in order, from one
// goroutine; the slice is the callee's; never after RunBuild returned), waits for it to exit and removes
// it. Cancelling ctx kills and removes the container and returns ctx's
// error. A command that fails is a BuildResult with a non-zero ExitCode and a
// nil error; errors are infrastructure failures.
func (e *Engine) RunBuild(ctx context.Context, spec BuildSpec, onOutput func([]byte)) (BuildResult, error) {
	if spec.DeploymentID == "" || spec.Image == "" || !filepath.IsAbs(spec.SourceDir) {
		return BuildResult{}, fmt.Errorf("docker: build spec needs a deployment id, an image and an absolute source dir")
	}
	if err := chownTree(spec.SourceDir, 65534, 65534); err != nil {
		return BuildResult{}, err
	}
	env := make([]string, 0, len(spec.Env)+1)
	for k, v := range spec.Env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	id, err := e.CreateContainer(ctx, ContainerSpec{
		Role:  RoleBuild,
		Owner: Owner{ProjectID: spec.ProjectID, FunctionID: spec.FunctionID, DeploymentID: spec.DeploymentID},
		Image: spec.Image, Entrypoint: []string{"sh", "-c"}, Cmd: []string{spec.Commands},
		WorkingDir: BuildMountPath, Env: append(env, "HOME=/tmp"),
		Mounts: []Mount{{Source: spec.SourceDir, Target: BuildMountPath}},
		CPUs:   spec.CPUs, MemoryMB: spec.MemoryMB,
	})
	if err != nil {
		return BuildResult{}, err
	}
	res, err := e.runBuildContainer(ctx, id, onOutput)
	cctx, cancel := e.cleanupCtx(ctx)
	defer cancel()
	if rmErr := e.RemoveContainer(cctx, id); rmErr != nil {
		err = errors.Join(err, rmErr)
	}
	e.log.Info("build container finished", "container_id", shortID(id), "deployment_id", spec.DeploymentID,
		"exit_code", res.ExitCode, "oom_killed", res.OOMKilled, "duration_ms", res.Duration.Milliseconds(), "error", err)
	return res, err
}

func (e *Engine) runBuildContainer(ctx context.Context, id string, onOutput func([]byte)) (BuildResult, error) {
	began := time.Now()
	if err := e.StartContainer(ctx, id); err != nil {
		return BuildResult{}, err
	}
	logCtx, stopLogs := context.WithCancel(ctx)
	streamDone := make(chan struct{})
	var streamErr error
	go func() {
		defer close(streamDone)
		streamErr = e.streamOutput(logCtx, id, onOutput)
	}()
	defer func() { stopLogs(); <-streamDone }() // onOutput is never called after RunBuild returns

	st, err := e.WaitContainer(ctx, id)
	if err != nil {
		if ctx.Err() != nil {
			return BuildResult{}, fmt.Errorf("docker: build container %s cancelled: %w", shortID(id), ctx.Err())
		}
		return BuildResult{}, err
	}
	res := BuildResult{ExitCode: st.ExitCode, OOMKilled: st.OOMKilled, Duration: time.Since(began)}
	t := time.NewTimer(buildLogDrain)
	defer t.Stop()
	select {
	case <-streamDone:
		return res, streamErr
	case <-t.C:
		return res, fmt.Errorf("docker: output of build container %s did not end within %s of its exit", shortID(id), buildLogDrain)
	}
}

// streamOutput follows the container's output until it ends.
func (e *Engine) streamOutput(ctx context.Context, id string, onOutput func([]byte)) error {
	rc, err := e.cli.ContainerLogs(ctx, id, container.LogsOptions{ShowStdout: true, ShowStderr: true, Follow: true})
	if err != nil {
		return fmt.Errorf("docker: follow output of build container %s: %w", shortID(id), err)
	}
	defer rc.Close()
	w := outputWriter(onOutput)
	if _, err := stdcopy.StdCopy(w, w, rc); err != nil && ctx.Err() == nil {
		return fmt.Errorf("docker: read output of build container %s: %w", shortID(id), err)
	}
	return nil
}

type outputWriter func([]byte)

func (f outputWriter) Write(p []byte) (int, error) {
	if f != nil {
		f(append([]byte(nil), p...))
	}
	return len(p), nil
}

// chownTree gives a directory tree to uid:gid (symlinks themselves, not
// their targets).
func chownTree(root string, uid, gid int) error {
	err := filepath.WalkDir(root, func(path string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(path, uid, gid)
	})
	if err != nil {
		return fmt.Errorf("docker: make %s writable for uid %d: %w", root, uid, err)
	}
	return nil
}
