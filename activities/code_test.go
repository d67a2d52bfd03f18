package activities_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/fixtures"
)

func outputArchive(t *testing.T, files map[string]string) []byte { return fixtures.TarGz(t, files) }

func TestCodeDirExtractsOnceConcurrently(t *testing.T) {
	dir := t.TempDir()
	store, err := artifacts.NewLocal(filepath.Join(dir, "artifacts"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	arc := outputArchive(t, map[string]string{"index.js": "module.exports = 1", "lib/a.js": "a", "./b.txt": "b"})
	if _, err := store.Put(ctx, artifacts.OutputKey("p1", "d1"), bytes.NewReader(arc)); err != nil {
		t.Fatal(err)
	}
	var cfg config.Config
	cfg.Storage.Dir = filepath.Join(dir, "artifacts")
	a := &activities.Activities{Cfg: cfg, Artifacts: store}
	var wg sync.WaitGroup
	paths := make([]string, 20)
	errs := make([]error, 20)
	for i := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paths[i], errs[i] = a.CodeDir(ctx, "p1", "d1")
		}()
	}
	wg.Wait()
	want := filepath.Join(dir, "code", "p1", "d1")
	for i := range paths {
		if errs[i] != nil || paths[i] != want {
			t.Fatalf("CodeDir = %q, %v; want %q", paths[i], errs[i], want)
		}
	}
	for name, body := range map[string]string{"index.js": "module.exports = 1", "lib/a.js": "a", "b.txt": "b"} {
		got, err := os.ReadFile(filepath.Join(want, name))
		if err != nil || string(got) != body {
			t.Fatalf("%s: %q %v", name, got, err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, "code", "p1", ".extract-*"))
	if len(left) != 0 {
		t.Fatalf("temporary directories left: %v", left)
	}
	if _, err := a.CodeDir(ctx, "p1", "missing"); err == nil {
		t.Fatal("missing output: no error")
	}
}

func TestCodeDirRejectsTraversal(t *testing.T) {
	dir := t.TempDir()
	store, _ := artifacts.NewLocal(filepath.Join(dir, "artifacts"))
	ctx := context.Background()
	if _, err := store.Put(ctx, artifacts.OutputKey("p1", "d2"), bytes.NewReader(outputArchive(t, map[string]string{"../evil": "x"}))); err != nil {
		t.Fatal(err)
	}
	var cfg config.Config
	cfg.Storage.Dir = filepath.Join(dir, "artifacts")
	a := &activities.Activities{Cfg: cfg, Artifacts: store}
	if _, err := a.CodeDir(ctx, "p1", "d2"); err == nil || !errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("traversal: %v", err)
	}
}

func TestTruncateLog(t *testing.T) {
	if got := activities.TruncateLog("short", 10); got != "short" {
		t.Fatal(got)
	}
	long := strings.Repeat("é", 150) + "0123456789abc"
	const warn = "[WARNING] Logs truncated. The output exceeded 70 characters.\n"
	got := activities.TruncateLog(long, 70)
	if want := warn + long[len(long)-(70-len(warn)):]; got != want || len([]rune(got)) != 70 {
		t.Fatalf("%q, want %q", got, want)
	}
	got = activities.TruncateErrors(long, 70)
	if !strings.HasPrefix(got, "[WARNING] Errors truncated. The output exceeded 70 characters.\n") || len([]rune(got)) != 70 {
		t.Fatalf("%q", got)
	}
	if got := activities.TruncateLog("0123456789abc", 5); got != "89abc" {
		t.Fatalf("%q", got)
	}
}

func TestCronExecutionIDStable(t *testing.T) {
	a := activities.CronExecutionID("f1", "cron-p-f1-2026-11-22T03:00:00Z")
	b := activities.CronExecutionID("f1", "cron-p-f1-2026-11-22T03:00:00Z")
	c := activities.CronExecutionID("f1", "cron-p-f1-2026-11-22T03:01:00Z")
	if a != b || a == c || len(a) > 36 {
		t.Fatalf("%s %s %s", a, b, c)
	}
}
