package artifacts_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
)

// plainTar is a build container's tar stream as the Docker daemon writes
// it: "./"-prefixed names, uncompressed.
func plainTar(t testing.TB, hs ...*tar.Header) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range hs {
		if h.Typeflag == tar.TypeReg && h.Size == 0 {
			h.Size = int64(len(h.Name))
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > int64(len(h.Name)) {
			return buf.Bytes() // the header of a huge file, nothing after it
		}
		if h.Typeflag == tar.TypeReg {
			tw.Write([]byte(h.Name)[:h.Size])
		}
	}
	tw.Close()
	return buf.Bytes()
}

func reg(name string) *tar.Header { return &tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o600} }
func dir(name string) *tar.Header { return &tar.Header{Name: name, Typeflag: tar.TypeDir, Mode: 0o700} }
func link(typ byte, name, target string) *tar.Header {
	return &tar.Header{Name: name, Typeflag: typ, Linkname: target, Mode: 0o777}
}

func TestPackOutputKeepsTheTreeAndDropsSpecialFiles(t *testing.T) {
	in := plainTar(t, dir("./"), dir("./d/"), reg("./d/f.js"), reg("./index.js"),
		&tar.Header{Name: "./fifo", Typeflag: tar.TypeFifo, Mode: 0o644},
		&tar.Header{Name: "./d/null", Typeflag: tar.TypeChar, Mode: 0o644},
		link(tar.TypeLink, "./hard.js", "./d/f.js"), link(tar.TypeSymlink, "./d/up.js", "../index.js"))
	var out bytes.Buffer
	st, err := artifacts.PackOutput(context.Background(), bytes.NewReader(in), &out, lim)
	if err != nil {
		t.Fatal(err)
	}
	if st.DroppedCount != 2 || strings.Join(st.Dropped, ",") != "fifo,d/null" || st.Files != 5 {
		t.Fatalf("stats %+v", st)
	}
	dest := filepath.Join(t.TempDir(), "out")
	if _, err := artifacts.Unpack(context.Background(), bytes.NewReader(out.Bytes()), dest, lim); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"index.js": "./index.js", "d/f.js": "./d/f.js", "hard.js": "./d/f.js", "d/up.js": "./index.js"} {
		if b, err := os.ReadFile(filepath.Join(dest, name)); err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}
	if _, err := os.Lstat(filepath.Join(dest, "fifo")); !os.IsNotExist(err) {
		t.Errorf("fifo unpacked: %v", err)
	}
}

func TestPackOutputRefusesEscapes(t *testing.T) {
	huge := reg("./sparse")
	huge.Size = 10 << 30
	cases := map[string]struct {
		in     []byte
		reason string
	}{
		"symlink to the root":      {plainTar(t, reg("./a"), link(tar.TypeSymlink, "./root", "/")), `symlink "./root" points outside the build directory ("/")`},
		"symlink to a host file":   {plainTar(t, reg("./a"), link(tar.TypeSymlink, "./pw", "/etc/passwd")), "points outside the build directory"},
		"relative escape":          {plainTar(t, reg("./a"), link(tar.TypeSymlink, "./d/up", "../../x")), "points outside the build directory"},
		"through an inner symlink": {plainTar(t, link(tar.TypeSymlink, "./d", "."), reg("./d/x")), "goes through the symlink"},
		"dir swapped for a link":   {plainTar(t, reg("./d/x"), link(tar.TypeSymlink, "./d", "e")), "appears more than once"},
		"hard link outside":        {plainTar(t, reg("./a"), link(tar.TypeLink, "./h", "/etc/passwd")), "points outside the build directory"},
		"sparse file":              {plainTar(t, huge), "holds more than"},
		"no files":                 {plainTar(t, dir("./"), dir("./d/")), "contains no files"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := artifacts.PackOutput(context.Background(), bytes.NewReader(tc.in), &out, lim)
			if !errors.Is(err, artifacts.ErrInvalidArchive) || !strings.Contains(artifacts.Reason(err), tc.reason) {
				t.Fatalf("PackOutput = %v, want a refusal with %q", err, tc.reason)
			}
		})
	}
}

// A stream far longer than its entries justify (huge headers) is cut at
// the bound, not read to its end.
func TestPackOutputBoundsTheStream(t *testing.T) {
	small := artifacts.Limits{MaxBytes: 1000, MaxFiles: 3}
	long := strings.Repeat("n/", 100_000) + "x"
	r := &countReader{r: io.MultiReader(bytes.NewReader(plainTar(t, reg(long))), zeros{})}
	_, err := artifacts.PackOutput(context.Background(), r, io.Discard, small)
	if !errors.Is(err, artifacts.ErrInvalidArchive) || !strings.Contains(artifacts.Reason(err), "larger than the limits allow") {
		t.Fatalf("PackOutput = %v", err)
	}
	if max := int64(1000 + 5*16<<10 + 64<<10); r.n > max {
		t.Fatalf("read %d bytes, bound %d", r.n, max)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

// A stream that breaks (the engine, the network), a destination that
// cannot be written or a cancelled context is not the build's fault: no ErrInvalidArchive, the cause stays visible.
func TestPackOutputReadFailuresAreNotRefusals(t *testing.T) {
	broken := errors.New("connection reset")
	in := plainTar(t, reg("./a"))
	_, err := artifacts.PackOutput(context.Background(), io.MultiReader(bytes.NewReader(in[:700]), failingReader{broken}), io.Discard, lim)
	if !errors.Is(err, broken) || errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("broken stream: %v", err)
	}
	full := errors.New("disk full")
	big := plainTar(t, &tar.Header{Name: "./big", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1 << 20})
	_, err = artifacts.PackOutput(context.Background(), io.MultiReader(bytes.NewReader(big), zeros{}), failingWriter{full}, lim)
	if !errors.Is(err, full) || errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("unwritable destination: %v", err)
	}
	src := tarball(t, file("index.js", strings.Repeat("x", 1<<20)))
	_, err = artifacts.BuildSource(context.Background(), bytes.NewReader(src), failingWriter{full}, lim, 1, 1)
	if !errors.Is(err, full) || errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("source to an unwritable destination: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = artifacts.PackOutput(ctx, bytes.NewReader(in), io.Discard, lim)
	if !errors.Is(err, context.Canceled) || errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("cancelled: %v", err)
	}
}

func TestBuildSourceRefusesBadArchives(t *testing.T) {
	for name, b := range badArchives(t) {
		t.Run(name, func(t *testing.T) {
			_, err := artifacts.BuildSource(context.Background(), bytes.NewReader(b), io.Discard, lim, 65534, 65534)
			if !errors.Is(err, artifacts.ErrInvalidArchive) {
				t.Fatalf("BuildSource: %v, want ErrInvalidArchive", err)
			}
		})
	}
}
