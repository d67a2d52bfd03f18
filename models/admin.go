package models

import (
	"context"
)

// ListAPIKeys returns a project's keys (hashes only), oldest first.
func (s *Store) ListAPIKeys(ctx context.Context, projectID string) ([]APIKey, error) {
	if _, err := s.GetProject(ctx, projectID); err != nil {
		return nil, err
	}
	var ks []APIKey
	if err := s.db.WithContext(ctx).Where("project_id = ?", projectID).Order("seq").Find(&ks).Error; err != nil {
		return nil, dbError("list api keys", err)
	}
	return ks, nil
}

// RevokeAPIKey deletes a project's key by its ID; requests with it fail from
// then on.
func (s *Store) RevokeAPIKey(ctx context.Context, projectID, id string) error {
	res := s.db.WithContext(ctx).Where("project_id = ? AND id = ?", projectID, id).Delete(&APIKey{})
	if res.Error != nil {
		return dbError("revoke api key", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeGeneralArgumentInvalid, "API key with the requested ID could not be found in this project.")
	}
	return nil
}

// DeleteProject deletes an empty project and its keys. A project that still
// has functions is refused: delete them through the API first, so their
// deployments, executions and containers are cleaned up as usual.
func (s *Store) DeleteProject(ctx context.Context, id string) error {
	if _, err := s.GetProject(ctx, id); err != nil {
		return err
	}
	var n int64
	if err := s.db.WithContext(ctx).Model(&Function{}).Where("project_id = ?", id).Count(&n).Error; err != nil {
		return dbError("delete project", err)
	}
	if n > 0 {
		return Errorf(CodeGeneralArgumentInvalid, "Project still has %d function(s); delete them first.", n)
	}
	if err := s.db.WithContext(ctx).Where("project_id = ?", id).Delete(&APIKey{}).Error; err != nil {
		return dbError("delete project keys", err)
	}
	if err := s.db.WithContext(ctx).Where("id = ?", id).Delete(&Project{}).Error; err != nil {
		return dbError("delete project", err)
	}
	return nil
}
