package activities

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker/cron"
)

// MarkExecutionProcessing moves a waiting or scheduled execution to
// processing (a short store write, run as a local activity). It reports
// false when the execution was deleted or has finished. A row already
// processing was marked by an earlier attempt of this same workflow (the
// workflow ID is the execution's) whose workflow task was lost with its
// worker (kill -9 during a sync run, or before the mark was recorded): the
// run goes on, as an async run's activity is retried.
func (a *Activities) MarkExecutionProcessing(ctx context.Context, ref contract.ExecutionRef) (bool, error) {
	if a.SyncWaiters.MarkPrepared(ref.ExecutionID) {
		// A sync execution whose caller, in this process, stored it
		// processing already: nothing to write. Only once: a retry was
		// recorded scheduled in between, so its later attempts are marked.
		return true, nil
	}
	ok, err := a.Store.MarkExecutionProcessing(ctx, ref.ProjectID, ref.ExecutionID)
	if err != nil {
		return false, fmt.Errorf("mark execution %s processing: %w", ref.ExecutionID, err)
	}
	return ok, nil
}

// RunExecution runs the execution on the deployment's warm container and
// records the result in the store. A function that answers ≥500, throws,
// times out or runs out of memory is a recorded failure (no error: no
// retry); an error means the engine or worker failed and the call may be
// retried.
func (a *Activities) RunExecution(ctx context.Context, ref contract.ExecutionRef) (*contract.Outcome, error) {
	var held *syncwait.Prepared
	if ref.Mark {
		marked, err := a.MarkExecutionProcessing(ctx, contract.ExecutionRef{ProjectID: ref.ProjectID,
			FunctionID: ref.FunctionID, ExecutionID: ref.ExecutionID})
		if err != nil {
			return nil, err
		}
		if !marked {
			return &contract.Outcome{Skipped: true}, nil
		}
		if !ref.Sync && ref.Attempt <= 1 {
			// An async execution whose handler in this process held what
			// it checked: the row is ours and processing now.
			held = a.SyncWaiters.TakeHeld(ref.ExecutionID)
		}
	}
	var e *models.Execution
	var f *models.Function
	var d *models.Deployment
	var skip *contract.Outcome
	var err error
	if held != nil && held.Execution != nil && held.Function != nil && held.Deployment != nil {
		row := *held.Execution
		row.Status = models.ExecutionProcessing
		e, f, d = &row, held.Function, held.Deployment
	} else {
		e, f, d, skip, err = a.loadRun(ctx, ref)
	}
	if skip != nil || err != nil {
		return skip, err
	}
	if q := a.routeTo(ctx, ref, d.ID); q != "" {
		return &contract.Outcome{RouteTo: q}, nil
	}
	a.Metrics.ExecutionStarted(e.Trigger, e.CreatedAt, e.ScheduledAt)
	spec, err := a.runtimeSpec(ctx, f, d)
	if err != nil {
		return nil, err
	}
	timeout := time.Duration(f.Timeout) * time.Second
	key, err := a.ephemeralKey(ctx, f, e.ID, timeout)
	if err != nil {
		return nil, err
	}
	req := docker.Request{Method: e.RequestMethod, Path: e.RequestPath, Body: e.RequestBody,
		Timeout: timeout, Logging: f.Logging, Headers: a.functionHeaders(e, key)}
	if ref.Attempt > 0 {
		// fnflow's, never the caller's.
		req.Headers = slices.DeleteFunc(req.Headers, func(h docker.Header) bool { return strings.EqualFold(h.Name, AttemptHeader) })
		req.Headers = append(req.Headers, docker.Header{Name: AttemptHeader, Value: strconv.Itoa(ref.Attempt)})
	}
	stop := heartbeat(ctx)
	resp, err := a.Pool.Execute(ctx, spec, req)
	stop()
	res, rerr := a.result(f, resp, err)
	if bad := (*docker.BadResponseError)(nil); errors.As(err, &bad) {
		a.logWarn("the runtime answered no valid HTTP response", "project_id", f.ProjectID, "function_id", f.ID,
			"execution_id", e.ID, "container_id", bad.ContainerID, "error", bad.Err)
	} else if errors.Is(err, docker.ErrPoolFull) {
		a.logWarn("no runtime container slot for the execution", "project_id", f.ProjectID, "function_id", f.ID,
			"execution_id", e.ID, "error", err)
	}
	if rerr != nil {
		return nil, fmt.Errorf("run execution %s: %w", e.ID, rerr)
	}
	retry := markAttempt(&res, e, ref)
	// A synchronous caller in this process gets the whole response from
	// here (syncwait) and the row keeps only what reads show; one in another
	// process reads the whole response back from the row, then trims it.
	handOver := ref.Sync && !retry && a.SyncWaiters.Waiting(ref.ExecutionID)
	stored := res
	// A failed attempt with a next one keeps no body either: only the last
	// attempt's answer goes to a sync caller.
	if !ref.Sync || handOver || retry {
		stored.ResponseHeaders, stored.ResponseBody = models.StoredResponseHeaders(res.ResponseHeaders), nil
	}
	// The function ran: wait for an unreachable database rather than fail
	// and run it again.
	var recorded bool
	stop = heartbeat(ctx)
	err = models.RetryUnreachable(ctx, func() error {
		var err error
		recorded, err = a.Store.RecordExecutionResult(ctx, e, stored)
		return err
	})
	stop()
	if err != nil {
		return nil, fmt.Errorf("record execution %s: %w", ref.ExecutionID, err)
	}
	a.Metrics.ExecutionRun(e.ProjectID, e.FunctionID, e.Trigger, f.Runtime, res.Status, res.Duration, resp != nil && resp.ColdStart)
	a.publishUpdate(ctx, ref)
	if recorded && handOver {
		// The result is in the store: the caller may answer now instead of
		// waiting for the workflow task to complete and the close event to
		// reach it.
		full := *e
		full.ResponseHeaders, full.ResponseBody = res.ResponseHeaders, res.ResponseBody
		a.SyncWaiters.Deliver(ref.ExecutionID, &full)
	}
	return &contract.Outcome{Status: res.Status, StatusCode: res.StatusCode, Attempts: res.Attempts}, nil
}

// routeTo answers where a run that may be routed (ref.Route) should go:
// "" (here) when this worker has a warm instance of the deployment or no
// other live worker is recorded warm for it; else that worker's queue. A
// failed look-up runs it here.
func (a *Activities) routeTo(ctx context.Context, ref contract.ExecutionRef, deploymentID string) string {
	if !ref.Route || a.Router == nil || a.Pool.Instances(deploymentID) > 0 {
		return ""
	}
	q, err := a.Router.WarmElsewhere(ctx, deploymentID)
	if err != nil {
		a.logWarn("warm routing: cannot read the warm workers; running here", "deployment_id", deploymentID, "error", err)
		return ""
	}
	if q != "" && a.Log != nil {
		a.Log.Debug("warm routing: deployment cold here, warm on another worker", "execution_id", ref.ExecutionID,
			"deployment_id", deploymentID, "task_queue", q)
	}
	return q
}

// AttemptHeader tells the function which attempt it runs (1-based; fnflow
// retries).
const AttemptHeader = "x-fnflow-attempt"

// markAttempt keeps every attempt's logs and errors: when the run may be
// retried or is a retry, each attempt's part starts with a marker line and
// follows the earlier attempts' (e holds them). A failed attempt with a
// next one is recorded as scheduled at the next attempt's time (reported
// true).
func markAttempt(res *models.ExecutionResult, e *models.Execution, ref contract.ExecutionRef) bool {
	if ref.Attempt == 0 {
		return false // a history from before retries
	}
	res.Attempts = ref.Attempt
	if ref.Attempt == 1 && ref.RetryAfterSeconds == nil {
		return false // no retries: as Appwrite
	}
	mark := fmt.Sprintf("[fnflow attempt %d, status %d]\n", ref.Attempt, res.StatusCode)
	join := func(before, now string) string {
		if ref.Attempt == 1 {
			before = ""
		}
		if before != "" && !strings.HasSuffix(before, "\n") {
			before += "\n"
		}
		return before + mark + now
	}
	res.Logs, res.Errors = join(e.Logs, res.Logs), join(e.Errors, res.Errors)
	if res.Status == models.ExecutionFailed && ref.RetryAfterSeconds != nil {
		at := time.Now().Add(time.Duration(*ref.RetryAfterSeconds) * time.Second).UTC()
		res.RetryAt = &at
		return true
	}
	return false
}

// loadRun gathers the execution, its function and deployment. A sync
// caller waiting in this process handed them over when it stored the row
// (syncwait.Prepared): no store read on its first attempt (a retry needs
// the earlier attempts' logs from the store). Otherwise they are read, and an
// execution that is gone or no longer processing is skipped.
func (a *Activities) loadRun(ctx context.Context, ref contract.ExecutionRef) (*models.Execution, *models.Function, *models.Deployment, *contract.Outcome, error) {
	if p := a.SyncWaiters.Prepared(ref.ExecutionID); ref.Sync && ref.Attempt <= 1 && p != nil && p.Execution.Status == models.ExecutionProcessing {
		// Still waited for, so not recorded yet (Deliver removes the
		// waiter once the result is in the store).
		e := *p.Execution
		return &e, p.Function, p.Deployment, nil, nil
	}
	e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID)
	if err != nil {
		if models.IsCode(err, models.CodeExecutionNotFound) {
			return nil, nil, nil, &contract.Outcome{Skipped: true}, nil
		}
		return nil, nil, nil, nil, fmt.Errorf("run execution: %w", err)
	}
	if e.Status != models.ExecutionProcessing {
		return nil, nil, nil, &contract.Outcome{Skipped: true, Status: e.Status, StatusCode: e.ResponseStatusCode}, nil
	}
	f, err := a.Store.GetFunction(ctx, ref.ProjectID, ref.FunctionID)
	if err != nil {
		return nil, nil, nil, nil, notRunnable(err)
	}
	d, err := a.Store.GetDeployment(ctx, f.ProjectID, f.ID, e.DeploymentID)
	if err != nil {
		return nil, nil, nil, nil, notRunnable(err)
	}
	return e, f, d, nil, nil
}

// Sentences an execution's `errors` shows when the engine, not the
// function, failed. The details (container IDs, ports, Go error chains)
// go to the server log with the execution ID, never to users.
const (
	msgRuntimeUnreachable = "The function's runtime could not be reached."
	msgNotRunnable        = "The function could not be run: its deployment or runtime is no longer available."
	msgEngineTimeout      = "The execution could not be run in time by the engine."
	// The function's own failure: its runtime, still running, hung up or
	// answered something that is not HTTP.
	msgBadResponse = "The function's runtime closed the connection without a valid response."
)

// FailExecution records an execution as failed after the engine gave up
// (retries exhausted, activity timed out). Only unfinished rows change.
// detail is the workflow's account of the failure: it is logged, and the
// execution shows one of the sentences above.
func (a *Activities) FailExecution(ctx context.Context, ref contract.ExecutionRef, detail string) error {
	msg := msgRuntimeUnreachable
	switch {
	case strings.Contains(detail, "type: "+contract.ErrTypeNotRunnable):
		msg = msgNotRunnable
	case strings.Contains(detail, "did not finish in time"):
		msg = msgEngineTimeout
	}
	if a.Log != nil {
		a.Log.Error("execution failed in the engine", "project_id", ref.ProjectID, "function_id", ref.FunctionID,
			"execution_id", ref.ExecutionID, "error", detail)
	}
	ok, err := a.Store.FailExecution(ctx, ref.ProjectID, ref.ExecutionID, msg)
	if err != nil {
		return fmt.Errorf("fail execution %s: %w", ref.ExecutionID, err)
	}
	if ok {
		a.Metrics.ExecutionFailedByEngine(ref.ProjectID, ref.FunctionID, "")
		a.publishUpdate(ctx, ref)
	}
	return nil
}

// CronExecutionID derives a cron fire's execution ID from the ID of the
// workflow the schedule started (which carries the scheduled time), so a
// retried or replayed fire never creates a second execution.
func CronExecutionID(functionID, workflowID string) string {
	h := sha256.Sum256([]byte(functionID + "|" + workflowID))
	return "cron" + hex.EncodeToString(h[:])[:28]
}

// CreateCronExecution stores the execution of one cron fire (trigger
// schedule, POST /, no body, no user). Run is false when the function cannot
// run now (deleted, disabled, no active deployment): the fire is skipped.
// Calling it again for the same ID stores nothing new.
func (a *Activities) CreateCronExecution(ctx context.Context, ref contract.ExecutionRef) (*contract.CronFire, error) {
	f, err := a.Store.GetFunction(ctx, ref.ProjectID, ref.FunctionID)
	if models.IsCode(err, models.CodeFunctionNotFound) {
		// A schedule outlived its function (deleted while Temporal was
		// unreachable): remove it so it stops firing.
		a.healSchedule(ctx, ref.ProjectID, ref.FunctionID, nil)
		return &contract.CronFire{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	if e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID); err == nil {
		return &contract.CronFire{Run: true, Timeout: f.Timeout, DeploymentID: e.DeploymentID}, nil
	} else if !models.IsCode(err, models.CodeExecutionNotFound) {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	if !f.Enabled || f.DeploymentID == "" || f.Schedule == "" || models.CheckSchedule(f.Schedule) != nil {
		a.healSchedule(ctx, ref.ProjectID, ref.FunctionID, f)
		return &contract.CronFire{}, nil
	}
	e := &models.Execution{ProjectID: f.ProjectID, ID: ref.ExecutionID, FunctionID: f.ID, DeploymentID: f.DeploymentID,
		Trigger: models.TriggerSchedule, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/"}
	if err := a.createExecution(ctx, e); err != nil {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	return &contract.CronFire{Run: true, Timeout: f.Timeout, DeploymentID: f.DeploymentID}, nil
}

// healSchedule brings a function's schedule in line with the function (f nil:
// deleted) when a fire finds them out of step. Failures are only logged: the
// next fire tries again.
func (a *Activities) healSchedule(ctx context.Context, projectID, functionID string, f *models.Function) {
	if a.Schedules == nil {
		return
	}
	var err error
	did := ""
	if f == nil {
		_, err = cron.Delete(ctx, a.Schedules, projectID, functionID)
	} else {
		did, err = cron.Sync(ctx, a.Schedules, a.Cfg, f)
	}
	if a.Log == nil {
		return
	}
	if err != nil {
		a.Log.Warn("cron schedule out of step with its function", "project_id", projectID, "function_id", functionID, "error", err)
	} else if did == cron.RemovedInvalid {
		a.Log.Warn("cron schedule "+did, "project_id", projectID, "function_id", functionID, "cron", f.Schedule)
	}
}

// createExecution stores an execution the engine starts itself (cron fire,
// event) and publishes its create event.
func (a *Activities) createExecution(ctx context.Context, e *models.Execution) error {
	if err := a.Store.CreateExecution(ctx, e); err != nil {
		return err
	}
	a.Events.Publish(ctx, e.ProjectID, "functions."+e.FunctionID+".executions."+e.ID+".create", e)
	return nil
}

func (a *Activities) publishUpdate(ctx context.Context, ref contract.ExecutionRef) {
	if !a.Events.HasSubscribers() {
		return // no store read on the sync answer's path for nobody
	}
	e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID)
	if err != nil {
		return
	}
	a.Events.Publish(ctx, ref.ProjectID, "functions."+ref.FunctionID+".executions."+ref.ExecutionID+".update", e)
}

func notRunnable(err error) error {
	if models.IsConnectionError(err) {
		return err // the database is away: retry
	}
	return temporal.NewNonRetryableApplicationError(err.Error(), contract.ErrTypeNotRunnable, err)
}

// runtimeSpec gathers what the warm pool needs for the deployment.
func (a *Activities) runtimeSpec(ctx context.Context, f *models.Function, d *models.Deployment) (docker.RuntimeSpec, error) {
	def, ok := a.Runtimes[f.Runtime]
	if !ok {
		return docker.RuntimeSpec{}, notRunnable(fmt.Errorf("runtime %s is not available on this worker", f.Runtime))
	}
	sp, err := models.LookupSpecification(f.RuntimeSpecification)
	if err != nil {
		sp = models.Specifications[0]
	}
	env, skipped, err := a.Store.RuntimeEnv(ctx, f.ProjectID, f.ID)
	if err != nil {
		return docker.RuntimeSpec{}, fmt.Errorf("runtime env: %w", err)
	}
	for _, v := range skipped {
		// Stored before keys and values were checked on write. The key is
		// logged (slog escapes it), never the value.
		a.logWarn("variable left out of the runtime environment: its key or value cannot be an environment variable",
			"project_id", f.ProjectID, "function_id", f.ID, "variable_id", v.ID, "variable_key", v.Key,
			"resource_type", v.ResourceType)
	}
	for k, v := range map[string]string{
		"APPWRITE_FUNCTION_API_ENDPOINT":    a.functionEndpoint(),
		"APPWRITE_FUNCTION_ID":              f.ID,
		"APPWRITE_FUNCTION_NAME":            f.Name,
		"APPWRITE_FUNCTION_DEPLOYMENT":      d.ID,
		"APPWRITE_FUNCTION_PROJECT_ID":      f.ProjectID,
		"APPWRITE_FUNCTION_RUNTIME_NAME":    def.Name,
		"APPWRITE_FUNCTION_RUNTIME_VERSION": def.Version,
		"APPWRITE_FUNCTION_CPUS":            strconv.FormatFloat(sp.CPUs, 'g', -1, 64),
		"APPWRITE_FUNCTION_MEMORY":          strconv.Itoa(sp.Memory),
		"APPWRITE_VERSION":                  AppwriteVersion,
		"APPWRITE_REGION":                   AppwriteRegion,
	} {
		env[k] = v
	}
	dir, err := a.CodeDir(ctx, f.ProjectID, d.ID)
	if err != nil {
		return docker.RuntimeSpec{}, err
	}
	entry := d.Entrypoint
	if entry == "" {
		entry = f.Entrypoint
	}
	return docker.RuntimeSpec{ProjectID: f.ProjectID, FunctionID: f.ID, DeploymentID: d.ID, Image: def.Image,
		CodeDir: dir, Entrypoint: entry, Env: env, CPUs: sp.CPUs, MemoryMB: sp.Memory,
		MinInstances: f.MinInstances, MaxInstances: f.MaxInstances}, nil
}

func (a *Activities) logWarn(msg string, args ...any) {
	if a.Log != nil {
		a.Log.Warn(msg, args...)
	}
}

// functionHeaders are the stored caller headers plus the x-appwrite-* set
// the function receives (any caller-sent x-appwrite-* is replaced).
func (a *Activities) functionHeaders(e *models.Execution, key string) []docker.Header {
	var out []docker.Header
	jwt := ""
	for _, h := range e.RequestHeaders {
		if !models.ValidHeaderName(h.Name) || !models.ValidHeaderValue(h.Value) {
			// Stored before the API refused such headers: HTTP cannot carry it.
			a.logWarn("request header left out of the execution: invalid name or value", "project_id", e.ProjectID,
				"function_id", e.FunctionID, "execution_id", e.ID, "header", h.Name)
			continue
		}
		if strings.EqualFold(h.Name, "x-appwrite-user-jwt") {
			jwt = h.Value
			continue
		}
		if strings.HasPrefix(strings.ToLower(h.Name), "x-appwrite-") && !strings.EqualFold(h.Name, "x-appwrite-client-ip") {
			continue
		}
		out = append(out, docker.Header{Name: h.Name, Value: h.Value})
	}
	return append(out,
		docker.Header{Name: "x-appwrite-execution-id", Value: e.ID},
		docker.Header{Name: "x-appwrite-key", Value: key},
		docker.Header{Name: "x-appwrite-trigger", Value: e.Trigger},
		docker.Header{Name: "x-appwrite-event", Value: e.Event},
		docker.Header{Name: "x-appwrite-user-id", Value: e.UserID},
		docker.Header{Name: "x-appwrite-user-jwt", Value: jwt},
		docker.Header{Name: "x-appwrite-country-code", Value: ""},
		docker.Header{Name: "x-appwrite-continent-code", Value: ""},
		docker.Header{Name: "x-appwrite-continent-eu", Value: "false"},
	)
}

// result turns the pool's answer into the result to record. Docker
// infrastructure errors come back as an error (retry).
func (a *Activities) result(f *models.Function, resp *docker.Response, err error) (models.ExecutionResult, error) {
	if err != nil {
		var te *docker.TimeoutError
		var oom *docker.OutOfMemoryError
		var big *docker.BodyTooLargeError
		var bad *docker.BadResponseError
		var full *docker.PoolFullError
		var msg string
		code := 500
		switch {
		case errors.As(err, &te):
			msg = timeoutMessage(f.Timeout)
		case errors.As(err, &oom):
			msg = fmt.Sprintf("The function ran out of memory (limit %d MB) and was killed.", oom.LimitMB)
		case errors.As(err, &big):
			msg = fmt.Sprintf("The function's response body exceeds %d bytes.", big.Limit)
		case errors.As(err, &full):
			// Not the function's failure, nor a broken engine: every slot
			// stayed busy while the run waited. 503: try again later.
			msg, code = noSlotMessage(full), 503
		case errors.As(err, &bad):
			// User code runs inside the runtime server and can hang up or
			// write raw bytes at will: its failure, not the engine's (as
			// Appwrite's executor, which fails such a run with 500 and does
			// not retry it). The transport's error is for the server log.
			msg = msgBadResponse
		default:
			return models.ExecutionResult{}, err
		}
		res := models.ExecutionResult{Status: models.ExecutionFailed, StatusCode: code, Errors: fmt.Sprintf("%s\nError Code: %d", msg, code)}
		if te != nil {
			res.Duration = float64(f.Timeout)
		}
		return res, nil
	}
	res := models.ExecutionResult{Status: models.ExecutionCompleted, StatusCode: resp.StatusCode, Duration: resp.Duration.Seconds()}
	if resp.StatusCode >= 500 {
		res.Status = models.ExecutionFailed
	}
	logs, errs := "", ""
	if f.Logging {
		logs, errs = TruncateLog(resp.Logs, a.Cfg.Limits.LogChars), TruncateErrors(resp.Errors, a.Cfg.Limits.LogChars)
	}
	// The runtime enforces the timeout itself and answers 500 "Execution
	// timed out."; say how long the limit was.
	if limit := time.Duration(f.Timeout) * time.Second; resp.StatusCode == 500 && resp.Duration >= limit-100*time.Millisecond {
		errs = strings.TrimLeft(errs+"\n"+timeoutMessage(f.Timeout), "\n")
	}
	res.Logs, res.Errors = logs, errs
	hs := models.HeaderList{}
	for _, h := range resp.Headers {
		hs = append(hs, models.Header{Name: strings.ToLower(h.Name), Value: h.Value})
	}
	// The whole response: the sync caller sees every header and the body;
	// the stored record keeps only content-type and content-length.
	res.ResponseHeaders, res.ResponseBody = hs, resp.Body
	return res, nil
}

// noSlotMessage says why an execution got no runtime container.
func noSlotMessage(full *docker.PoolFullError) string {
	waited := int(full.Waited.Round(time.Second).Seconds())
	if full.PerProject {
		return fmt.Sprintf("The execution could not start: this project's functions kept busy all %d runtime containers a project may use (docker.max_containers_per_project) for the %d s it waited. Try again later.", full.Limit, waited)
	}
	return fmt.Sprintf("The execution could not start: all %d runtime containers of the worker (docker.max_containers) stayed busy for the %d s it waited. Try again later.", full.Limit, waited)
}

func timeoutMessage(seconds int) string {
	return fmt.Sprintf("Execution timed out after %d s (the function's timeout).", seconds)
}

// TruncateLog keeps the end of logs longer than max characters, behind
// Appwrite's warning, the whole within max characters (Appwrite's
// executions create: warning + the last max-len(warning) characters).
func TruncateLog(s string, max int) string { return truncateOutput("Logs", s, max) }

// TruncateErrors is TruncateLog for the errors stream ("Errors truncated").
func TruncateErrors(s string, max int) string { return truncateOutput("Errors", s, max) }

func truncateOutput(what, s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	warning := fmt.Sprintf("[WARNING] %s truncated. The output exceeded %d characters.\n", what, max)
	keep := max - utf8.RuneCountInString(warning)
	if keep <= 0 {
		return string(r[len(r)-max:]) // a limit smaller than the warning: the end only
	}
	return warning + string(r[len(r)-keep:])
}

// heartbeat reports liveness every few seconds while a container runs, when
// called from a regular activity (local activities have no heartbeat).
func heartbeat(ctx context.Context) (stop func()) {
	if !activity.IsActivity(ctx) || activity.GetInfo(ctx).HeartbeatTimeout == 0 {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(3 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				activity.RecordHeartbeat(ctx)
			}
		}
	}()
	return func() { close(done) }
}

// ephemeralKey is the API key a run (x-appwrite-key) or a build
// (APPWRITE_FUNCTION_API_KEY) of f gets: f's scopes, valid for timeout + 60 s,
// signed with the project's key secret. It is made per use, never stored.
func (a *Activities) ephemeralKey(ctx context.Context, f *models.Function, useID string, timeout time.Duration) (string, error) {
	secret, err := a.keySecret(ctx, f.ProjectID)
	if err != nil {
		return "", fmt.Errorf("ephemeral key: %w", err)
	}
	return models.IssueEphemeralKey(secret, models.EphemeralClaims{ProjectID: f.ProjectID, FunctionID: f.ID,
		ExecutionID: useID, Scopes: f.Scopes}, timeout, time.Now())
}

// keySecret is the project's ephemeral key secret (cached: it never changes
// once set).
func (a *Activities) keySecret(ctx context.Context, projectID string) (string, error) {
	if s, ok := a.keySecrets.Load(projectID); ok {
		return s.(string), nil
	}
	s, err := a.Store.ProjectKeySecret(ctx, projectID)
	if err != nil {
		return "", err
	}
	v, _ := a.keySecrets.LoadOrStore(projectID, s)
	return v.(string), nil
}

// functionEndpoint is APPWRITE_FUNCTION_API_ENDPOINT for runs and builds.
func (a *Activities) functionEndpoint() string {
	if a.FunctionEndpoint != "" {
		return a.FunctionEndpoint
	}
	return strings.TrimRight(a.Cfg.Server.PublicURL, "/") + "/v1"
}
