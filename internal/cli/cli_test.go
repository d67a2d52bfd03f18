package cli

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestIgnore(t *testing.T) {
	ig := &Ignore{}
	ig.Add("# comment", "node_modules/", "*.log", "!keep.log", "/build", "docs/*.md", "**/cache/tmp", "")
	cases := []struct {
		path string
		dir  bool
		want bool
	}{
		{"node_modules", true, true},
		{"src/node_modules", true, true},
		{"node_modules", false, false}, // a file of that name: the rule is for folders
		{"a.log", false, true},
		{"src/deep/b.log", false, true},
		{"keep.log", false, false},
		{"build", true, true},
		{"src/build", true, false}, // anchored
		{"docs/a.md", false, true},
		{"docs/sub/a.md", false, false},
		{"x/cache/tmp", true, true},
		{"src/main.js", false, false},
	}
	for _, c := range cases {
		if got := ig.Match(c.path, c.dir); got != c.want {
			t.Errorf("Match(%q, dir=%v) = %v, want %v", c.path, c.dir, got, c.want)
		}
	}
}

func TestPack(t *testing.T) {
	dir := t.TempDir()
	for p, content := range map[string]string{
		"src/main.js": "x", "package.json": "{}", ".git/config": "secret", "node_modules/a/index.js": "y",
		"debug.log": "z", "keep.log": "k",
	} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	ig := &Ignore{}
	ig.Add("node_modules/", "*.log", "!keep.log")
	data, n, skipped, err := Pack(dir, ig)
	if err != nil {
		t.Fatal(err)
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
	sort.Strings(names)
	if got := strings.Join(names, " "); got != "keep.log package.json src/main.js" || n != 3 {
		t.Errorf("packed %d: %s", n, got)
	}
	if len(skipped) != 1 || skipped[0] != "link" {
		t.Errorf("skipped %v", skipped)
	}
}

func TestParseAt(t *testing.T) {
	now := time.Date(2026, 1, 2, 15, 4, 30, 0, time.UTC)
	for in, want := range map[string]string{
		"5m":                   "2026-01-02T15:10:00.000+00:00",
		"2026-01-03T10:00:00Z": "2026-01-03T10:00:00.000+00:00",
	} {
		if got, err := ParseAt(in, now); err != nil || got != want {
			t.Errorf("ParseAt(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseAt("tomorrow", now); err == nil {
		t.Error("ParseAt(tomorrow) accepted")
	}
}

func TestResolveOrder(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"HOME": home}
	getenv := func(k string) string { return env[k] }
	p, _ := ConfigPath(getenv)
	if err := SaveConn(p, Conn{Endpoint: "http://file:1", Project: "fp", Key: "fk"}); err != nil {
		t.Fatal(err)
	}
	c, err := Resolve(Conn{}, getenv)
	if err != nil || c.Endpoint != "http://file:1" || c.Project != "fp" || c.Key != "fk" || c.DomainSuffix != DefaultDomainSuffix {
		t.Fatalf("file: %+v %v", c, err)
	}
	env["FNFLOW_PROJECT"], env["FNFLOW_ENDPOINT"] = "ep", "http://env:2/v1/"
	c, _ = Resolve(Conn{Key: "flag"}, getenv)
	if c.Project != "ep" || c.Key != "flag" || c.Endpoint != "http://env:2" {
		t.Fatalf("env and flags: %+v", c)
	}
	if _, err := Resolve(Conn{Endpoint: "localhost:8080"}, getenv); err == nil {
		t.Error("an endpoint without scheme was accepted")
	}
	// A login file written earlier with wider permissions is narrowed.
	if err := os.Chmod(p, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SaveConn(p, c); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("login file mode %v", fi.Mode().Perm())
	}
}

func TestFindSettingsFromParent(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "functions", "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "functions", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	js := `{"projectId":"p","functions":[{"$id":"a","runtime":"node-18.0","path":"functions/a"},{"$id":"b","runtime":"node-18.0","path":"functions/b"}]}`
	if err := os.WriteFile(filepath.Join(root, "appwrite.json"), []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := FindSettings(filepath.Join(root, "functions", "b"))
	if err != nil || len(l.Selected) != 1 || l.Selected[0].ID != "b" || l.Dir(l.Selected[0]) != filepath.Join(root, "functions", "b") {
		t.Fatalf("%+v %v", l, err)
	}
	if l, err = FindSettings(root); err != nil || len(l.Selected) != 2 {
		t.Fatalf("root: %+v %v", l, err)
	}
	if _, err := FindSettings(t.TempDir()); err == nil || !strings.Contains(err.Error(), "fnflow init") {
		t.Errorf("no settings: %v", err)
	}
}
