package server_test

import (
	"compress/gzip"
	"crypto/rand"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
)

// buildCanary is a host file that no build may read, in its own directory.
func buildCanary(t *testing.T) (dir, file, content string) {
	t.Helper()
	b := make([]byte, 12)
	rand.Read(b)
	dir = t.TempDir()
	content = "host-canary-" + hex.EncodeToString(b)
	file = filepath.Join(dir, "canary.txt")
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, file, content
}

// treeSize adds up the sizes of the regular files under dir, without
// following links.
func treeSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// deploy uploads index.js with commands and waits for the build to end.
func (c *client) deploy(fid, commands, code string) map[string]any {
	c.t.Helper()
	up := c.upload(fid, []formField{{"activate", "true"}, {"commands", commands}}, "code.tar.gz",
		targz(c.t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: code}), nil)
	if up.Status != 202 {
		c.t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	return c.waitDeployment(fid, up.JSON(c.t)["$id"].(string), 3*time.Minute, "ready", "failed", "canceled")
}

const readFile = `module.exports = async ({ req, res }) => {
  try { return res.send(require('fs').readFileSync(__dirname + '/' + req.query.f, 'utf8')) }
  catch (e) { return res.send('error ' + e.code) }
}
`

// TestBuildSandbox attacks the host through builds, as a deploy-capable
// API key can: links to host files in the output, a directory swapped for
// a link while the output is taken, writing far past the workspace cap, a
// huge sparse file and a fifo. The host never reads the canary, its disk
// does not fill, and the user reads a clear sentence.
func TestBuildSandbox(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	const unpacked = 64 << 20
	r, _ := startApp(t, func(cfg *config.Config) { cfg.Limits.UnpackedSize = unpacked })
	dataDir := filepath.Dir(r.Config.Storage.Dir)
	cdir, cfile, content := buildCanary(t)
	noCanary := func(t *testing.T, where, s string) {
		t.Helper()
		if strings.Contains(s, content) {
			t.Fatalf("the host canary reached %s", where)
		}
	}

	t.Run("links to host files are refused", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		c.createFunction("links", "node-18.0", "index.js", "")
		// Relative links leaving the workspace (absolute ones are kept and
		// resolved in the container: TestBuildOutputAbsoluteLinksStayInTheContainer).
		up := "../../../../../../../.."
		d := c.deploy("links", "ln -s "+up+cfile+" canary.txt && ln -s "+up+" root && ln -s "+up+cdir+" dir && echo linked", readFile)
		logs, _ := d["buildLogs"].(string)
		noCanary(t, "the build logs", logs)
		if d["status"] != "failed" || !strings.Contains(logs, "linked") ||
			!strings.Contains(logs, "The build output was refused: symlink") || !strings.Contains(logs, "points outside the build directory") {
			t.Fatalf("status %v, logs %q; want a refused output", d["status"], logs)
		}
		if out := c.do("GET", "/v1/functions/links/deployments/"+d["$id"].(string)+"/download?type=output", nil, nil); out.Status == 200 {
			noCanary(t, "the output", string(out.Body))
			t.Fatal("a refused output can be downloaded")
		}
	})

	t.Run("a directory swapped for a link while the output is taken", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		c.createFunction("swap", "node-18.0", "index.js", "")
		d := c.deploy("swap", "mkdir d && echo in-tree > d/f && (while :; do mv d x; ln -s "+cdir+" d; rm d; ln -s / d; rm d; mv x d; done) "+
			">/dev/null 2>&1 & sleep 1; echo swapping", readFile)
		logs, _ := d["buildLogs"].(string)
		noCanary(t, "the build logs", logs)
		if !strings.Contains(logs, "swapping") {
			t.Fatalf("status %v, logs %q", d["status"], logs)
		}
		// The container was frozen while its tree was copied: the tree is
		// whole (a consistent state of the loop), with d a directory or x.
		if d["status"] == "ready" {
			files := untar(t, c.do("GET", "/v1/functions/swap/deployments/"+d["$id"].(string)+"/download?type=output", nil, nil).Body)
			for name, body := range files {
				noCanary(t, "the output ("+name+")", body)
			}
			if files["d/f"] != "in-tree\n" && files["x/f"] != "in-tree\n" {
				t.Fatalf("output files %v", keys(files))
			}
		} else if !strings.Contains(logs, "points outside the build directory") {
			t.Fatalf("status %v, logs %q", d["status"], logs)
		}
	})

	t.Run("writing far past the workspace cap", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		c.createFunction("fill", "node-18.0", "index.js", "")
		var peak atomic.Int64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // the host's fnflow data directory while the build runs
			defer wg.Done()
			for {
				if n := treeSize(dataDir); n > peak.Load() {
					peak.Store(n)
				}
				select {
				case <-stop:
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		}()
		d := c.deploy("fill", "dd if=/dev/zero of=big bs=1M count=256", readFile)
		close(stop)
		wg.Wait()
		logs, _ := d["buildLogs"].(string)
		if d["status"] != "failed" || !strings.Contains(logs, "No space left on device") || !strings.Contains(logs, "Build command failed with exit code") {
			t.Fatalf("status %v, logs %q; want a failed write", d["status"], logs)
		}
		if p := peak.Load(); p > 16<<20 {
			t.Fatalf("the host's data directory grew to %d bytes during the build", p)
		}
	})

	t.Run("a huge sparse file", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		c.createFunction("sparse", "node-18.0", "index.js", "")
		d := c.deploy("sparse", "truncate -s 1G sparse && echo made", readFile)
		logs, _ := d["buildLogs"].(string)
		if d["status"] != "failed" || !strings.Contains(logs, "The build output was refused: the build directory holds more than") {
			t.Fatalf("status %v, logs %q; want a refused output", d["status"], logs)
		}
	})

	t.Run("a fifo is left out, an in-tree link kept", func(t *testing.T) {
		t.Parallel()
		c := newClient(t, r)
		c.createFunction("fifo", "node-18.0", "index.js", "")
		d := c.deploy("fifo", "mkfifo pipe && echo hello > hello.txt && ln -s hello.txt alias.txt && echo made", readFile)
		logs, _ := d["buildLogs"].(string)
		if d["status"] != "ready" || !strings.Contains(logs, `[WARNING] Left out of the build output (not a file, directory or link): "pipe".`) {
			t.Fatalf("status %v, logs %q", d["status"], logs)
		}
		files := untar(t, c.do("GET", "/v1/functions/fifo/deployments/"+d["$id"].(string)+"/download?type=output", nil, nil).Body)
		if _, ok := files["pipe"]; ok || files["hello.txt"] != "hello\n" {
			t.Fatalf("output files %v", keys(files))
		}
		ex := execute(t, c, "fifo", map[string]any{"path": "/?f=alias.txt"}, 201)
		if ex["status"] != "completed" || ex["responseBody"] != "hello\n" {
			t.Fatalf("execution through the in-tree link: %v %q", ex["status"], ex["responseBody"])
		}
	})
}

// TestBuildEngineFailureMessage: when the engine fails a build (here: the
// runtime image is missing), the user reads one sentence; the container
// engine's words stay in the server log, with the deployment ID.
func TestBuildEngineFailureMessage(t *testing.T) {
	r, c := startApp(t, func(cfg *config.Config) {
		cfg.Runtimes.Images = map[string]string{"node-16.0": "fnflow-test/missing-image:none"}
	})
	c.createFunction("noimage", "node-16.0", "index.js", "")
	d := c.deploy("noimage", "echo never", "module.exports = async ({ res }) => res.send('x')")
	logs, _ := d["buildLogs"].(string)
	if d["status"] != "failed" || logs != "Build failed because of an internal error; the server log has the details." {
		t.Fatalf("status %v, logs %q", d["status"], logs)
	}
	if server := r.Logs.String(); !strings.Contains(server, "fnflow-test/missing-image") || !strings.Contains(server, d["$id"].(string)) {
		t.Fatal("the server log lacks the engine's error or the deployment ID")
	}
}
