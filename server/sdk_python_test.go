package server_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// runSDKSuite runs an official-SDK life-cycle script against a fresh fnflow
// (real Temporal, Docker and store) and fails with the script's output when
// it fails. The scheduled-execution lead is shortened so the suite does not
// wait Appwrite's minute.
func runSDKSuite(t *testing.T, image string, name string, args ...string) {
	t.Helper()
	requireImages(t, image)
	r := startExecApp(t, func(c *config.Config) { c.Executions.MinScheduleLead = time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = testenv.RepoRoot()
	cmd.Env = append(os.Environ(),
		"FNFLOW_ENDPOINT="+r.URL+"/v1", "FNFLOW_PROJECT="+r.ProjectID, "FNFLOW_KEY="+r.Key,
		"FNFLOW_SCHEDULE_LEAD_SECONDS=4", "PYTHONDONTWRITEBYTECODE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s\n--- fnflow log (tail)\n%s", name, strings.Join(args, " "), err, out, tail(r.Logs.String(), 40))
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	t.Log(lines[len(lines)-1])
}

// sdkPython is the interpreter for the Python SDK suite: FNFLOW_TEST_PYTHON,
// else the first python3 (PATH, then pyenv's) that has requests and pydantic
// 2, else python3 from PATH, and the script then says what it lacks.
func sdkPython(t *testing.T) string {
	if p := os.Getenv("FNFLOW_TEST_PYTHON"); p != "" {
		return p
	}
	var candidates []string
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	pyenv := os.Getenv("PYENV_ROOT")
	if home, err := os.UserHomeDir(); pyenv == "" && err == nil {
		pyenv = filepath.Join(home, ".pyenv")
	}
	if pyenv != "" {
		candidates = append(candidates, filepath.Join(pyenv, "shims", "python3"))
	}
	for _, p := range candidates {
		check := "import requests, pydantic, sys; sys.exit(not pydantic.VERSION.startswith('2.'))"
		if exec.Command(p, "-c", check).Run() == nil {
			return p
		}
	}
	if len(candidates) == 0 {
		t.Fatal("the Python SDK suite needs python3 (with requests and pydantic 2) on PATH or FNFLOW_TEST_PYTHON")
	}
	return candidates[0]
}

// TestSDKPython drives a function's whole life cycle through the official
// Appwrite Python SDK, vendored under tests/sdk/python/vendor.
func TestSDKPython(t *testing.T) {
	runSDKSuite(t, "fnflow/runtime:python-3.11", sdkPython(t), filepath.Join("tests", "sdk", "python", "lifecycle.py"))
}
