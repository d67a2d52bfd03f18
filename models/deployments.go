package models

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
)

func (d *Deployment) prepare() {
	d.SearchText = strings.ToLower(d.ID + " " + d.Type + " " + d.Status + " " + d.Entrypoint)
}

// DeploymentExists is the error for a deployment ID that is taken in the
// project (by any of its functions).
func DeploymentExists() *Error {
	return Errorf(CodeDeploymentAlreadyExists, "Deployment with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.")
}

// CreateDeployment stores a new deployment; a taken ID is DeploymentExists.
func (s *Store) CreateDeployment(ctx context.Context, d *Deployment) error {
	d.prepare()
	if err := s.db.WithContext(ctx).Create(d).Error; err != nil {
		if isDuplicate(err) {
			return DeploymentExists()
		}
		return dbError("create deployment", err)
	}
	return nil
}

// GetDeployment finds a deployment of a function.
func (s *Store) GetDeployment(ctx context.Context, projectID, functionID, id string) (*Deployment, error) {
	var d Deployment
	err := s.db.WithContext(ctx).Where("project_id = ? AND function_id = ? AND id = ?", projectID, functionID, id).Take(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get deployment", err)
	}
	return &d, nil
}

// DeploymentIDTaken says whether a deployment with this ID exists in the
// project, in any of its functions.
func (s *Store) DeploymentIDTaken(ctx context.Context, projectID, id string) (bool, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&Deployment{}).Where("project_id = ? AND id = ?", projectID, id).Count(&n).Error; err != nil {
		return false, dbError("find deployment", err)
	}
	return n > 0, nil
}

// FunctionDeployments lists the ID and status of every deployment of a
// function, oldest first (what a deletion must clean up after).
func (s *Store) FunctionDeployments(ctx context.Context, projectID, functionID string) ([]Deployment, error) {
	var ds []Deployment
	err := s.db.WithContext(ctx).Select("project_id", "function_id", "id", "status").Where("project_id = ? AND function_id = ?", projectID, functionID).
		Order("seq").Find(&ds).Error
	if err != nil {
		return nil, dbError("list function deployments", err)
	}
	return ds, nil
}

// updateDeployment changes some columns of a deployment.
func (s *Store) updateDeployment(ctx context.Context, op, projectID, id string, fields map[string]any) error {
	fields["updated_at"] = Now()
	res := s.db.WithContext(ctx).Model(&Deployment{}).Where("project_id = ? AND id = ?", projectID, id).Updates(fields)
	if res.Error != nil {
		return dbError(op, res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	}
	return nil
}

// SetDeploymentSource records where a deployment's uploaded source is and
// its size.
func (s *Store) SetDeploymentSource(ctx context.Context, projectID, id, path string, size int64) error {
	return s.updateDeployment(ctx, "set deployment source", projectID, id, map[string]any{"source_path": path, "source_size": size, "total_size": size})
}

// SetDeploymentSourcePath records where the source of a chunked upload is
// once assembled (its size was counted chunk by chunk).
func (s *Store) SetDeploymentSourcePath(ctx context.Context, projectID, id, path string) error {
	return s.updateDeployment(ctx, "set deployment source", projectID, id, map[string]any{"source_path": path})
}

// MarkBuildProcessing records that a deployment's build began (status
// processing, build start time now).
func (s *Store) MarkBuildProcessing(ctx context.Context, projectID, id string) error {
	return s.updateDeployment(ctx, "mark build processing", projectID, id,
		map[string]any{"status": DeploymentProcessing, "build_started_at": Now()})
}

// MarkBuildBuilding records that a deployment's build command runs (status
// building, build logs emptied).
func (s *Store) MarkBuildBuilding(ctx context.Context, projectID, id string) error {
	return s.updateDeployment(ctx, "mark build building", projectID, id,
		map[string]any{"status": DeploymentBuilding, "build_logs": ""})
}

// SetBuildLogs replaces a deployment's build logs.
func (s *Store) SetBuildLogs(ctx context.Context, projectID, id, logs string) error {
	return s.updateDeployment(ctx, "set build logs", projectID, id, map[string]any{"build_logs": logs})
}

// BuildEnd is how a build ended, as recorded.
type BuildEnd struct {
	Status string // DeploymentReady, DeploymentFailed or DeploymentCanceled
	// EndedAt is the build's end; nil keeps the recorded one.
	EndedAt *time.Time
	// Duration is the build duration in seconds; nil keeps the recorded one.
	Duration *int
	// The output of a ready build (recorded only with DeploymentReady).
	OutputPath string
	BuildSize  int64
	TotalSize  int64
	// Logs replace the build logs; nil keeps them.
	Logs *string
}

// SetBuildStatus records the end of a deployment's build.
func (s *Store) SetBuildStatus(ctx context.Context, projectID, id string, b BuildEnd) error {
	fields := map[string]any{"status": b.Status}
	if b.EndedAt != nil {
		fields["build_ended_at"] = *b.EndedAt
	}
	if b.Duration != nil {
		fields["build_duration"] = *b.Duration
	}
	if b.Status == DeploymentReady {
		fields["output_path"], fields["build_size"], fields["total_size"] = b.OutputPath, b.BuildSize, b.TotalSize
	}
	if b.Logs != nil {
		fields["build_logs"] = *b.Logs
	}
	return s.updateDeployment(ctx, "set build status", projectID, id, fields)
}

// DeleteDeployment removes a deployment record.
func (s *Store) DeleteDeployment(ctx context.Context, projectID, functionID, id string) error {
	res := s.db.WithContext(ctx).Where("project_id = ? AND function_id = ? AND id = ?", projectID, functionID, id).Delete(&Deployment{})
	if res.Error != nil {
		return dbError("delete deployment", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	}
	return nil
}

// ListDeployments lists a function's deployments.
func (s *Store) ListDeployments(ctx context.Context, projectID, functionID string, opts ListOptions) ([]Deployment, int64, error) {
	return listRows[Deployment](ctx, s.db, func(q *gorm.DB) *gorm.DB {
		return q.Where("project_id = ? AND function_id = ?", projectID, functionID)
	}, opts, "Deployment")
}

// LatestDeployment returns a function's newest deployment, or nil.
func (s *Store) LatestDeployment(ctx context.Context, projectID, functionID string) (*Deployment, error) {
	var ds []Deployment
	err := s.db.WithContext(ctx).Where("project_id = ? AND function_id = ?", projectID, functionID).Order("seq desc").Limit(1).Find(&ds).Error
	if err != nil {
		return nil, dbError("latest deployment", err)
	}
	if len(ds) == 0 {
		return nil, nil
	}
	return &ds[0], nil
}

// SyncLatestDeployment sets a function's latestDeployment{Id,At,State}
// from its newest deployment, in one transaction (a function that is gone
// is not an error).
func (s *Store) SyncLatestDeployment(ctx context.Context, projectID, functionID string) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ds []Deployment
		err := tx.Where("project_id = ? AND function_id = ?", projectID, functionID).Order("seq desc").Limit(1).Find(&ds).Error
		if err != nil {
			return err
		}
		fields := map[string]any{"latest_deployment_id": "", "latest_deployment_at": nil, "latest_deployment_state": ""}
		if len(ds) > 0 {
			at := ds[0].CreatedAt
			fields = map[string]any{"latest_deployment_id": ds[0].ID, "latest_deployment_at": &at,
				"latest_deployment_state": ds[0].Status}
		}
		fields["updated_at"] = Now()
		return tx.Model(&Function{}).Where("project_id = ? AND id = ?", projectID, functionID).Updates(fields).Error
	})
	if err != nil {
		return dbError("latest deployment", err)
	}
	return nil
}

// CountDeploymentChunk adds one uploaded chunk to a chunked upload, atomically.
func (s *Store) CountDeploymentChunk(ctx context.Context, projectID, id string) error {
	res := s.db.WithContext(ctx).Model(&Deployment{}).Where("project_id = ? AND id = ?", projectID, id).
		Updates(map[string]any{"chunks_uploaded": gorm.Expr("chunks_uploaded + 1"), "updated_at": Now()})
	if res.Error != nil {
		return dbError("count deployment chunk", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeDeploymentNotFound, "Deployment with the requested ID could not be found.")
	}
	return nil
}

// ClearActivateExcept clears the activate flag on a function's other
// deployments, so that only the newest upload activates itself when ready.
func (s *Store) ClearActivateExcept(ctx context.Context, projectID, functionID, id string) error {
	err := s.db.WithContext(ctx).Model(&Deployment{}).
		Where("project_id = ? AND function_id = ? AND id <> ? AND activate = ?", projectID, functionID, id, true).
		Updates(map[string]any{"activate": false, "updated_at": Now()}).Error
	if err != nil {
		return dbError("clear activate", err)
	}
	return nil
}

// ActiveDeployment returns f's active deployment if it can run:
// deployment_not_found when f has none, build_not_ready when its build is
// not ready.
func (s *Store) ActiveDeployment(ctx context.Context, f *Function) (*Deployment, error) {
	notFound := Errorf(CodeDeploymentNotFound, "Deployment not found. Create a deployment before trying to execute a function")
	if f.DeploymentID == "" {
		return nil, notFound
	}
	d, err := s.GetDeployment(ctx, f.ProjectID, f.ID, f.DeploymentID)
	if IsCode(err, CodeDeploymentNotFound) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	if d.Status != DeploymentReady {
		return nil, Errorf(CodeBuildNotReady, "Build not ready")
	}
	return d, nil
}

// SetDeploymentColumnsForTest writes columns of a deployment as given,
// without any of the API's checks (tests only).
func (s *Store) SetDeploymentColumnsForTest(ctx context.Context, projectID, id string, columns map[string]any) error {
	return s.updateDeployment(ctx, "update deployment", projectID, id, columns)
}
