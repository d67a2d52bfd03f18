package docker

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// warmOf returns the pool's container for spec.
func warmOf(tb testing.TB, p *Pool, spec RuntimeSpec) *warm {
	tb.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	w := p.warm[spec.Key()][0]
	if w == nil {
		tb.Fatal("no warm container")
	}
	return w
}

// logsVolumeName is the name of the volume mounted at LogsMountPath.
func logsVolumeName(tb testing.TB, eng *Engine, containerID string) string {
	tb.Helper()
	r, err := eng.cli.ContainerInspect(context.Background(), containerID)
	if err != nil {
		tb.Fatal(err)
	}
	for _, m := range r.Mounts {
		if m.Destination == LogsMountPath {
			if m.Type != "volume" || m.Name == "" {
				tb.Fatalf("%s is a %s mount of %s, want a volume", LogsMountPath, m.Type, m.Source)
			}
			return m.Name
		}
	}
	tb.Fatalf("no mount at %s", LogsMountPath)
	return ""
}

// volumeGone reports whether the volume no longer exists and its
// mountpoint is no longer mounted on the host.
func volumeGone(tb testing.TB, eng *Engine, name string) bool {
	tb.Helper()
	_, err := eng.cli.VolumeInspect(context.Background(), name)
	if err == nil {
		return false
	}
	if !isNotFound(err) {
		tb.Fatalf("inspect volume %s: %v", name, err)
	}
	mi, err := os.ReadFile("/proc/self/mountinfo")
	if err != nil {
		tb.Fatal(err)
	}
	return !strings.Contains(string(mi), name)
}

// TestPoolLogsHostile: a container that puts a symlink (absolute, or
// climbing to the root) or a named pipe in place of its log file, or
// answers a log id of its choosing, gets neither a host file nor a hang:
// the logs are marked unreadable, the other file is still read, and the
// container keeps serving.
func TestPoolLogsHostile(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "logs-hostile")
	canary := filepath.Join(t.TempDir(), "canary.txt")
	secret := "CANARY-" + randomHex(8)
	if err := os.WriteFile(canary, []byte(secret), 0o600); err != nil {
		t.Fatal(err)
	}
	logReq := func(query string) *Response {
		t.Helper()
		resp := execOK(t, p, spec, Request{Path: "/log?" + query, Logging: true})
		if resp.StatusCode != 200 || strings.Contains(resp.Logs+resp.Errors, secret) {
			t.Fatalf("%s: status %d, logs %q, errors %q", query, resp.StatusCode, resp.Logs, resp.Errors)
		}
		return resp
	}
	for _, target := range []string{canary, strings.Repeat("../", 40) + strings.TrimPrefix(canary, "/"), "/proc/self/status"} {
		resp := logReq("text=hi&kind=symlink&target=" + url.QueryEscape(target))
		if resp.Logs != "" || resp.Errors != "err:hi\n"+logsUnreadable {
			t.Errorf("symlink to %s: logs %q, errors %q", target, resp.Logs, resp.Errors)
		}
	}
	if resp := logReq("text=hi&kind=fifo"); resp.Logs != "" || resp.Errors != "err:hi\n"+logsUnreadable {
		t.Errorf("fifo: logs %q, errors %q", resp.Logs, resp.Errors)
	}
	if resp := logReq("text=after"); resp.Logs != "after" || resp.Errors != "err:after" {
		t.Errorf("after the fifo: logs %q, errors %q", resp.Logs, resp.Errors)
	}

	// A log id of the container's choosing names no file.
	other := newLogID()
	if resp := execOK(t, p, spec, Request{Path: "/write?path=" + LogsMountPath + "/" + other + "_logs.log"}); resp.StatusCode != 200 {
		t.Fatalf("plant a file: %d %s", resp.StatusCode, resp.Body)
	}
	for _, answer := range []string{other, "../../" + other, "..%2F..%2Fetc%2Fpasswd"} {
		if resp := logReq("text=mine&answer=" + url.QueryEscape(answer)); resp.Logs != "mine" || resp.Errors != "err:mine" {
			t.Errorf("answered log id %q: logs %q, errors %q", answer, resp.Logs, resp.Errors)
		}
	}
	entries, err := os.ReadDir(warmOf(t, p, spec).logs.Name())
	if err != nil || len(entries) != 1 || entries[0].Name() != other+"_logs.log" {
		t.Errorf("logs volume holds %v (%v); want only the planted file", entries, err)
	}
	if b, err := os.ReadFile(canary); err != nil || string(b) != secret {
		t.Errorf("canary changed: %q, %v", b, err)
	}
}

// TestPoolLogsTruncated: a log file beyond MaxLogBytes is cut there, with
// the note.
func TestPoolLogsTruncated(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxLogBytes: 1000})
	spec := testSpec(t, "logs-truncated")
	text := strings.Repeat("x", 3000)
	resp := execOK(t, p, spec, Request{Path: "/log?text=" + text, Logging: true})
	note := "\nLog file has been truncated to 0.00MB."
	if resp.Logs != text[:1000]+note || resp.Errors != "err:"+text[:996]+note {
		t.Errorf("logs %.40q… (%d bytes), errors %.40q… (%d bytes)", resp.Logs, len(resp.Logs), resp.Errors, len(resp.Errors))
	}
}

// TestPoolLogsVolume: /mnt/logs is a tmpfs volume capped at
// logsVolume(MaxLogBytes), so writing 256 MiB there fails at the cap and
// never reaches the host's disk; the volume goes with the container.
func TestPoolLogsVolume(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "logs-volume")
	resp := execOK(t, p, spec, Request{Path: "/fill?path=" + LogsMountPath + "/fill&mb=256"})
	capBytes := logsVolume(DefaultMaxLogBytes).SizeBytes
	var wrote int64
	if f := strings.Fields(string(resp.Body)); len(f) >= 2 {
		wrote, _ = strconv.ParseInt(strings.TrimSuffix(f[1], ":"), 10, 64)
	}
	if !strings.Contains(string(resp.Body), "no space left on device") || wrote <= 0 || wrote > capBytes {
		t.Errorf("writing 256 MiB to %s: %q; want ENOSPC within %d bytes", LogsMountPath, resp.Body, capBytes)
	}
	w := warmOf(t, p, spec)
	var st unix.Statfs_t
	if err := unix.Statfs(w.logs.Name(), &st); err != nil {
		t.Fatal(err)
	}
	if st.Type != unix.TMPFS_MAGIC || int64(st.Blocks)*st.Bsize != capBytes || int64(st.Files) != logsVolumeInodes {
		t.Errorf("logs volume: type %#x, %d bytes, %d inodes; want tmpfs, %d bytes, %d inodes",
			st.Type, int64(st.Blocks)*st.Bsize, st.Files, capBytes, logsVolumeInodes)
	}
	// The tmpfs pages are charged to the container's memory cgroup.
	if shmem, ok := cgroupShmem(t, w.id); ok && shmem < wrote {
		t.Errorf("container memory cgroup: shmem %d bytes, want at least the %d written to %s", shmem, wrote, LogsMountPath)
	} else if !ok {
		t.Logf("no memory.stat found for container %s: charge not checked", shortID(w.id))
	}
	if got := execOK(t, p, spec, Request{Path: "/"}); got.StatusCode != 200 {
		t.Errorf("after filling the logs volume: status %d", got.StatusCode)
	}
	volume := logsVolumeName(t, eng, w.id)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := p.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if !volumeGone(t, eng, volume) {
		t.Errorf("logs volume %s outlived its container", volume)
	}
}

// TestLogsVolumeGoesWithOrphan: after a crash (kill -9) of fnflow, the
// reconciler of its next life removes the orphan runtime container and,
// with it, its logs volume: nothing is left on the host.
func TestLogsVolumeGoesWithOrphan(t *testing.T) {
	t.Parallel()
	instance := "test-" + runID + "-logs-orphan"
	previousLife := newTestEngine(t, instance)
	p := newTestPool(t, previousLife, PoolOptions{})
	spec := testSpec(t, "logs-orphan")
	id := execOK(t, p, spec, Request{Path: "/"}).ContainerID
	volume := logsVolumeName(t, previousLife, id)

	eng := newTestEngine(t, instance) // the next life: tracks nothing
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r := NewReconciler(eng, ReconcilerOptions{CreationGrace: time.Nanosecond, Logger: testLogger()})
	removed, err := r.ReconcileOnce(ctx)
	if err != nil || !slices.Contains(removed, id) {
		t.Fatalf("reconciler removed %v, %v; want %s", removed, err, shortID(id))
	}
	if !volumeGone(t, eng, volume) {
		t.Errorf("logs volume %s outlived its orphan container", volume)
	}
}

// cgroupShmem reads the shmem counter of a container's memory cgroup
// (cgroup v1 with the cgroupfs driver, or v2 with systemd or cgroupfs).
func cgroupShmem(tb testing.TB, id string) (int64, bool) {
	tb.Helper()
	for _, p := range []string{
		"/sys/fs/cgroup/memory/docker/" + id + "/memory.stat",
		"/sys/fs/cgroup/system.slice/docker-" + id + ".scope/memory.stat",
		"/sys/fs/cgroup/docker/" + id + "/memory.stat",
	} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "shmem "); ok {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					tb.Fatalf("%s: %q", p, line)
				}
				return n, true
			}
		}
	}
	return 0, false
}
