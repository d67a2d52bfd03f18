package models

import (
	"context"
	"errors"
	"strings"
	"unicode"

	"gorm.io/gorm"
)

// CreateVariable stores a variable; a taken ID or key gives variable_already_exists.
func (s *Store) CreateVariable(ctx context.Context, v *Variable) error {
	if err := s.db.WithContext(ctx).Create(v).Error; err != nil {
		if isDuplicate(err) {
			return Errorf(CodeVariableAlreadyExists, "Variable with the same ID or key already exists.")
		}
		return dbError("create variable", err)
	}
	return nil
}

// GetVariable finds a variable of a resource (resourceID "" for project variables).
func (s *Store) GetVariable(ctx context.Context, projectID, resourceType, resourceID, id string) (*Variable, error) {
	var v Variable
	err := s.db.WithContext(ctx).Where("project_id = ? AND resource_type = ? AND resource_id = ? AND id = ?",
		projectID, resourceType, resourceID, id).Take(&v).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeVariableNotFound, "Variable with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get variable", err)
	}
	return &v, nil
}

// SaveVariable writes an existing variable's key, value and secret flag.
func (s *Store) SaveVariable(ctx context.Context, v *Variable) error {
	v.UpdatedAt = Now()
	res := s.db.WithContext(ctx).Model(&Variable{}).Where("project_id = ? AND id = ?", v.ProjectID, v.ID).
		Updates(map[string]any{"key": v.Key, "value": v.Value, "secret": v.Secret, "updated_at": v.UpdatedAt})
	if res.Error != nil {
		if isDuplicate(res.Error) {
			return Errorf(CodeVariableAlreadyExists, "Variable with the same ID or key already exists.")
		}
		return dbError("save variable", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeVariableNotFound, "Variable with the requested ID could not be found.")
	}
	return nil
}

// DeleteVariable removes a variable.
func (s *Store) DeleteVariable(ctx context.Context, projectID, resourceType, resourceID, id string) error {
	res := s.db.WithContext(ctx).Where("project_id = ? AND resource_type = ? AND resource_id = ? AND id = ?",
		projectID, resourceType, resourceID, id).Delete(&Variable{})
	if res.Error != nil {
		return dbError("delete variable", res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(CodeVariableNotFound, "Variable with the requested ID could not be found.")
	}
	return nil
}

// ListVariables lists the variables of a resource.
func (s *Store) ListVariables(ctx context.Context, projectID, resourceType, resourceID string, opts ListOptions) ([]Variable, int64, error) {
	return listRows[Variable](ctx, s.db, func(q *gorm.DB) *gorm.DB {
		return q.Where("project_id = ? AND resource_type = ? AND resource_id = ?", projectID, resourceType, resourceID)
	}, opts, "Variable")
}

// CheckVariableKey reports why key cannot name an environment variable
// ("" when it can): it must not be empty and must hold no "=" and no
// control character (NUL included). Appwrite itself only limits the length.
func CheckVariableKey(key string) string {
	if key == "" {
		return "Value must be a valid string and at least 1 chars and no longer than 255 chars"
	}
	for _, r := range key {
		if r == '=' || unicode.IsControl(r) {
			return "Value must be a valid environment variable name: no \"=\" and no control characters (NUL, CR, LF, ...)"
		}
	}
	return ""
}

// CheckVariableValue reports why value cannot be an environment variable's
// value ("" when it can): it must hold no NUL.
func CheckVariableValue(value string) string {
	if strings.IndexByte(value, 0) >= 0 {
		return "Value must be a valid environment variable value: no NUL characters"
	}
	return ""
}

// RuntimeEnv returns the variables a function's runtime sees: project
// variables first, then function variables (which win on equal keys).
// Stored variables that cannot be environment variables (written before
// keys and values were checked) are left out and returned in skipped, so
// that one bad row does not fail every execution.
func (s *Store) RuntimeEnv(ctx context.Context, projectID, functionID string) (env map[string]string, skipped []Variable, err error) {
	var vs []Variable
	err = s.db.WithContext(ctx).Where("project_id = ? AND ((resource_type = ? AND resource_id = '') OR (resource_type = ? AND resource_id = ?))",
		projectID, VariableProject, VariableFunction, functionID).Order("seq").Find(&vs).Error
	if err != nil {
		return nil, nil, dbError("read variables", err)
	}
	env = map[string]string{}
	for _, kind := range []string{VariableProject, VariableFunction} {
		for _, v := range vs {
			if v.ResourceType != kind {
				continue
			}
			if CheckVariableKey(v.Key) != "" || CheckVariableValue(v.Value) != "" {
				skipped = append(skipped, v)
				continue
			}
			env[v.Key] = v.Value
		}
	}
	return env, skipped, nil
}
