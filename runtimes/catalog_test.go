package runtimes

import (
	"runtime"
	"strings"
	"testing"
)

func TestCatalog(t *testing.T) {
	want := map[string]struct{ key, suite, pkg string }{
		"node-18.0":   {"node", "bookworm", "nodejs npm"},
		"node-20.0":   {"node", "trixie", "nodejs npm"},
		"python-3.11": {"python", "bookworm", "python3 python3-pip python3-venv"},
		"python-3.13": {"python", "trixie", "python3 python3-pip python3-venv"},
		"python-ml-3.11": {"python-ml", "bookworm",
			"python3 python3-pip python3-venv python3-numpy python3-pandas python3-sklearn"},
		"php-8.2":   {"php", "bookworm", "php8.2-cli composer"},
		"php-8.4":   {"php", "trixie", "php8.4-cli composer"},
		"ruby-3.1":  {"ruby", "bookworm", "ruby bundler"},
		"ruby-3.3":  {"ruby", "trixie", "ruby bundler"},
		"static-1":  {"static", "bookworm", "python3"},
		"go-1.24":   {"go", "trixie", "golang-1.24-go"},
		"java-17.0": {"java", "bookworm", "openjdk-17-jdk-headless"},
		"java-21.0": {"java", "trixie", "openjdk-21-jdk-headless"},
	}
	defs := Catalog()
	if len(defs) != len(want) {
		t.Fatalf("catalog has %d runtimes, want %d", len(defs), len(want))
	}
	for _, d := range defs {
		w, ok := want[d.ID]
		if !ok {
			t.Errorf("unexpected runtime %s", d.ID)
			continue
		}
		if d.Key != w.key || d.Suite != w.suite || strings.Join(d.Packages, " ") != w.pkg {
			t.Errorf("%s: key %s suite %s packages %v", d.ID, d.Key, d.Suite, d.Packages)
		}
		if d.ID != d.Key+"-"+d.Version || d.Image != ImagePrefix+":"+d.ID || d.Logo != d.Key+".png" {
			t.Errorf("%s: version %s image %s logo %s", d.ID, d.Version, d.Image, d.Logo)
		}
		if d.Name == "" || d.Base == "" || d.Language == "" || len(d.Command) == 0 || d.Upstream {
			t.Errorf("%s: incomplete definition %+v", d.ID, d)
		}
		if len(d.Supports) != 1 || d.Supports[0] != runtime.GOARCH {
			t.Errorf("%s: supports %v", d.ID, d.Supports)
		}
		if _, err := ServerFiles(ServerKey(d.Key)); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
	}
	defs[0].Packages[0] = "changed"
	if again := Catalog(); again[0].Packages[0] == "changed" {
		t.Error("Catalog shares its slices with callers")
	}
}

func TestLookup(t *testing.T) {
	d, ok := Lookup("python-3.11")
	if !ok || d.Name != "Python" || d.Image != ImagePrefix+":python-3.11" {
		t.Errorf("Lookup(python-3.11) = %+v, %v", d, ok)
	}
	if _, ok := Lookup("cobol-1.0"); ok {
		t.Error("Lookup found an unknown runtime")
	}
}

func TestApplyOverrides(t *testing.T) {
	defs, err := ApplyOverrides(Catalog(), map[string]string{"node-18.0": "openruntimes/node:v5-18.0"})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Find(defs, "node-18.0")
	if d.Image != "openruntimes/node:v5-18.0" || !d.Upstream || strings.Join(d.Command, " ") != "sh helpers/server.sh" {
		t.Errorf("override not applied: %+v", d)
	}
	if d, _ := Find(defs, "node-20.0"); d.Upstream || d.Image != ImagePrefix+":node-20.0" {
		t.Errorf("override leaked to another runtime: %+v", d)
	}
	if orig, _ := Lookup("node-18.0"); orig.Upstream {
		t.Error("ApplyOverrides changed the catalog")
	}
	for name, images := range map[string]map[string]string{
		"unknown runtime": {"cobol-1.0": "x"},
		"empty image":     {"node-18.0": ""},
	} {
		if _, err := ApplyOverrides(Catalog(), images); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestHashes(t *testing.T) {
	node18, _ := Lookup("node-18.0")
	py311, _ := Lookup("python-3.11")
	h1, err := ImageHash(node18)
	if err != nil {
		t.Fatal(err)
	}
	if h2, _ := ImageHash(node18); h1 != h2 {
		t.Error("ImageHash is not stable")
	}
	if h3, _ := ImageHash(py311); h1 == h3 {
		t.Error("different runtimes share an image hash")
	}
	if BaseHash(node18) == BaseHash(py311) {
		t.Error("different package sets share a base hash")
	}
	changed := node18
	changed.Packages = []string{"nodejs", "curl"}
	if BaseHash(changed) == BaseHash(node18) {
		t.Error("base hash ignores the packages")
	}
	if !strings.HasPrefix(BaseImage(node18), BaseImagePrefix+":bookworm-") {
		t.Errorf("base image %s", BaseImage(node18))
	}
	recipe, err := serverLayer(py311)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(recipe.Changes, "\n")
	for _, want := range []string{"USER 65534:65534", "WORKDIR /usr/local/server", "ENV HOME=/tmp", `CMD ["python3","/usr/local/server/src/server.py"]`,
		`LABEL ` + LabelSpecialize + `="1"`} {
		if !strings.Contains(joined, want) {
			t.Errorf("layer changes lack %q:\n%s", want, joined)
		}
	}
	php, _ := Lookup("php-8.2")
	if recipe, err := serverLayer(php); err != nil || strings.Contains(strings.Join(recipe.Changes, "\n"), LabelSpecialize) {
		t.Errorf("php's server has no specialization, its image must not say so (%v)", err)
	}
}

func TestLogFileNames(t *testing.T) {
	logs, errs, ok := LogFileNames("6b02593a0020b12a6ac4")
	if !ok || logs != "6b02593a0020b12a6ac4_logs.log" || errs != "6b02593a0020b12a6ac4_errors.log" {
		t.Errorf("got %q %q %v", logs, errs, ok)
	}
	for _, bad := range []string{"", "../etc/passwd", "..%2Fx", "a/b", ".hidden", "a%20b", "%zz"} {
		if _, _, ok := LogFileNames(bad); ok {
			t.Errorf("LogFileNames(%q) accepted", bad)
		}
	}
}

func TestBuildCommand(t *testing.T) {
	if got := BuildCommand("npm ci && npm run build"); strings.Join(got, "|") != "sh|-c|npm ci && npm run build" {
		t.Errorf("BuildCommand: %q", got)
	}
	if got := BuildCommand(""); got[2] != "true" {
		t.Errorf("empty BuildCommand: %q", got)
	}
}
