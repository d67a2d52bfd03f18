package server_test

import (
	"testing"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// TestExecutionRateLimit: callers without a key are limited per IP with
// Appwrite's headers and 429; key holders are not.
func TestExecutionRateLimit(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Mutate: func(c *config.Config) { c.Server.ExecutionRateLimit = 3 }})
	c := newClient(t, r)
	guest := map[string]string{"X-Appwrite-Key": ""}
	for i := 0; i < 3; i++ {
		res := c.do("POST", "/v1/functions/nope/executions", map[string]any{}, guest)
		wantError(t, res, 404, "function_not_found")
		if res.Header.Get("X-RateLimit-Limit") != "3" || res.Header.Get("X-RateLimit-Reset") == "" {
			t.Fatalf("rate limit headers: %v", res.Header)
		}
	}
	wantError(t, c.do("POST", "/v1/functions/nope/executions", map[string]any{}, guest), 429, "general_rate_limit_exceeded")
	for i := 0; i < 5; i++ {
		wantError(t, c.do("POST", "/v1/functions/nope/executions", map[string]any{}, nil), 404, "function_not_found")
	}
}
