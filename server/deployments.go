package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

func (s *Server) registerDeployments(r fiber.Router) {
	read, write := s.scope("functions.read"), s.scope("functions.write")
	r.Get("/:functionId/deployments", read, s.listDeployments)
	r.Post("/:functionId/deployments", write, s.createDeployment)
	r.Post("/:functionId/deployments/duplicate", write, s.duplicateDeployment)
	r.Get("/:functionId/deployments/:deploymentId", read, s.getDeployment)
	r.Delete("/:functionId/deployments/:deploymentId", write, s.deleteDeployment)
	r.Get("/:functionId/deployments/:deploymentId/download", read, s.downloadDeployment)
	r.Patch("/:functionId/deployments/:deploymentId/status", write, s.cancelDeployment)
	r.Patch("/:functionId/deployment", write, s.activateDeployment)
	// Legacy aliases (appwrite-api.md §1.3).
	r.Patch("/:functionId/deployments/:deploymentId", write, s.activateDeployment)
	r.Patch("/:functionId/deployments/:deploymentId/build", write, s.cancelDeployment)
	r.Post("/:functionId/deployments/:deploymentId/build", write, s.duplicateDeployment)
	// Appwrite 1.9.6's other duplicate alias; its buildId is checked and
	// ignored.
	r.Post("/:functionId/deployments/:deploymentId/builds/:buildId", write, s.duplicateDeployment)
	r.Get("/:functionId/deployments/:deploymentId/build/download", read, s.downloadDeployment)
}

func deploymentID(c *fiber.Ctx) (string, error) {
	return pathID(c, "deploymentId", models.CodeDeploymentNotFound, "Deployment")
}

func (s *Server) loadDeployment(c *fiber.Ctx) (*models.Function, *models.Deployment, error) {
	f, err := s.loadFunction(c)
	if err != nil {
		return nil, nil, err
	}
	id, err := deploymentID(c)
	if err != nil {
		return nil, nil, err
	}
	d, err := s.store.GetDeployment(c.UserContext(), f.ProjectID, f.ID, id)
	return f, d, err
}

func (s *Server) publishDeployment(ctx context.Context, d *models.Deployment, action string) {
	s.events.Publish(ctx, d.ProjectID, "functions."+d.FunctionID+".deployments."+d.ID+"."+action, renderDeployment(d))
}

func (s *Server) listDeployments(c *fiber.Ctx) error {
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	opts, err := listOptions(c, query.DeploymentsResource)
	if err != nil {
		return err
	}
	ds, total, err := s.store.ListDeployments(c.UserContext(), f.ProjectID, f.ID, opts)
	if err != nil {
		return err
	}
	out := make([]deploymentJSON, 0, len(ds))
	for i := range ds {
		out = append(out, renderDeployment(&ds[i]))
	}
	return sendModel(c, fiber.StatusOK, modelDeploymentList, fiber.Map{"total": total, "deployments": out}, listSelection("deployments", opts.Select))
}

func (s *Server) getDeployment(c *fiber.Ctx) error {
	_, d, err := s.loadDeployment(c)
	if err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelDeployment, renderDeployment(d))
}

// deploymentArg reads the deployment ID from the path (legacy aliases) or
// from the JSON body's deploymentId; withBuildID also accepts (and checks,
// then ignores) the body's buildId, as duplicate does.
func deploymentArg(c *fiber.Ctx, withBuildID bool) (string, error) {
	id := c.Params("deploymentId")
	if b := c.Params("buildId"); withBuildID && b != "" && !models.ValidID(b) {
		return "", invalid("buildId", "UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore")
	}
	if id == "" {
		p, err := parseBody(c)
		if err != nil {
			return "", err
		}
		if id, err = p.text("deploymentId", required, 36, nonEmpty, ""); err != nil {
			return "", err
		}
		if withBuildID {
			if _, err = p.text("buildId", optional, 36, emptyOK, ""); err != nil {
				return "", err
			}
		}
	}
	if !models.ValidID(id) {
		return "", models.Errorf(models.CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	}
	return id, nil
}

func (s *Server) activateDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	id, err := deploymentArg(c, false)
	if err != nil {
		return err
	}
	d, err := s.store.GetDeployment(ctx, f.ProjectID, f.ID, id)
	if err != nil {
		return err
	}
	if d.Status != models.DeploymentReady {
		return models.Errorf(models.CodeBuildNotReady, "Build not ready, please wait until the build is ready.")
	}
	if err := s.store.ActivateDeployment(ctx, f.ProjectID, f.ID, d.ID, d.CreatedAt); err != nil {
		return err
	}
	if f, err = s.store.GetFunction(ctx, f.ProjectID, f.ID); err != nil {
		return err
	}
	if s.hooks != nil {
		if err := s.hooks.FunctionChanged(ctx, f); err != nil {
			return err
		}
	}
	vars, err := s.functionVars(c, f)
	if err != nil {
		return err
	}
	out := renderFunction(f, vars)
	s.events.Publish(ctx, f.ProjectID, "functions."+f.ID+".update", out)
	s.publishDeployment(ctx, d, "update")
	return sendModel(c, fiber.StatusOK, modelFunction, out)
}

func (s *Server) cancelDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	_, d, err := s.loadDeployment(c)
	if err != nil {
		return err
	}
	switch d.Status {
	case models.DeploymentReady, models.DeploymentFailed:
		return models.Errorf(models.CodeBuildAlreadyCompleted, "Build with the requested ID is already completed and cannot be canceled.")
	case models.DeploymentCanceled:
		return sendModel(c, fiber.StatusOK, modelDeployment, renderDeployment(d))
	}
	now := models.Now()
	end := models.BuildEnd{Status: models.DeploymentCanceled, EndedAt: &now}
	if d.BuildStartedAt != nil {
		dur := int(math.Ceil(now.Sub(*d.BuildStartedAt).Seconds()))
		end.Duration = &dur
	}
	if err := s.store.SetBuildStatus(ctx, d.ProjectID, d.ID, end); err != nil {
		return err
	}
	if err := s.cancelBuild(ctx, d); err != nil {
		return err
	}
	if d, err = s.store.GetDeployment(ctx, d.ProjectID, d.FunctionID, d.ID); err != nil {
		return err
	}
	if err := s.store.SyncLatestDeployment(ctx, d.ProjectID, d.FunctionID); err != nil {
		return err
	}
	s.publishDeployment(ctx, d, "update")
	return sendModel(c, fiber.StatusOK, modelDeployment, renderDeployment(d))
}

// cancelBuild asks the build workflow to stop; its running container is
// killed. A build that is not running is fine.
func (s *Server) cancelBuild(ctx context.Context, d *models.Deployment) error {
	err := s.temporal.CancelWorkflow(ctx, contract.BuildWorkflowID(d.ProjectID, d.ID), "")
	var nf *serviceerror.NotFound
	if err != nil && !errors.As(err, &nf) && !strings.Contains(err.Error(), "already completed") {
		return fmt.Errorf("cancel build workflow: %w", err)
	}
	return nil
}

func (s *Server) duplicateDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	srcID, err := deploymentArg(c, true)
	if err != nil {
		return err
	}
	notFound := models.Errorf(models.CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	src, err := s.store.GetDeployment(ctx, f.ProjectID, f.ID, srcID)
	if err != nil {
		return err
	}
	if src.SourcePath == "" {
		return notFound
	}
	in, err := s.arts.Open(ctx, src.SourcePath)
	if errors.Is(err, artifacts.ErrNotFound) {
		return notFound
	}
	if err != nil {
		return err
	}
	defer in.Close()
	entrypoint := f.Entrypoint
	if entrypoint == "" {
		entrypoint = src.Entrypoint
	}
	d := s.newDeployment(f, models.NewID(), src.Type, entrypoint, f.Commands, src.Activate)
	d.SourceSize = src.SourceSize
	if err := s.createWithSource(ctx, d, in); err != nil {
		return err
	}
	return sendModel(c, fiber.StatusAccepted, modelDeployment, renderDeployment(d))
}

func (s *Server) deleteDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	f, d, err := s.loadDeployment(c)
	if err != nil {
		return err
	}
	if d.Status != models.DeploymentReady && d.Status != models.DeploymentFailed && d.Status != models.DeploymentCanceled {
		if err := s.cancelBuild(ctx, d); err != nil {
			return err
		}
	}
	if err := s.store.DeleteDeployment(ctx, d.ProjectID, d.FunctionID, d.ID); err != nil {
		return err
	}
	s.startCleanup(ctx, contract.CleanupInput{ProjectID: d.ProjectID, FunctionID: d.FunctionID, DeploymentID: d.ID})
	if err := s.arts.Delete(ctx, artifacts.DeploymentPrefix(d.ProjectID, d.ID)); err != nil {
		return err
	}
	if f.DeploymentID == d.ID {
		if err := s.store.ClearActiveDeployment(ctx, f.ProjectID, f.ID); err != nil {
			return err
		}
		if f, err = s.store.GetFunction(ctx, f.ProjectID, f.ID); err != nil {
			return err
		}
		if s.hooks != nil {
			if err := s.hooks.FunctionChanged(ctx, f); err != nil {
				return err
			}
		}
	}
	if err := s.store.SyncLatestDeployment(ctx, d.ProjectID, d.FunctionID); err != nil {
		return err
	}
	s.publishDeployment(ctx, d, "delete")
	return c.SendStatus(fiber.StatusNoContent)
}

// startCleanup starts the CleanupWorkflow that removes the containers of a
// function or deployment whose rows were just deleted. Not starting it is
// logged, not answered: the rows are gone already, and every worker's
// reconciler removes containers of deployments that no longer exist within
// one pass (worker.ContainerReconcileInterval).
func (s *Server) startCleanup(ctx context.Context, in contract.CleanupInput) {
	in.DeletedAt = time.Now().UTC()
	opts := client.StartWorkflowOptions{
		ID:        contract.CleanupWorkflowID(in.ProjectID, in.FunctionID, in.DeploymentID),
		TaskQueue: s.cfg.Temporal.TaskQueue,
		// A later deletion of a re-created function or deployment with the
		// same ID runs again; one still running is replaced (idempotent).
		WorkflowIDReusePolicy:    enums.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE,
		WorkflowIDConflictPolicy: enums.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: in.ProjectID, FunctionID: in.FunctionID,
			DeploymentID: in.DeploymentID, Trigger: contract.TriggerCleanup}),
	}
	if _, err := s.startWorkflow(context.WithoutCancel(ctx), opts, contract.CleanupWorkflow, in); err != nil {
		s.log.Error("cannot start the cleanup workflow; the reconciler will remove the containers", "workflow_id", opts.ID,
			"project_id", in.ProjectID, "function_id", in.FunctionID, "deployment_id", in.DeploymentID, "error", err)
	}
}

// cancelFunctionBuilds cancels the builds of a function about to be deleted
// and returns the IDs of all its deployments (for the cleanup).
func (s *Server) cancelFunctionBuilds(ctx context.Context, projectID, functionID string) ([]string, error) {
	ds, err := s.store.FunctionDeployments(ctx, projectID, functionID)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(ds))
	for i := range ds {
		ids = append(ids, ds[i].ID)
		switch ds[i].Status {
		case models.DeploymentReady, models.DeploymentFailed, models.DeploymentCanceled:
			continue
		}
		if err := s.cancelBuild(ctx, &ds[i]); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// startFunctionCleanup is startCleanup for a deleted function.
func (s *Server) startFunctionCleanup(ctx context.Context, projectID, functionID string, deploymentIDs []string) {
	s.startCleanup(ctx, contract.CleanupInput{ProjectID: projectID, FunctionID: functionID, DeploymentIDs: deploymentIDs})
}
