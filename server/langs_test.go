package server_test

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/internal/fixtures"
	"github.com/fnflow/fnflow/runtimes"
)

// The php and ruby runtimes through the API on the real engine. Each
// function is built by a deployment whose commands install a dependency
// shipped in the archive with the runtime's own package manager and no
// network (composer: a path repository; bundler: a gem built from the
// archive into vendor/cache and installed with bundle install --local).

const langsPHP = `<?php
require __DIR__ . '/vendor/autoload.php';

use Fnflow\Dep\Hello;

return function ($context) {
    $req = $context->req;
    switch ($req->path) {
        case '/hello':
            return $context->res->text('Hello, World!');
        case '/dep':
            return $context->res->json(['dep' => Hello::hello(), 'version' => getenv('APPWRITE_VERSION')]);
        case '/logs':
            $context->log('log line', ['a' => 1]);
            $context->error('error line');
            echo "native output\n";
            $context->log(str_repeat('x', 9000));
            return $context->res->text('logged');
        case '/throw':
            throw new RuntimeException('boom from user code');
        case '/sleep':
            sleep(60);
            return $context->res->text('slept');
        case '/binary':
            $b = $req->bodyBinary;
            return $context->res->binary($b, 200, ['content-type' => 'application/octet-stream', 'x-sha256' => hash('sha256', $b)]);
    }
    return $context->res->text('?', 404);
};
`

const langsRuby = `require 'digest'
require 'fnflowdep'

def main(context)
  req = context.req
  case req.path
  when '/hello'
    return context.res.text('Hello, World!')
  when '/dep'
    return context.res.json({ dep: Fnflowdep.hello, version: ENV['APPWRITE_VERSION'] })
  when '/logs'
    context.log('log line', { a: 1 })
    context.error('error line')
    puts 'native output'
    context.log('x' * 9000)
    return context.res.text('logged')
  when '/throw'
    raise 'boom from user code'
  when '/sleep'
    sleep 60
    return context.res.text('slept')
  when '/binary'
    b = req.body_binary
    return context.res.binary(b, 200, { 'content-type' => 'application/octet-stream', 'x-sha256' => Digest::SHA256.hexdigest(b) })
  end
  context.res.text('?', 404)
end
`

// langsSource is the function of a runtime key with its dependency, and
// the commands that install it offline.
func langsSource(t testing.TB, key string) (entry, commands, cacheDir string, archive []byte) {
	t.Helper()
	switch key {
	case "php":
		return "index.php", "composer install --no-progress", "vendor", targz(t, gzip.DefaultCompression, 0,
			tarEntry{name: "composer.json", body: `{"name":"fnflow/fn","repositories":[{"packagist.org":false},` +
				`{"type":"path","url":"./packages/fnflowdep","options":{"symlink":false}}],"require":{"fnflow/dep":"1.0.0"}}`},
			tarEntry{name: "packages/fnflowdep/composer.json", body: `{"name":"fnflow/dep","version":"1.0.0",` +
				`"autoload":{"psr-4":{"Fnflow\\Dep\\":"src/"}}}`},
			tarEntry{name: "packages/fnflowdep/src/Hello.php", body: "<?php\nnamespace Fnflow\\Dep;\n\nclass Hello\n{\n" +
				"    public static function hello(): string\n    {\n        return 'hello from the dependency';\n    }\n}\n"},
			tarEntry{name: "index.php", body: langsPHP})
	case "ruby":
		return "main.rb", "cp -r fnflowdep /tmp/fnflowdep && (cd /tmp/fnflowdep && gem build fnflowdep.gemspec) && " +
				"mkdir -p vendor/cache && cp /tmp/fnflowdep/fnflowdep-1.0.0.gem vendor/cache/ && bundle install --local",
			"vendor/bundle", targz(t, gzip.DefaultCompression, 0,
				tarEntry{name: "Gemfile", body: "source 'https://rubygems.org'\n\ngem 'fnflowdep', '1.0.0'\n"},
				tarEntry{name: "fnflowdep/fnflowdep.gemspec", body: "Gem::Specification.new do |s|\n  s.name = 'fnflowdep'\n" +
					"  s.version = '1.0.0'\n  s.summary = 'fnflow test dependency'\n  s.authors = ['fnflow']\n" +
					"  s.files = ['lib/fnflowdep.rb']\n  s.license = 'MIT'\nend\n"},
				tarEntry{name: "fnflowdep/lib/fnflowdep.rb", body: "module Fnflowdep\n  def self.hello\n    'hello from the dependency'\n  end\nend\n"},
				tarEntry{name: "main.rb", body: langsRuby})
	}
	t.Fatalf("no source for %s", key)
	return
}

// TestLangsRuntimes: for php-8.2, php-8.4, ruby-3.1 and ruby-3.3, through
// the API: a context-API function whose dependency the build installs with
// composer / bundler from the archive builds and answers (hello world, the
// dependency), a second deployment restores the dependencies from the
// build cache, logs (with the 8000-character cut and native output) and
// errors are recorded, a thrown error and a timeout fail with an empty
// body, binary bodies go both ways intact through the function's domain,
// and the seed 001 example (the legacy (req, res) signature) deploys
// unchanged and runs.
func TestLangsRuntimes(t *testing.T) {
	r, _ := startApp(t, nil)
	for _, id := range []string{"php-8.2", "php-8.4", "ruby-3.1", "ruby-3.3"} {
		t.Run(id, func(t *testing.T) {
			requireImages(t, runtimes.ImagePrefix+":"+id)
			c := newClient(t, r)
			def, _ := runtimes.Lookup(id)
			fid := "langs-" + strings.ReplaceAll(id, ".", "-")
			entry, commands, cacheDir, archive := langsSource(t, def.Key)
			if res := c.do("POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid, "runtime": id,
				"entrypoint": entry, "commands": commands, "execute": []string{"any"}, "timeout": 10}, nil); res.Status != 201 {
				t.Fatalf("create function: %d %s", res.Status, res.Body)
			}
			d := c.deployArchive(fid, commands, archive)
			logs, _ := d["buildLogs"].(string)
			if d["status"] != "ready" {
				t.Fatalf("build %v:\n%s\n%v", d["status"], logs, d)
			}
			run := func(path string) map[string]any {
				t.Helper()
				return execute(t, c, fid, map[string]any{"path": path, "method": "GET"}, 201)
			}
			if m := run("/hello"); m["status"] != "completed" || m["responseBody"] != "Hello, World!" {
				t.Fatalf("hello: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
			}
			wantDep := func() {
				t.Helper()
				m := run("/dep")
				var out map[string]any
				if err := json.Unmarshal([]byte(fmt.Sprint(m["responseBody"])), &out); err != nil ||
					out["dep"] != "hello from the dependency" || out["version"] != "1.9.6" {
					t.Fatalf("dependency: %v %v body %q errors %q", m["status"], err, m["responseBody"], m["errors"])
				}
			}
			wantDep()

			m := run("/logs")
			logs, _ = m["logs"].(string)
			errs, _ := m["errors"].(string)
			for _, want := range []string{`log line {"a":1}`, "native output", "Native logs detected",
				strings.Repeat("x", 8000) + "... Log truncated due to size limit (8000 characters)"} {
				if !strings.Contains(logs, want) {
					t.Errorf("logs lack %.60q: %.300q", want, logs)
				}
			}
			if strings.Contains(logs, strings.Repeat("x", 8001)) || !strings.Contains(errs, "error line") {
				t.Errorf("logs not cut or errors %q", errs)
			}

			m = run("/throw")
			if m["status"] != "failed" || m["responseStatusCode"] != 500.0 || m["responseBody"] != "" ||
				!strings.Contains(fmt.Sprint(m["errors"]), "boom from user code") {
				t.Errorf("thrown error: %v %v %q errors %q", m["status"], m["responseStatusCode"], m["responseBody"], m["errors"])
			}
			m = run("/sleep")
			if m["status"] != "failed" || m["responseBody"] != "" || !strings.Contains(fmt.Sprint(m["errors"]), "timed out") {
				t.Errorf("timeout: %v %v %q errors %q", m["status"], m["responseStatusCode"], m["responseBody"], m["errors"])
			}

			body := make([]byte, 3<<20)
			rand.Read(body)
			sum := sha256.Sum256(body)
			res := domainDo(t, r, fid+"."+r.ProjectID+".functions.localhost", "POST", "/binary", body,
				map[string]string{"Content-Type": "application/octet-stream"})
			if res.Status != 200 || res.Header.Get("x-sha256") != hex.EncodeToString(sum[:]) || !bytes.Equal(res.Body, body) {
				t.Errorf("binary through the domain: %d, sha256 seen %q, %d bytes back", res.Status, res.Header.Get("x-sha256"), len(res.Body))
			}

			// Same manifest and packages: the dependencies come from the cache.
			d2 := c.deployArchive(fid, commands, archive)
			logs2, _ := d2["buildLogs"].(string)
			if d2["status"] != "ready" || !strings.Contains(logs2, "Restoring "+cacheDir+" from the build cache") {
				t.Fatalf("second build %v without the cache:\n%s", d2["status"], logs2)
			}
			wantDep()

			// The seed 001 example, unchanged, through a deployment.
			sid := fid + "-seed"
			seed := map[string]string{"php": fixtures.SeedPHPLegacy, "ruby": fixtures.SeedRubyLegacy}[def.Key]
			c.createFunction(sid, id, entry, "")
			if res := c.do("POST", "/v1/functions/"+sid+"/variables", map[string]any{"key": "SECRET_KEY", "value": "s3cr3t"}, nil); res.Status != 201 {
				t.Fatalf("variable: %d %s", res.Status, res.Body)
			}
			if d := c.deployArchive(sid, "", targz(t, gzip.DefaultCompression, 0, tarEntry{name: entry, body: seed})); d["status"] != "ready" {
				t.Fatalf("seed build %v: %s", d["status"], d["buildLogs"])
			}
			m = execute(t, c, sid, map[string]any{"body": "hello payload"}, 201)
			var out map[string]any
			if err := json.Unmarshal([]byte(fmt.Sprint(m["responseBody"])), &out); err != nil || out["payload"] != "hello payload" ||
				out["secretKey"] != "s3cr3t" || out["trigger"] != "http" || out["message"] != "Hello from Appwrite!" {
				t.Fatalf("seed: %v %v body %q errors %q", m["status"], err, m["responseBody"], m["errors"])
			}
		})
	}
}

const pythonML = `import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression


def main(context):
    df = pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [3.0, 5.0, 7.0, 9.0]})
    model = LinearRegression().fit(df[["x"]], df["y"])
    return context.res.json({"slope": round(float(model.coef_[0]), 6), "mean": float(np.mean(df["y"]))})
`

// TestPythonMLRuntime: python-ml-3.11 runs code using Debian's numpy,
// pandas and scikit-learn through the API.
func TestPythonMLRuntime(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":python-ml-3.11")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "ml", "python-ml-3.11", "main.py", pythonML, nil)
	m := execute(t, c, "ml", map[string]any{}, 201)
	if m["status"] != "completed" || m["responseBody"] != `{"slope":2.0,"mean":6.0}` {
		t.Fatalf("ml: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
	}
}

// TestStaticRuntime: static-1 serves the deployment's files as they are,
// through the API and the function's domain (binary intact, index.html for
// a directory, the function's 404.html for a missing file).
func TestStaticRuntime(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":static-1")
	r, c := startApp(t, nil)
	bin := make([]byte, 256<<10)
	rand.Read(bin)
	c.createFunction("site", "static-1", "index.html", "")
	d := c.deployArchive("site", "", targz(t, gzip.DefaultCompression, 0,
		tarEntry{name: "index.html", body: "<h1>home</h1>\n"},
		tarEntry{name: "docs/index.html", body: "<h1>docs</h1>\n"},
		tarEntry{name: "css/site.css", body: "body { color: red }\n"},
		tarEntry{name: "404.html", body: "<h1>not here</h1>\n"},
		tarEntry{name: "data.bin", body: string(bin)}))
	if d["status"] != "ready" {
		t.Fatalf("build %v: %s", d["status"], d["buildLogs"])
	}
	for _, tc := range []struct {
		path, body, ctype string
		status            float64
	}{
		{"/", "<h1>home</h1>\n", "text/html; charset=utf-8", 200},
		{"/docs/", "<h1>docs</h1>\n", "text/html; charset=utf-8", 200},
		{"/css/site.css", "body { color: red }\n", "text/css; charset=utf-8", 200},
		{"/nothing", "<h1>not here</h1>\n", "text/html; charset=utf-8", 404},
	} {
		m := execute(t, c, "site", map[string]any{"path": tc.path, "method": "GET"}, 201)
		if m["responseStatusCode"] != tc.status || m["responseBody"] != tc.body || !hasHeader(m["responseHeaders"], "content-type", tc.ctype) {
			t.Errorf("%s: %v %q %v", tc.path, m["responseStatusCode"], m["responseBody"], m["responseHeaders"])
		}
	}
	res := domainDo(t, r, "site."+r.ProjectID+".functions.localhost", "GET", "/data.bin", nil, nil)
	if res.Status != 200 || !bytes.Equal(res.Body, bin) {
		t.Errorf("binary file through the domain: %d, %d bytes", res.Status, len(res.Body))
	}
}

// TestRuntimesListIncludesLangs: GET /v1/functions/runtimes lists the
// Debian-built runtimes with Appwrite's IDs, keys and names.
func TestRuntimesListIncludesLangs(t *testing.T) {
	_, c := startApp(t, nil)
	res := c.do("GET", "/v1/functions/runtimes", nil, nil)
	if res.Status != 200 {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	got := map[string]map[string]any{}
	for _, v := range res.JSON(t)["runtimes"].([]any) {
		m := v.(map[string]any)
		got[m["$id"].(string)] = m
	}
	for id, want := range map[string][2]string{
		"php-8.2": {"php", "PHP"}, "php-8.4": {"php", "PHP"}, "ruby-3.1": {"ruby", "Ruby"}, "ruby-3.3": {"ruby", "Ruby"},
		"python-ml-3.11": {"python-ml", "Python (ML)"}, "static-1": {"static", "Static"}, "go-1.24": {"go", "Go"},
		"java-17.0": {"java", "Java"}, "java-21.0": {"java", "Java"},
	} {
		m := got[id]
		if m == nil || m["key"] != want[0] || m["name"] != want[1] || m["image"] != runtimes.ImagePrefix+":"+id {
			t.Errorf("%s: %v", id, m)
		}
	}
}

const goFunction = `package handler

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"example.com/fnflowdep"
	"github.com/open-runtimes/types-for-go/v4/openruntimes"
)

func Main(Context openruntimes.Context) openruntimes.Response {
	switch Context.Req.Path {
	case "/hello":
		return Context.Res.Text("Hello, World!")
	case "/dep":
		return Context.Res.Json(map[string]string{"dep": fnflowdep.Hello()})
	case "/logs":
		Context.Log("log line", map[string]interface{}{"a": 1})
		Context.Error("error line")
		Context.Log(strings.Repeat("x", 9000))
		return Context.Res.Text("logged")
	case "/throw":
		panic("boom from user code")
	case "/sleep":
		time.Sleep(60 * time.Second)
		return Context.Res.Text("slept")
	case "/noreturn":
		return openruntimes.Response{}
	case "/binary":
		b := Context.Req.BodyBinary()
		sum := sha256.Sum256(b)
		return Context.Res.Binary(b, Context.Res.WithHeaders(map[string]string{
			"content-type": "application/octet-stream", "x-sha256": hex.EncodeToString(sum[:])}))
	}
	return Context.Res.Text("?", Context.Res.WithStatusCode(404))
}
`

// TestGoRuntime: go-1.24 through the API: the build compiles the function
// (module openruntimes/handler, written against Open Runtimes'
// types-for-go) into the runtime server with a Go module shipped in the
// archive (a replace to ./fnflowdep, no network); hello world, the
// dependency, logs with the 8000-character cut, a panic and a timeout (500,
// empty body, errors log), a missing response, and a binary body both ways
// through the function's domain.
func TestGoRuntime(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":go-1.24")
	r, c := startApp(t, nil)
	if res := c.do("POST", "/v1/functions", map[string]any{"functionId": "gofn", "name": "gofn", "runtime": "go-1.24",
		"entrypoint": "main.go", "execute": []string{"any"}, "timeout": 10}, nil); res.Status != 201 {
		t.Fatalf("create function: %d %s", res.Status, res.Body)
	}
	d := c.deployArchive("gofn", "", targz(t, gzip.DefaultCompression, 0,
		tarEntry{name: "go.mod", body: "module openruntimes/handler\n\ngo 1.23\n\nrequire (\n\tgithub.com/open-runtimes/types-for-go/v4 v4.0.6\n" +
			"\texample.com/fnflowdep v1.0.0\n)\n\nreplace example.com/fnflowdep => ./fnflowdep\n"},
		tarEntry{name: "fnflowdep/go.mod", body: "module example.com/fnflowdep\n\ngo 1.23\n"},
		tarEntry{name: "fnflowdep/dep.go", body: "package fnflowdep\n\nfunc Hello() string { return \"hello from the dependency\" }\n"},
		tarEntry{name: "main.go", body: goFunction}))
	if d["status"] != "ready" || !strings.Contains(fmt.Sprint(d["buildLogs"]), "Compiling ...") {
		t.Fatalf("build %v: %s", d["status"], d["buildLogs"])
	}
	run := func(path string) map[string]any {
		t.Helper()
		return execute(t, c, "gofn", map[string]any{"path": path, "method": "GET"}, 201)
	}
	if m := run("/hello"); m["status"] != "completed" || m["responseBody"] != "Hello, World!" {
		t.Fatalf("hello: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
	}
	if m := run("/dep"); m["responseBody"] != `{"dep":"hello from the dependency"}` {
		t.Errorf("dependency: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
	}
	m := run("/logs")
	logs, _ := m["logs"].(string)
	if !strings.Contains(logs, `log line {"a":1}`) || !strings.Contains(logs, strings.Repeat("x", 8000)+"... Log truncated due to size limit (8000 characters)") ||
		strings.Contains(logs, strings.Repeat("x", 8001)) || !strings.Contains(fmt.Sprint(m["errors"]), "error line") {
		t.Errorf("logs %.200q errors %q", logs, m["errors"])
	}
	for path, want := range map[string]string{"/throw": "boom from user code", "/sleep": "timed out", "/noreturn": "Return statement missing"} {
		m := run(path)
		if m["status"] != "failed" || m["responseBody"] != "" || !strings.Contains(fmt.Sprint(m["errors"]), want) {
			t.Errorf("%s: %v %v %q errors %q", path, m["status"], m["responseStatusCode"], m["responseBody"], m["errors"])
		}
	}
	body := make([]byte, 3<<20)
	rand.Read(body)
	sum := sha256.Sum256(body)
	res := domainDo(t, r, "gofn."+r.ProjectID+".functions.localhost", "POST", "/binary", body,
		map[string]string{"Content-Type": "application/octet-stream"})
	if res.Status != 200 || res.Header.Get("x-sha256") != hex.EncodeToString(sum[:]) || !bytes.Equal(res.Body, body) {
		t.Errorf("binary through the domain: %d, sha256 seen %q, %d bytes back", res.Status, res.Header.Get("x-sha256"), len(res.Body))
	}
}

const javaFunction = `package io.openruntimes.java;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

public class Index {
  public RuntimeOutput main(RuntimeContext context) throws Exception {
    RuntimeRequest req = context.getReq();
    switch (req.getPath()) {
      case "/hello":
        return context.getRes().text("Hello, World!");
      case "/dep": {
        Map<String, Object> out = new HashMap<>();
        out.put("dep", com.example.fnflowdep.Dep.hello());
        return context.getRes().json(out);
      }
      case "/logs": {
        Map<String, Object> a = new HashMap<>();
        a.put("a", 1);
        context.log("log line", a);
        context.error("error line");
        context.log("x".repeat(9000));
        return context.getRes().text("logged");
      }
      case "/throw":
        throw new IllegalStateException("boom from user code");
      case "/sleep":
        Thread.sleep(60000);
        return context.getRes().text("slept");
      case "/noreturn":
        return null;
      case "/binary": {
        byte[] b = req.getBodyBinary();
        StringBuilder hex = new StringBuilder();
        for (byte x : MessageDigest.getInstance("SHA-256").digest(b)) hex.append(String.format("%02x", x));
        Map<String, String> h = new HashMap<>();
        h.put("content-type", "application/octet-stream");
        h.put("x-sha256", hex.toString());
        return context.getRes().binary(b, 200, h);
      }
    }
    return context.getRes().text("?", 404);
  }
}
`

// TestJavaRuntimes: java-17.0 and java-21.0 through the API: the commands
// build a jar from sources in the archive into libs/ (no network), the
// build compiles the function with the runtime server (plain javac, libs/*
// on the class path); hello world, the dependency, logs with the
// 8000-character cut, a thrown exception, a timeout and a missing response
// (500, empty body, errors log) and a binary body both ways through the
// function's domain.
func TestJavaRuntimes(t *testing.T) {
	r, _ := startApp(t, nil)
	for _, id := range []string{"java-17.0", "java-21.0"} {
		t.Run(id, func(t *testing.T) {
			requireImages(t, runtimes.ImagePrefix+":"+id)
			c := newClient(t, r)
			fid := "langs-" + strings.ReplaceAll(id, ".", "-")
			// The dependency's source is not a .java file of the function:
			// only the jar can provide the class.
			commands := "mkdir -p /tmp/src /tmp/dep libs && cp fnflowdep/Dep.java.txt /tmp/src/Dep.java && " +
				"javac -d /tmp/dep /tmp/src/Dep.java && jar cf libs/fnflowdep.jar -C /tmp/dep ."
			if res := c.do("POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid, "runtime": id,
				"entrypoint": "src/Index.java", "commands": commands, "execute": []string{"any"}, "timeout": 10}, nil); res.Status != 201 {
				t.Fatalf("create function: %d %s", res.Status, res.Body)
			}
			d := c.deployArchive(fid, commands, targz(t, gzip.DefaultCompression, 0,
				tarEntry{name: "fnflowdep/Dep.java.txt", body: "package com.example.fnflowdep;\n\npublic class Dep {\n" +
					"  public static String hello() { return \"hello from the dependency\"; }\n}\n"},
				tarEntry{name: "src/Index.java", body: javaFunction}))
			if d["status"] != "ready" || !strings.Contains(fmt.Sprint(d["buildLogs"]), "Compiling ...") {
				t.Fatalf("build %v: %s", d["status"], d["buildLogs"])
			}
			run := func(path string) map[string]any {
				t.Helper()
				return execute(t, c, fid, map[string]any{"path": path, "method": "GET"}, 201)
			}
			if m := run("/hello"); m["status"] != "completed" || m["responseBody"] != "Hello, World!" {
				t.Fatalf("hello: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
			}
			if m := run("/dep"); m["responseBody"] != `{"dep":"hello from the dependency"}` {
				t.Errorf("dependency: %v %q errors %q", m["status"], m["responseBody"], m["errors"])
			}
			m := run("/logs")
			logs, _ := m["logs"].(string)
			if !strings.Contains(logs, `log line {"a":1}`) || !strings.Contains(logs, strings.Repeat("x", 8000)+"... Log truncated due to size limit (8000 characters)") ||
				strings.Contains(logs, strings.Repeat("x", 8001)) || !strings.Contains(fmt.Sprint(m["errors"]), "error line") {
				t.Errorf("logs %.200q errors %q", logs, m["errors"])
			}
			for path, want := range map[string]string{"/throw": "boom from user code", "/sleep": "timed out", "/noreturn": "Return statement missing"} {
				m := run(path)
				if m["status"] != "failed" || m["responseBody"] != "" || !strings.Contains(fmt.Sprint(m["errors"]), want) {
					t.Errorf("%s: %v %v %q errors %q", path, m["status"], m["responseStatusCode"], m["responseBody"], m["errors"])
				}
			}
			body := make([]byte, 3<<20)
			rand.Read(body)
			sum := sha256.Sum256(body)
			res := domainDo(t, r, fid+"."+r.ProjectID+".functions.localhost", "POST", "/binary", body,
				map[string]string{"Content-Type": "application/octet-stream"})
			if res.Status != 200 || res.Header.Get("x-sha256") != hex.EncodeToString(sum[:]) || !bytes.Equal(res.Body, body) {
				t.Errorf("binary through the domain: %d, sha256 seen %q, %d bytes back", res.Status, res.Header.Get("x-sha256"), len(res.Body))
			}
		})
	}
}
