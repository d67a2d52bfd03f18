package artifacts_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/internal/testenv"
)

func newS3(t *testing.T) *artifacts.S3 {
	t.Helper()
	srv := testenv.StartS3(t)
	s, err := artifacts.NewS3(context.Background(), artifacts.S3Options{Endpoint: "http://" + srv.Endpoint, Bucket: srv.Bucket,
		Region: "us-east-1", Prefix: "/pre/", AccessKey: "k", SecretKey: "s", PathStyle: true, PartSize: 5 << 20,
		UnsignedPayload: true}) // gofakes3 does not decode aws-chunked bodies
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestS3Store runs the Store contract against a real S3 server: put, read,
// seek, read at, size, prefix delete, missing keys, invalid keys.
func TestS3Store(t *testing.T) {
	s := newS3(t)
	ctx := context.Background()
	if _, err := s.Open(ctx, "p/d/source.tar.gz"); !errors.Is(err, artifacts.ErrNotFound) {
		t.Fatalf("open missing: %v, want ErrNotFound", err)
	}
	if _, err := s.Size(ctx, "p/d/source.tar.gz"); !errors.Is(err, artifacts.ErrNotFound) {
		t.Fatalf("size missing: %v, want ErrNotFound", err)
	}
	for _, k := range []string{"", "../x", "a/../../b", "dir/"} {
		if _, err := s.Put(ctx, k, bytes.NewReader([]byte("x"))); err == nil {
			t.Errorf("put %q: accepted", k)
		}
	}
	data := []byte("0123456789abcdefghij")
	keys := []string{artifacts.SourceKey("p", "d"), artifacts.OutputKey("p", "d"), artifacts.ChunkKey("p", "d", 0),
		artifacts.ChunkKey("p", "d", 1), artifacts.SourceKey("p", "other")}
	for _, k := range keys {
		if n, err := s.Put(ctx, k, bytes.NewReader(data)); err != nil || n != int64(len(data)) {
			t.Fatalf("put %s: %d %v", k, n, err)
		}
	}
	f, err := s.Open(ctx, artifacts.SourceKey("p", "d"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(f); !bytes.Equal(got, data) {
		t.Fatalf("read %q", got)
	}
	if end, err := f.Seek(0, io.SeekEnd); err != nil || end != int64(len(data)) {
		t.Fatalf("seek end: %d %v", end, err)
	}
	buf := make([]byte, 5)
	if _, err := f.ReadAt(buf, 10); err != nil || string(buf) != "abcde" {
		t.Fatalf("read at: %q %v", buf, err)
	}
	f.Close()
	if n, err := s.Size(ctx, artifacts.OutputKey("p", "d")); err != nil || n != int64(len(data)) {
		t.Fatalf("size: %d %v", n, err)
	}
	// The chunks prefix (no trailing slash, as the upload code passes it).
	if err := s.Delete(ctx, artifacts.ChunksPrefix("p", "d")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Size(ctx, artifacts.ChunkKey("p", "d", 1)); !errors.Is(err, artifacts.ErrNotFound) {
		t.Fatalf("chunk after prefix delete: %v", err)
	}
	if err := s.Delete(ctx, artifacts.DeploymentPrefix("p", "d")); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys[:2] {
		if _, err := s.Size(ctx, k); !errors.Is(err, artifacts.ErrNotFound) {
			t.Errorf("%s after deployment delete: %v", k, err)
		}
	}
	if _, err := s.Size(ctx, artifacts.SourceKey("p", "other")); err != nil {
		t.Errorf("another deployment's source went with the delete: %v", err)
	}
	if err := s.Delete(ctx, "p/never"); err != nil {
		t.Errorf("delete missing: %v", err)
	}
}

// TestS3StreamedUpload puts a 48 MiB artifact of unknown length (a pipe,
// as the build output is stored) and one from a file: the contents come
// back intact, and the unknown-length upload allocates far less than the
// artifact (parts of 5 MiB, not the whole archive in memory).
func TestS3StreamedUpload(t *testing.T) {
	s := newS3(t)
	ctx := context.Background()
	const size = 48 << 20
	rng := rand.NewChaCha8([32]byte{7})
	src := make([]byte, size)
	_, _ = rng.Read(src)
	want := sha256.Sum256(src)

	pr, pw := io.Pipe()
	go func() {
		for off := 0; off < size; off += 64 << 10 {
			if _, err := pw.Write(src[off : off+64<<10]); err != nil {
				return
			}
		}
		pw.Close()
	}()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n, err := s.Put(ctx, "p/d/output.tar.gz", pr)
	runtime.ReadMemStats(&after)
	if err != nil || n != size {
		t.Fatalf("put: %d %v", n, err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("a %d MiB upload of unknown length allocated %.1f MiB", size>>20, float64(alloc)/(1<<20))
	if alloc > size/2 {
		t.Errorf("a %d MiB upload of unknown length allocated %d MiB: the archive is held in memory", size>>20, alloc>>20)
	}

	path := filepath.Join(t.TempDir(), "src")
	if err := os.WriteFile(path, src[:12<<20], 0o600); err != nil {
		t.Fatal(err)
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if n, err := s.Put(ctx, "p/d/source.tar.gz", file); err != nil || n != 12<<20 {
		t.Fatalf("put file: %d %v", n, err)
	}

	for key, sum := range map[string][32]byte{"p/d/output.tar.gz": want, "p/d/source.tar.gz": sha256.Sum256(src[:12<<20])} {
		f, err := s.Open(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if !bytes.Equal(h.Sum(nil), sum[:]) {
			t.Errorf("%s: content differs after the round trip", key)
		}
	}
}
