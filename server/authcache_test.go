package server_test

import (
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// TestAuthKeyRevocation: API keys and projects are cached per process for
// about a second (server.authCacheTTL); a revoked key stops working within
// a few seconds (here: 5) and an expired one at once, although both were
// just used.
func TestAuthKeyRevocation(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	ctx := t.Context()
	k, secret, err := r.App.Store.CreateAPIKey(ctx, r.ProjectID, "revoked", []string{"functions.read"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	hdr := map[string]string{"X-Appwrite-Key": secret}
	if res := c.do("GET", "/v1/functions", nil, hdr); res.Status != 200 {
		t.Fatalf("new key: %d %s", res.Status, res.Body)
	}
	if err := r.App.Store.RevokeAPIKey(ctx, r.ProjectID, k.ID); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		res := c.do("GET", "/v1/functions", nil, hdr)
		if res.Status == 401 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("revoked key still answers %d after 5 s", res.Status)
		}
	}

	expires := time.Now().Add(1500 * time.Millisecond)
	_, secret, err = r.App.Store.CreateAPIKey(ctx, r.ProjectID, "expiring", []string{"functions.read"}, &expires)
	if err != nil {
		t.Fatal(err)
	}
	hdr = map[string]string{"X-Appwrite-Key": secret}
	for time.Now().Before(expires.Add(-200 * time.Millisecond)) {
		if res := c.do("GET", "/v1/functions", nil, hdr); res.Status != 200 {
			if time.Now().Before(expires) {
				t.Fatalf("key before its expiry: %d %s", res.Status, res.Body)
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Until(expires))
	if res := c.do("GET", "/v1/functions", nil, hdr); res.Status != 401 || res.JSON(t)["type"] != "project_key_expired" {
		t.Fatalf("expired key: %d %s", res.Status, res.Body)
	}
}
