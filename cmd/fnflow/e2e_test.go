package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/internal/testreq"
)

func requireImage(t *testing.T, img string) {
	t.Helper()
	if err := exec.Command("docker", "image", "inspect", img).Run(); err != nil {
		testreq.Missing(t, "runtime image "+img+" missing: build it with `go run ./cmd/fnflow runtimes build`")
	}
}

func writeJSON(t *testing.T, p string, v any) {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFunctionWorkflow is the developer's loop against a real fnflow: init,
// deploy from the folder's appwrite.json, exec, logs -f seeing a new
// execution, redeploy with variables, ignored files and a chunked upload,
// list/get/delete, and a failed build's exit code.
func TestFunctionWorkflow(t *testing.T) {
	requireImage(t, "fnflow/runtime:node-18.0")
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: sharedTemporal(t)})
	vars := map[string]string{"HOME": t.TempDir(), "FNFLOW_ENDPOINT": r.URL, "FNFLOW_PROJECT": r.ProjectID, "FNFLOW_KEY": r.Key}
	ctx := context.Background()
	run := func(want int, args ...string) result {
		t.Helper()
		res := runCLI(ctx, vars, "", args...)
		if res.code != want {
			t.Fatalf("fnflow %s: exit %d, want %d\n%s", strings.Join(args, " "), res.code, want, res)
		}
		return res
	}
	dir := filepath.Join(t.TempDir(), "hello")
	run(0, "init", dir)
	for _, f := range []string{"appwrite.json", "src/main.js", "package.json", ".gitignore"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("init did not write %s: %v", f, err)
		}
	}
	run(1, "init", dir) // not empty

	// First deploy: the starter as init wrote it.
	out := run(0, "deploy", dir).stdout
	t.Logf("fnflow deploy:\n%s", out)
	for _, w := range []string{"created function hello (node-18.0)", "ready in", "http://hello." + r.ProjectID + ".functions.localhost:", "curl -s --resolve hello." + r.ProjectID} {
		if !strings.Contains(out, w) {
			t.Errorf("deploy output lacks %q:\n%s", w, out)
		}
	}
	// The starter answers a GET without a body and a POST with JSON.
	res := run(0, "exec", "hello", "--method", "GET", "--path", "/greet?name=query")
	t.Logf("fnflow exec:\n%s", res)
	if !strings.Contains(res.stdout, `"hello":"query"`) || !strings.Contains(res.stderr, "completed") || !strings.Contains(res.stderr, "GET /greet for query") {
		t.Errorf("exec GET:\n%s", res)
	}
	// The printed domain answers too (execute: any in the starter).
	req, _ := http.NewRequest("GET", r.URL+"/?name=domain", nil)
	req.Host = "hello." + r.ProjectID + ".functions.localhost"
	if resp, err := http.DefaultClient.Do(req); err != nil {
		t.Errorf("domain: %v", err)
	} else {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), `"hello":"domain"`) {
			t.Errorf("domain answered %d %s", resp.StatusCode, body)
		}
	}
	res = run(0, "exec", "hello", "--data", `{"name":"fnflow"}`)
	if !strings.Contains(res.stdout, `"hello":"fnflow"`) {
		t.Errorf("exec POST:\n%s", res)
	}

	// logs -f prints an execution that finishes while it follows.
	followCtx, stop := context.WithCancel(ctx)
	logs := &testenv.SafeBuffer{}
	done := make(chan int, 1)
	go func() { done <- runCLIStreams(followCtx, vars, "", logs, logs, "logs", "hello", "-f") }()
	waitFor(t, logs, `POST / for fnflow`)
	run(0, "exec", "hello", "--data", `{"name":"follow-me"}`)
	waitFor(t, logs, "POST / for follow-me")
	stop()
	if code := <-done; code != 0 {
		t.Errorf("logs -f exit %d:\n%s", code, logs)
	}
	if out := run(0, "logs", "hello", "-n", "1").stdout; !strings.Contains(out, "follow-me") || strings.Contains(out, "for fnflow") {
		t.Errorf("logs -n 1:\n%s", out)
	}

	// Redeploy: new code reading a variable, an ignored file, code over one chunk.
	var settings map[string]any
	data, _ := os.ReadFile(filepath.Join(dir, "appwrite.json"))
	if err := json.Unmarshal(data, &settings); err != nil {
		t.Fatal(err)
	}
	fn := settings["functions"].([]any)[0].(map[string]any)
	fn["vars"] = map[string]string{"GREETING": "bonjour"}
	fn["ignore"] = []string{"ignored-by-list.txt"}
	writeJSON(t, filepath.Join(dir, "appwrite.json"), settings)
	mustWrite(t, filepath.Join(dir, "src/main.js"), `const fs = require('fs'), path = require('path');
module.exports = async ({ res }) => res.json({
  greeting: process.env.GREETING,
  gitignored: fs.existsSync(path.join(__dirname, '..', 'secret.env')),
  listIgnored: fs.existsSync(path.join(__dirname, '..', 'ignored-by-list.txt')),
  blob: fs.statSync(path.join(__dirname, '..', 'blob.bin')).size,
});
`)
	mustWrite(t, filepath.Join(dir, ".gitignore"), "secret.env\n")
	mustWrite(t, filepath.Join(dir, "secret.env"), "TOKEN=x\n")
	mustWrite(t, filepath.Join(dir, "ignored-by-list.txt"), "x\n")
	blob := make([]byte, 6<<20) // random: the archive stays over 5 MiB
	_, _ = rand.Read(blob)
	if err := os.WriteFile(filepath.Join(dir, "blob.bin"), blob, 0o644); err != nil {
		t.Fatal(err)
	}
	out = run(0, "deploy", dir).stdout
	t.Logf("fnflow deploy (again):\n%s", out)
	for _, w := range []string{"updated function hello", "set 1 variable(s)", "uploading 6.0 MiB / 6.0 MiB (100%)", "ready in"} {
		if !strings.Contains(out, w) {
			t.Errorf("redeploy output lacks %q:\n%s", w, out)
		}
	}
	res = run(0, "exec", "hello", "-o", "json")
	var x struct {
		Status       string `json:"status"`
		ResponseBody string `json:"responseBody"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &x); err != nil || x.Status != "completed" {
		t.Fatalf("exec -o json: %v\n%s", err, res)
	}
	if want := `{"greeting":"bonjour","gitignored":false,"listIgnored":false,"blob":6291456}`; x.ResponseBody != want {
		t.Errorf("redeployed function answered %s, want %s", x.ResponseBody, want)
	}

	// Async execution and the lists.
	if out := run(0, "exec", "hello", "--async").stdout; !strings.Contains(out, "waiting") {
		t.Errorf("exec --async: %q", out)
	}
	if out := run(0, "executions", "list", "hello").stdout; strings.Count(out, "completed") < 4 {
		t.Errorf("executions list:\n%s", out)
	}
	var list struct {
		Total     int `json:"total"`
		Functions []struct {
			ID string `json:"$id"`
		} `json:"functions"`
	}
	if err := json.Unmarshal([]byte(run(0, "functions", "list", "-o", "json").stdout), &list); err != nil || list.Total != 1 || list.Functions[0].ID != "hello" {
		t.Errorf("functions list -o json: %v %+v", err, list)
	}

	// A failed build: exit 1, the build log shown; a function deployed without
	// a specification gets the smallest one.
	broken := filepath.Join(t.TempDir(), "broken")
	mustWrite(t, filepath.Join(broken, "index.js"), "module.exports = async ({ res }) => res.send('never');\n")
	writeJSON(t, filepath.Join(broken, "fnflow.json"), map[string]any{"functions": []any{map[string]any{
		"$id": "broken", "name": "Broken", "runtime": "node-18.0", "entrypoint": "index.js", "path": ".",
		"commands": "echo compiling-broken && exit 3",
	}}})
	res = run(1, "deploy", broken)
	if !strings.Contains(res.stdout, "compiling-broken") || !strings.Contains(res.stderr, "build of broken failed") {
		t.Errorf("failed build:\n%s", res)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(run(0, "functions", "get", "broken", "-o", "json").stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got["runtimeSpecification"] != "s-0.5vcpu-512mb" || got["buildSpecification"] != "s-0.5vcpu-512mb" {
		t.Errorf("default specification: runtime %v, build %v; want the smallest, s-0.5vcpu-512mb", got["runtimeSpecification"], got["buildSpecification"])
	}
	run(0, "functions", "delete", "broken")
	if res := run(1, "functions", "get", "broken"); !strings.Contains(res.stderr, "function_not_found") {
		t.Errorf("get after delete:\n%s", res)
	}
	run(0, "functions", "delete", "hello")
}

// waitFor waits until buf contains s (the build or execution it waits for
// is bounded by the server's own timeouts).
func waitFor(t *testing.T, buf *testenv.SafeBuffer, s string) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !strings.Contains(buf.String(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("never saw %q in:\n%s", s, buf.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestLogin saves the connection with mode 0600, never prints the key, and
// the other commands then use it with no flags or variables.
func TestLogin(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: sharedTemporal(t)})
	home := t.TempDir()
	vars := map[string]string{"HOME": home}
	ctx := context.Background()
	res := runCLI(ctx, vars, "wrong-key\n", "login", "--endpoint", r.URL+"/v1", "--project", r.ProjectID)
	if res.code != 1 || !strings.Contains(res.stderr, "login check failed") || strings.Contains(res.stderr+res.stdout, "wrong-key") {
		t.Fatalf("login with a wrong key: %s", res)
	}
	p := filepath.Join(home, ".config", "fnflow", "cli.json")
	if _, err := os.Stat(p); err == nil {
		t.Fatal("a failed login saved its file")
	}
	res = runCLI(ctx, vars, r.Key+"\n", "login", "--endpoint", r.URL+"/v1", "--project", r.ProjectID)
	if res.code != 0 || strings.Contains(res.stdout+res.stderr, r.Key) {
		t.Fatalf("login: %s", res)
	}
	fi, err := os.Stat(p)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("login file %s: %v %v", p, err, fi)
	}
	if res := runCLI(ctx, vars, "", "functions", "list"); res.code != 0 || !strings.Contains(res.stdout, "ID") {
		t.Fatalf("functions list with the login file: %s", res)
	}
	// Flags and variables win over the file.
	vars["FNFLOW_KEY"] = "standard_nope"
	if res := runCLI(ctx, vars, "", "functions", "list"); res.code != 1 || !strings.Contains(res.stderr, "user_unauthorized") {
		t.Fatalf("FNFLOW_KEY over the file: %s", res)
	}
}

// TestReadmeCurlFunction deploys the function of README.md's curl section as
// it is written there: it answers a GET without a body (no 500 from parsing
// an empty body) and a POST with JSON.
func TestReadmeCurlFunction(t *testing.T) {
	requireImage(t, "fnflow/runtime:node-18.0")
	readme, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const open, end = "cat > hello-curl/index.js <<'JS'\n", "\nJS\n"
	i := strings.Index(string(readme), open)
	j := strings.Index(string(readme)[i+len(open):], end)
	if i < 0 || j < 0 {
		t.Fatal("README.md has no hello-curl/index.js heredoc")
	}
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "index.js"), string(readme)[i+len(open):i+len(open)+j]+"\n")
	writeJSON(t, filepath.Join(dir, "fnflow.json"), map[string]any{"functions": []any{map[string]any{
		"$id": "hello", "runtime": "node-18.0", "entrypoint": "index.js", "execute": []string{"any"},
	}}})
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: sharedTemporal(t)})
	vars := map[string]string{"HOME": t.TempDir(), "FNFLOW_ENDPOINT": r.URL, "FNFLOW_PROJECT": r.ProjectID, "FNFLOW_KEY": r.Key}
	ctx := context.Background()
	if res := runCLI(ctx, vars, "", "deploy", dir); res.code != 0 {
		t.Fatalf("deploy: %s", res)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"exec", "hello", "-X", "GET"}, `{"hello":"world"}`},
		{[]string{"exec", "hello", "--data", `{"name":"fnflow"}`}, `{"hello":"fnflow"}`},
		{[]string{"exec", "hello", "--data", "plain"}, `{"hello":"plain"}`},
	} {
		if res := runCLI(ctx, vars, "", c.args...); res.code != 0 || strings.TrimSpace(res.stdout) != c.want {
			t.Errorf("%v: want %s\n%s", c.args, c.want, res)
		}
	}
}

// TestPythonStarter deploys the python starter as init writes it and calls
// it without and with a body.
func TestPythonStarter(t *testing.T) {
	requireImage(t, "fnflow/runtime:python-3.11")
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: sharedTemporal(t)})
	vars := map[string]string{"HOME": t.TempDir(), "FNFLOW_ENDPOINT": r.URL, "FNFLOW_PROJECT": r.ProjectID, "FNFLOW_KEY": r.Key}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "hello-py")
	for _, args := range [][]string{{"init", "--runtime", "python", dir}, {"deploy", dir}} {
		if res := runCLI(ctx, vars, "", args...); res.code != 0 {
			t.Fatalf("%v: %s", args, res)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"exec", "hello-py", "-X", "GET"}, `{"hello":"world","method":"GET","path":"/"}`},
		{[]string{"exec", "hello-py", "-d", `{"name":"py"}`}, `{"hello":"py","method":"POST","path":"/"}`},
	} {
		if res := runCLI(ctx, vars, "", c.args...); res.code != 0 || strings.TrimSpace(res.stdout) != c.want {
			t.Errorf("%v: want %s\n%s", c.args, c.want, res)
		}
	}
}
