package activities

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
)

// ExecutionRef names one execution. Workflow payloads carry only this; the
// request, response and logs stay in the store.
type ExecutionRef struct {
	ProjectID   string
	FunctionID  string
	ExecutionID string
}

// Outcome is the small summary a run returns to its workflow.
type Outcome struct {
	Status     string
	StatusCode int
	// Skipped is true when the execution was no longer runnable (deleted,
	// already finished): nothing was run.
	Skipped bool
}

// Error types returned by the execution activities.
const (
	// ErrTypeNotRunnable: the function, deployment or runtime is gone; retrying
	// will not help.
	ErrTypeNotRunnable = "ExecutionNotRunnable"
)

// MarkExecutionProcessing moves a waiting or scheduled execution to
// processing (a short store write, run as a local activity). It reports
// false when the execution was deleted or has finished. A row already
// processing was marked by an earlier attempt of this same workflow (the
// workflow ID is the execution's) whose workflow task was lost with its
// worker (kill -9 during a sync run, or before the mark was recorded): the
// run goes on, as an async run's activity is retried.
func (a *Activities) MarkExecutionProcessing(ctx context.Context, ref ExecutionRef) (bool, error) {
	ok, err := a.Store.UpdateExecutionFields(ctx, ref.ProjectID, ref.ExecutionID,
		map[string]any{"status": models.ExecutionProcessing},
		models.ExecutionWaiting, models.ExecutionScheduled, models.ExecutionProcessing)
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
func (a *Activities) RunExecution(ctx context.Context, ref ExecutionRef) (*Outcome, error) {
	e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID)
	if err != nil {
		if models.IsCode(err, models.CodeExecutionNotFound) {
			return &Outcome{Skipped: true}, nil
		}
		return nil, fmt.Errorf("run execution: %w", err)
	}
	if e.Status != models.ExecutionProcessing {
		return &Outcome{Skipped: true, Status: e.Status, StatusCode: e.ResponseStatusCode}, nil
	}
	f, err := a.Store.GetFunction(ctx, ref.ProjectID, ref.FunctionID)
	if err != nil {
		return nil, notRunnable(err)
	}
	spec, err := a.runtimeSpec(ctx, f, e.DeploymentID)
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
	stop := heartbeat(ctx)
	resp, err := a.Pool.Execute(ctx, spec, req)
	stop()
	fields, ferr := a.resultFields(e, f, resp, err)
	if ferr != nil {
		return nil, ferr
	}
	if _, err := a.Store.UpdateExecutionFields(ctx, ref.ProjectID, ref.ExecutionID, fields, models.ExecutionProcessing); err != nil {
		return nil, fmt.Errorf("record execution %s: %w", ref.ExecutionID, err)
	}
	a.publishUpdate(ctx, ref)
	out := &Outcome{Status: fields["status"].(string), StatusCode: fields["response_status_code"].(int)}
	// The result is in the store: a synchronous caller in this process may
	// answer now instead of waiting for the workflow task to complete and
	// the close event to reach it.
	notifyRun(ref.ExecutionID, *out)
	return out, nil
}

// FailExecution records an execution as failed after the engine gave up
// (retries exhausted, activity timed out). Only unfinished rows change.
func (a *Activities) FailExecution(ctx context.Context, ref ExecutionRef, msg string) error {
	ok, err := a.Store.UpdateExecutionFields(ctx, ref.ProjectID, ref.ExecutionID, map[string]any{
		"status": models.ExecutionFailed, "response_status_code": 500,
		"errors": msg + "\nError Code: 500",
	}, models.ExecutionWaiting, models.ExecutionProcessing, models.ExecutionScheduled)
	if err != nil {
		return fmt.Errorf("fail execution %s: %w", ref.ExecutionID, err)
	}
	if ok {
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

// CronFire tells the cron workflow whether and how to run a fire.
type CronFire struct {
	Run          bool
	Timeout      int
	DeploymentID string
}

// CreateCronExecution stores the execution of one cron fire (trigger
// schedule, POST /, no body, no user). Run is false when the function cannot
// run now (deleted, disabled, no active deployment): the fire is skipped.
// Calling it again for the same ID stores nothing new.
func (a *Activities) CreateCronExecution(ctx context.Context, ref ExecutionRef) (*CronFire, error) {
	f, err := a.Store.GetFunction(ctx, ref.ProjectID, ref.FunctionID)
	if models.IsCode(err, models.CodeFunctionNotFound) {
		// A schedule outlived its function (deleted while Temporal was
		// unreachable): remove it so it stops firing.
		a.healSchedule(ctx, ref.ProjectID, ref.FunctionID, nil)
		return &CronFire{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	if e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID); err == nil {
		return &CronFire{Run: true, Timeout: f.Timeout, DeploymentID: e.DeploymentID}, nil
	} else if !models.IsCode(err, models.CodeExecutionNotFound) {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	if !f.Enabled || f.DeploymentID == "" || f.Schedule == "" {
		a.healSchedule(ctx, ref.ProjectID, ref.FunctionID, f)
		return &CronFire{}, nil
	}
	e := &models.Execution{ProjectID: f.ProjectID, ID: ref.ExecutionID, FunctionID: f.ID, DeploymentID: f.DeploymentID,
		Trigger: models.TriggerSchedule, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/"}
	if err := a.createExecution(ctx, e); err != nil {
		return nil, fmt.Errorf("cron execution: %w", err)
	}
	return &CronFire{Run: true, Timeout: f.Timeout, DeploymentID: f.DeploymentID}, nil
}

// healSchedule brings a function's schedule in line with the function (f nil:
// deleted) when a fire finds them out of step. Failures are only logged: the
// next fire tries again.
func (a *Activities) healSchedule(ctx context.Context, projectID, functionID string, f *models.Function) {
	if a.Temporal == nil {
		return
	}
	var err error
	if f == nil {
		_, err = DeleteSchedule(ctx, a.Temporal, projectID, functionID)
	} else {
		_, err = SyncSchedule(ctx, a.Temporal, a.Cfg, f)
	}
	if err != nil && a.Log != nil {
		a.Log.Warn("cron schedule out of step with its function", "project", projectID, "function", functionID, "error", err)
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

func (a *Activities) publishUpdate(ctx context.Context, ref ExecutionRef) {
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
	return temporal.NewNonRetryableApplicationError(err.Error(), ErrTypeNotRunnable, err)
}

// runtimeSpec gathers what the warm pool needs for the deployment.
func (a *Activities) runtimeSpec(ctx context.Context, f *models.Function, deploymentID string) (docker.RuntimeSpec, error) {
	def, ok := a.Runtimes[f.Runtime]
	if !ok {
		return docker.RuntimeSpec{}, notRunnable(fmt.Errorf("runtime %s is not available on this worker", f.Runtime))
	}
	d, err := a.Store.GetDeployment(ctx, f.ProjectID, f.ID, deploymentID)
	if err != nil {
		return docker.RuntimeSpec{}, notRunnable(err)
	}
	sp, err := models.LookupSpecification(f.RuntimeSpecification)
	if err != nil {
		sp = models.Specifications[0]
	}
	env, err := a.Store.RuntimeEnv(ctx, f.ProjectID, f.ID)
	if err != nil {
		return docker.RuntimeSpec{}, fmt.Errorf("runtime env: %w", err)
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
		CodeDir: dir, Entrypoint: entry, Env: env, CPUs: sp.CPUs, MemoryMB: sp.Memory}, nil
}

// functionHeaders are the stored caller headers plus the x-appwrite-* set
// the function receives (any caller-sent x-appwrite-* is replaced).
func (a *Activities) functionHeaders(e *models.Execution, key string) []docker.Header {
	var out []docker.Header
	jwt := ""
	for _, h := range e.RequestHeaders {
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

// resultFields turns the pool's answer into the columns to record. Docker
// infrastructure errors come back as an error (retry).
func (a *Activities) resultFields(e *models.Execution, f *models.Function, resp *docker.Response, err error) (map[string]any, error) {
	fields := map[string]any{}
	if err != nil {
		var te *docker.TimeoutError
		var oom *docker.OutOfMemoryError
		var big *docker.BodyTooLargeError
		var msg string
		switch {
		case errors.As(err, &te):
			msg = timeoutMessage(f.Timeout)
		case errors.As(err, &oom):
			msg = fmt.Sprintf("The function ran out of memory (limit %d MB) and was killed.", oom.LimitMB)
		case errors.As(err, &big):
			msg = fmt.Sprintf("The function's response body exceeds %d bytes.", big.Limit)
		default:
			return nil, fmt.Errorf("run execution %s: %w", e.ID, err)
		}
		fields["status"] = models.ExecutionFailed
		fields["response_status_code"] = 500
		fields["errors"] = msg + "\nError Code: 500"
		fields["duration"] = float64(f.Timeout)
		if te == nil {
			fields["duration"] = 0.0
		}
		return fields, nil
	}
	status := models.ExecutionCompleted
	if resp.StatusCode >= 500 {
		status = models.ExecutionFailed
	}
	fields["status"] = status
	fields["response_status_code"] = resp.StatusCode
	fields["duration"] = resp.Duration.Seconds()
	logs, errs := "", ""
	if f.Logging {
		logs, errs = TruncateLog(resp.Logs, a.Cfg.Limits.LogChars), TruncateLog(resp.Errors, a.Cfg.Limits.LogChars)
	}
	// The runtime enforces the timeout itself and answers 500 "Execution
	// timed out."; say how long the limit was.
	if limit := time.Duration(f.Timeout) * time.Second; resp.StatusCode == 500 && resp.Duration >= limit-100*time.Millisecond {
		errs = strings.TrimLeft(errs+"\n"+timeoutMessage(f.Timeout), "\n")
	}
	fields["logs"], fields["errors"] = logs, errs
	hs := models.HeaderList{}
	for _, h := range resp.Headers {
		n := strings.ToLower(h.Name)
		// The sync caller sees every header; the stored record keeps only
		// content-type and content-length (the API trims after answering).
		if syncExecution(e) || n == "content-type" || n == "content-length" {
			hs = append(hs, models.Header{Name: n, Value: h.Value})
		}
	}
	fields["response_headers"] = hs
	if syncExecution(e) {
		fields["response_body"] = resp.Body
	}
	return fields, nil
}

func timeoutMessage(seconds int) string {
	return fmt.Sprintf("Execution timed out after %d s (the function's timeout).", seconds)
}

// SyncMarker is the request header the API stores on synchronous executions
// (never sent to the function, never rendered): the run keeps the response
// body and every header for the waiting handler.
const SyncMarker = "x-appwrite-fnflow-sync"

func syncExecution(e *models.Execution) bool {
	for _, h := range e.RequestHeaders {
		if h.Name == SyncMarker {
			return true
		}
	}
	return false
}

// TruncateLog keeps the last max characters, prefixed with Appwrite's
// warning, when s is longer.
func TruncateLog(s string, max int) string {
	if max <= 0 {
		return s
	}
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return fmt.Sprintf("[WARNING] Logs truncated. The output exceeded %d characters.\n", max) + string(r[len(r)-max:])
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
