package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// IdempotencyHeader is fnflow's idempotency key on create execution: the
// same key for the same function within models.IdempotencyWindow returns
// the first execution instead of running again.
const IdempotencyHeader = "x-fnflow-idempotency-key"

// idempotencyKey reads the caller's key: 1-255 visible ASCII characters.
func idempotencyKey(c *fiber.Ctx) (string, error) {
	raw := c.Request().Header.Peek(IdempotencyHeader)
	if raw == nil {
		return "", nil
	}
	k := string(raw)
	if k == "" || len(k) > 255 || strings.IndexFunc(k, func(r rune) bool { return r < 0x21 || r > 0x7e }) >= 0 {
		return "", models.Errorf(models.CodeGeneralArgumentInvalid,
			"Invalid `%s` header: Value must be 1 to 255 visible ASCII characters.", IdempotencyHeader)
	}
	return k, nil
}

// callerIdemKey scopes an idempotency key to who may read the execution it
// returns: API keys read every execution of the project and share the
// key as sent; a user's key is theirs alone, and a guest's that of its
// client address. Otherwise a caller who knows or guesses another's key
// would be answered that one's execution (request path, client IP, user
// ID, and while a sync run is being handed over its response).
func callerIdemKey(pr *principal, clientIP, key string) string {
	var who string
	switch {
	case pr.isAdmin():
		return key
	case pr.kind == kindUser:
		who = "user:" + pr.userID
	default:
		who = "guest:" + clientIP
	}
	sum := sha256.Sum256([]byte(who + "\x00" + key))
	return who[:strings.IndexByte(who, ':')] + ":" + hex.EncodeToString(sum[:])
}

// executionStart is how an execution's workflow is started: its ID (the
// execution's), search attributes, one-line summary, and the start delay
// of a delayed execution.
func (s *Server) executionStart(e *models.Execution, sync bool) client.StartWorkflowOptions {
	opts := client.StartWorkflowOptions{
		ID: contract.ExecutionWorkflowID(e.ProjectID, e.ID), TaskQueue: s.cfg.Temporal.TaskQueue,
		WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		// Eager start hands the first workflow task to this process's
		// worker in the start response (no matching round trip); async
		// runs too, but not delayed ones (their first task comes later).
		EnableEagerStart: e.Status != models.ExecutionScheduled,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: e.ProjectID, FunctionID: e.FunctionID,
			DeploymentID: e.DeploymentID, Trigger: e.Trigger}),
		StaticSummary: contract.ExecutionSummary(e.FunctionID, e.Trigger, e.RequestMethod, e.RequestPath),
	}
	if e.ScheduledAt != nil && e.Status == models.ExecutionScheduled {
		opts.StartDelay = max(time.Until(*e.ScheduledAt), 0)
	}
	return opts
}

// firstExecution answers a create whose idempotency key was used before:
// the first execution. When that one is still waiting well after its
// request had to start its workflow (that request's process died between
// storing the row and starting the run), its workflow is started here: the
// workflow ID is the execution's, so it runs at most once. A sync caller
// waits for it within executions.sync_timeout.
func (s *Server) firstExecution(ctx context.Context, f *models.Function, id string, sync bool) (*models.Execution, func(), error) {
	nothing := func() {}
	e, err := s.store.GetExecution(ctx, f.ProjectID, f.ID, id)
	if err != nil {
		return nil, nil, err
	}
	unfinished := e.Status == models.ExecutionWaiting || e.Status == models.ExecutionScheduled || e.Status == models.ExecutionProcessing
	if (e.Status == models.ExecutionWaiting || e.Status == models.ExecutionScheduled) && time.Since(e.CreatedAt) > WorkflowStartTimeout+time.Second {
		in := contract.ExecutionInput{ProjectID: e.ProjectID, FunctionID: e.FunctionID, ExecutionID: e.ID, Timeout: f.Timeout}
		_, err := s.startWorkflow(ctx, s.executionStart(e, false), contract.ExecutionWorkflow, in)
		var already *serviceerror.WorkflowExecutionAlreadyStarted
		if err != nil && !errors.As(err, &already) {
			return nil, nil, err
		}
		if err == nil {
			s.log.Info("idempotent execution found unstarted; started", "execution_id", e.ID)
		}
	}
	if !sync || !unfinished {
		return e, nothing, nil
	}
	waitCtx, cancel := context.WithTimeout(ctx, s.cfg.Executions.SyncTimeout)
	defer cancel()
	if err := s.temporal.GetWorkflow(waitCtx, contract.ExecutionWorkflowID(e.ProjectID, e.ID), "").Get(waitCtx, nil); err != nil && waitCtx.Err() != nil {
		return nil, nil, models.Errorf(models.CodeFunctionSynchronousTimeout, "Synchronous function execution timed out. Use asynchronous execution instead, or ensure the execution duration doesn't exceed %d seconds.", int(s.cfg.Executions.SyncTimeout.Seconds()))
	}
	if e, err = s.store.GetExecution(ctx, f.ProjectID, f.ID, id); err != nil {
		return nil, nil, err
	}
	return e, nothing, nil
}

// replayExecution runs the stored request (method, path, headers, body) of
// an execution of any trigger again, as a new execution against the
// function's current deployment. Body params async and scheduledAt as in
// create.
func (s *Server) replayExecution(c *fiber.Ctx) error {
	_, old, err := s.loadExecution(c)
	if err != nil {
		return err
	}
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	req := &executionRequest{method: old.RequestMethod, path: old.RequestPath, body: string(old.RequestBody)}
	if req.async, err = p.looseBool("async", false); err != nil {
		return err
	}
	when, err := p.text("scheduledAt", optional, 64, emptyOK, "")
	if err != nil {
		return err
	}
	if when != "" {
		t, err := s.checkScheduledAt(when, req.async)
		if err != nil {
			return err
		}
		req.scheduledAt = &t
	}
	f, d, err := s.runnableFunction(c)
	if err != nil {
		return err
	}
	req.headers = models.HeaderList{}
	for _, h := range old.RequestHeaders {
		// The caller's x-appwrite-* set (client IP, user JWT) is the
		// replaying caller's.
		if !strings.HasPrefix(h.Name, "x-appwrite-") {
			req.headers = append(req.headers, h)
		}
	}
	e, answered, err := s.runExecution(c.UserContext(), execCall{pr: principalOf(c), f: f, d: d, req: req, clientIP: c.IP(), replay: old})
	if err != nil {
		return err
	}
	return s.answerExecution(c, e, f, req.async, answered)
}

// replayRequest makes e a replay of old: the same trigger and event.
func replayRequest(e, old *models.Execution) {
	e.ReplayOf, e.Trigger, e.Event, e.EventID = old.ID, old.Trigger, old.Event, old.EventID
}
