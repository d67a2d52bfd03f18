package server_test

import (
	"crypto/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testreq"
)

// mountTmpfs mounts a small tmpfs of its own at a new directory (unmounted
// at cleanup, after the app registered later has stopped).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fnflow-full-")
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		_ = os.Remove(dir)
		testreq.Missing(t, "cannot mount a tmpfs to fill: "+strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
		_ = os.Remove(dir)
	})
	return dir
}

// fillTo writes a filler file so that about free bytes are left on dir's
// file system.
func fillTo(t *testing.T, dir string, free int64) string {
	t.Helper()
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	avail := int64(st.Bavail) * st.Bsize
	filler := filepath.Join(dir, "filler")
	if err := os.WriteFile(filler, make([]byte, max(avail-free, 0)), 0o600); err != nil {
		t.Fatal(err)
	}
	return filler
}

func randomText(t *testing.T, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFaultStorageFull fills the artifact storage: an upload that does not
// fit answers 507 storage_device_full and leaves no deployment; a build
// whose output does not fit fails with the reason, never ready; once space
// is back, deployments work again.
func TestFaultStorageFull(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	dir := mountTmpfs(t, "8m")
	r, c := startApp(t, func(cfg *config.Config) { cfg.Storage.Dir = filepath.Join(dir, "artifacts") })
	c.createFunction("full", "node-18.0", "index.js", "")
	filler := fillTo(t, dir, 512<<10)

	big := tarGz(t, map[string]string{"index.js": nodeEcho, "blob.bin": randomText(t, 1<<20)})
	res := timed(t, "upload that does not fit", func() response {
		return c.upload("full", []formField{{"activate", "true"}}, "code.tar.gz", big, map[string]string{"x-appwrite-id": "toobig"})
	})
	wantError(t, res, 507, "storage_device_full")
	wantError(t, c.do("GET", "/v1/functions/full/deployments/toobig", nil, nil), 404, "deployment_not_found")
	if m := c.do("GET", "/v1/functions/full/deployments", nil, nil).JSON(t); m["total"] != 0.0 {
		t.Fatalf("deployments after a refused upload: %v", m)
	}

	// The source fits, the build output (3 MB of random bytes) does not.
	small := tarGz(t, map[string]string{"index.js": nodeEcho})
	up := c.upload("full", []formField{{"activate", "true"}, {"commands", "head -c 3000000 /dev/urandom > big.bin"}}, "code.tar.gz", small, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	d := c.waitDeployment("full", did, 120*time.Second, "failed", "ready")
	if d["status"] != "failed" || !strings.Contains(d["buildLogs"].(string), "storage is full") {
		t.Fatalf("build whose output does not fit: %v, logs %q", d["status"], d["buildLogs"])
	}
	if f := c.do("GET", "/v1/functions/full", nil, nil).JSON(t); f["deploymentId"] != "" {
		t.Fatalf("a failed build was activated: %v", f["deploymentId"])
	}
	// Nothing half-written stays on the disk.
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasPrefix(info.Name(), ".put-") {
			t.Errorf("partial artifact left: %s", p)
		}
		return nil
	})

	// Space is back: a deployment builds and runs.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	up = c.upload("full", []formField{{"activate", "true"}}, "code.tar.gz", small, nil)
	if up.Status != 202 {
		t.Fatalf("upload once space is back: %d %s", up.Status, up.Body)
	}
	c.waitDeployment("full", up.JSON(t)["$id"].(string), 120*time.Second, "ready")
	if m := execute(t, c, "full", map[string]any{"body": "x"}, 201); m["status"] != "completed" {
		t.Fatalf("execution once space is back: %v", m)
	}
	_ = r
}
