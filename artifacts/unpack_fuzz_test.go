package artifacts_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
)

// fuzzArchive builds a tar.gz from a compact description: one entry per
// line, "<type> <name> [<link target>]" with type f (file), d (dir), l
// (symlink), h (hard link), p (fifo); a file's body is its name.
func fuzzArchive(spec string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, line := range strings.Split(spec, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		h := &tar.Header{Name: f[1], Mode: 0o644, Format: tar.FormatPAX}
		if len(f) > 2 {
			h.Linkname = f[2]
		}
		var body []byte
		switch f[0] {
		case "f":
			h.Typeflag, body = tar.TypeReg, []byte(f[1])
			h.Size = int64(len(body))
		case "d":
			h.Typeflag = tar.TypeDir
		case "l":
			h.Typeflag = tar.TypeSymlink
		case "h":
			h.Typeflag = tar.TypeLink
		case "p":
			h.Typeflag = tar.TypeFifo
		default:
			continue
		}
		if tw.WriteHeader(h) != nil {
			continue
		}
		tw.Write(body)
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

// FuzzUnpack checks the unpacker's promise on arbitrary archives: Validate
// and Unpack agree, nothing is written outside dest, and no link in the
// result leads outside dest (the parent holds a file a link could reach).
// Inputs are either a description for fuzzArchive or raw bytes.
func FuzzUnpack(f *testing.F) {
	for _, s := range []string{
		"f a.txt",
		"d src\nf src/index.js\nl link src/index.js",
		"d d\nl d/s ..\nl t d/s/..\nf x",
		"l up ..\nf x",
		"d node_modules\nd node_modules/.bin\nf node_modules/pkg/cli.js\nl node_modules/.bin/cli ../pkg/cli.js",
		"f a\nh b a",
		"l a b\nl b a\nf x",
		"d d\nl d/s sub\nd d/sub\nl t d/s/../..\nf x",
		"p fifo\nf x",
		"f /etc/passwd",
		"l a /etc\nf x",
	} {
		f.Add([]byte(s), true)
	}
	f.Add(fuzzArchive("f a"), false)
	f.Add([]byte("\x1f\x8b garbage"), false)
	f.Fuzz(func(t *testing.T, in []byte, described bool) {
		archive := in
		if described {
			archive = fuzzArchive(string(in))
		}
		lim := artifacts.Limits{MaxBytes: 1 << 20, MaxFiles: 64, MaxRatio: artifacts.DefaultMaxRatio}
		_, verr := artifacts.Validate(bytes.NewReader(archive), lim)
		parent := t.TempDir()
		if err := os.WriteFile(filepath.Join(parent, "outside"), []byte("host"), 0o644); err != nil {
			t.Fatal(err)
		}
		dest := filepath.Join(parent, "dest")
		_, uerr := artifacts.Unpack(context.Background(), bytes.NewReader(archive), dest, lim)
		if (verr == nil) != (uerr == nil) {
			t.Fatalf("Validate (%v) and Unpack (%v) disagree", verr, uerr)
		}
		for _, err := range []error{verr, uerr} {
			if err != nil && !errors.Is(err, artifacts.ErrInvalidArchive) {
				t.Fatalf("refusal is not ErrInvalidArchive: %v", err)
			}
		}
		entries, _ := os.ReadDir(parent)
		for _, e := range entries {
			if n := e.Name(); n != "outside" && n != "dest" {
				t.Fatalf("unpack left %q next to dest", n)
			}
		}
		if uerr != nil {
			return
		}
		err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch mode := d.Type(); {
			case mode&fs.ModeSymlink != 0:
				real, err := filepath.EvalSymlinks(p)
				if err != nil {
					return nil // dangling or a loop: leads nowhere
				}
				if real != dest && !strings.HasPrefix(real, dest+string(filepath.Separator)) {
					t.Fatalf("link %s leads outside dest, to %s", p, real)
				}
			case mode&(fs.ModeNamedPipe|fs.ModeDevice|fs.ModeSocket|fs.ModeCharDevice) != 0:
				t.Fatalf("special file %s unpacked", p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
