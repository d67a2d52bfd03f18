package server_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
)

type tarEntry struct {
	name, link string
	typ        byte
	body       string
}

// targz builds a .tar.gz; extra pads the gzip header to reach an exact size.
func targz(t testing.TB, level int, extra int, es ...tarEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		t.Fatal(err)
	}
	if extra > 0 {
		zw.Extra = make([]byte, extra)
	}
	tw := tar.NewWriter(zw)
	for _, e := range es {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		h := &tar.Header{Name: e.name, Linkname: e.link, Typeflag: typ, Mode: 0o644}
		if typ == tar.TypeReg {
			h.Size = int64(len(e.body))
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		io.WriteString(tw, e.body)
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

// sizedArchive is a valid archive of exactly size bytes holding index.js
// and random filler.
func sizedArchive(t testing.TB, size int) []byte {
	t.Helper()
	filler := 0
	if size > 1<<20 {
		filler = size - 64<<10
	}
	rnd := make([]byte, filler)
	rand.Read(rnd)
	entries := []tarEntry{{name: "index.js", body: "module.exports = async (req, res) => { res.json({ ok: true }) }"}}
	if filler > 0 {
		entries = append(entries, tarEntry{name: "filler.bin", body: string(rnd)})
	}
	for shrink := 0; shrink < 64; shrink++ {
		level := gzip.BestCompression
		if filler > 0 {
			level = gzip.NoCompression
		}
		base := targz(t, level, 0, entries...)
		pad := size - len(base) - 2 // FEXTRA adds a 2-byte length
		if pad > 0 && pad < 65535 {
			b := targz(t, level, pad, entries...)
			if len(b) == size {
				return b
			}
		}
		if filler > 0 {
			rnd = rnd[:len(rnd)-(len(base)-size)-4096]
			entries[1].body = string(rnd)
		}
	}
	t.Fatalf("cannot build an archive of %d bytes", size)
	return nil
}

type formField struct{ name, value string }

func multipartBody(t testing.TB, fields []formField, filename string, code []byte) (string, []byte) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, f := range fields {
		w.WriteField(f.name, f.value)
	}
	if filename != "" {
		fw, err := w.CreateFormFile("code", filename)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(code)
	}
	w.Close()
	return w.FormDataContentType(), buf.Bytes()
}

func (c *client) upload(fid string, fields []formField, filename string, code []byte, hdr map[string]string) response {
	c.t.Helper()
	ct, body := multipartBody(c.t, fields, filename, code)
	h := map[string]string{"Content-Type": ct}
	for k, v := range hdr {
		h[k] = v
	}
	return c.do("POST", "/v1/functions/"+fid+"/deployments", body, h)
}

func (c *client) createFunction(id, runtime, entrypoint, commands string) {
	c.t.Helper()
	r := c.do("POST", "/v1/functions", map[string]any{"functionId": id, "name": id, "runtime": runtime,
		"entrypoint": entrypoint, "commands": commands, "execute": []string{"any"}}, nil)
	if r.Status != 201 {
		c.t.Fatalf("create function: %d %s", r.Status, r.Body)
	}
}

// waitDeployment polls until the deployment's status is one of want.
func (c *client) waitDeployment(fid, did string, timeout time.Duration, want ...string) map[string]any {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	var last map[string]any
	for time.Now().Before(deadline) {
		r := c.do("GET", "/v1/functions/"+fid+"/deployments/"+did, nil, nil)
		if r.Status != 200 {
			c.t.Fatalf("get deployment: %d %s", r.Status, r.Body)
		}
		last = r.JSON(c.t)
		for _, w := range want {
			if last["status"] == w {
				return last
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	c.t.Fatalf("deployment %s still %v after %s, want %v; logs %q", did, last["status"], timeout, want, last["buildLogs"])
	return nil
}

func untar(t testing.TB, b []byte) map[string]string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	out := map[string]string{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(tr)
		out[h.Name] = string(body)
	}
}

func containersOf(t testing.TB, label, value string) string {
	out, err := exec.Command("docker", "ps", "-aq", "--filter", "label="+label+"="+value).Output()
	if err != nil {
		t.Fatalf("docker ps: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// waitBuildContainer waits (bounded) until the deployment's build
// container exists and returns its ID; a build that never gets one fails
// the test.
func waitBuildContainer(t testing.TB, did string, within time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		out, err := exec.Command("docker", "ps", "-q", "--no-trunc", "--filter", "label=fnflow.deployment="+did,
			"--filter", "label=fnflow.role=build").Output()
		if err != nil {
			t.Fatalf("docker ps: %v", err)
		}
		if ids := strings.Fields(string(out)); len(ids) == 1 {
			return ids[0]
		} else if len(ids) > 1 {
			t.Fatalf("%d running build containers for deployment %s", len(ids), did)
		}
		if time.Now().After(deadline) {
			t.Fatalf("no running build container for deployment %s after %s", did, within)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitContainerGone waits (bounded) until the container no longer exists.
func waitContainerGone(t testing.TB, id string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		out, err := exec.Command("docker", "ps", "-aq", "--no-trunc", "--filter", "id="+id).Output()
		if err != nil {
			t.Fatalf("docker ps: %v", err)
		}
		if strings.TrimSpace(string(out)) == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("container %.12s still exists after %s", id, within)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func startApp(t *testing.T, mutate func(*config.Config)) (*testenv.Running, *client) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Mutate: mutate})
	return r, newClient(t, r)
}

// TestDeploymentBuildsNodeAndPython deploys legacy (req, res) functions
// with a build command, waits for ready and active, and checks the output.
func TestDeploymentBuildsNodeAndPython(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0", "fnflow/runtime:python-3.11")
	r, _ := startApp(t, nil)
	cases := []struct {
		runtime, entry, code string
	}{
		{"node-18.0", "index.js", "module.exports = async (req, res) => { res.json({ message: 'Hello from Appwrite!', payload: req.payload }) }\n"},
		{"python-3.11", "main.py", "def main(req, res):\n    return res.json({'message': 'Hello from Appwrite!', 'payload': req.payload})\n"},
	}
	for _, tc := range cases {
		t.Run(tc.runtime, func(t *testing.T) {
			t.Parallel()
			c := newClient(t, r)
			fid := strings.ReplaceAll(tc.runtime, ".", "-")
			c.createFunction(fid, tc.runtime, tc.entry, "")
			code := targz(t, gzip.DefaultCompression, 0, tarEntry{name: tc.entry, body: tc.code})
			up := c.upload(fid, []formField{{"activate", "true"}, {"commands", "echo built > built.txt && echo building now"}}, "code.tar.gz", code, nil)
			if up.Status != 202 {
				t.Fatalf("upload: %d %s", up.Status, up.Body)
			}
			dep := up.JSON(t)
			did := dep["$id"].(string)
			if dep["status"] != "waiting" || dep["type"] != "manual" || dep["sourceSize"].(float64) != float64(len(code)) {
				t.Fatalf("created deployment %s", up.Body)
			}
			d := c.waitDeployment(fid, did, 2*time.Minute, "ready", "failed", "canceled")
			if d["status"] != "ready" {
				t.Fatalf("build %v: %q", d["status"], d["buildLogs"])
			}
			if !strings.Contains(d["buildLogs"].(string), "building now") {
				t.Fatalf("build logs %q", d["buildLogs"])
			}
			if d["buildSize"].(float64) <= 0 || d["totalSize"].(float64) != d["buildSize"].(float64)+d["sourceSize"].(float64) ||
				d["buildDuration"].(float64) < 1 {
				t.Fatalf("sizes/duration: %v", d)
			}
			// The function is active on it.
			f := c.do("GET", "/v1/functions/"+fid, nil, nil).JSON(t)
			if f["deploymentId"] != did || f["latestDeploymentId"] != did || f["latestDeploymentStatus"] != "ready" || f["live"] != true {
				t.Fatalf("function after build: deploymentId %v latest %v %v live %v", f["deploymentId"], f["latestDeploymentId"], f["latestDeploymentStatus"], f["live"])
			}
			// The output has the source and the built file at its root.
			out := c.do("GET", "/v1/functions/"+fid+"/deployments/"+did+"/download?type=output", nil, nil)
			if out.Status != 200 || out.Header.Get("Content-Type") != "application/gzip" {
				t.Fatalf("download output: %d %s", out.Status, out.Header)
			}
			files := untar(t, out.Body)
			if files[tc.entry] != tc.code || strings.TrimSpace(files["built.txt"]) != "built" {
				t.Fatalf("output files: %v", keys(files))
			}
			// Canceling a finished build is refused.
			wantError(t, c.do("PATCH", "/v1/functions/"+fid+"/deployments/"+did+"/status", "{}", nil), 400, "build_already_completed")
			// The build workflow is found by its search attribute.
			listBuild(t, r, fid, did)
		})
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func listBuild(t *testing.T, r *testenv.Running, fid, did string) {
	t.Helper()
	wantSearchable(t, r, "build-"+r.ProjectID+"-"+did,
		map[string]string{"ProjectId": r.ProjectID, "FunctionId": fid, "DeploymentId": did, "ExecutionTrigger": "build"})
}

// TestDeploymentBuildFailureAndCancel: a failing command fails the build
// with its log and exit code; a long build is canceled and its container
// removed.
func TestDeploymentBuildFailureAndCancel(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	c.createFunction("fails", "node-18.0", "index.js", "")
	code := targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: "module.exports = async (req, res) => res.json({})"})

	t.Run("failure", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		up := c.upload("fails", []formField{{"activate", "1"}, {"commands", "echo compiling stuff; echo broken >&2; exit 3"}}, "code.tar.gz", code, nil)
		if up.Status != 202 {
			t.Fatalf("upload: %d %s", up.Status, up.Body)
		}
		did := up.JSON(t)["$id"].(string)
		d := c.waitDeployment("fails", did, 2*time.Minute, "ready", "failed", "canceled")
		logs, _ := d["buildLogs"].(string)
		if d["status"] != "failed" || !strings.Contains(logs, "compiling stuff") || !strings.Contains(logs, "broken") ||
			!strings.Contains(logs, "exit code 3") {
			t.Fatalf("status %v logs %q", d["status"], logs)
		}
		f := c.do("GET", "/v1/functions/fails", nil, nil).JSON(t)
		if f["deploymentId"] != "" {
			t.Fatalf("a failed build was activated: %v", f["deploymentId"])
		}
		wantError(t, c.do("PATCH", "/v1/functions/fails/deployment", map[string]any{"deploymentId": did}, nil), 400, "build_not_ready")
	})
	t.Run("cancel", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		up := c.upload("fails", []formField{{"activate", "false"}, {"commands", "echo sleeping; sleep 120; echo woke up"}}, "code.tar.gz", code, nil)
		if up.Status != 202 {
			t.Fatalf("upload: %d %s", up.Status, up.Body)
		}
		did := up.JSON(t)["$id"].(string)
		c.waitDeployment("fails", did, time.Minute, "building")
		// The build container must run before the cancel, or the test
		// would check nothing.
		cid := waitBuildContainer(t, did, time.Minute)
		resp := c.do("PATCH", "/v1/functions/fails/deployments/"+did+"/status", "{}", nil)
		if resp.Status != 200 || resp.JSON(t)["status"] != "canceled" {
			t.Fatalf("cancel: %d %s", resp.Status, resp.Body)
		}
		// The activity learns of the cancel from a heartbeat answer (the SDK
		// sends one per 0.8 × heartbeat timeout at most) and kills the
		// container (its command would sleep on for two minutes).
		waitContainerGone(t, cid, time.Minute)
		// The workflow ends canceled and the deployment stays canceled.
		run := r.App.Temporal.GetWorkflow(context.Background(), "build-"+r.ProjectID+"-"+did, "")
		if err := run.Get(context.Background(), nil); err == nil || !strings.Contains(strings.ToLower(err.Error()), "cancel") {
			t.Fatalf("workflow result %v, want canceled", err)
		}
		d := c.do("GET", "/v1/functions/fails/deployments/"+did, nil, nil).JSON(t)
		if d["status"] != "canceled" || strings.Contains(d["buildLogs"].(string), "woke up") {
			t.Fatalf("after cancel: status %v, logs %q", d["status"], d["buildLogs"])
		}
	})
}

// TestDeploymentUploadErrors checks the upload's parameter and file errors
// and refuses malicious or broken archives with 400, leaving nothing behind.
func TestDeploymentUploadErrors(t *testing.T) {
	r, c := startApp(t, func(cfg *config.Config) {
		cfg.Limits.CodeSize = 12 << 20
		cfg.Limits.UnpackedSize = 8 << 20
		cfg.Limits.UnpackedFiles = 50
	})
	c.createFunction("f", "node-18.0", "index.js", "")
	c.createFunction("noentry", "node-18.0", "", "")
	ok := targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: "module.exports = () => 1"})
	act := []formField{{"activate", "true"}}

	wantError(t, c.upload("f", act, "", nil, nil), 400, "storage_file_empty")
	wantError(t, c.upload("f", act, "code.tar.gz", []byte{}, nil), 400, "storage_file_empty")
	wantError(t, c.upload("f", act, "code.zip", ok, nil), 400, "storage_file_type_unsupported")
	wantError(t, c.upload("f", nil, "code.tar.gz", ok, nil), 400, "general_argument_invalid")
	wantError(t, c.upload("f", []formField{{"activate", "maybe"}}, "code.tar.gz", ok, nil), 400, "general_argument_invalid")
	wantError(t, c.upload("noentry", act, "code.tar.gz", ok, nil), 404, "function_entrypoint_missing")
	wantError(t, c.upload("nope", act, "code.tar.gz", ok, nil), 404, "function_not_found")
	big := make([]byte, 12<<20+1)
	wantError(t, c.upload("f", act, "code.tar.gz", big, nil), 400, "storage_invalid_file_size")
	for _, cr := range []string{"bytes 0-9/5", "bytes 5-9/100", "bytes x-y/z", "0-9/10", "bytes 9-0/10", "bytes 0-99/100000000"} {
		resp := c.upload("f", act, "code.tar.gz", ok, map[string]string{"Content-Range": cr})
		if resp.Status != 400 {
			t.Fatalf("content-range %q: %d %s", cr, resp.Status, resp.Body)
		}
	}
	wantError(t, c.upload("f", act, "code.tar.gz", ok, map[string]string{"Content-Range": "bytes 0-9/10"}), 400, "storage_invalid_content_range")

	good := tarEntry{name: "index.js", body: "module.exports = () => 1"}
	var many []tarEntry
	for i := 0; i < 60; i++ {
		many = append(many, tarEntry{name: fmt.Sprintf("f%d.js", i), body: "x"})
	}
	valid := targz(t, gzip.DefaultCompression, 0, good)
	bad := map[string][]byte{
		"traversal":           targz(t, 6, 0, good, tarEntry{name: "../evil.js", body: "x"}),
		"traversal_deep":      targz(t, 6, 0, good, tarEntry{name: "a/../../evil.js", body: "x"}),
		"traversal_dir":       targz(t, 6, 0, good, tarEntry{name: "../d/", typ: tar.TypeDir}),
		"absolute":            targz(t, 6, 0, good, tarEntry{name: "/etc/evil", body: "x"}),
		"absolute_dir":        targz(t, 6, 0, good, tarEntry{name: "/tmp/x/", typ: tar.TypeDir}),
		"symlink_escape":      targz(t, 6, 0, good, tarEntry{name: "l", typ: tar.TypeSymlink, link: "../../../etc/passwd"}),
		"symlink_absolute":    targz(t, 6, 0, good, tarEntry{name: "l", typ: tar.TypeSymlink, link: "/etc/shadow"}),
		"symlink_write":       targz(t, 6, 0, good, tarEntry{name: "d", typ: tar.TypeSymlink, link: "."}, tarEntry{name: "d/x", body: "x"}),
		"symlink_overwrite":   targz(t, 6, 0, good, tarEntry{name: "l", typ: tar.TypeSymlink, link: "index.js"}, tarEntry{name: "l", body: "x"}),
		"hardlink_escape":     targz(t, 6, 0, good, tarEntry{name: "h", typ: tar.TypeLink, link: "../../etc/passwd"}),
		"hardlink_absolute":   targz(t, 6, 0, good, tarEntry{name: "h", typ: tar.TypeLink, link: "/etc/passwd"}),
		"hardlink_dangling":   targz(t, 6, 0, good, tarEntry{name: "h", typ: tar.TypeLink, link: "nothing"}),
		"char_device":         targz(t, 6, 0, good, tarEntry{name: "null", typ: tar.TypeChar}),
		"block_device":        targz(t, 6, 0, good, tarEntry{name: "sda", typ: tar.TypeBlock}),
		"fifo":                targz(t, 6, 0, good, tarEntry{name: "fifo", typ: tar.TypeFifo}),
		"gzip_bomb":           targz(t, 9, 0, tarEntry{name: "zeros", body: string(make([]byte, 7<<20))}),
		"too_big_unpacked":    targz(t, 9, 0, tarEntry{name: "a", body: strings.Repeat("0123456789abcdef", 600_000)}),
		"too_many_files":      targz(t, 6, 0, many...),
		"truncated_gzip":      valid[:len(valid)/2],
		"corrupt_checksum":    append(append([]byte{}, valid[:len(valid)-8]...), 9, 9, 9, 9, 9, 9, 9, 9),
		"not_gzip":            []byte("plain text, not an archive"),
		"not_a_tarball":       gzipped(strings.Repeat("just some text in a gzip file ", 40)),
		"empty_gzip":          gzipped(""),
		"empty_tarball":       targz(t, 6, 0),
		"only_directories":    targz(t, 6, 0, tarEntry{name: "a/", typ: tar.TypeDir}),
		"zip_named_tar":       append([]byte("PK\x03\x04"), make([]byte, 100)...),
		"duplicate_symlinked": targz(t, 6, 0, good, tarEntry{name: "d/", typ: tar.TypeDir}, tarEntry{name: "d", typ: tar.TypeSymlink, link: "index.js"}),
	}
	if len(bad) < 20 {
		t.Fatalf("only %d bad archives", len(bad))
	}
	for name, b := range bad {
		resp := c.upload("f", act, "code.tar.gz", b, nil)
		if resp.Status != 400 {
			t.Fatalf("%s: status %d, want 400: %s", name, resp.Status, resp.Body)
		}
		var e struct{ Type, Message string }
		json.Unmarshal(resp.Body, &e)
		if e.Type != "general_argument_invalid" || !strings.Contains(e.Message, "`code`") {
			t.Fatalf("%s: %s", name, resp.Body)
		}
	}
	// A bad archive uploaded in chunks is refused when assembled and its
	// deployment removed.
	bomb := sizedArchive(t, 1000)
	bomb = append(bomb[:500:500], make([]byte, 6<<20-500)...) // not a valid archive any more
	id := ""
	for i, start := 0, 0; start < len(bomb); i, start = i+1, start+5<<20 {
		end := min(start+5<<20, len(bomb)) - 1
		h := map[string]string{"Content-Range": fmt.Sprintf("bytes %d-%d/%d", start, end, len(bomb))}
		if id != "" {
			h["x-appwrite-id"] = id
		}
		resp := c.upload("f", act, "code.tar.gz", bomb[start:end+1], h)
		if end+1 < len(bomb) {
			if resp.Status != 202 {
				t.Fatalf("chunk %d: %d %s", i, resp.Status, resp.Body)
			}
			id = resp.JSON(t)["$id"].(string)
			continue
		}
		wantError(t, resp, 400, "general_argument_invalid")
	}
	// Nothing left: no deployments, no artifacts, no containers.
	list := c.do("GET", "/v1/functions/f/deployments", nil, nil).JSON(t)
	if list["total"].(float64) != 0 {
		t.Fatalf("deployments left: %v", list)
	}
	entries, _ := os.ReadDir(filepath.Join(r.Config.Storage.Dir, r.ProjectID))
	for _, e := range entries {
		left, _ := os.ReadDir(filepath.Join(r.Config.Storage.Dir, r.ProjectID, e.Name()))
		if len(left) > 0 {
			t.Fatalf("artifacts left in %s: %d", e.Name(), len(left))
		}
	}
	// This app's containers only: other tests (other packages run in
	// parallel) have functions named f too.
	out, err := exec.Command("docker", "ps", "-aq", "--filter", "label=fnflow.owner="+r.Config.Docker.InstanceID,
		"--filter", "label=fnflow.function=f").Output()
	if err != nil {
		t.Fatalf("docker ps: %v", err)
	}
	if ids := strings.TrimSpace(string(out)); ids != "" {
		t.Fatalf("containers left: %s", ids)
	}
	f := c.do("GET", "/v1/functions/f", nil, nil).JSON(t)
	if f["latestDeploymentId"] != "" {
		t.Fatalf("latestDeploymentId %v", f["latestDeploymentId"])
	}
}

func gzipped(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, s)
	zw.Close()
	return buf.Bytes()
}

// TestDeploymentSDKReplay replays node-appwrite 27.1.0's recorded deployment
// requests with archives of the recorded sizes: the chunked 12 MB upload
// sends its first chunk, then the others in parallel and out of order, and
// assembles byte-identically.
func TestDeploymentSDKReplay(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal})
			replayDeployments(t, r)
		})
	}
}

func replayDeployments(t *testing.T, r *testenv.Running) {
	c := newClient(t, r)
	recs := loadRecords(t)
	mods := loadModels(t)
	c.createFunction("hello", "node-18.0", "index.js", "")

	send := func(label string, rec recorded, url string, body []byte, ctype string, id string) response {
		hdr := map[string]string{}
		for k, v := range rec.Headers {
			hdr[k] = v
		}
		hdr["x-appwrite-key"], hdr["x-appwrite-project"] = r.Key, r.ProjectID
		if ctype != "" {
			hdr["content-type"] = ctype
		}
		if _, ok := hdr["x-appwrite-id"]; ok {
			hdr["x-appwrite-id"] = id
		}
		return c.do(rec.Method, url, body, hdr)
	}
	multipartOf := func(rec recorded, code []byte) (string, []byte) {
		var parts []struct {
			Name, Value, Filename string
			Bytes                 int
		}
		if err := json.Unmarshal(rec.Body, &parts); err != nil {
			t.Fatal(err)
		}
		var fields []formField
		filename := ""
		for _, p := range parts {
			if p.Filename != "" {
				filename = p.Filename
				if len(code) != p.Bytes {
					t.Fatalf("%s: code of %d bytes, recorded %d", rec.Label, len(code), p.Bytes)
				}
				continue
			}
			fields = append(fields, formField{p.Name, p.Value})
		}
		return multipartBody(t, fields, filename, code)
	}

	// Small, single request (commands "npm install": the build fails, which
	// does not matter here).
	small := sizedArchive(t, 1000)
	rec := recs["createDeployment_small"]
	ct, body := multipartOf(rec, small)
	resp := send(rec.Label, rec, rec.URL, body, ct, "")
	if resp.Status != 202 {
		t.Fatalf("small: %d %s", resp.Status, resp.Body)
	}
	checkModel(t, mods, "Deployment", resp.JSON(t))
	smallID := resp.JSON(t)["$id"].(string)

	// Chunked: the records of createDeployment_chunked_12MB in order.
	var chunks []recorded
	f, _ := os.ReadFile("testdata/node-appwrite-27.1.0-requests.json")
	var all struct{ Records []recorded }
	json.Unmarshal(f, &all)
	for _, rc := range all.Records {
		if rc.Label == "createDeployment_chunked_12MB" {
			chunks = append(chunks, rc)
		}
	}
	if len(chunks) != 3 {
		t.Fatalf("%d chunk records", len(chunks))
	}
	big := sizedArchive(t, 12582912)
	sendChunk := func(rc recorded, id string) response {
		var start, end, size int
		fmt.Sscanf(rc.Headers["content-range"], "bytes %d-%d/%d", &start, &end, &size)
		ct, body := multipartOf(rc, big[start:end+1])
		return send(rc.Label, rc, rc.URL, body, ct, id)
	}
	first := sendChunk(chunks[0], "")
	if first.Status != 202 {
		t.Fatalf("chunk 0: %d %s", first.Status, first.Body)
	}
	bigID := first.JSON(t)["$id"].(string)
	var wg sync.WaitGroup
	results := make([]response, len(chunks))
	for i := len(chunks) - 1; i >= 1; i-- { // out of order, in parallel
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = sendChunk(chunks[i], bigID)
		}(i)
	}
	wg.Wait()
	for i := 1; i < len(chunks); i++ {
		if results[i].Status != 202 {
			t.Fatalf("chunk %d: %d %s", i, results[i].Status, results[i].Body)
		}
		d := results[i].JSON(t)
		if d["$id"] != bigID || d["sourceSize"].(float64) != 12582912 {
			t.Fatalf("chunk %d answer %s", i, results[i].Body)
		}
	}
	// A chunk sent again after completion just returns the deployment.
	if again := sendChunk(chunks[1], bigID); again.Status != 202 {
		t.Fatalf("repeated chunk: %d %s", again.Status, again.Body)
	}
	d := c.waitDeployment("hello", bigID, 2*time.Minute, "ready", "failed")
	if d["status"] != "ready" {
		t.Fatalf("chunked build %v: %q", d["status"], d["buildLogs"])
	}

	// get, list (recorded queries), download (source, byte-identical; range).
	for label, url := range map[string]string{
		"getDeployment":         "/v1/functions/hello/deployments/" + bigID,
		"getDeploymentDownload": "/v1/functions/hello/deployments/" + bigID + "/download?type=source",
	} {
		rec := recs[label]
		resp := send(label, rec, url, nil, "", "")
		if resp.Status != 200 {
			t.Fatalf("%s: %d %s", label, resp.Status, resp.Body)
		}
		if label == "getDeployment" {
			checkModel(t, mods, "Deployment", resp.JSON(t))
		} else {
			if !bytes.Equal(resp.Body, big) {
				t.Fatalf("downloaded source differs (%d bytes, want %d)", len(resp.Body), len(big))
			}
			if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="`+bigID+`-source.tar.gz"` {
				t.Fatalf("content-disposition %q", cd)
			}
		}
	}
	part := c.do("GET", "/v1/functions/hello/deployments/"+bigID+"/download", nil, map[string]string{"Range": "bytes=100-199"})
	if part.Status != 206 || !bytes.Equal(part.Body, big[100:200]) || part.Header.Get("Content-Range") != "bytes 100-199/12582912" {
		t.Fatalf("range: %d %q %d bytes", part.Status, part.Header.Get("Content-Range"), len(part.Body))
	}
	wantError(t, c.do("GET", "/v1/functions/hello/deployments/"+bigID+"/download", nil, map[string]string{"Range": "bytes=99999999-"}), 416, "storage_invalid_range")
	rec = recs["listDeployments"]
	resp = send(rec.Label, rec, "/v1/functions/hello/deployments?queries%5B0%5D=%7B%22method%22%3A%22equal%22%2C%22attribute%22%3A%22status%22%2C%22values%22%3A%5B%22ready%22%5D%7D", nil, "", "")
	if resp.Status != 200 {
		t.Fatalf("list: %d %s", resp.Status, resp.Body)
	}
	checkModel(t, mods, "DeploymentList", resp.JSON(t))
	if resp.JSON(t)["total"].(float64) != 1 {
		t.Fatalf("ready deployments: %s", resp.Body)
	}

	// Activate, duplicate, cancel, delete with the recorded bodies.
	rec = recs["updateFunctionDeployment"]
	resp = send(rec.Label, rec, rec.URL, []byte(strings.ReplaceAll(string(jsonString(t, rec.Body)), "dep1", bigID)), "", "")
	if resp.Status != 200 || resp.JSON(t)["deploymentId"] != bigID {
		t.Fatalf("activate: %d %s", resp.Status, resp.Body)
	}
	checkModel(t, mods, "Function", resp.JSON(t))
	// The duplicate builds with the function's commands: a long one, so
	// that the recorded cancel finds it building.
	if res := c.do("PUT", "/v1/functions/hello", map[string]any{"name": "hello", "runtime": "node-18.0", "entrypoint": "index.js",
		"commands": "echo duplicating; sleep 120; echo woke up"}, nil); res.Status != 200 {
		t.Fatalf("set commands: %d %s", res.Status, res.Body)
	}
	rec = recs["createDuplicateDeployment"]
	resp = send(rec.Label, rec, rec.URL, []byte(strings.ReplaceAll(string(jsonString(t, rec.Body)), "dep1", bigID)), "", "")
	if resp.Status != 202 {
		t.Fatalf("duplicate: %d %s", resp.Status, resp.Body)
	}
	dupID := resp.JSON(t)["$id"].(string)
	if dupID == bigID || resp.JSON(t)["sourceSize"].(float64) != 12582912 {
		t.Fatalf("duplicate: %s", resp.Body)
	}
	cid := waitBuildContainer(t, dupID, time.Minute)
	rec = recs["updateDeploymentStatus"]
	resp = send(rec.Label, rec, "/v1/functions/hello/deployments/"+dupID+"/status", []byte("{}"), "", "")
	if resp.Status != 200 || resp.JSON(t)["status"] != "canceled" {
		t.Fatalf("cancel duplicate: %d %s", resp.Status, resp.Body)
	}
	checkModel(t, mods, "Deployment", resp.JSON(t))
	waitContainerGone(t, cid, time.Minute)
	if d := c.waitDeployment("hello", dupID, time.Minute, "canceled", "ready", "failed"); d["status"] != "canceled" ||
		strings.Contains(d["buildLogs"].(string), "woke up") {
		t.Fatalf("canceled duplicate: status %v, logs %q", d["status"], d["buildLogs"])
	}
	c.waitDeployment("hello", smallID, time.Minute, "ready", "failed")
	rec = recs["deleteDeployment"]
	resp = send(rec.Label, rec, "/v1/functions/hello/deployments/"+bigID, []byte("{}"), "", "")
	if resp.Status != 204 {
		t.Fatalf("delete: %d %s", resp.Status, resp.Body)
	}
	fn := c.do("GET", "/v1/functions/hello", nil, nil).JSON(t)
	if fn["deploymentId"] != "" || fn["latestDeploymentId"] != dupID {
		t.Fatalf("after delete: deploymentId %v latest %v", fn["deploymentId"], fn["latestDeploymentId"])
	}
	wantError(t, c.do("GET", "/v1/functions/hello/deployments/"+bigID, nil, nil), 404, "deployment_not_found")
	if _, err := os.Stat(filepath.Join(r.Config.Storage.Dir, r.ProjectID, bigID)); !os.IsNotExist(err) {
		t.Fatalf("artifacts of the deleted deployment remain: %v", err)
	}
}

func jsonString(t *testing.T, raw json.RawMessage) string {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDeploymentBuildSurvivesWorkerKill runs the worker as a separate fnflow
// process, kills it with SIGKILL while the build container runs, starts it
// again and expects the build to finish: Temporal notices the lost worker by
// the missed heartbeats and retries the run activity on the new one.
func TestDeploymentBuildSurvivesWorkerKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds fnflow and waits for a heartbeat timeout")
	}
	requireImages(t, "fnflow/runtime:node-18.0")
	bin := filepath.Join(t.TempDir(), "fnflow")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/fnflow").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cfg := testenv.Config(t, testenv.AppOptions{Temporal: temporal})
	r := testenv.StartAppWith(t, cfg, &app.Roles{API: true})
	c := newClient(t, r)
	env := append(os.Environ(),
		"FNFLOW_DATABASE_DRIVER="+cfg.Database.Driver, "FNFLOW_DATABASE_DSN="+cfg.Database.DSN,
		"FNFLOW_TEMPORAL_ADDRESS="+cfg.Temporal.Address, "FNFLOW_TEMPORAL_NAMESPACE="+cfg.Temporal.Namespace,
		"FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false", "FNFLOW_TEMPORAL_TASK_QUEUE="+cfg.Temporal.TaskQueue,
		"FNFLOW_SERVER_LISTEN=127.0.0.1:0", "FNFLOW_STORAGE_DIR="+cfg.Storage.Dir,
		"FNFLOW_AUTH_JWT_SECRET="+cfg.Auth.JWTSecret, "FNFLOW_DOCKER_INSTANCE_ID="+cfg.Docker.InstanceID)
	logs := &testenv.SafeBuffer{}
	startWorker := func() *exec.Cmd {
		cmd := exec.Command(bin, "worker")
		cmd.Env, cmd.Stdout, cmd.Stderr = env, logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	w := startWorker()
	// A graceful stop removes the worker's containers; the in-process API's
	// leak check (same instance ID, after this) reports any left.
	t.Cleanup(func() {
		_ = w.Process.Signal(syscall.SIGTERM)
		_, _ = w.Process.Wait()
	})

	c.createFunction("survivor", "node-18.0", "index.js", "")
	code := targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: "module.exports = async (req, res) => res.json({})"})
	up := c.upload("survivor", []formField{{"activate", "true"}, {"commands", "echo started; sleep 4; echo built > built.txt"}}, "code.tar.gz", code, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	c.waitDeployment("survivor", did, time.Minute, "building")
	orphan := waitBuildContainer(t, did, time.Minute)
	if err := w.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_, _ = w.Process.Wait()
	w = startWorker()
	// The killed worker's build container outlives it; the new worker's
	// reconciler removes it at its start (same docker.instance_id).
	waitContainerGone(t, orphan, 30*time.Second)
	if !strings.Contains(logs.String(), "removing orphaned container") {
		t.Fatalf("the killed worker's build container went, but not through the reconciler:\n%s", logs.String())
	}
	d := c.waitDeployment("survivor", did, 2*time.Minute, "ready", "failed", "canceled")
	if d["status"] != "ready" {
		t.Fatalf("after worker kill: %v %q\nworker log:\n%s", d["status"], d["buildLogs"], logs.String())
	}
	// The run activity was retried after the kill.
	it := r.App.Temporal.GetWorkflowHistory(context.Background(), "build-"+r.ProjectID+"-"+did, "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	retried := false
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		if a := ev.GetActivityTaskStartedEventAttributes(); a != nil && a.Attempt > 1 {
			retried = true
		}
	}
	if !retried {
		t.Fatal("no activity attempt after the first: the worker was not killed mid-build")
	}
	f := c.do("GET", "/v1/functions/survivor", nil, nil).JSON(t)
	if f["deploymentId"] != did {
		t.Fatalf("not activated: %v", f["deploymentId"])
	}
	files := untar(t, c.do("GET", "/v1/functions/survivor/deployments/"+did+"/download?type=output", nil, nil).Body)
	if strings.TrimSpace(files["built.txt"]) != "built" {
		t.Fatalf("output files %v", keys(files))
	}
}
