package runtimes

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestMirrorFromSources(t *testing.T) {
	deb822 := `Types: deb
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main

Types: deb
URIs: http://mirror.example/debian-security/
Suites: bookworm-security
Components: main
`
	oneLine := "# comment\ndeb [arch=amd64 signed-by=/k.gpg] https://other.example/debian trixie main\n" +
		"deb-src http://src.example/debian bookworm main\n" +
		"deb https://other.example/security trixie-security main\n"
	thirdParty := "Types: deb\nURIs: https://deb.nodesource.com/node_20.x\nSuites: nodistro\n"
	disabled := "Types: deb\nURIs: http://disabled.example/debian\nSuites: bookworm\nEnabled: no\n"

	cases := []struct {
		name  string
		files map[string]string
		want  Mirror
	}{
		{"deb822", map[string]string{"/etc/apt/sources.list.d/debian.sources": deb822, "/etc/apt/sources.list.d/node.sources": thirdParty},
			Mirror{Main: "http://mirror.example/debian", Security: "http://mirror.example/debian-security"}},
		{"one line", map[string]string{"/etc/apt/sources.list": oneLine},
			Mirror{Main: "https://other.example/debian", Security: "https://other.example/security"}},
		{"nothing usable", map[string]string{"/etc/apt/sources.list.d/x.sources": thirdParty + "\n" + disabled},
			Mirror{Main: defaultMainMirror, Security: defaultSecurityMirror}},
	}
	for _, c := range cases {
		if got := mirrorFromSources(c.files); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestDebPackageFile(t *testing.T) {
	p := debPackage{Name: "zlib1g", Version: "1:1.2.13.dfsg-1", Arch: "amd64"}
	if got := p.File(); got != "zlib1g_1%3a1.2.13.dfsg-1_amd64.deb" {
		t.Errorf("File() = %s", got)
	}
	m := instLine.FindStringSubmatch("Inst libc6 (2.41-12+deb13u4 Debian:13.7/stable [amd64]) []")
	if m == nil || m[1] != "libc6" || m[2] != "2.41-12+deb13u4" || m[3] != "amd64" {
		t.Errorf("Inst line parsed as %q", m)
	}
}

func TestMergeUsr(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"bin/busybox":                      "bb",
		"lib/x86_64-linux-gnu/libc.so.6":   "libc",
		"usr/lib/x86_64-linux-gnu/libz.so": "z",
		"usr/bin/node":                     "node",
		"usr/lib64/ld.so":                  "ld",
	}
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A relative link that climbs out of its directory must survive the move.
	if err := os.Symlink("../usr/bin/node", filepath.Join(root, "bin/nodejs")); err != nil {
		t.Fatal(err)
	}
	if err := mergeUsr(root); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"bin", "sbin", "lib", "lib64"} {
		if target, err := os.Readlink(filepath.Join(root, d)); err != nil || target != "usr/"+d {
			t.Errorf("/%s: %q, %v", d, target, err)
		}
	}
	for name, want := range map[string]string{
		"usr/bin/busybox":                    "bb",
		"usr/lib/x86_64-linux-gnu/libc.so.6": "libc",
		"usr/lib/x86_64-linux-gnu/libz.so":   "z",
		"usr/bin/nodejs":                     "node",
		"lib64/ld.so":                        "ld",
	} {
		p := filepath.Join(root, name)
		if target, err := os.Readlink(p); err == nil && filepath.IsAbs(target) {
			p = filepath.Join(root, target) // absolute links point inside the root filesystem
		}
		b, err := os.ReadFile(p)
		if err != nil || string(b) != want {
			t.Errorf("%s: %q, %v", name, b, err)
		}
	}
}

func TestWriteTree(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "usr/bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "usr/bin/python3.11"), []byte("binary"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(root, "usr/bin/python3.11"), filepath.Join(root, "usr/bin/hardlink")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("python3.11", filepath.Join(root, "usr/bin/python3")); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeTree(&buf, root); err != nil {
		t.Fatal(err)
	}
	got := map[string]*tar.Header{}
	tr := tar.NewReader(&buf)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got[h.Name] = h
	}
	if h := got["usr/"]; h == nil || h.Typeflag != tar.TypeDir || h.Uid != 0 {
		t.Errorf("usr/: %+v", h)
	}
	if h := got["usr/bin/python3"]; h == nil || h.Typeflag != tar.TypeSymlink || h.Linkname != "python3.11" {
		t.Errorf("symlink: %+v", h)
	}
	// The first name in lexical order holds the data, the other links to it.
	file, hard := got["usr/bin/hardlink"], got["usr/bin/python3.11"]
	if file == nil || hard == nil || file.Typeflag != tar.TypeReg || file.Size != 6 || file.Mode&0o111 == 0 ||
		hard.Typeflag != tar.TypeLink || hard.Linkname != "usr/bin/hardlink" {
		t.Errorf("file %+v, hard link %+v", file, hard)
	}
}
