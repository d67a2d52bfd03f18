package artifacts_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
)

// entry is one tar entry for building test archives.
type entry struct {
	name, link string
	typ        byte
	body       []byte
}

func file(name, body string) entry { return entry{name: name, typ: tar.TypeReg, body: []byte(body)} }

func tarball(t testing.TB, es ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range es {
		h := &tar.Header{Name: e.name, Linkname: e.link, Typeflag: e.typ, Mode: 0o644, Size: int64(len(e.body))}
		if e.typ != tar.TypeReg {
			h.Size = 0
		}
		if e.typ == tar.TypeDir {
			h.Mode = 0o755
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if len(e.body) > 0 {
			if _, err := tw.Write(e.body); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// rawTar writes a header verbatim (bypassing tar.Writer checks on names).
func rawTar(t testing.TB, h *tar.Header, body []byte) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	if err := tw.WriteHeader(h); err != nil {
		t.Fatal(err)
	}
	tw.Write(body)
	tw.Close()
	return gz(buf.Bytes())
}

var lim = artifacts.Limits{MaxBytes: 50 << 20, MaxFiles: 100, MaxRatio: artifacts.DefaultMaxRatio}

// BadArchives are archives that must be refused, by name. Exported to the
// server tests through a copy there (different package).
func badArchives(t testing.TB) map[string][]byte {
	ok := file("index.js", "module.exports = () => 1")
	many := []entry{}
	for i := 0; i < 101; i++ {
		many = append(many, file("f"+string(rune('a'+i%26))+string(rune('a'+i/26)), "x"))
	}
	good := tarball(t, ok)
	return map[string][]byte{
		"traversal":             tarball(t, ok, file("../evil.txt", "x")),
		"traversal_deep":        tarball(t, ok, file("a/b/../../../evil.txt", "x")),
		"traversal_dotdot_dir":  tarball(t, ok, entry{name: "../", typ: tar.TypeDir}),
		"absolute":              tarball(t, ok, file("/etc/evil", "x")),
		"absolute_dir":          tarball(t, ok, entry{name: "/tmp/", typ: tar.TypeDir}),
		"symlink_escape":        tarball(t, ok, entry{name: "link", typ: tar.TypeSymlink, link: "../../etc/passwd"}),
		"symlink_absolute":      tarball(t, ok, entry{name: "link", typ: tar.TypeSymlink, link: "/etc/passwd"}),
		"symlink_then_write":    tarball(t, ok, entry{name: "d", typ: tar.TypeSymlink, link: "."}, file("d/x", "x")),
		"symlink_overwrite":     tarball(t, ok, entry{name: "l", typ: tar.TypeSymlink, link: "index.js"}, file("l", "x")),
		"hardlink_escape":       tarball(t, ok, entry{name: "h", typ: tar.TypeLink, link: "../../etc/passwd"}),
		"hardlink_absolute":     tarball(t, ok, entry{name: "h", typ: tar.TypeLink, link: "/etc/passwd"}),
		"hardlink_missing":      tarball(t, ok, entry{name: "h", typ: tar.TypeLink, link: "nope"}),
		"char_device":           tarball(t, ok, entry{name: "null", typ: tar.TypeChar}),
		"block_device":          tarball(t, ok, entry{name: "sda", typ: tar.TypeBlock}),
		"fifo":                  tarball(t, ok, entry{name: "pipe", typ: tar.TypeFifo}),
		"gzip_bomb":             tarball(t, file("zeros", string(make([]byte, 30<<20)))),
		"too_big":               tarball(t, file("a", string(bytes.Repeat([]byte("0123456789abcdef"), 4<<20)))),
		"too_many_files":        tarball(t, many...),
		"truncated_gzip":        good[:len(good)/2],
		"bad_checksum":          append(append([]byte{}, good[:len(good)-8]...), 1, 2, 3, 4, 5, 6, 7, 8),
		"not_gzip":              []byte("this is not an archive at all"),
		"not_a_tarball":         gz([]byte("hello, I am a gzip file of text, not a tar archive at all.............................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................")),
		"empty_gzip":            gz(nil),
		"empty_tarball":         tarball(t),
		"only_dirs":             tarball(t, entry{name: "a/", typ: tar.TypeDir}),
		"raw_traversal":         rawTar(t, &tar.Header{Name: "x/../../y", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1}, []byte("y")),
		"size_lie":              rawTar(t, &tar.Header{Name: "a", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1 << 20}, []byte("short")),
		"duplicate_symlink_dir": tarball(t, ok, entry{name: "d/", typ: tar.TypeDir}, entry{name: "d", typ: tar.TypeSymlink, link: "index.js"}),
	}
}

func TestValidateAndUnpackRefuseBadArchives(t *testing.T) {
	bad := badArchives(t)
	if len(bad) < 20 {
		t.Fatalf("only %d bad archives", len(bad))
	}
	for name, b := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := artifacts.Validate(bytes.NewReader(b), lim); !errors.Is(err, artifacts.ErrInvalidArchive) {
				t.Fatalf("Validate: %v, want ErrInvalidArchive", err)
			}
			parent := t.TempDir()
			dest := filepath.Join(parent, "out")
			_, err := artifacts.Unpack(context.Background(), bytes.NewReader(b), dest, lim)
			if !errors.Is(err, artifacts.ErrInvalidArchive) {
				t.Fatalf("Unpack: %v, want ErrInvalidArchive", err)
			}
			if artifacts.Reason(err) == "" {
				t.Fatal("no reason")
			}
			left, _ := os.ReadDir(parent)
			if len(left) != 0 {
				t.Fatalf("Unpack left %d entries behind", len(left))
			}
		})
	}
}

func TestUnpackGood(t *testing.T) {
	b := tarball(t,
		entry{name: "./", typ: tar.TypeDir},
		file("./index.js", "module.exports = 1"),
		entry{name: "lib/", typ: tar.TypeDir},
		file("lib/a.js", "a"),
		entry{name: "lib/link.js", typ: tar.TypeSymlink, link: "a.js"},
		entry{name: "lib/up.js", typ: tar.TypeSymlink, link: "../index.js"},
		entry{name: "hard.js", typ: tar.TypeLink, link: "lib/a.js"},
		file("big.txt", string(bytes.Repeat([]byte("x"), 100_000))),
	)
	st, err := artifacts.Validate(bytes.NewReader(b), lim)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 7 {
		t.Fatalf("files %d", st.Files)
	}
	dest := filepath.Join(t.TempDir(), "out")
	if _, err := artifacts.Unpack(context.Background(), bytes.NewReader(b), dest, lim); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"index.js", "lib/a.js", "lib/link.js", "lib/up.js", "hard.js"} {
		if _, err := os.ReadFile(filepath.Join(dest, p)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	// Through a build and back: BuildSource gives the container a plain tar
	// owned by the build user; PackOutput turns the container's tar into
	// an output the unpacker accepts, with the same files at the root.
	var src bytes.Buffer
	if _, err := artifacts.BuildSource(context.Background(), bytes.NewReader(b), &src, lim, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(bytes.NewReader(src.Bytes()))
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if h.Uid != 65534 || h.Gid != 65534 || h.Uname != "" {
			t.Fatalf("%s owned by %d:%d %q", h.Name, h.Uid, h.Gid, h.Uname)
		}
	}
	var out bytes.Buffer
	if _, err := artifacts.PackOutput(context.Background(), bytes.NewReader(src.Bytes()), &out, lim); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(t.TempDir(), "again")
	if _, err := artifacts.Unpack(context.Background(), bytes.NewReader(out.Bytes()), again, lim); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"index.js", "lib/a.js", "lib/link.js", "lib/up.js", "hard.js", "big.txt"} {
		if _, err := os.ReadFile(filepath.Join(again, p)); err != nil {
			t.Fatalf("repacked %s: %v", p, err)
		}
	}
	if b, err := os.ReadFile(filepath.Join(again, "index.js")); err != nil || string(b) != "module.exports = 1" {
		t.Fatalf("repacked index.js: %q %v", b, err)
	}
}
