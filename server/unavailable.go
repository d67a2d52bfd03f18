package server

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/models"
)

// WorkflowStartTimeout bounds one start-workflow call made while answering
// a request: when Temporal is down, the SDK would retry until the caller's
// context ends, so a create answers 503 after at most this long instead.
const WorkflowStartTimeout = 5 * time.Second

// RetryAfter is the Retry-After (seconds) sent with a 503 naming a
// dependency: about one reconnect interval of the Temporal client.
const RetryAfter = 5

// startWorkflow starts a workflow within WorkflowStartTimeout. When Temporal
// cannot be reached in time it returns models.Unavailable(temporal); other
// errors (already started, bad arguments) are returned as they are.
func (s *Server) startWorkflow(ctx context.Context, opts client.StartWorkflowOptions, wf any, args ...any) (client.WorkflowRun, error) {
	sctx, cancel := context.WithTimeout(ctx, WorkflowStartTimeout)
	defer cancel()
	run, err := s.temporal.ExecuteWorkflow(sctx, opts, wf, args...)
	if err != nil && ctx.Err() == nil && temporalUnreachable(sctx, err) {
		return nil, models.Unavailable(models.DependencyTemporal, err)
	}
	return run, err
}

// temporalUnreachable tells a Temporal that does not answer (down,
// restarting, overloaded) from one that refused the call.
func temporalUnreachable(ctx context.Context, err error) bool {
	var unavailable *serviceerror.Unavailable
	var deadline *serviceerror.DeadlineExceeded
	var exhausted *serviceerror.ResourceExhausted
	var canceled *serviceerror.Canceled
	// A namespace the server does not know (yet): a fresh server whose
	// namespace cache has not caught up, or one restarted on an empty
	// database. Not the caller's fault and not for good: 503, retry.
	var noNamespace *serviceerror.NamespaceNotFound
	return ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.As(err, &unavailable) ||
		errors.As(err, &deadline) || errors.As(err, &exhausted) || errors.As(err, &canceled) ||
		errors.As(err, &noNamespace)
}

// executionNotStarted records that an execution's workflow could not be
// started (err from startWorkflow): the row is marked failed with the reason,
// so that nothing pretends it is queued (should the start have reached
// Temporal after all, the run finds the row failed and skips it). It returns
// the error to answer: 503 when Temporal is unreachable.
func (s *Server) executionNotStarted(ctx context.Context, e *models.Execution, err error) error {
	msg := "The execution could not be started."
	if models.UnavailableDependency(err) != "" {
		msg = "The execution could not be started: the workflow engine (Temporal) is unavailable."
	}
	if _, uerr := s.store.FailExecution(context.WithoutCancel(ctx), e.ProjectID, e.ID, msg); uerr != nil {
		s.log.Warn("cannot mark an execution that was not started as failed; the sweeper will", "project_id", e.ProjectID,
			"function_id", e.FunctionID, "execution_id", e.ID, "error", uerr)
	}
	return err
}

// buildNotStarted records that a deployment's build workflow could not be
// started: the deployment is marked failed with the reason in its build
// logs (its source is kept; a new deployment or a rebuild starts over), and
// the error to answer is returned (503 when Temporal is unreachable).
func (s *Server) buildNotStarted(ctx context.Context, d *models.Deployment, err error) error {
	if models.UnavailableDependency(err) == "" {
		return err
	}
	logs := "The build could not be started: the workflow engine (Temporal) is unavailable. Please deploy again."
	if uerr := s.store.SetBuildStatus(context.WithoutCancel(ctx), d.ProjectID, d.ID,
		models.BuildEnd{Status: models.DeploymentFailed, Logs: &logs}); uerr != nil {
		s.log.Warn("cannot mark a deployment whose build was not started as failed", "project_id", d.ProjectID,
			"function_id", d.FunctionID, "deployment_id", d.ID, "error", uerr)
	} else {
		d.Status, d.BuildLogs = models.DeploymentFailed, logs
	}
	return err
}

// dependencyError turns an error that says the database is unreachable into
// the 503 that names it, and one that says the disk is full into 507
// storage_device_full; other errors are returned as they are.
func dependencyError(err error) error {
	var e *models.Error
	if err == nil || (errors.As(err, &e) && e.Code != models.CodeGeneralServerError && e.Code != models.CodeGeneralUnknown) {
		return err
	}
	if models.IsNoSpace(err) {
		return models.StorageFull(err)
	}
	if models.UnavailableDependency(err) == "" && models.IsConnectionError(err) {
		return models.Unavailable(models.DependencyDatabase, err)
	}
	return err
}

// setRetryAfter adds Retry-After to an answer naming an unavailable
// dependency.
func setRetryAfter(c *fiber.Ctx, err error) {
	if models.UnavailableDependency(err) != "" {
		c.Set(fiber.HeaderRetryAfter, strconv.Itoa(RetryAfter))
	}
}
