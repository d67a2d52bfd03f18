package server_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// buildNodeSDKBundle bundles tests/sdk/node/lifecycle.mjs with the vendored
// node-appwrite TypeScript source, swapping its npm dependencies for the
// stand-ins in tests/sdk/node/shims, with the esbuild pinned in
// tools/esbuild/go.mod. It returns the bundle's path.
func buildNodeSDKBundle(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the Node SDK suite builds its bundle with `go tool esbuild`: %v", err)
	}
	out := filepath.Join(t.TempDir(), "lifecycle.mjs")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goBin, "tool", "-modfile=tools/esbuild/go.mod", "esbuild",
		filepath.Join("tests", "sdk", "node", "lifecycle.mjs"),
		"--bundle", "--platform=node", "--target=node20", "--format=esm", "--log-level=warning",
		"--alias:undici=./tests/sdk/node/shims/undici.js",
		"--alias:json-bigint=./tests/sdk/node/shims/json-bigint.js",
		"--outfile="+out)
	cmd.Dir = testenv.RepoRoot()
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bundle node-appwrite with esbuild: %v\n%s", err, b)
	}
	// On a fresh machine `go tool` first fetches esbuild's modules and says
	// so ("go: downloading ..."): not esbuild's output.
	var warned []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line != "" && !strings.HasPrefix(line, "go: downloading ") {
			warned = append(warned, line)
		}
	}
	if len(warned) > 0 {
		t.Fatalf("esbuild warned:\n%s", strings.Join(warned, "\n"))
	}
	return out
}

// sdkNode is node from PATH, version 20 or later (the SDK uses its global
// fetch, FormData and File).
func sdkNode(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("the Node SDK suite needs node 20 or later on PATH: %v", err)
	}
	v, err := exec.Command(p, "--version").Output()
	if err != nil {
		t.Fatalf("node --version: %v", err)
	}
	major, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(strings.TrimSpace(string(v)), ".", 2)[0], "v"))
	if major < 20 {
		t.Fatalf("the Node SDK suite needs node 20 or later, %s is %s", p, v)
	}
	return p
}

// TestSDKNode drives a function's whole life cycle through the official
// Appwrite Node.js SDK, node-appwrite, vendored under tests/sdk/node/vendor.
func TestSDKNode(t *testing.T) {
	node := sdkNode(t)
	bundle := buildNodeSDKBundle(t)
	runSDKSuite(t, "fnflow/runtime:node-20.0", node, bundle)
}
