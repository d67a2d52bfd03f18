package server

import (
	"context"
	"sync"
	"time"

	"github.com/fnflow/fnflow/models"
)

// authCacheTTL is how long a project row and an API key found in the store
// are reused by later requests of this process: every request otherwise
// reads both (two store round trips before its handler runs). Keys are
// revoked and projects deleted by operator commands, possibly from another
// process, so nothing invalidates the cache: a revoked key or a deleted
// project stops working within this time. A key's expiry is checked on
// every request against the cached expiresAt, so it is exact. Failed
// look-ups (unknown project or key) are never cached.
const authCacheTTL = time.Second

// authCacheMax bounds each map; when full, it is emptied (a burst of
// distinct keys costs store reads, never memory).
const authCacheMax = 4096

// authCache holds recently found projects (by ID) and API keys (by the
// SHA-256 of the secret, as stored: the secret itself is never kept).
type authCache struct {
	mu       sync.Mutex
	projects map[string]cachedProject
	keys     map[string]cachedKey
}

type cachedProject struct {
	p  *models.Project
	at time.Time
}

type cachedKey struct {
	k  *models.APIKey
	at time.Time
}

func newAuthCache() *authCache {
	return &authCache{projects: map[string]cachedProject{}, keys: map[string]cachedKey{}}
}

// project returns the project with ID id, from the cache when read less
// than authCacheTTL ago. The result is shared: callers must not change it.
func (c *authCache) project(ctx context.Context, store *models.Store, id string) (*models.Project, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.projects[id]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < authCacheTTL {
		return e.p, nil
	}
	p, err := store.GetProject(ctx, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.projects) >= authCacheMax {
		clear(c.projects)
	}
	c.projects[id] = cachedProject{p: p, at: now}
	c.mu.Unlock()
	return p, nil
}

// apiKey finds the key with this secret, from the cache when read less than
// authCacheTTL ago (models.Store.FindAPIKey's errors otherwise). An expired
// key fails as FindAPIKey fails it.
func (c *authCache) apiKey(ctx context.Context, store *models.Store, secret string) (*models.APIKey, error) {
	now := time.Now()
	hash := models.HashSecret(secret)
	c.mu.Lock()
	e, ok := c.keys[hash]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < authCacheTTL {
		if e.k.ExpiresAt != nil && e.k.ExpiresAt.Before(now) {
			return nil, models.Errorf(models.CodeProjectKeyExpired, "The project key has expired. Please generate a new key using the Appwrite console.")
		}
		return e.k, nil
	}
	k, err := store.FindAPIKey(ctx, secret)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.keys) >= authCacheMax {
		clear(c.keys)
	}
	c.keys[hash] = cachedKey{k: k, at: now}
	c.mu.Unlock()
	return k, nil
}
