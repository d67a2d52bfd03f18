package server_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
)

// readOnlyKey makes an API key of the test project with only these scopes.
func readOnlyKey(t *testing.T, r *testenv.Running, scopes ...string) string {
	t.Helper()
	_, k, err := r.App.Store.CreateAPIKey(t.Context(), r.ProjectID, "scoped", scopes, nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestHealthRoutes: Appwrite's /v1/health/* routes (db, time, storage,
// storage/local, queue/builds, queue/functions, version) answer Appwrite's
// models with scope health.read; /v1/health and /v1/health/live stay open
// to probes. On SQLite and PostgreSQL.
func TestHealthRoutes(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { testHealthRoutes(t, driver) })
	}
}

func testHealthRoutes(t *testing.T, driver string) {
	r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal})
	c := newClient(t, r)
	health := map[string]string{"X-Appwrite-Key": readOnlyKey(t, r, "health.read")}

	// Probes: no project, no key.
	probe := map[string]string{"X-Appwrite-Project": "", "X-Appwrite-Key": ""}
	res := c.do("GET", "/v1/health", nil, probe)
	if m := res.JSON(t); res.Status != 200 || m["status"] != "pass" || m["name"] != "http" || m["checks"] == nil {
		t.Fatalf("/v1/health: %d %s", res.Status, res.Body)
	}
	if res := c.do("GET", "/v1/health/live", nil, probe); res.Status != 200 {
		t.Fatalf("/v1/health/live: %d %s", res.Status, res.Body)
	}
	if res := c.do("GET", "/v1/health/version", nil, probe); res.Status != 200 || res.JSON(t)["version"] != "1.9.6" {
		t.Fatalf("/v1/health/version: %d %s", res.Status, res.Body)
	}

	res = c.do("GET", "/v1/health/db", nil, health)
	var db struct {
		Total    int `json:"total"`
		Statuses []struct {
			Name   string   `json:"name"`
			Ping   *float64 `json:"ping"`
			Status string   `json:"status"`
		} `json:"statuses"`
	}
	if err := json.Unmarshal(res.Body, &db); res.Status != 200 || err != nil || db.Total != 1 || db.Statuses[0].Status != "pass" ||
		db.Statuses[0].Ping == nil || !strings.Contains(db.Statuses[0].Name, driver) {
		t.Fatalf("/v1/health/db: %d %s", res.Status, res.Body)
	}
	res = c.do("GET", "/v1/health/time", nil, health)
	if m := res.JSON(t); res.Status != 200 || m["remoteTime"].(float64) <= 0 || m["localTime"].(float64) <= 0 || m["diff"] == nil {
		t.Fatalf("/v1/health/time: %d %s", res.Status, res.Body)
	}
	for _, p := range []string{"/v1/health/storage", "/v1/health/storage/local"} {
		res = c.do("GET", p, nil, health)
		if m := res.JSON(t); res.Status != 200 || m["status"] != "pass" || m["ping"] == nil {
			t.Fatalf("%s: %d %s", p, res.Status, res.Body)
		}
	}
	for _, q := range []string{"builds", "functions"} {
		res = c.do("GET", "/v1/health/queue/"+q, nil, health)
		if m := res.JSON(t); res.Status != 200 || m["size"] == nil {
			t.Fatalf("queue %s: %d %s", q, res.Status, res.Body)
		}
		// threshold 0: any size hits it.
		wantError(t, c.do("GET", "/v1/health/queue/"+q+"?threshold=0", nil, health), 503, "health_queue_size_exceeded")
		wantError(t, c.do("GET", "/v1/health/queue/"+q+"?threshold=abc", nil, health), 400, "general_argument_invalid")
	}
	// Scope health.read: the test's functions key lacks it; no project is 401.
	wantError(t, c.do("GET", "/v1/health/db", nil, nil), 401, "general_unauthorized_scope")
	wantError(t, c.do("GET", "/v1/health/db", nil, probe), 401, "general_access_forbidden")
	// The storage probe leaves nothing behind.
	if p, ok := r.App.Artifacts.LocalPath("_health"); ok {
		if entries, _ := readDirNames(p); len(entries) != 0 {
			t.Fatalf("storage probe left %v", entries)
		}
	}
}

func readDirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names, err
}

// TestHealthQueueCountsBacklog: with no worker polling fnflow's task queue,
// a deployment's build workflow waits there, and /v1/health/queue/builds
// reports it.
func TestHealthQueueCountsBacklog(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Roles: &app.Roles{API: true}})
	c := newClient(t, r)
	health := map[string]string{"X-Appwrite-Key": readOnlyKey(t, r, "health.read")}
	if res := c.do("GET", "/v1/health/queue/builds", nil, health); res.Status != 200 || res.JSON(t)["size"] != 0.0 {
		t.Fatalf("empty queue: %d %s", res.Status, res.Body)
	}
	c.createFunction("queued", "node-18.0", "index.js", "")
	if up := c.upload("queued", []formField{{"activate", "false"}}, "code.tar.gz", tarGz(t, map[string]string{"index.js": "x"}), nil); up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	var last response
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		last = c.do("GET", "/v1/health/queue/builds", nil, health)
		if last.Status == 200 && last.JSON(t)["size"].(float64) >= 1 {
			wantError(t, c.do("GET", "/v1/health/queue/functions?threshold=1", nil, health), 503, "health_queue_size_exceeded")
			return
		}
	}
	t.Fatalf("the waiting build never showed in the queue: %d %s", last.Status, last.Body)
}
