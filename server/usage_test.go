package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/runtimes"
)

// usageModel are Appwrite 1.9.6's UsageFunction attributes (UsageFunctions
// has functionsTotal and functions instead of buildsTimeAverage).
var usageModel = strings.Fields(`range deploymentsTotal deploymentsStorageTotal buildsTotal buildsSuccessTotal
buildsFailedTotal buildsStorageTotal buildsTimeTotal buildsMbSecondsTotal executionsTotal executionsTimeTotal
executionsMbSecondsTotal deployments deploymentsStorage builds buildsStorage buildsTime buildsMbSeconds executions
executionsTime executionsMbSeconds buildsSuccess buildsFailed`)

func sumMetric(t *testing.T, m map[string]any, name string) float64 {
	t.Helper()
	arr, ok := m[name].([]any)
	if !ok {
		t.Fatalf("%s is not an array: %v", name, m[name])
	}
	var sum float64
	for _, b := range arr {
		p := b.(map[string]any)
		if _, ok := p["date"].(string); !ok {
			t.Fatalf("%s bucket without date: %v", name, p)
		}
		sum += p["value"].(float64)
	}
	return sum
}

// TestFunctionUsage: GET /v1/functions/usage and …/{functionId}/usage count
// a real build and real executions from the store, in Appwrite's models,
// ranges and buckets, on SQLite and PostgreSQL.
func TestFunctionUsage(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { testFunctionUsage(t, driver) })
	}
}

func testFunctionUsage(t *testing.T, driver string) {
	r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal})
	c := newClient(t, r)
	c.createFunction("usage-fn", "node-18.0", "index.js", "")
	c.createFunction("usage-idle", "node-18.0", "index.js", "")
	d := c.deploy("usage-fn", "", "module.exports = async (ctx) => ctx.res.text('ok');\n")
	if d["status"] != "ready" {
		t.Fatalf("build %v", d)
	}
	deadline := time.Now().Add(time.Minute)
	for c.do("GET", "/v1/functions/usage-fn", nil, nil).JSON(t)["deploymentId"] != d["$id"] {
		if time.Now().After(deadline) {
			t.Fatal("deployment never active")
		}
		time.Sleep(200 * time.Millisecond)
	}
	for range 3 {
		execute(t, c, "usage-fn", map[string]any{}, 201)
	}

	res := c.do("GET", "/v1/functions/usage-fn/usage?range=24h", nil, nil)
	if res.Status != 200 {
		t.Fatalf("usage: %d %s", res.Status, res.Body)
	}
	m := res.JSON(t)
	for _, f := range append(usageModel, "buildsTimeAverage") {
		if _, ok := m[f]; !ok {
			t.Errorf("UsageFunction lacks %s", f)
		}
	}
	if m["range"] != "24h" || m["executionsTotal"] != 3.0 || m["deploymentsTotal"] != 1.0 || m["buildsTotal"] != 1.0 ||
		m["buildsSuccessTotal"] != 1.0 || m["buildsFailedTotal"] != 0.0 || m["deploymentsStorageTotal"].(float64) <= 0 ||
		m["buildsStorageTotal"].(float64) <= 0 || m["executionsMbSecondsTotal"].(float64) < 0 {
		t.Fatalf("usage totals: %s", res.Body)
	}
	if n := len(m["executions"].([]any)); n != 24 {
		t.Fatalf("24h has %d buckets", n)
	}
	last := m["executions"].([]any)[23].(map[string]any)
	if !strings.HasSuffix(last["date"].(string), ":00:00.000+00:00") || last["date"] != time.Now().UTC().Format("2006-01-02T15")+":00:00.000+00:00" && time.Now().UTC().Minute() > 0 {
		t.Fatalf("current hour bucket %v", last)
	}
	if sumMetric(t, m, "executions") != 3 || sumMetric(t, m, "builds") != 1 || sumMetric(t, m, "deployments") != 1 ||
		sumMetric(t, m, "buildsSuccess") != 1 || sumMetric(t, m, "executionsTime") > m["executionsTimeTotal"].(float64)+1 {
		t.Fatalf("usage buckets: %s", res.Body)
	}

	res = c.do("GET", "/v1/functions/usage", nil, nil)
	all := res.JSON(t)
	for _, f := range append(usageModel, "functionsTotal", "functions") {
		if _, ok := all[f]; !ok {
			t.Errorf("UsageFunctions lacks %s", f)
		}
	}
	if res.Status != 200 || all["range"] != "30d" || all["functionsTotal"] != 2.0 || all["executionsTotal"] != 3.0 ||
		len(all["executions"].([]any)) != 30 || sumMetric(t, all, "functions") != 2 {
		t.Fatalf("project usage: %d %s", res.Status, res.Body)
	}
	if _, ok := all["buildsTimeAverage"]; ok {
		t.Errorf("UsageFunctions has buildsTimeAverage")
	}
	if res := c.do("GET", "/v1/functions/usage-idle/usage?range=90d", nil, nil); res.Status != 200 ||
		res.JSON(t)["executionsTotal"] != 0.0 || len(res.JSON(t)["executions"].([]any)) != 90 {
		t.Fatalf("idle usage: %d %s", res.Status, res.Body)
	}
	wantError(t, c.do("GET", "/v1/functions/usage?range=7d", nil, nil), 400, "general_argument_invalid")
	wantError(t, c.do("GET", "/v1/functions/missing/usage", nil, nil), 404, "function_not_found")
	ro := map[string]string{"X-Appwrite-Key": readOnlyKey(t, r, "executions.read")}
	wantError(t, c.do("GET", "/v1/functions/usage", nil, ro), 401, "general_unauthorized_scope")
}
