package models

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
)

func (f *Function) prepare() {
	f.SearchText = strings.ToLower(f.ID + " " + f.Name + " " + f.Runtime)
	for _, l := range []*StringList{&f.Execute, &f.Events, &f.Scopes, &f.ProviderBranches, &f.ProviderPaths} {
		if *l == nil {
			*l = StringList{}
		}
	}
	if f.Version == "" {
		f.Version = "v5"
	}
}

// CreateFunction stores a new function; a taken ID gives function_already_exists.
func (s *Store) CreateFunction(ctx context.Context, f *Function) error {
	f.prepare()
	if err := s.db.WithContext(ctx).Create(f).Error; err != nil {
		if isDuplicate(err) {
			return Errorf(CodeFunctionAlreadyExists, "Function with the requested ID already exists.")
		}
		return dbError("create function", err)
	}
	return nil
}

// GetFunction finds a function of a project.
func (s *Store) GetFunction(ctx context.Context, projectID, id string) (*Function, error) {
	var f Function
	err := s.db.WithContext(ctx).Where("project_id = ? AND id = ?", projectID, id).Take(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeFunctionNotFound, "Function with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get function", err)
	}
	return &f, nil
}

// SaveFunction writes every field of an existing function.
func (s *Store) SaveFunction(ctx context.Context, f *Function) error {
	f.prepare()
	res := s.db.WithContext(ctx).Select("*").Omit("seq", "created_at").Where("project_id = ? AND id = ?", f.ProjectID, f.ID).Updates(f)
	if res.Error != nil {
		return dbError("save function", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeFunctionNotFound, "Function with the requested ID could not be found.")
	}
	return nil
}

// updateFunction changes some columns of a function.
func (s *Store) updateFunction(ctx context.Context, op, projectID, id string, fields map[string]any) error {
	fields["updated_at"] = Now()
	res := s.db.WithContext(ctx).Model(&Function{}).Where("project_id = ? AND id = ?", projectID, id).Updates(fields)
	if res.Error != nil {
		return dbError(op, res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeFunctionNotFound, "Function with the requested ID could not be found.")
	}
	return nil
}

// ActivateDeployment makes a deployment (created at createdAt) the
// function's active one; the function is live again.
func (s *Store) ActivateDeployment(ctx context.Context, projectID, functionID, deploymentID string, createdAt time.Time) error {
	return s.updateFunction(ctx, "activate deployment", projectID, functionID, map[string]any{
		"deployment_id": deploymentID, "deployment_created_at": &createdAt, "live": true})
}

// ClearActiveDeployment leaves the function without an active deployment.
func (s *Store) ClearActiveDeployment(ctx context.Context, projectID, functionID string) error {
	return s.updateFunction(ctx, "clear active deployment", projectID, functionID, map[string]any{
		"deployment_id": "", "deployment_created_at": nil})
}

// MarkFunctionNotLive records that the function's configuration (its
// variables) changed since its active deployment was built.
func (s *Store) MarkFunctionNotLive(ctx context.Context, projectID, functionID string) error {
	return s.updateFunction(ctx, "update function", projectID, functionID, map[string]any{"live": false})
}

// DeleteFunction removes a function with its variables, deployments and
// executions records, in one transaction. Artifacts, containers and
// schedules are cleaned up by the caller.
func (s *Store) DeleteFunction(ctx context.Context, projectID, id string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Where("project_id = ? AND id = ?", projectID, id).Delete(&Function{})
		if res.Error != nil {
			return dbError("delete function", res.Error)
		}
		if res.RowsAffected == 0 {
			return Errorf(CodeFunctionNotFound, "Function with the requested ID could not be found.")
		}
		if err := tx.Where("project_id = ? AND resource_type = ? AND resource_id = ?", projectID, VariableFunction, id).Delete(&Variable{}).Error; err != nil {
			return dbError("delete function variables", err)
		}
		if err := tx.Where("project_id = ? AND function_id = ?", projectID, id).Delete(&Deployment{}).Error; err != nil {
			return dbError("delete function deployments", err)
		}
		if err := tx.Where("project_id = ? AND function_id = ?", projectID, id).Delete(&Execution{}).Error; err != nil {
			return dbError("delete function executions", err)
		}
		return nil
	})
}

// ListFunctions lists a project's functions.
func (s *Store) ListFunctions(ctx context.Context, projectID string, opts ListOptions) ([]Function, int64, error) {
	return listRows[Function](ctx, s.db, func(q *gorm.DB) *gorm.DB {
		return q.Where("project_id = ?", projectID)
	}, opts, "Function")
}

// CountFunctionsCreatedSince counts a project's functions created after t (rate limit).
func (s *Store) CountFunctionsCreatedSince(ctx context.Context, projectID string, t time.Time) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&Function{}).Where("project_id = ? AND created_at > ?", projectID, t).Count(&n).Error
	if err != nil {
		return 0, dbError("count functions", err)
	}
	return n, nil
}

// FunctionsWithSchedule returns every function that has a cron schedule, in
// every project (used to reconcile Temporal schedules at start).
func (s *Store) FunctionsWithSchedule(ctx context.Context) ([]Function, error) {
	var fs []Function
	if err := s.db.WithContext(ctx).Where("schedule <> ''").Order("seq").Find(&fs).Error; err != nil {
		return nil, dbError("list scheduled functions", err)
	}
	return fs, nil
}

// SetFunctionColumnsForTest writes columns of a function as given, without
// any of the API's checks: tests use it to store states the API would not
// (a schedule stored before validation, a deployment set directly).
func (s *Store) SetFunctionColumnsForTest(ctx context.Context, projectID, id string, columns map[string]any) error {
	return s.updateFunction(ctx, "update function", projectID, id, columns)
}
