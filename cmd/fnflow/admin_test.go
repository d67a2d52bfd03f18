package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOperatorCommands runs project and key commands on a SQLite store, with
// the single-dash spellings the Taskfile uses and the double-dash ones.
func TestOperatorCommands(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("database:\n  driver: sqlite\n  dsn: "+filepath.Join(dir, "db", "fnflow.db")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	run := func(args ...string) result {
		t.Helper()
		r := runCLI(ctx, nil, "", args...)
		if r.code != 0 {
			t.Fatalf("%v: %s", args, r)
		}
		return r
	}
	// The Taskfile's exact spellings.
	for i := 0; i < 2; i++ {
		if r := run("project", "create", "-config", cfg, "-id", "default", "-name", "Default", "-if-missing"); r.stdout != "default\n" {
			t.Fatalf("project create: %s", r)
		}
	}
	secret := strings.TrimSpace(run("key", "create", "-config", cfg, "-project", "default", "-name", "quickstart").stdout)
	if !strings.HasPrefix(secret, "standard_") {
		t.Fatalf("key create printed %q", secret)
	}
	run("project", "create", "--config", cfg, "--id", "other", "--name", "Other")

	var keys struct {
		Total int `json:"total"`
		Keys  []struct {
			ID     string   `json:"$id"`
			Name   string   `json:"name"`
			Scopes []string `json:"scopes"`
		} `json:"keys"`
	}
	out := run("key", "list", "--config", cfg, "--project", "default", "-o", "json").stdout
	if strings.Contains(out, secret) || strings.Contains(out, secret[len("standard_"):]) {
		t.Fatalf("key list shows the secret:\n%s", out)
	}
	if err := json.Unmarshal([]byte(out), &keys); err != nil || keys.Total != 1 || keys.Keys[0].Name != "quickstart" || len(keys.Keys[0].Scopes) == 0 {
		t.Fatalf("key list -o json: %v\n%s", err, out)
	}
	if r := runCLI(ctx, nil, "", "key", "revoke", "--config", cfg, "--project", "other", keys.Keys[0].ID); r.code != 1 {
		t.Fatalf("revoking a key of another project: %s", r)
	}
	run("key", "revoke", "--config", cfg, "--project", "default", keys.Keys[0].ID)
	if out := run("key", "list", "--config", cfg, "--project", "default").stdout; strings.Contains(out, "quickstart") {
		t.Fatalf("revoked key still listed:\n%s", out)
	}
	run("project", "delete", "--config", cfg, "other")
	if out := run("project", "list", "--config", cfg).stdout; strings.Contains(out, "other") || !strings.Contains(out, "default") {
		t.Fatalf("project list after delete:\n%s", out)
	}
	if r := runCLI(ctx, nil, "", "project", "delete", "--config", cfg, "other"); r.code != 1 || !strings.Contains(r.stderr, "could not be found") {
		t.Fatalf("deleting a missing project: %s", r)
	}
}
