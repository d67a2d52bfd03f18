package activities

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// TemporalClient is the part of the Temporal client the flow-control
// activities use (a function's ConcurrencyWorkflow).
type TemporalClient interface {
	SignalWithStartWorkflow(ctx context.Context, workflowID string, signalName string, signalArg any,
		options client.StartWorkflowOptions, workflow any, workflowArgs ...any) (client.WorkflowRun, error)
	DescribeWorkflowExecution(ctx context.Context, workflowID, runID string) (*workflowservice.DescribeWorkflowExecutionResponse, error)
}

// LoadExecutionPolicy reads what the execution's workflow needs of its
// function when it starts: retries, concurrency bound, failure function.
// One store read (the function); the execution is read only when the
// function has a failure function (is this run itself a hook's?).
func (a *Activities) LoadExecutionPolicy(ctx context.Context, ref contract.ExecutionRef) (*contract.ExecutionPolicy, error) {
	var f *models.Function
	if pr := a.SyncWaiters.Prepared(ref.ExecutionID); pr != nil && pr.Function != nil {
		f = pr.Function // a sync caller in this process read it a moment ago
	} else {
		var err error
		f, err = a.Store.GetFunction(ctx, ref.ProjectID, ref.FunctionID)
		if models.IsCode(err, models.CodeFunctionNotFound) {
			return &contract.ExecutionPolicy{}, nil
		}
		if err != nil {
			return nil, fmt.Errorf("execution policy: %w", err)
		}
	}
	p := &contract.ExecutionPolicy{Found: true, Retries: f.Retries, RetryDelaySeconds: f.RetryDelay,
		MaxConcurrency: f.MaxConcurrency, FailureFunctionID: f.FailureFunctionID,
		SyncTimeoutSeconds: int(a.Cfg.Executions.SyncTimeout.Seconds())}
	if f.FailureFunctionID != "" {
		e, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID)
		if models.IsCode(err, models.CodeExecutionNotFound) {
			return &contract.ExecutionPolicy{}, nil
		}
		if err != nil {
			return nil, fmt.Errorf("execution policy: %w", err)
		}
		p.FailureHook = e.FailureOf != ""
	}
	return p, nil
}

// TouchWaitingExecution renews a queued execution's updated_at (see
// models.Store.TouchWaitingExecution). It reports false when it is gone or
// no longer waiting.
func (a *Activities) TouchWaitingExecution(ctx context.Context, ref contract.ExecutionRef) (bool, error) {
	ok, err := a.Store.TouchWaitingExecution(ctx, ref.ProjectID, ref.ExecutionID)
	if err != nil {
		return false, fmt.Errorf("touch execution %s: %w", ref.ExecutionID, err)
	}
	return ok, nil
}

// AcquireConcurrency puts an execution's workflow in the queue of its
// function's ConcurrencyWorkflow (started if it is not running). The
// concurrency workflow signals contract.SignalGranted back when it may run.
func (a *Activities) AcquireConcurrency(ctx context.Context, req contract.ConcurrencyRequest) error {
	if a.Temporal == nil {
		return errors.New("acquire concurrency: no Temporal client")
	}
	id := contract.ConcurrencyWorkflowID(req.ProjectID, req.FunctionID)
	_, err := a.Temporal.SignalWithStartWorkflow(ctx, id, contract.SignalAcquire, req, client.StartWorkflowOptions{
		ID: id, TaskQueue: a.Cfg.Temporal.TaskQueue,
		WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: req.ProjectID, FunctionID: req.FunctionID,
			Trigger: contract.TriggerConcurrency}),
		StaticSummary: contract.ConcurrencySummary(req.FunctionID),
	}, contract.ConcurrencyWorkflow, contract.ConcurrencyState{ProjectID: req.ProjectID, FunctionID: req.FunctionID})
	if err != nil {
		return fmt.Errorf("acquire concurrency for %s: %w", req.WorkflowID, err)
	}
	return nil
}

// ClosedWorkflows reports which of the workflows (holders of a concurrency
// slot) are no longer running: their slots are free.
func (a *Activities) ClosedWorkflows(ctx context.Context, ids []string) ([]string, error) {
	if a.Temporal == nil {
		return nil, errors.New("closed workflows: no Temporal client")
	}
	var closed []string
	for _, id := range ids {
		d, err := a.Temporal.DescribeWorkflowExecution(ctx, id, "")
		var nf *serviceerror.NotFound
		if errors.As(err, &nf) {
			closed = append(closed, id)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("describe %s: %w", id, err)
		}
		if d.GetWorkflowExecutionInfo().GetStatus() != enums.WORKFLOW_EXECUTION_STATUS_RUNNING {
			closed = append(closed, id)
		}
	}
	return closed, nil
}

// FailureExecutionID derives the ID of the failure function's execution
// from the failed execution, so a retried hook never runs twice.
func FailureExecutionID(failedID string) string {
	h := sha256.Sum256([]byte("failure|" + failedID))
	return "fail" + hex.EncodeToString(h[:])[:28]
}

// CreateFailureExecution stores the failure function's execution for a
// failed one: trigger event, POST /, the failed Execution (as reads show
// it, without secrets: no stored request headers but content-type and
// content-length, no response body) as the JSON body. Nil when the failure
// function cannot run (gone, disabled, no ready deployment): logged.
func (a *Activities) CreateFailureExecution(ctx context.Context, ref contract.ExecutionRef, failureFunctionID string) (*contract.EventRun, error) {
	id := FailureExecutionID(ref.ExecutionID)
	f, err := a.Store.GetFunction(ctx, ref.ProjectID, failureFunctionID)
	if models.IsCode(err, models.CodeFunctionNotFound) {
		a.logWarn("failure function not found", "project_id", ref.ProjectID, "function_id", ref.FunctionID,
			"execution_id", ref.ExecutionID, "failure_function_id", failureFunctionID)
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("failure execution: %w", err)
	}
	if e, err := a.Store.GetExecution(ctx, f.ProjectID, f.ID, id); err == nil {
		return &contract.EventRun{FunctionID: f.ID, ExecutionID: id, DeploymentID: e.DeploymentID, Timeout: f.Timeout}, nil
	}
	if skip, err := a.eventSkip(ctx, f); err != nil {
		return nil, fmt.Errorf("failure execution: %w", err)
	} else if skip != "" {
		a.logWarn("failure function not run", "project_id", ref.ProjectID, "function_id", ref.FunctionID,
			"execution_id", ref.ExecutionID, "failure_function_id", f.ID, "reason", skip)
		return nil, nil
	}
	failed, err := a.Store.GetExecution(ctx, ref.ProjectID, ref.FunctionID, ref.ExecutionID)
	if err != nil {
		return nil, fmt.Errorf("failure execution: %w", err)
	}
	body, err := json.Marshal(FailedExecutionJSON(failed))
	if err != nil {
		return nil, err
	}
	name := "functions." + ref.FunctionID + ".executions." + ref.ExecutionID + ".failed"
	e := &models.Execution{ProjectID: f.ProjectID, ID: id, FunctionID: f.ID, DeploymentID: f.DeploymentID,
		Trigger: models.TriggerEvent, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/",
		RequestHeaders: models.HeaderList{{Name: "content-type", Value: "application/json"}, {Name: "user-agent", Value: EventUserAgent}},
		RequestBody:    body, Event: name, FailureOf: failed.ID}
	if err := a.createExecution(ctx, e); err != nil && !models.IsCode(err, models.CodeGeneralArgumentInvalid) {
		return nil, fmt.Errorf("failure execution: %w", err)
	}
	return &contract.EventRun{FunctionID: f.ID, ExecutionID: id, DeploymentID: f.DeploymentID, Timeout: f.Timeout}, nil
}

// FailedExecutionJSON is the Execution model of a failed execution as the
// failure function receives it: what an API read shows (request headers
// only content-type, content-length and the like; no response body, no
// user JWT, no key), with logs and errors.
func FailedExecutionJSON(e *models.Execution) map[string]any {
	reqHeaders := models.HeaderList{}
	for _, h := range e.RequestHeaders {
		switch h.Name {
		case "content-type", "agent", "content-length", "host", "x-appwrite-client-ip":
			reqHeaders = append(reqHeaders, h)
		}
	}
	resHeaders := models.StoredResponseHeaders(e.ResponseHeaders)
	var scheduled any
	if e.ScheduledAt != nil {
		scheduled = models.FormatTime(*e.ScheduledAt)
	}
	perms := e.Permissions
	if perms == nil {
		perms = models.StringList{}
	}
	return map[string]any{
		"$id": e.ID, "$createdAt": models.FormatTime(e.CreatedAt), "$updatedAt": models.FormatTime(e.UpdatedAt),
		"$permissions": perms, "functionId": e.FunctionID, "deploymentId": e.DeploymentID, "trigger": e.Trigger,
		"status": e.Status, "requestMethod": e.RequestMethod, "requestPath": e.RequestPath,
		"requestHeaders": reqHeaders, "responseStatusCode": e.ResponseStatusCode, "responseBody": "",
		"responseHeaders": resHeaders, "logs": e.Logs, "errors": e.Errors, "duration": e.Duration,
		"scheduledAt": scheduled, "attempts": e.Attempts, "replayOf": e.ReplayOf, "failureOf": e.FailureOf,
	}
}
