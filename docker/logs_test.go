package docker

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// logFixture is a logs directory opened as the pool opens it, next to a
// canary file outside it that no read may ever return.
type logFixture struct {
	dir    *os.File
	path   string // the logs directory
	canary string // absolute path of the canary
	secret string // its content
}

func newLogFixture(tb testing.TB) *logFixture {
	tb.Helper()
	root := tb.TempDir()
	fx := &logFixture{path: filepath.Join(root, "logs"), canary: filepath.Join(root, "canary.txt"), secret: "CANARY-" + randomHex(8)}
	if err := os.Mkdir(fx.path, 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(fx.canary, []byte(fx.secret), 0o600); err != nil {
		tb.Fatal(err)
	}
	dir, err := openLogDir(fx.path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { dir.Close() })
	fx.dir = dir
	return fx
}

func (fx *logFixture) write(tb testing.TB, name, content string) {
	tb.Helper()
	if err := os.WriteFile(filepath.Join(fx.path, name), []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// read runs readExecutionLogs and fails the test if it blocks.
func (fx *logFixture) read(tb testing.TB, id string, limit int64) (logs, errs string, err error) {
	tb.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		logs, errs, err = readExecutionLogs(fx.dir, id, limit)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		tb.Fatal("readExecutionLogs blocked")
	}
	if strings.Contains(logs+errs, fx.secret) {
		tb.Fatalf("the canary outside the logs dir was read: logs %q, errors %q", logs, errs)
	}
	return logs, errs, err
}

// entries lists the names left in the logs dir.
func (fx *logFixture) entries(tb testing.TB) []string {
	tb.Helper()
	list, err := os.ReadDir(fx.path)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	return names
}

func TestReadExecutionLogs(t *testing.T) {
	// Not parallel: the second pass forces the openat fallback for the
	// whole package.
	for _, fallback := range []bool{false, true} {
		name := "openat2"
		if fallback {
			name = "openat"
		}
		t.Run(name, func(t *testing.T) {
			openat2Missing.Store(fallback)
			defer openat2Missing.Store(false)
			testReadExecutionLogs(t)
		})
	}
}

func testReadExecutionLogs(t *testing.T) {
	t.Run("regular files are read, cut and removed", func(t *testing.T) {
		fx := newLogFixture(t)
		id := newLogID()
		fx.write(t, id+"_logs.log", "0123456789")
		fx.write(t, id+"_errors.log", "err")
		logs, errs, err := fx.read(t, id, 4)
		if err != nil || logs != "0123\nLog file has been truncated to 0.00MB." || errs != "err" {
			t.Fatalf("logs %q, errors %q, %v", logs, errs, err)
		}
		if left := fx.entries(t); len(left) != 0 {
			t.Errorf("log files left: %v", left)
		}
		fx.write(t, id+"_logs.log", "ééé") // 6 bytes: the cut does not split a character
		if logs, _, err := fx.read(t, id, 3); err != nil || logs != "é\nLog file has been truncated to 0.00MB." {
			t.Errorf("utf-8 cut: %q, %v", logs, err)
		}
		fx.write(t, id+"_logs.log", "exact")
		if logs, _, err := fx.read(t, id, 5); err != nil || logs != "exact" {
			t.Errorf("file of exactly the limit: %q, %v", logs, err)
		}
	})
	t.Run("missing files are empty", func(t *testing.T) {
		fx := newLogFixture(t)
		if logs, errs, err := fx.read(t, newLogID(), 10); err != nil || logs != "" || errs != "" {
			t.Errorf("%q %q %v", logs, errs, err)
		}
	})
	t.Run("only worker log ids", func(t *testing.T) {
		fx := newLogFixture(t)
		fx.write(t, "x_logs.log", "planted")
		for _, id := range []string{"", "x", "..", "../logs/x", "/etc/passwd", strings.Repeat("a", 19), strings.Repeat("A", 20),
			strings.Repeat("a", 21), strings.Repeat("a", 19) + "/", strings.Repeat("a", 19) + "\x00"} {
			if logs, errs, err := fx.read(t, id, 10); err == nil || logs != "" || errs != "" {
				t.Errorf("log id %q accepted: %q %q %v", id, logs, errs, err)
			}
		}
	})

	// Everything a container can put in place of its log file. Each is
	// refused, removed (but a directory), and the errors file next to it
	// is still read.
	hostile := map[string]func(t *testing.T, fx *logFixture, path string){
		"absolute symlink to a host file": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Symlink(fx.canary, path))
		},
		"relative symlink to a host file": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Symlink("../canary.txt", path))
		},
		"symlink climbing to the root": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Symlink(strings.Repeat("../", 40)+strings.TrimPrefix(fx.canary, "/"), path))
		},
		"symlink to /proc/self/status": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Symlink("/proc/self/status", path))
		},
		"named pipe without a writer": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, syscall.Mkfifo(path, 0o644))
		},
		"hard link to a host file": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Link(fx.canary, path))
		},
		"directory": func(t *testing.T, fx *logFixture, path string) {
			mustDo(t, os.Mkdir(path, 0o755))
		},
		"unix socket": func(t *testing.T, fx *logFixture, path string) {
			l, err := net.Listen("unix", path)
			mustDo(t, err)
			t.Cleanup(func() { l.Close() })
		},
	}
	for name, plant := range hostile {
		t.Run(name, func(t *testing.T) {
			fx := newLogFixture(t)
			id := newLogID()
			plant(t, fx, filepath.Join(fx.path, id+"_logs.log"))
			fx.write(t, id+"_errors.log", "real error")
			logs, errs, err := fx.read(t, id, 1<<20)
			if err == nil || logs != "" || errs != "real error" {
				t.Fatalf("logs %q, errors %q, err %v; want refused", logs, errs, err)
			}
			if left := fx.entries(t); len(left) != 0 && (name != "directory" || len(left) != 1) {
				t.Errorf("entries left: %v", left)
			}
			if b, err := os.ReadFile(fx.canary); err != nil || string(b) != fx.secret {
				t.Errorf("canary changed: %q, %v", b, err)
			}
		})
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestNewLogID(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for range 1000 {
		id := newLogID()
		if !validLogID(id) || seen[id] {
			t.Fatalf("log id %q: valid %v, seen before %v", id, validLogID(id), seen[id])
		}
		seen[id] = true
	}
}

func TestLogsVolumeSize(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ max, want int64 }{{5 << 20, 20 << 20}, {1000, 1 << 20}, {1 << 20, 4 << 20}, {(1 << 20) + 1, 4<<20 + 4096}} {
		if v := logsVolume(c.max); v.SizeBytes != c.want || v.Inodes != logsVolumeInodes {
			t.Errorf("logsVolume(%d) = %+v, want %d bytes", c.max, v, c.want)
		}
	}
}

func TestLogsVolumeMount(t *testing.T) {
	t.Parallel()
	spec := ContainerSpec{Role: RoleRuntime, Image: "img", Mounts: []Mount{{Target: LogsMountPath, Volume: logsVolume(5 << 20)}}}
	_, hc, err := createConfigs(spec, Options{InstanceID: "i"}, 2)
	if err != nil {
		t.Fatal(err)
	}
	m := hc.Mounts[0]
	if m.Type != "volume" || m.Source != "" || m.Target != LogsMountPath || m.VolumeOptions == nil || !m.VolumeOptions.NoCopy ||
		m.VolumeOptions.Labels[LabelOwner] != "i" || m.VolumeOptions.DriverConfig == nil || m.VolumeOptions.DriverConfig.Name != "local" {
		t.Fatalf("mount %+v", m)
	}
	opts := m.VolumeOptions.DriverConfig.Options
	if opts["type"] != "tmpfs" || opts["device"] != "tmpfs" ||
		opts["o"] != "size=20971520,nr_inodes=1024,uid=65534,gid=65534,mode=0700,nosuid,nodev,noexec" {
		t.Errorf("driver options %v", opts)
	}
	for _, bad := range []Mount{
		{Source: "/host", Target: LogsMountPath, Volume: logsVolume(1)},
		{Target: LogsMountPath, Volume: &TmpfsVolume{SizeBytes: 0, Inodes: 1}},
		{Target: LogsMountPath, Volume: &TmpfsVolume{SizeBytes: 1 << 20}},
	} {
		if _, _, err := createConfigs(ContainerSpec{Image: "img", Mounts: []Mount{bad}}, Options{}, 2); err == nil {
			t.Errorf("mount %+v accepted", bad)
		}
	}
}
