package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
)

// BenchmarkFunctionUsage: GET …/usage over a function with 50,000 finished
// executions spread over 90 days (rows written straight to the store), per
// range and database.
func BenchmarkFunctionUsage(b *testing.B) {
	const n = 50000
	for _, driver := range []string{"sqlite", "postgres"} {
		r := testenv.StartApp(b, testenv.AppOptions{Driver: driver, Temporal: temporal})
		t := &testing.T{}
		c := &client{t: t, r: r, hdr: map[string]string{"X-Appwrite-Project": r.ProjectID, "X-Appwrite-Key": r.Key,
			"Content-Type": "application/json"}}
		if res := c.do("POST", "/v1/functions", map[string]any{"functionId": "busy", "name": "busy", "runtime": "node-18.0"}, nil); res.Status != 201 {
			b.Fatalf("create: %d %s", res.Status, res.Body)
		}
		now := time.Now()
		for i := range n {
			e := &models.Execution{ProjectID: r.ProjectID, ID: fmt.Sprintf("e%07d", i), FunctionID: "busy", Trigger: "http",
				Status: models.ExecutionCompleted, Duration: 0.05, CreatedAt: now.Add(-time.Duration(i) * (90 * 24 * time.Hour / n)),
				UpdatedAt: now}
			if err := r.App.Store.CreateExecution(b.Context(), e); err != nil {
				b.Fatal(err)
			}
		}
		for _, rng := range []string{"24h", "90d"} {
			for _, path := range []string{"/v1/functions/busy/usage", "/v1/functions/usage"} {
				b.Run(fmt.Sprintf("%s/%s%s", driver, rng, map[bool]string{true: "/function", false: "/project"}[path != "/v1/functions/usage"]), func(b *testing.B) {
					for b.Loop() {
						if res := c.do("GET", path+"?range="+rng, nil, nil); res.Status != 200 {
							b.Fatalf("usage: %d %s", res.Status, res.Body)
						}
					}
				})
			}
		}
		r.Stop()
	}
}
