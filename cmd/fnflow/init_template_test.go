package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/fnflow/fnflow/internal/testenv"
)

// TestInitTemplate: `fnflow init --template` writes a template of the
// server's catalogue (GET /v1/functions/templates lists the same ones);
// deployed as written, it runs.
func TestInitTemplate(t *testing.T) {
	requireImage(t, "fnflow/runtime:node-20.0")
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: sharedTemporal(t)})
	vars := map[string]string{"HOME": t.TempDir(), "FNFLOW_ENDPOINT": r.URL, "FNFLOW_PROJECT": r.ProjectID, "FNFLOW_KEY": r.Key}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "echo")
	for _, args := range [][]string{{"init", "--runtime", "node-20.0", "--template", "json-echo", dir}, {"deploy", dir}} {
		if res := runCLI(ctx, vars, "", args...); res.code != 0 {
			t.Fatalf("%v: %s", args, res)
		}
	}
	res := runCLI(ctx, vars, "", "exec", "echo", "--path", "/p?x=1", "--data", `{"a":[1,2]}`)
	var got struct {
		Method string         `json:"method"`
		Path   string         `json:"path"`
		Query  map[string]any `json:"query"`
		Body   map[string]any `json:"body"`
	}
	if res.code != 0 || json.Unmarshal([]byte(res.stdout), &got) != nil || got.Method != "POST" || got.Path != "/p" ||
		got.Query["x"] != "1" || len(got.Body["a"].([]any)) != 2 {
		t.Fatalf("exec: %s", res)
	}
	if res := runCLI(ctx, vars, "", "init", "--template", "nope", filepath.Join(t.TempDir(), "x")); res.code == 0 {
		t.Fatalf("unknown template accepted: %s", res)
	}
}
