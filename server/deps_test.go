package server_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// npmPackage is a package tarball as npm pack makes it (package/...).
func npmPackage(t testing.TB, name, version, main string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, f := range []struct{ name, body string }{
		{"package/package.json", fmt.Sprintf(`{"name":%q,"version":%q,"main":"index.js"}`, name, version)},
		{"package/index.js", main},
	} {
		tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg})
		tw.Write([]byte(f.body))
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

// pythonWheel is a pure-python wheel (a zip with the module and its
// .dist-info: METADATA, WHEEL, RECORD), made without network or tools.
func pythonWheel(t testing.TB, name, version, module string) []byte {
	t.Helper()
	info := name + "-" + version + ".dist-info/"
	files := []struct{ name, body string }{
		{name + "/__init__.py", module},
		{info + "METADATA", "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n"},
		{info + "WHEEL", "Wheel-Version: 1.0\nGenerator: fnflow-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"},
	}
	var record strings.Builder
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, _ := zw.Create(f.name)
		w.Write([]byte(f.body))
		sum := sha256.Sum256([]byte(f.body))
		fmt.Fprintf(&record, "%s,sha256=%s,%d\n", f.name, base64.RawURLEncoding.EncodeToString(sum[:]), len(f.body))
	}
	record.WriteString(info + "RECORD,,\n")
	w, _ := zw.Create(info + "RECORD")
	w.Write([]byte(record.String()))
	zw.Close()
	return buf.Bytes()
}

const depsNodeCode = `const dep = require('fnflowdep');
module.exports = async ({ res }) => res.json({ dep: dep(), version: process.env.APPWRITE_VERSION,
  region: process.env.APPWRITE_REGION });
`

const depsPythonCode = `import os
import fnflowdep


def main(context):
    return context.res.json({"dep": fnflowdep.hello(), "version": os.environ.get("APPWRITE_VERSION"),
                             "region": os.environ.get("APPWRITE_REGION")})
`

// depsSource is a function whose dependency ships in the archive, with the
// commands that install it offline, as a user would write them.
func depsSource(t testing.TB, key string) (entry, commands string, archive []byte) {
	t.Helper()
	// The commands also print the build environment.
	env := ` && echo "env: $PROJECT_VAR $FUNCTION_VAR mem=$APPWRITE_FUNCTION_MEMORY cpus=$APPWRITE_FUNCTION_CPUS ` +
		`version=$APPWRITE_VERSION region=$APPWRITE_REGION runtime=$APPWRITE_FUNCTION_RUNTIME_NAME"`
	if key == "node" {
		return "index.js", "npm install --offline --no-audit" + env, targz(t, gzip.DefaultCompression, 0,
			tarEntry{name: "package.json", body: `{"name":"fn","version":"1.0.0","dependencies":{"fnflowdep":"file:./fnflowdep-1.0.0.tgz"}}`},
			tarEntry{name: "fnflowdep-1.0.0.tgz", body: string(npmPackage(t, "fnflowdep", "1.0.0", `module.exports = () => 'hello from the dependency';`))},
			tarEntry{name: "index.js", body: depsNodeCode})
	}
	return "main.py", "pip install --no-index --find-links ./wheels -r requirements.txt" + env, targz(t, gzip.DefaultCompression, 0,
		tarEntry{name: "requirements.txt", body: "fnflowdep==1.0.0\n"},
		tarEntry{name: "wheels/fnflowdep-1.0.0-py3-none-any.whl", body: string(pythonWheel(t, "fnflowdep", "1.0.0", "def hello():\n    return 'hello from the dependency'\n"))},
		tarEntry{name: "main.py", body: depsPythonCode})
}

func (c *client) deployArchive(fid, commands string, archive []byte) map[string]any {
	c.t.Helper()
	up := c.upload(fid, []formField{{"activate", "true"}, {"commands", commands}}, "code.tar.gz", archive, nil)
	if up.Status != 202 {
		c.t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	return c.waitDeployment(fid, up.JSON(c.t)["$id"].(string), 4*time.Minute, "ready", "failed", "canceled")
}

// TestDependenciesInstallAndRun: for every node and python runtime, a
// function whose dependency is installed by npm / pip from a package
// shipped in the archive (no network) builds, sees its build environment
// (project and function variables, APPWRITE_FUNCTION_MEMORY/_CPUS,
// APPWRITE_VERSION, APPWRITE_REGION), logs each step, and runs with the
// dependency; a second deployment with the same manifest restores the
// dependencies from the build cache and runs too.
func TestDependenciesInstallAndRun(t *testing.T) {
	ids := []string{"node-18.0", "node-20.0", "python-3.11", "python-3.13", "python-ml-3.11"}
	r, c := startApp(t, nil)
	if res := c.do("POST", "/v1/project/variables", map[string]any{"variableId": "unique()", "key": "PROJECT_VAR", "value": "from-project"}, nil); res.Status != 201 {
		t.Fatalf("project variable: %d %s", res.Status, res.Body)
	}
	_ = r
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			requireImages(t, runtimes.ImagePrefix+":"+id)
			c := newClient(t, r)
			def, _ := runtimes.Lookup(id)
			fid := "deps-" + strings.ReplaceAll(id, ".", "-")
			entry, commands, archive := depsSource(t, def.Key)
			c.createFunction(fid, id, entry, commands)
			if res := c.do("POST", "/v1/functions/"+fid+"/variables", map[string]any{"key": "FUNCTION_VAR", "value": "from-function"}, nil); res.Status != 201 {
				t.Fatalf("function variable: %d %s", res.Status, res.Body)
			}
			slug, _ := c.do("GET", "/v1/functions/"+fid, nil, nil).JSON(t)["buildSpecification"].(string)
			spec, err := models.LookupSpecification(slug)
			if err != nil {
				t.Fatalf("build specification %q: %v", slug, err)
			}
			d := c.deployArchive(fid, commands, archive)
			logs, _ := d["buildLogs"].(string)
			if d["status"] != "ready" {
				t.Fatalf("first build %v: %s", d["status"], logs)
			}
			for _, want := range []string{"Environment preparation started.", "Build command execution started.",
				"Build command execution finished.", "Build packaging finished.", "Build finished.",
				fmt.Sprintf("env: from-project from-function mem=%d cpus=%s version=1.9.6 region=default runtime=%s",
					spec.Memory, strconv.FormatFloat(spec.CPUs, 'f', -1, 64), def.Name)} {
				if !strings.Contains(logs, want) {
					t.Errorf("build logs lack %q:\n%s", want, logs)
				}
			}
			if strings.Contains(logs, "build cache") {
				t.Errorf("first build restored a cache:\n%s", logs)
			}
			wantDepRun(t, c, fid)

			// Same manifest and packages, other code: the cache is used.
			d2 := c.deployArchive(fid, commands, archive)
			logs2, _ := d2["buildLogs"].(string)
			if d2["status"] != "ready" || !strings.Contains(logs2, "Restoring "+map[string]string{"node": "node_modules", "python": "runtime-env", "python-ml": "runtime-env"}[def.Key]+" from the build cache") {
				t.Fatalf("second build %v without the cache:\n%s", d2["status"], logs2)
			}
			wantDepRun(t, c, fid)

			// The cache is the function's own: another function with the
			// same manifest, packages and commands builds from scratch.
			other := fid + "-other"
			c.createFunction(other, id, entry, commands)
			d3 := c.deployArchive(other, commands, archive)
			if logs3, _ := d3["buildLogs"].(string); d3["status"] != "ready" || strings.Contains(logs3, "build cache") {
				t.Errorf("another function's build %v used a cache:\n%s", d3["status"], logs3)
			}
			// It is deleted with its function.
			cacheDir := filepath.Join(r.Config.Storage.Dir, r.ProjectID, "build-cache", fid)
			if n := countFiles(cacheDir); n == 0 {
				t.Fatalf("no build cache entry under %s after a cached build", cacheDir)
			}
			if res := c.do("DELETE", "/v1/functions/"+fid, nil, nil); res.Status != 204 {
				t.Fatalf("delete function: %d %s", res.Status, res.Body)
			}
			for deadline := time.Now().Add(60 * time.Second); countFiles(cacheDir) != 0; time.Sleep(200 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("build cache of a deleted function still in %s", cacheDir)
				}
			}
		})
	}
}

// countFiles counts the regular files under dir (0 when it does not exist).
func countFiles(dir string) int {
	n := 0
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			n++
		}
		return nil
	})
	return n
}

func wantDepRun(t *testing.T, c *client, fid string) {
	t.Helper()
	m := execute(t, c, fid, map[string]any{}, 201)
	var out map[string]any
	if err := json.Unmarshal([]byte(fmt.Sprint(m["responseBody"])), &out); err != nil || out["dep"] != "hello from the dependency" ||
		out["version"] != "1.9.6" || out["region"] != "default" {
		t.Fatalf("execution %v %v: body %q errors %q", m["status"], err, m["responseBody"], m["errors"])
	}
}

// TestBuildMissingCommandSaysWhichTool: exit code 127 ends the build log
// with the tool that is missing and what to do.
func TestBuildMissingCommandSaysWhichTool(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	_, c := startApp(t, nil)
	c.createFunction("missing-tool", "node-18.0", "index.js", "yarn install")
	d := c.deploy("missing-tool", "yarn install", "module.exports = async ({ res }) => res.send('x')")
	logs, _ := d["buildLogs"].(string)
	if d["status"] != "failed" || !strings.Contains(logs, `"yarn" was not found`) || !strings.Contains(logs, "node, npm and npx") {
		t.Fatalf("build %v, logs:\n%s", d["status"], logs)
	}
}

// TestCanceledBuildLogEnds: cancelling a running build ends its log with
// Appwrite's sentence, after the build's own output.
func TestCanceledBuildLogEnds(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	_, c := startApp(t, nil)
	c.createFunction("cancel-log", "node-18.0", "index.js", "")
	up := c.upload("cancel-log", []formField{{"activate", "true"}, {"commands", "echo build began; sleep 300"}}, "code.tar.gz",
		targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: "module.exports = async ({ res }) => res.send('x')"}), nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	path := "/v1/functions/cancel-log/deployments/" + did
	waitLogs := func(want string) string {
		t.Helper()
		var logs string
		for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			logs, _ = c.do("GET", path, nil, nil).JSON(t)["buildLogs"].(string)
			if strings.Contains(logs, want) {
				return logs
			}
		}
		t.Fatalf("build logs never showed %q:\n%s", want, logs)
		return ""
	}
	waitLogs("build began")
	if res := c.do("PATCH", path+"/status", "{}", nil); res.Status != 200 {
		t.Fatalf("cancel: %d %s", res.Status, res.Body)
	}
	logs := waitLogs("Build has been canceled.")
	if !strings.HasSuffix(strings.TrimRight(logs, "\n"), "Build has been canceled.") || !strings.Contains(logs, "build began") {
		t.Fatalf("canceled build logs:\n%s", logs)
	}
}

// TestBuildOutputAbsoluteLinksStayInTheContainer: a build output may hold
// absolute symlinks (a python venv's bin/python3 -> /usr/bin/python3); they
// name files of the runtime container, never of the host: links to a host
// canary build, but the function reads no canary through them, and the
// output download holds the links, not the files.
func TestBuildOutputAbsoluteLinksStayInTheContainer(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	_, c := startApp(t, nil)
	cdir, cfile, content := buildCanary(t)
	c.createFunction("abslinks", "node-18.0", "index.js", "")
	d := c.deploy("abslinks", "ln -s "+cfile+" canary.txt && ln -s "+cdir+" dir && ln -s /etc/hostname host.txt", readFile)
	if logs, _ := d["buildLogs"].(string); d["status"] != "ready" {
		t.Fatalf("build %v: %s", d["status"], logs)
	}
	for _, f := range []string{"canary.txt", "dir/canary.txt"} {
		m := execute(t, c, "abslinks", map[string]any{"path": "/?f=" + f, "method": "GET"}, 201)
		if body := fmt.Sprint(m["responseBody"]); strings.Contains(body, content) || body != "error ENOENT" {
			t.Errorf("reading %s through the output's link: %q", f, body)
		}
	}
	if m := execute(t, c, "abslinks", map[string]any{"path": "/?f=host.txt", "method": "GET"}, 201); m["responseStatusCode"] != 200.0 ||
		strings.HasPrefix(fmt.Sprint(m["responseBody"]), "error") {
		t.Errorf("a link to a file of the container does not resolve: %v", m["responseBody"])
	}
	out := c.do("GET", "/v1/functions/abslinks/deployments/"+d["$id"].(string)+"/download?type=output", nil, nil)
	zr, err := gzip.NewReader(bytes.NewReader(out.Body))
	if out.Status != 200 || err != nil {
		t.Fatalf("output download: %d %v", out.Status, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil || strings.Contains(string(raw), content) || !strings.Contains(string(raw), cfile) {
		t.Fatalf("output tar: %v, canary inside: %v, link kept: %v", err, strings.Contains(string(raw), content), strings.Contains(string(raw), cfile))
	}
}
