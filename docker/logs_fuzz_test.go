package docker

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Entry kinds a fuzz input can plant in the logs dir.
const (
	plantNone = iota
	plantFile
	plantAbsSymlink
	plantRelSymlink
	plantFIFO
	plantDir
	plantHardLink
	plantDotDotSymlink
	plantDangling
	plantKinds
)

// FuzzReadExecutionLogs plants files, links, pipes and directories under
// fuzzed names in a logs dir (next to a canary file outside it) and reads
// the logs of a fuzzed or valid log id. No input may panic or block, the
// canary never appears, the result is bounded, a regular log file reads
// back as written (cut at the limit), and a refused entry is reported.
// `go test ./docker/` replays testdata/fuzz/FuzzReadExecutionLogs.
func FuzzReadExecutionLogs(f *testing.F) {
	f.Add(false, "", uint8(plantFile), uint8(plantFile), []byte("hello\nworld"), "", uint16(100))
	f.Add(false, "", uint8(plantAbsSymlink), uint8(plantFIFO), []byte{}, "x_logs.log", uint16(10))
	f.Add(true, "../canary.txt", uint8(plantRelSymlink), uint8(plantDir), []byte("a"), "..", uint16(0))
	f.Fuzz(func(t *testing.T, fuzzedID bool, id string, logsKind, errsKind uint8, content []byte, extra string, limit16 uint16) {
		fx := newLogFixture(t)
		if !fuzzedID {
			id = "abcdefghij0123456789"
		}
		limit := int64(limit16)
		plant := func(kind uint8, name string) {
			if name == "" || name == "." || name == ".." || len(name) > 255 || strings.ContainsAny(name, "/\x00") {
				return
			}
			path := filepath.Join(fx.path, name)
			if _, err := os.Lstat(path); err == nil {
				return
			}
			var err error
			switch kind % plantKinds {
			case plantFile:
				err = os.WriteFile(path, content, 0o644)
			case plantAbsSymlink:
				err = os.Symlink(fx.canary, path)
			case plantRelSymlink:
				err = os.Symlink("../canary.txt", path)
			case plantFIFO:
				err = syscall.Mkfifo(path, 0o644)
			case plantDir:
				err = os.Mkdir(path, 0o755)
			case plantHardLink:
				err = os.Link(fx.canary, path)
			case plantDotDotSymlink:
				err = os.Symlink("..", path)
			case plantDangling:
				err = os.Symlink("/nonexistent/"+name, path)
			}
			if err != nil {
				t.Fatalf("plant %d %q: %v", kind, name, err)
			}
		}
		plant(logsKind, id+"_logs.log")
		plant(errsKind, id+"_errors.log")
		plant(plantFile, extra)

		logs, errs, err := fx.read(t, id, limit) // fails on the canary or a block
		note := len("\nLog file has been truncated to 0.00MB.") + 8
		if int64(len(logs)) > limit+int64(note) || int64(len(errs)) > limit+int64(note) {
			t.Fatalf("unbounded result: %d and %d bytes for limit %d", len(logs), len(errs), limit)
		}
		if !validLogID(id) {
			if err == nil || logs != "" || errs != "" {
				t.Fatalf("invalid id %q: %q %q %v", id, logs, errs, err)
			}
			return
		}
		refused := func(k uint8) bool { return k%plantKinds > plantFile }
		if (refused(logsKind) || refused(errsKind)) != (err != nil) {
			t.Fatalf("kinds %d/%d: err %v", logsKind%plantKinds, errsKind%plantKinds, err)
		}
		if logsKind%plantKinds == plantFile {
			want := string(content)
			if int64(len(content)) > limit {
				if !strings.HasPrefix(want, logs[:strings.LastIndex(logs, "\nLog file has been truncated")]) {
					t.Fatalf("cut logs %q are not a prefix of %q", logs, want)
				}
			} else if logs != want {
				t.Fatalf("logs %q, want %q", logs, want)
			}
		}
		for _, name := range []string{id + "_logs.log", id + "_errors.log"} {
			if fi, err := os.Lstat(filepath.Join(fx.path, name)); err == nil && !fi.IsDir() {
				t.Fatalf("%s left behind (%s)", name, fi.Mode())
			}
		}
		if b, err := os.ReadFile(fx.canary); err != nil || string(b) != fx.secret {
			t.Fatalf("canary changed: %q, %v", b, err)
		}
	})
}
