package models

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// CreateProject stores a new project. An empty id means unique().
func (s *Store) CreateProject(ctx context.Context, id, name string) (*Project, error) {
	if id == "" {
		id = NewID()
	}
	if !ValidID(id) {
		return nil, Errorf(CodeGeneralArgumentInvalid, "Invalid `projectId` param: not a valid ID")
	}
	p := &Project{ID: id, Name: name, KeySecret: newKeySecret()}
	if err := s.db.WithContext(ctx).Create(p).Error; err != nil {
		if isDuplicate(err) {
			return nil, Errorf(CodeGeneralArgumentInvalid, "Project with the requested ID already exists.")
		}
		return nil, dbError("create project", err)
	}
	return p, nil
}

// GetProject finds a project by ID.
func (s *Store) GetProject(ctx context.Context, id string) (*Project, error) {
	var p Project
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeProjectNotFound, "Project with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get project", err)
	}
	return &p, nil
}

// ListProjects returns every project, oldest first.
func (s *Store) ListProjects(ctx context.Context) ([]Project, error) {
	var ps []Project
	if err := s.db.WithContext(ctx).Order("seq").Find(&ps).Error; err != nil {
		return nil, dbError("list projects", err)
	}
	return ps, nil
}

// APIKeyPrefix starts every key fnflow issues, as Appwrite's standard keys do.
const APIKeyPrefix = "standard_"

// HashSecret is how key secrets are stored: SHA-256, hex. Keys are 256-bit
// random values, so a fast hash is enough (no password stretching needed).
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// CreateAPIKey makes a key with the given scopes. The secret is returned
// once and only its hash is stored.
func (s *Store) CreateAPIKey(ctx context.Context, projectID, name string, scopes []string, expires *time.Time) (*APIKey, string, error) {
	if _, err := s.GetProject(ctx, projectID); err != nil {
		return nil, "", err
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return nil, "", fmt.Errorf("create api key: %w", err)
	}
	secret := APIKeyPrefix + hex.EncodeToString(raw[:])
	k := &APIKey{ID: NewID(), ProjectID: projectID, Name: name, SecretHash: HashSecret(secret), Scopes: scopes, ExpiresAt: expires}
	if k.Scopes == nil {
		k.Scopes = StringList{}
	}
	if err := s.db.WithContext(ctx).Create(k).Error; err != nil {
		return nil, "", dbError("create api key", err)
	}
	return k, secret, nil
}

// FindAPIKey looks a key up by its secret. Unknown secrets give
// user_unauthorized; expired keys project_key_expired.
func (s *Store) FindAPIKey(ctx context.Context, secret string) (*APIKey, error) {
	var k APIKey
	err := s.db.WithContext(ctx).Where("secret_hash = ?", HashSecret(secret)).Take(&k).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeUserUnauthorized, "The current user is not authorized to perform the requested action.")
	}
	if err != nil {
		return nil, dbError("find api key", err)
	}
	if k.ExpiresAt != nil && k.ExpiresAt.Before(time.Now()) {
		return nil, Errorf(CodeProjectKeyExpired, "The project key has expired. Please generate a new key using the Appwrite console.")
	}
	return &k, nil
}
