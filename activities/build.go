package activities

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker/cron"
)

func (a *Activities) unpackLimits() artifacts.Limits {
	return artifacts.Limits{MaxBytes: a.Cfg.Limits.UnpackedSize, MaxFiles: a.Cfg.Limits.UnpackedFiles,
		MaxRatio: artifacts.DefaultMaxRatio}
}

// outputLimits bound a build's output: what CodeDir will unpack.
func (a *Activities) outputLimits() artifacts.Limits {
	return artifacts.Limits{MaxBytes: a.Cfg.Limits.UnpackedSize, MaxFiles: a.Cfg.Limits.UnpackedFiles,
		ContainerLinks: true}
}

// workspaceInodes caps the files of a build's workspace: twice what an
// output may hold (a build may make and delete temporary files), plus
// room for directories.
func workspaceInodes(maxFiles int) int {
	if maxFiles <= 0 {
		maxFiles = 20_000
	}
	return 2*maxFiles + 1000
}

func buildFailed(msg string) error {
	return temporal.NewNonRetryableApplicationError(msg, contract.ErrBuildFailed, nil)
}

// BuildPrepare marks the deployment processing once its source is there.
func (a *Activities) BuildPrepare(ctx context.Context, in contract.BuildInput) error {
	d, err := a.Store.GetDeployment(ctx, in.ProjectID, in.FunctionID, in.DeploymentID)
	if models.IsCode(err, models.CodeDeploymentNotFound) {
		return temporal.NewNonRetryableApplicationError("deployment was deleted", contract.ErrBuildSkipped, nil)
	}
	if err != nil {
		return fmt.Errorf("build prepare: %w", err)
	}
	switch d.Status {
	case models.DeploymentCanceled, models.DeploymentReady, models.DeploymentFailed:
		return temporal.NewNonRetryableApplicationError("deployment is "+d.Status, contract.ErrBuildSkipped, nil)
	}
	if _, err := a.Artifacts.Size(ctx, d.SourcePath); errors.Is(err, artifacts.ErrNotFound) {
		return buildFailed("The deployment's source code is missing.")
	} else if err != nil {
		return fmt.Errorf("build prepare: %w", err)
	}
	return a.setDeployment(ctx, d, a.Store.MarkBuildProcessing)
}

// writeSource streams the deployment's source to w as the build container
// receives it: checked again as at upload, entries owned by the build user.
func (a *Activities) writeSource(ctx context.Context, d *models.Deployment, w io.Writer) error {
	f, err := a.Artifacts.Open(ctx, d.SourcePath)
	if err != nil {
		return fmt.Errorf("open source: %w", err)
	}
	defer f.Close()
	_, err = artifacts.BuildSource(ctx, f, w, a.unpackLimits(), 65534, 65534)
	return err
}

// storeOutput repacks a build container's workspace stream (checked entry
// by entry, see artifacts.PackOutput) into the deployment's output artifact.
func (a *Activities) storeOutput(ctx context.Context, key string, r io.Reader) (artifacts.OutputStats, int64, error) {
	pr, pw := io.Pipe()
	var st artifacts.OutputStats
	packed := make(chan error, 1)
	go func() {
		var err error
		st, err = artifacts.PackOutput(ctx, r, pw, a.outputLimits())
		pw.CloseWithError(err)
		packed <- err
	}()
	n, err := a.Artifacts.Put(ctx, key, pr)
	pr.CloseWithError(errors.New("output store ended"))
	perr := <-packed
	switch {
	case errors.Is(perr, artifacts.ErrInvalidArchive):
		return st, 0, perr
	case err != nil:
		return st, 0, fmt.Errorf("store build output: %w", err)
	case perr != nil:
		return st, 0, perr
	}
	return st, n, nil
}

// BuildRun runs the build in a container of the function's runtime image
// (docker.RunBuild: the source goes in and the output comes out through
// the Engine API, never through a host directory), heartbeating and
// appending the output to the deployment's build logs as it runs, and
// stores the checked output. Cancelling the activity kills the container.
// Users read only fixed sentences and their build's own output; engine
// errors go to the server log with the deployment ID and are retried.
func (a *Activities) BuildRun(ctx context.Context, in contract.BuildInput) (contract.BuildOutput, error) {
	d, err := a.Store.GetDeployment(ctx, in.ProjectID, in.FunctionID, in.DeploymentID)
	if models.IsCode(err, models.CodeDeploymentNotFound) {
		return contract.BuildOutput{}, temporal.NewNonRetryableApplicationError("deployment was deleted", contract.ErrBuildSkipped, nil)
	}
	if err != nil {
		return contract.BuildOutput{}, fmt.Errorf("build run: %w", err)
	}
	fn, err := a.Store.GetFunction(ctx, in.ProjectID, in.FunctionID)
	if err != nil {
		return contract.BuildOutput{}, fmt.Errorf("build run: %w", err)
	}
	def, ok := a.Runtimes[fn.Runtime]
	if !ok || def.Image == "" {
		return contract.BuildOutput{}, buildFailed(fmt.Sprintf("Runtime %q is not available on this server.", fn.Runtime))
	}
	spec, err := models.LookupSpecification(fn.BuildSpecification)
	if err != nil {
		if spec, err = models.LookupSpecification(a.Cfg.Limits.DefaultSpecSlug); err != nil {
			return contract.BuildOutput{}, fmt.Errorf("build run: %w", err)
		}
	}
	if err := a.setDeployment(ctx, d, a.Store.MarkBuildBuilding); err != nil {
		return contract.BuildOutput{}, err
	}

	logs := &buildLog{max: a.Cfg.Limits.BuildLogBytes}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				activity.RecordHeartbeat(ctx)
				a.flushLogs(ctx, in, logs)
			}
		}
	}()
	apiKey, err := a.ephemeralKey(ctx, fn, "build-"+d.ID, in.BuildTimeout())
	if err != nil {
		close(stop)
		wg.Wait()
		return contract.BuildOutput{}, err
	}
	key := artifacts.OutputKey(in.ProjectID, in.DeploymentID)
	vars, _, err := a.Store.RuntimeEnv(ctx, in.ProjectID, in.FunctionID)
	if err != nil {
		close(stop)
		wg.Wait()
		return contract.BuildOutput{}, fmt.Errorf("build run: variables: %w", err)
	}
	cacheHash, err := a.buildCacheKey(ctx, fn, d, def, d.Commands)
	if err != nil {
		a.Log.Warn("build cache key", "project_id", d.ProjectID, "function_id", d.FunctionID, "deployment_id", d.ID, "error", err)
		cacheHash = ""
	}
	var restore func(io.Writer) error
	cached := ""
	if cacheHash != "" {
		cached = liveCache(in.ProjectID, in.FunctionID, cacheHash)
		if _, err := a.Artifacts.Size(ctx, cached); err == nil {
			logs.write([]byte(fmt.Sprintf("Restoring %s from the build cache (same runtime, commands and dependency files as a previous build).\n",
				depKinds[def.Key].dir)))
			restore = func(w io.Writer) error { return a.restoreCache(ctx, cached, w) }
		}
	}
	if a.Pool != nil {
		// The deployment will need a runtime container when it turns
		// ready: have a spare of its image waiting by then.
		a.Pool.ExpectImage(def.Image)
	}
	var srcErr, outErr error
	var out artifacts.OutputStats
	var stored int64
	res, runErr := a.Engine.RunBuild(ctx, docker.BuildSpec{
		ProjectID: in.ProjectID, FunctionID: in.FunctionID, DeploymentID: in.DeploymentID,
		Image: def.Image, Commands: buildScript(def, d.Commands), CPUs: spec.CPUs, MemoryMB: spec.Memory, Timeout: in.BuildTimeout(),
		WorkspaceBytes: a.Cfg.Limits.UnpackedSize, WorkspaceInodes: workspaceInodes(a.Cfg.Limits.UnpackedFiles),
		Env:     buildEnv(vars, fn, d, def, spec, a.functionEndpoint(), apiKey),
		Restore: restore,
		Source: func(w io.Writer) error {
			srcErr = a.writeSource(ctx, d, w)
			return srcErr
		},
		Output: func(r io.Reader) error {
			logs.write([]byte("Build packaging started.\n"))
			out, stored, outErr = a.storeOutput(ctx, key, r)
			if outErr == nil {
				logs.write([]byte("Build packaging finished.\n"))
			}
			return outErr
		},
	}, logs.write)
	close(stop)
	wg.Wait()
	if runErr != nil && ctx.Err() != nil {
		a.flushLogs(context.WithoutCancel(ctx), in, logs)
		return contract.BuildOutput{}, ctx.Err()
	}
	if out.DroppedCount > 0 {
		logs.write([]byte(droppedWarning(out)))
	}
	if runErr != nil && restore != nil {
		// The cached entry may be what failed: the retry builds without it.
		_ = a.Artifacts.Delete(ctx, cached)
	}
	succeeded := runErr == nil && srcErr == nil && outErr == nil && !res.TimedOut && !res.OOMKilled && res.ExitCode == 0 &&
		!res.ContainerStopped
	if runErr == nil && res.ExitCode == 127 && !res.OOMKilled {
		logs.write([]byte(missingCommandHint(def, logs.text()) + "\n"))
	}
	if succeeded && cacheHash != "" && restore == nil {
		if err := a.saveCache(ctx, fn, def, key, cacheHash); err != nil {
			a.Log.Warn("build cache not saved", "project_id", d.ProjectID, "function_id", d.FunctionID, "deployment_id", d.ID, "error", err)
		}
	}
	if succeeded {
		logs.write([]byte("Build finished.\n"))
	}
	a.flushLogs(ctx, in, logs)
	switch {
	case errors.Is(srcErr, artifacts.ErrInvalidArchive):
		return contract.BuildOutput{}, buildFailed("Invalid source archive: " + artifacts.Reason(srcErr))
	case errors.Is(srcErr, artifacts.ErrNotFound):
		return contract.BuildOutput{}, buildFailed("The deployment's source code is missing.")
	case errors.Is(outErr, artifacts.ErrInvalidArchive):
		return contract.BuildOutput{}, buildFailed("The build output was refused: " + artifacts.Reason(outErr) + ".")
	case models.IsNoSpace(outErr):
		return contract.BuildOutput{}, buildFailed("The build output could not be stored: the server's storage is full.")
	case runErr != nil:
		// Engine internals stay here; the user reads a fixed sentence once
		// the retries are spent (BuildWorkflow).
		a.Log.Warn("build attempt failed", "project_id", in.ProjectID, "function_id", in.FunctionID, "deployment_id", in.DeploymentID,
			"attempt", activity.GetInfo(ctx).Attempt, "error", runErr)
		return contract.BuildOutput{}, fmt.Errorf("build container: %w", runErr)
	case res.TimedOut:
		return contract.BuildOutput{}, buildFailed(fmt.Sprintf("Build timed out after %s.", in.BuildTimeout()))
	case res.OOMKilled:
		return contract.BuildOutput{}, buildFailed(fmt.Sprintf("Build ran out of memory (%d MB) and was killed: exit code %d.", spec.Memory, res.ExitCode))
	case res.ExitCode != 0:
		return contract.BuildOutput{}, buildFailed(fmt.Sprintf("Build command failed with exit code %d.", res.ExitCode))
	case res.ContainerStopped:
		return contract.BuildOutput{}, buildFailed("The build stopped its own container, so its output could not be taken.")
	}
	return contract.BuildOutput{OutputPath: key, BuildSize: stored, DurationSeconds: int(math.Ceil(res.Duration.Seconds()))}, nil
}

// droppedWarning tells the user which special files the output left out.
func droppedWarning(out artifacts.OutputStats) string {
	names := make([]string, len(out.Dropped))
	for i, n := range out.Dropped {
		names[i] = strconv.Quote(n)
	}
	more := ""
	if out.DroppedCount > len(out.Dropped) {
		more = fmt.Sprintf(" and %d more", out.DroppedCount-len(out.Dropped))
	}
	return fmt.Sprintf("[WARNING] Left out of the build output (not a file, directory or link): %s%s.\n",
		strings.Join(names, ", "), more)
}

// BuildFinish records the end of a build: status, sizes, timings and logs;
// activates the deployment when asked and it is ready.
func (a *Activities) BuildFinish(ctx context.Context, in contract.BuildFinishInput) error {
	d, err := a.Store.GetDeployment(ctx, in.ProjectID, in.FunctionID, in.DeploymentID)
	if models.IsCode(err, models.CodeDeploymentNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("build finish: %w", err)
	}
	status := in.Status
	if d.Status == models.DeploymentCanceled {
		status = models.DeploymentCanceled // a cancel request wins over a late result
	}
	now := models.Now()
	end := models.BuildEnd{Status: status, OutputPath: in.Output.OutputPath, BuildSize: in.Output.BuildSize,
		TotalSize: d.SourceSize + in.Output.BuildSize}
	if d.BuildEndedAt == nil || d.Status != status {
		end.EndedAt = &now
	}
	dur := in.Output.DurationSeconds
	if d.BuildStartedAt != nil && (dur == 0 || status != models.DeploymentReady) {
		dur = int(math.Ceil(now.Sub(*d.BuildStartedAt).Seconds()))
	}
	end.Duration = &dur
	// appendLog ends the build logs with line (once), capped.
	appendLog := func(line string) {
		logs := d.BuildLogs
		if strings.HasSuffix(strings.TrimRight(logs, "\n"), line) {
			return
		}
		if logs != "" && !strings.HasSuffix(logs, "\n") {
			logs += "\n"
		}
		logs = capLog(logs+line, a.Cfg.Limits.BuildLogBytes)
		end.Logs = &logs
	}
	switch {
	case status == models.DeploymentCanceled:
		appendLog(buildCanceled)
	case status == models.DeploymentFailed && in.Message != "":
		appendLog(in.Message)
	}
	if status == models.DeploymentReady && d.Activate {
		// Ready means warm: the first instance starts before the
		// deployment turns ready and active.
		a.warmBeforeReady(ctx, d)
	}
	err = a.setDeployment(ctx, d, func(ctx context.Context, projectID, id string) error {
		return a.Store.SetBuildStatus(ctx, projectID, id, end)
	})
	if err != nil {
		return err
	}
	a.Metrics.BuildFinished(status, d.BuildStartedAt, end.EndedAt)
	if status == models.DeploymentReady && d.Activate {
		if err := a.activate(ctx, d); err != nil {
			return err
		}
	}
	a.Log.Info("build finished", "project_id", in.ProjectID, "function_id", in.FunctionID,
		"deployment_id", in.DeploymentID, "status", status, "build_duration_s", dur)
	return nil
}

// activate makes d the function's active deployment unless a newer one is.
func (a *Activities) activate(ctx context.Context, d *models.Deployment) error {
	fn, err := a.Store.GetFunction(ctx, d.ProjectID, d.FunctionID)
	if err != nil {
		return fmt.Errorf("activate: %w", err)
	}
	if fn.DeploymentID != "" && fn.DeploymentID != d.ID && fn.DeploymentCreatedAt != nil &&
		fn.DeploymentCreatedAt.After(d.CreatedAt) {
		return nil
	}
	if err := a.Store.ActivateDeployment(ctx, d.ProjectID, d.FunctionID, d.ID, d.CreatedAt); err != nil {
		return fmt.Errorf("activate: %w", err)
	}
	fn, err = a.Store.GetFunction(ctx, d.ProjectID, d.FunctionID)
	if err != nil {
		return fmt.Errorf("activate: %w", err)
	}
	a.Events.Publish(ctx, d.ProjectID, "functions."+d.FunctionID+".update", fn)
	// The cron schedule runs only while a deployment is active.
	if a.Schedules != nil {
		if _, err := cron.Sync(ctx, a.Schedules, a.Cfg, fn); err != nil {
			return fmt.Errorf("activate: schedule: %w", err)
		}
	}
	return nil
}

// PrewarmTimeout bounds the start of a new deployment's first instance
// before it turns ready (BuildFinish).
const PrewarmTimeout = 30 * time.Second

// warmBeforeReady starts the first instance of a deployment that is about
// to turn ready and active, and waits for it to answer its health check, so
// that the first execution does not pay a cold start. Failure only costs
// that (the first execution then starts the container): it is logged.
func (a *Activities) warmBeforeReady(ctx context.Context, d *models.Deployment) {
	if a.Pool == nil {
		return
	}
	fn, err := a.Store.GetFunction(ctx, d.ProjectID, d.FunctionID)
	if err != nil || !fn.Enabled {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, PrewarmTimeout)
	defer cancel()
	began := time.Now()
	spec, err := a.runtimeSpec(ctx, fn, d)
	if err == nil {
		err = a.Pool.Prewarm(ctx, spec)
	}
	if err != nil {
		a.Log.Warn("prewarm failed", "project_id", fn.ProjectID, "function_id", fn.ID, "deployment_id", d.ID, "error", err)
		return
	}
	a.Log.Info("deployment prewarmed", "project_id", fn.ProjectID, "function_id", fn.ID, "deployment_id", d.ID,
		"prewarm_ms", time.Since(began).Milliseconds())
}

// setDeployment updates a deployment with one store operation, keeps the
// function's latest* fields in step and publishes the update event.
func (a *Activities) setDeployment(ctx context.Context, d *models.Deployment, update func(ctx context.Context, projectID, id string) error) error {
	if err := update(ctx, d.ProjectID, d.ID); err != nil {
		return fmt.Errorf("update deployment %s: %w", d.ID, err)
	}
	nd, err := a.Store.GetDeployment(ctx, d.ProjectID, d.FunctionID, d.ID)
	if err != nil {
		return fmt.Errorf("update deployment %s: %w", d.ID, err)
	}
	*d = *nd
	if err := a.Store.SyncLatestDeployment(ctx, d.ProjectID, d.FunctionID); err != nil {
		return err
	}
	a.Events.Publish(ctx, d.ProjectID, "functions."+d.FunctionID+".deployments."+d.ID+".update", d)
	return nil
}

func (a *Activities) flushLogs(ctx context.Context, in contract.BuildInput, l *buildLog) {
	s, dirty := l.take()
	if !dirty {
		return
	}
	if err := a.Store.SetBuildLogs(ctx, in.ProjectID, in.DeploymentID, s); err != nil {
		a.Log.Warn("write build logs", "project_id", in.ProjectID, "function_id", in.FunctionID, "deployment_id", in.DeploymentID, "error", err)
	}
}

// buildLog collects a build's output, keeping the last max bytes.
type buildLog struct {
	mu    sync.Mutex
	buf   []byte
	max   int
	cut   bool
	dirty bool
}

func (l *buildLog) write(p []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	if l.max > 0 && len(l.buf) > l.max {
		l.buf = append([]byte(nil), l.buf[len(l.buf)-l.max:]...)
		l.cut = true
	}
	l.dirty = true
}

func (l *buildLog) take() (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.dirty {
		return "", false
	}
	l.dirty = false
	if !l.cut {
		return capLog(string(l.buf), l.max), true
	}
	w := truncWarning(l.max)
	return w + capLog(string(l.buf), l.max-len(w)), true
}

// text is the output kept so far.
func (l *buildLog) text() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.buf)
}

// buildCanceled ends the logs of a canceled build, as on Appwrite.
const buildCanceled = "Build has been canceled."

func truncWarning(max int) string {
	return fmt.Sprintf("[WARNING] Logs truncated. The output exceeded %d bytes.\n", max)
}

// capLog makes s safe for a text column (valid UTF-8, no NUL) and keeps
// its last max bytes.
func capLog(s string, max int) string {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "\uFFFD")
	if max > 0 && len(s) > max {
		s = s[len(s)-max:]
		s = strings.ToValidUTF8(s, "")
	}
	return s
}
