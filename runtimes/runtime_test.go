package runtimes

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
)

// TestRuntimes runs real containers of every catalog runtime and checks the
// container contract over HTTP.
func TestRuntimes(t *testing.T) {
	cli := ensureImages(t)
	for _, d := range testCatalog() {
		if d.Key == "static" || d.Key == "go" || d.Key == "java" {
			// static runs no user code, go and java compile it at build
			// time: server.TestStaticRuntime, TestGoRuntime and
			// TestJavaRuntimes cover them through the API.
			continue
		}
		fx, ok := fixtures[d.Key]
		if !ok {
			t.Fatalf("no test fixture for runtime key %q", d.Key)
		}
		code := writeFunction(t, fx.files)
		t.Run(d.ID, func(t *testing.T) {
			t.Run("context", func(t *testing.T) { testContextFunction(t, cli, d, fx, code) })
			t.Run("modern", func(t *testing.T) {
				rc := startRuntime(t, cli, d, code, fx.modern)
				r := rc.call(t, "POST", "/", "modern")
				expect(t, r, 200, fx.modernBody)
			})
			t.Run("legacy seed", func(t *testing.T) { testSeed(t, cli, d, fx, code) })
			t.Run("legacy variables", func(t *testing.T) { testLegacyVariables(t, cli, d, fx, code) })
			t.Run("missing entrypoint", func(t *testing.T) {
				rc := startRuntime(t, cli, d, code, "does/not/exist.file")
				r := rc.call(t, "GET", "/", "")
				want := "Failed to load entrypoint, file does/not/exist.file does not exist."
				expectEmpty(t, r, 503) // the explanation is in the errors log only
				if _, errs := rc.logs(t, r); !strings.Contains(errs, want) {
					t.Errorf("errors log %q lacks %q", errs, want)
				}
			})
			t.Run("not a function", func(t *testing.T) {
				rc := startRuntime(t, cli, d, code, fx.notfn)
				r := rc.call(t, "GET", "/", "")
				expectEmpty(t, r, 503)
				if _, errs := rc.logs(t, r); !strings.Contains(errs, "does not") {
					t.Errorf("errors log %q does not explain the export", errs)
				}
			})
			t.Run("build step", func(t *testing.T) { testBuildStep(t, cli, d, fx) })
		})
	}
}

func testContextFunction(t *testing.T, cli *client.Client, d Definition, fx fixture, code string) {
	rc := startRuntime(t, cli, d, code, fx.context, "CUSTOM_VAR=custom value", EnvHeaders+`={"X-Forced":"forced"}`)
	t.Logf("%s: idle container memory: %s", d.ID, memoryUsage(t, cli, rc.id))

	t.Run("health and secret", func(t *testing.T) {
		resp, err := http.Get(rc.url + HealthPath)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("health without secret: %d", resp.StatusCode)
		}
		expect(t, rc.call(t, "GET", "/text", "", HeaderSecret+": wrong"), 500,
			`Unauthorized. Provide correct "x-open-runtimes-secret" header.`)
		expect(t, rc.call(t, "GET", TimingsPath, ""), 200, "")
	})
	t.Run("text", func(t *testing.T) {
		r := expect(t, rc.call(t, "GET", "/text", ""), 200, "hello text")
		expectHeader(t, r, "content-type", "text/plain; charset=utf-8")
		if r.headers.Get(HeaderLogID) == "" {
			t.Errorf("no %s header with logging enabled", HeaderLogID)
		}
		r = rc.call(t, "GET", "/text", "", HeaderLogging+": disabled")
		if r.headers.Get(HeaderLogID) != "" {
			t.Errorf("%s header with logging disabled", HeaderLogID)
		}
	})
	t.Run("request forwarding", func(t *testing.T) {
		r := expect(t, rc.call(t, "POST", "/echo?a=1&b=two%20words", `{"k":[1,2]}`,
			"content-type: application/json", "x-custom: v", "x-open-runtimes-extra: hidden", "x-forwarded-proto: https"), 200, "")
		expectHeader(t, r, "content-type", "application/json; charset=utf-8")
		var got struct {
			Method, Path, QueryString, BodyText, BodyRaw, Host, Scheme, URL string
			Port                                                            int
			Query, Headers                                                  map[string]string
			Body                                                            map[string]any
		}
		if err := json.Unmarshal([]byte(r.body), &got); err != nil {
			t.Fatalf("%v: %s", err, r.body)
		}
		host, port, _ := strings.Cut(strings.TrimPrefix(rc.url, "http://"), ":")
		// As Open Runtimes: node shows the query as sent, python as aiohttp
		// decodes it (TestOpenRuntimesRequestParity has the details); php and
		// ruby keep the query string as sent and decode the parameters, as
		// PHP's and Rack's parsers do.
		qs, qb := "a=1&b=two%20words", "two%20words"
		switch d.Key {
		case "python", "python-ml":
			qs, qb = "a=1&b=two words", "two words"
		case "php", "ruby":
			qb = "two words"
		}
		checks := map[string][2]any{
			"method": {got.Method, "POST"}, "path": {got.Path, "/echo"},
			"queryString": {got.QueryString, qs}, "query.b": {got.Query["b"], qb},
			"bodyText": {got.BodyText, `{"k":[1,2]}`}, "bodyRaw": {got.BodyRaw, `{"k":[1,2]}`},
			"body.k": {fmt.Sprint(got.Body["k"]), "[1 2]"}, "scheme": {got.Scheme, "https"},
			"host": {got.Host, host}, "port": {fmt.Sprint(got.Port), port},
			"url":             {got.URL, "https://" + host + ":" + port + "/echo?" + qs},
			"header x-custom": {got.Headers["x-custom"], "v"}, "header x-forced": {got.Headers["x-forced"], "forced"},
			"x-open-runtimes-* stripped": {got.Headers["x-open-runtimes-extra"] + got.Headers["x-open-runtimes-secret"], ""},
		}
		for name, c := range checks {
			if c[0] != c[1] {
				t.Errorf("%s = %q, want %q", name, c[0], c[1])
			}
		}
		r = expect(t, rc.call(t, "POST", "/echo", "", "content-type: application/json"), 200, "")
		if !strings.Contains(r.body, `"body":{}`) && !strings.Contains(r.body, `"body": {}`) {
			t.Errorf("empty JSON body should give {}: %s", r.body)
		}
	})
	t.Run("responses", func(t *testing.T) {
		r := expect(t, rc.call(t, "GET", "/binary", ""), 200, "\x00\x01\x02\xfa\xff")
		expectHeader(t, r, "content-type", "application/octet-stream; charset=utf-8")
		expect(t, rc.call(t, "POST", "/bodybinary", "\x00\xffbinary\x80"), 200, "\x00\xffbinary\x80")
		r = expect(t, rc.call(t, "GET", "/status", ""), 201, "created")
		expectHeader(t, r, "x-custom", "yes")
		expectHeader(t, r, "x-mixed-case", "ok")
		expect(t, rc.call(t, "GET", "/send", ""), 202, "sent")
		r = expect(t, rc.call(t, "GET", "/redirect", ""), 302, "")
		expectHeader(t, r, "location", "https://example.com/next")
		expect(t, rc.call(t, "GET", "/empty", ""), 204, "")
		expect(t, rc.call(t, "GET", "/nowhere", ""), 404, "not found")
	})
	t.Run("logs", func(t *testing.T) {
		r := expect(t, rc.call(t, "GET", "/logs", ""), 200, "logged")
		logs, errs := rc.logs(t, r)
		// node and python: native output, stderr included, goes to the logs,
		// as Open Runtimes. php and ruby: native stdout to the logs, native
		// stderr (error_log, warnings, $stderr) to the errors.
		toLogs := d.Key == "node" || d.Key == "python" || d.Key == "python-ml"
		wantLogs := []string{"log line {\"a\":", "native stdout", "Native logs detected", "\n" + strings.Repeat("x", 8000) + "... Log truncated due to size limit (8000 characters)\n"}
		if toLogs {
			wantLogs = append(wantLogs, "native stderr")
		}
		for _, want := range wantLogs {
			if !strings.Contains(logs, want) {
				t.Errorf("logs lack %.40q:\n%.300s", want, logs)
			}
		}
		if strings.Contains(logs, strings.Repeat("x", 8001)) {
			t.Errorf("a log call longer than 8000 characters was not cut")
		}
		if !strings.Contains(errs, "error line") || toLogs == strings.Contains(errs, "native stderr") {
			t.Errorf("errors should hold context.error's line and native stderr only for php and ruby:\n%s", errs)
		}
	})
	t.Run("concurrent logs stay apart", func(t *testing.T) {
		var wg sync.WaitGroup
		results := make([]response, 12)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				path := "/text"
				if i%2 == 0 {
					path = "/logs"
				}
				r, err := rc.do("GET", path, "")
				if err != nil {
					t.Errorf("GET %s: %v", path, err)
				}
				results[i] = r
			}()
		}
		wg.Wait()
		if t.Failed() {
			return
		}
		for i, r := range results {
			logs, errs := rc.logs(t, r)
			if mixed := strings.Contains(logs+errs, "line"); mixed != (i%2 == 0) {
				t.Errorf("request %d: logs %.80q, errors %.80q", i, logs, errs)
			}
		}
	})
	t.Run("thrown error", func(t *testing.T) {
		r := rc.call(t, "GET", "/throw", "")
		if r.status != 500 {
			t.Errorf("status %d, want 500", r.status)
		}
		_, errs := rc.logs(t, r)
		if !strings.Contains(errs, "boom from user code") || !strings.Contains(errs, fx.throwTrace) {
			t.Errorf("errors log lacks the stack:\n%s", errs)
		}
		r = rc.call(t, "POST", "/badjson", "{not json", "content-type: text/plain")
		if _, errs := rc.logs(t, r); r.status != 500 || !strings.Contains(errs, fx.jsonError) {
			t.Errorf("bodyJson on bad JSON: %d, errors %q", r.status, errs)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		r := expectEmpty(t, rc.call(t, "GET", "/sleep?ms=4000", "", HeaderTimeout+": 1"), 500)
		if _, errs := rc.logs(t, r); !strings.Contains(errs, "Execution timed out.") {
			t.Errorf("errors log lacks the timeout: %q", errs)
		}
		expect(t, rc.call(t, "GET", "/sleep?ms=10", "", HeaderTimeout+": 5"), 200, "slept")
		expect(t, rc.call(t, "GET", "/text", "", HeaderTimeout+": abc"), 500,
			`Header "x-open-runtimes-timeout" must be an integer greater than 0.`)
		expect(t, rc.call(t, "GET", "/text", ""), 200, "hello text") // still serving
	})
	t.Run("no return", func(t *testing.T) {
		msg := "Return statement missing. return context.res.empty() if no response is expected."
		if fx.noReturn != "" {
			msg = fx.noReturn
		}
		r := expectEmpty(t, rc.call(t, "GET", "/noreturn", ""), 500)
		if _, errs := rc.logs(t, r); !strings.Contains(errs, msg) {
			t.Errorf("errors log lacks %q: %q", msg, errs)
		}
	})
	t.Run("read-only filesystem", func(t *testing.T) {
		r := expect(t, rc.call(t, "GET", "/write", ""), 200, "")
		var got map[string]string
		if err := json.Unmarshal([]byte(r.body), &got); err != nil {
			t.Fatalf("%v: %s", err, r.body)
		}
		want := map[string]string{"function": "EROFS", "root": "EROFS", "tmp": "ok"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("write to %s: %q, want %q", k, got[k], v)
			}
		}
	})
	t.Run("dependencies and environment", func(t *testing.T) {
		expect(t, rc.call(t, "GET", "/dependency", ""), 200, "007 helper")
		r := expect(t, rc.call(t, "GET", "/env", ""), 200, "")
		for _, want := range []string{`"custom value"`, `"/tmp"`, `65534`} {
			if !strings.Contains(r.body, want) {
				t.Errorf("env %s lacks %s", r.body, want)
			}
		}
	})
}

func testSeed(t *testing.T, cli *client.Client, d Definition, fx fixture, code string) {
	rc := startRuntime(t, cli, d, code, fx.seed, "SECRET_KEY=seed secret")
	r := expect(t, rc.call(t, "POST", "/", "seed payload", "x-appwrite-trigger: http"), 200, "")
	expectHeader(t, r, "content-type", "application/json; charset=utf-8")
	var got map[string]any
	if err := json.Unmarshal([]byte(r.body), &got); err != nil {
		t.Fatalf("%v: %s", err, r.body)
	}
	if got["message"] != "Hello from Appwrite!" || got["payload"] != "seed payload" ||
		got["secretKey"] != "seed secret" || got["trigger"] != "http" {
		t.Errorf("seed answer: %s", r.body)
	}
	if n, ok := got["randomNumber"].(float64); !ok || n < 0 || n >= 1 {
		t.Errorf("randomNumber: %v", got["randomNumber"])
	}
	r = expect(t, rc.call(t, "POST", "/", ""), 200, "")
	if !strings.Contains(r.body, "No payload provided") {
		t.Errorf("empty payload answer: %s", r.body)
	}
}

func testLegacyVariables(t *testing.T, cli *client.Client, d Definition, fx fixture, code string) {
	rc := startRuntime(t, cli, d, code, fx.vars, "CUSTOM_VAR=from env")
	r := expect(t, rc.call(t, "POST", "/", `{"$id":"doc1"}`, "x-appwrite-trigger: event",
		"x-appwrite-event: databases.db.collections.c.documents.doc1.create",
		"x-appwrite-user-id: user1", "x-appwrite-user-jwt: jwt1"), 200, "")
	var got map[string]string
	if err := json.Unmarshal([]byte(r.body), &got); err != nil {
		t.Fatalf("%v: %s", err, r.body)
	}
	want := map[string]string{
		"trigger": "event", "event": "databases.db.collections.c.documents.doc1.create",
		"data": `{"$id":"doc1"}`, "eventData": `{"$id":"doc1"}`, "userId": "user1", "jwt": "jwt1",
		"custom": "from env", "secret": "hidden", "headers": "event",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

// testBuildStep runs a build container the way the build workflow does:
// source mounted read-write at BuildDir, sh -c, uid 65534.
func testBuildStep(t *testing.T, cli *client.Client, d Definition, fx fixture) {
	src := writableDir(t)
	if err := os.WriteFile(filepath.Join(src, "in.txt"), []byte("input"), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := "set -e; echo built > out.txt; mkdir -p lib; cp in.txt lib/in.txt; ls > listing.txt; " +
		fx.versionCommand + " > version.txt 2>&1; id -u > uid.txt"
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	created, err := cli.ContainerCreate(ctx,
		&container.Config{Image: d.Image, User: RunAsUser, WorkingDir: BuildDir, Cmd: BuildCommand(cmd),
			Labels: testLabels()},
		&container.HostConfig{ReadonlyRootfs: true, Tmpfs: map[string]string{TmpDir: "rw,size=64m"},
			CapDrop: []string{"ALL"}, NetworkMode: "none", Binds: []string{src + ":" + BuildDir + ":rw"}},
		nil, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeContainer(t, cli, created.ID) })
	waitC, errC := cli.ContainerWait(ctx, created.ID, container.WaitConditionNextExit)
	if err := cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		t.Fatal(err)
	}
	select {
	case res := <-waitC:
		if res.StatusCode != 0 {
			t.Fatalf("build exited with %d:\n%s", res.StatusCode, containerLogs(cli, created.ID))
		}
	case err := <-errC:
		t.Fatal(err)
	}
	for file, want := range map[string]string{"out.txt": "built", "lib/in.txt": "input", "uid.txt": "65534", "version.txt": strings.TrimSuffix(d.Version, ".0")} {
		b, err := os.ReadFile(filepath.Join(src, file))
		if err != nil || !strings.Contains(string(b), want) {
			t.Errorf("%s: %q (%v), want %q", file, b, err, want)
		}
	}
}

// expect checks status and, when body is not empty, the exact body.
func expect(t *testing.T, r response, status int, body string) response {
	t.Helper()
	if r.status != status || (body != "" && r.body != body) {
		t.Errorf("got %d %.300q, want %d %.300q", r.status, r.body, status, body)
	}
	return r
}

// expectEmpty: a failed run answers with an empty body, as Open Runtimes.
func expectEmpty(t *testing.T, r response, status int) response {
	t.Helper()
	if r.status != status || r.body != "" {
		t.Errorf("got %d %.300q, want %d and an empty body", r.status, r.body, status)
	}
	return r
}

func expectHeader(t *testing.T, r response, name, want string) {
	t.Helper()
	if got := r.headers.Get(name); got != want {
		t.Errorf("header %s = %q, want %q", name, got, want)
	}
}
