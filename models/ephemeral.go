package models

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// EphemeralKeyPrefix starts the API key a function receives for one
// execution in the x-appwrite-key header (Appwrite: "a dynamic key with the
// function's scopes, valid for its timeout + 60 s").
const EphemeralKeyPrefix = "ephemeral_"

// EphemeralKeyGrace is how long a key outlives the function's timeout.
const EphemeralKeyGrace = 60 * time.Second

// EphemeralClaims is what an ephemeral key carries.
type EphemeralClaims struct {
	ProjectID   string   `json:"projectId"`
	FunctionID  string   `json:"functionId"`
	ExecutionID string   `json:"executionId"`
	Scopes      []string `json:"scopes"`
	jwt.RegisteredClaims
}

// IssueEphemeralKey signs a key for one execution with the project's key
// secret (HS256), valid for timeout + EphemeralKeyGrace.
func IssueEphemeralKey(secret string, c EphemeralClaims, timeout time.Duration, now time.Time) (string, error) {
	if secret == "" {
		return "", errors.New("ephemeral key: the project has no key secret")
	}
	c.IssuedAt = jwt.NewNumericDate(now)
	c.ExpiresAt = jwt.NewNumericDate(now.Add(timeout + EphemeralKeyGrace))
	if c.Scopes == nil {
		c.Scopes = []string{}
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(secret))
	if err != nil {
		return "", fmt.Errorf("ephemeral key: %w", err)
	}
	return EphemeralKeyPrefix + tok, nil
}

// VerifyEphemeralKey checks a key issued by IssueEphemeralKey for the
// project. Any problem is the same user_unauthorized error (nothing about
// the key is echoed).
func VerifyEphemeralKey(secret, key, projectID string) (*EphemeralClaims, error) {
	bad := Errorf(CodeUserUnauthorized, "The current user is not authorized to perform the requested action: the ephemeral key is invalid or expired.")
	if secret == "" || len(key) <= len(EphemeralKeyPrefix) || key[:len(EphemeralKeyPrefix)] != EphemeralKeyPrefix {
		return nil, bad
	}
	c := &EphemeralClaims{}
	_, err := jwt.ParseWithClaims(key[len(EphemeralKeyPrefix):], c, func(*jwt.Token) (any, error) {
		return []byte(secret), nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil || c.ProjectID != projectID {
		return nil, bad
	}
	return c, nil
}

// ProjectKeySecret returns the project's secret for ephemeral keys, making
// one for a project that predates them (safe against concurrent callers).
func (s *Store) ProjectKeySecret(ctx context.Context, projectID string) (string, error) {
	p, err := s.GetProject(ctx, projectID)
	if err != nil {
		return "", err
	}
	if p.KeySecret != "" {
		return p.KeySecret, nil
	}
	err = s.db.WithContext(ctx).Model(&Project{}).Where("id = ? AND key_secret = ''", projectID).
		Update("key_secret", newKeySecret()).Error
	if err != nil {
		return "", dbError("set project key secret", err)
	}
	if p, err = s.GetProject(ctx, projectID); err != nil {
		return "", err
	}
	return p.KeySecret, nil
}

func newKeySecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
