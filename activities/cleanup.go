package activities

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
)

// CleanupDeleted removes what runs for a deleted function or deployment on
// this worker: its runtime containers (the pool forgets them; requests in
// flight on them fail), its build containers, and its cached build output.
// For a deleted function it also removes its deployments' archives
// (source, build output, chunks) from artifact storage.
// Every step is idempotent, so a retry or a second cleanup is harmless.
// Other workers' containers are removed by their own reconciler pass.
func (a *Activities) CleanupDeleted(ctx context.Context, in contract.CleanupInput) (contract.CleanupResult, error) {
	var res contract.CleanupResult
	o := docker.Owner{ProjectID: in.ProjectID, FunctionID: in.FunctionID, DeploymentID: in.DeploymentID}
	back, err := a.ownerExists(ctx, in)
	if err != nil {
		return res, err
	}
	var before time.Time
	if back {
		before = in.DeletedAt
	}
	var errs []error
	if a.Pool != nil {
		n, err := a.Pool.RemoveOwner(ctx, o, before)
		res.Containers += n
		errs = append(errs, err)
	}
	if a.Engine != nil {
		n, err := a.Engine.RemoveOwned(ctx, docker.RoleBuild, o, before)
		res.Containers += n
		errs = append(errs, err)
	}
	ids := in.DeploymentIDs
	if in.DeploymentID != "" {
		ids = []string{in.DeploymentID}
	}
	for _, id := range ids {
		removed, err := a.removeCodeDir(ctx, in.ProjectID, id)
		if removed {
			res.CodeDirs++
		}
		errs = append(errs, err)
	}
	if in.DeploymentID == "" && a.Artifacts != nil {
		// The function's deployments went with it (their rows are deleted
		// in the same transaction), so their archives go too, whether or
		// not a function with the same ID exists again: its deployments
		// have new IDs. Deleting a single deployment removes its files in
		// the request already.
		for _, id := range in.DeploymentIDs {
			if err := a.Artifacts.Delete(ctx, artifacts.DeploymentPrefix(in.ProjectID, id)); err != nil {
				errs = append(errs, err)
				continue
			}
			res.Artifacts++
		}
		if !back {
			errs = append(errs, a.Artifacts.Delete(ctx, cachePrefix(in.ProjectID, in.FunctionID)))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return res, fmt.Errorf("cleanup of deleted %s: %w", describe(in), err)
	}
	a.Log.Info("cleaned up after deletion", "project_id", in.ProjectID, "function_id", in.FunctionID,
		"deployment_id", in.DeploymentID, "containers", res.Containers, "code_dirs", res.CodeDirs, "artifacts", res.Artifacts, "recreated", back)
	return res, nil
}

func describe(in contract.CleanupInput) string {
	if in.DeploymentID != "" {
		return "deployment " + in.DeploymentID
	}
	return "function " + in.FunctionID
}

// ownerExists says whether the deleted function or deployment exists again.
func (a *Activities) ownerExists(ctx context.Context, in contract.CleanupInput) (bool, error) {
	var err error
	if in.DeploymentID != "" {
		_, err = a.Store.GetDeployment(ctx, in.ProjectID, in.FunctionID, in.DeploymentID)
	} else {
		_, err = a.Store.GetFunction(ctx, in.ProjectID, in.FunctionID)
	}
	switch {
	case err == nil:
		return true, nil
	case models.IsCode(err, models.CodeDeploymentNotFound), models.IsCode(err, models.CodeFunctionNotFound):
		return false, nil
	}
	return false, fmt.Errorf("cleanup: %w", err)
}

// removeCodeDir removes a deleted deployment's extracted build output from
// this host's code cache (see CodeDir), unless a deployment with that ID
// exists again: otherwise a new deployment reusing the ID would be served
// the old code.
func (a *Activities) removeCodeDir(ctx context.Context, projectID, deploymentID string) (bool, error) {
	if !models.ValidID(projectID) || !models.ValidID(deploymentID) {
		return false, fmt.Errorf("cleanup: invalid code dir %q/%q", projectID, deploymentID)
	}
	exists, err := a.Store.DeploymentIDTaken(ctx, projectID, deploymentID)
	if err != nil || exists {
		return false, err
	}
	dir, err := a.codeDirPath(projectID, deploymentID)
	if err != nil {
		return false, fmt.Errorf("cleanup: %w", err)
	}
	if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return false, fmt.Errorf("cleanup: remove code dir: %w", err)
	}
	return true, nil
}
